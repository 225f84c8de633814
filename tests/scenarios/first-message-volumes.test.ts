// Volumes a first message states as a chain of counts, checked over generated phrasings and on the
// tryout team's own message: a conversation counted in messages and sized per turn (or the other
// way round) is made of those parts, so each thing counted is parts × tokens per part.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { totalTokens } from "../flows/recommend-helpers.js";
import { firstShortlist } from "./cost-working-checks.js";
import { MONTERREY_BROKER } from "./ninth-round-teams.js";

const catalog = readCatalog();
const read = (text: string) => parseRequirements(text, catalog);

describe("a conversation's parts go by several names", () => {
  const COUNTED = ["messages back and forth", "messages", "turns", "exchanges", "rounds"];
  const SIZED = ["turn", "message", "exchange"];
  const cases = COUNTED.flatMap((counted) =>
    SIZED.flatMap((sized) =>
      [
        [3_500, 15, 400, 120],
        [20_000, 8, 300, 100],
      ].map(([things, parts, input, output]) => [counted, sized, things!, parts!, input!, output!] as const),
    ),
  );
  it.each(cases)(
    "'each conversation %s' sized per %s: things × parts × tokens",
    (counted, sized, things, parts, input, output) => {
      const req = read(
        `whatsapp bot: around ${things.toLocaleString("en-US")} claims a month, each conversation maybe ${parts} ${counted}, ~${input} tokens in per ${sized} with the history and ~${output} out. which model?`,
      );
      expect(totalTokens(req.volume)).toBe(things * parts * (input + output));
    },
  );

  it("a part that is no exchange ('10 pages, 500 tokens per turn') multiplies nothing", () => {
    const req = read("2,000 reports a month, each 10 pages, ~500 tokens in per turn and 100 out. which model?");
    expect(totalTokens(req.volume)).not.toBe(2_000 * 10 * 600);
  });

  it("Monterrey broker: 3,500 claims × 15 messages × (400 in, 120 out) is 27.3M tokens a month, said back", () => {
    const { req, text } = firstShortlist(catalog, MONTERREY_BROKER);
    expect(req.volume?.inputTokensPerMonth).toBe(3_500 * 15 * 400);
    expect(req.volume?.outputTokensPerMonth).toBe(3_500 * 15 * 120);
    expect(text).toMatch(/27\.3M tokens\/month/);
  });
});
