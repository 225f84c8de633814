// "How fast is the top pick?" in a thread asks the picks' speed (eleventh tryout round: the Pune
// agritech's question, with answers due within 2 s, got #1's model card). The catalogue holds no
// measured time to first token or tokens per second for any host, so the answer says "none on
// record" first, with the thread's target left unchecked, then what it does hold for each pick
// asked (parameters per generated token, where it runs), and what to measure. Nothing changes.
// Over generated threads (work × a target or none × API or self-hosted) and phrasings.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { activeParameters } from "../../src/scoring/speed-note.js";
import { PUNE_AGRITECH } from "../scenarios/eleventh-round-teams.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const WORK = [
  "support chatbot for our customers, 40,000 conversations a month, ~3k tokens in and 400 out each",
  "we extract fields from invoices: 90k invoices a month, 2,500 tokens in and 300 out per invoice",
] as const;
const TARGETS = [
  { words: ", answers must come back within 2 seconds", said: "answers within 2 s" },
  { words: ", first token in under 500 ms", said: "first token within 500 ms" },
  { words: "", said: undefined },
] as const;
const HOSTING = ["", " We must self-host on our own servers."] as const;
const ASKS = [
  { text: "how fast is the top pick?", places: [0] },
  { text: "what's the latency of #2?", places: [1] },
  { text: "which of these is fastest?", places: [0, 1, 2] },
  { text: "how many tokens per second does the top pick do?", places: [0] },
  { text: "how quick is the second one?", places: [1] },
] as const;

describe("'how fast is the top pick?' answers the picks' speed on record, which is none", () => {
  let n = 0;
  for (const work of WORK)
    for (const target of TARGETS)
      for (const hosting of HOSTING) {
        const ask = ASKS[n++ % ASKS.length]!;
        const team = `${work}${target.words}.${hosting} which model?`;
        it(`${team} → '${ask.text}'`, () => {
          const c = chat(catalog);
          const shown = rankingOf(c.say(team));
          const before = structuredClone(c.session.requirements);
          const reply = c.say(ask.text);
          expect(reply.data?.intent).toBe("what-if");
          expect((reply.data?.asked as { topic?: string } | undefined)?.topic).toBe("speed");
          expect(c.session.requirements).toEqual(before);
          const said = textOf(reply);
          expect(said).toMatch(/: none on record\. The catalogue holds no measured time to first token/);
          if (target.said) expect(said).toContain(`your target (${target.said}) is not checked against a measurement`);
          else expect(said).not.toMatch(/your target/);
          // Each pick asked, by its place, with what the catalogue holds of its size.
          for (const place of ask.places) {
            const pick = shown[place]!;
            const model = catalog.modelById.get(pick.id)!;
            const size = activeParameters(model);
            expect(said).toContain(
              `**#${place + 1} ${pick.name}**: ${size ? `computes ${size}` : "parameters per token not published"}`,
            );
            if (pick.costBasis === "self-host") expect(said).toMatch(/self-hosted in this estimate/);
          }
          expect(said).toMatch(/measure time to first token and tokens per second for your prompt length/);
        });
      }
});

describe("the Pune agritech's 'how fast is the top pick?'", () => {
  it("says no speed is on record and its 2 s target is unchecked, not #1's model card", () => {
    const c = chat(catalog);
    const [first] = rankingOf(c.say(PUNE_AGRITECH));
    const reply = c.say("how fast is the top pick?");
    const said = textOf(reply);
    expect(reply.data?.intent).toBe("what-if");
    expect(said).toContain(`**Speed** of #1 ${first!.name}: none on record`);
    expect(said).toContain("your target (answers within 2 s) is not checked against a measurement");
    expect(said).not.toMatch(/Lab\s+:|Released\s+:/);
  });
});
