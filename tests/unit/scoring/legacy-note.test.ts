// A legacy release (its lab still sells it but no longer calls it current) is said in a shortlist,
// not only ranked: the Singapore hedge fund's first shortlist holds Claude Opus 4.5, which
// Anthropic's page calls legacy.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { legacyNote } from "../../../src/scoring/legacy-note.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";
import { SINGAPORE_FUND } from "../../scenarios/ninth-round-teams.js";

const catalog = readCatalog();
const model = (id: string) => catalog.modelById.get(id)!;

describe("legacy releases in a shortlist", () => {
  it("names each legacy release and says it is still sold, and says nothing without one", () => {
    expect(legacyNote([model("claude-opus-4.5"), model("claude-opus-5.5")])).toMatch(
      /^\*\*Legacy release:\*\* Claude Opus 4\.5 is still sold, but its lab calls it legacy/,
    );
    expect(legacyNote([model("claude-opus-4.5"), model("claude-sonnet-5")])).toMatch(
      /^\*\*Legacy releases:\*\* Claude Opus 4\.5, Claude Sonnet 5 are still sold/,
    );
    expect(legacyNote([model("claude-opus-5.5"), model("claude-haiku-5.5")])).toBeNull();
  });

  it("a shortlist holding a legacy pick says so in the answer", () => {
    const c = chat(catalog);
    const said = textOf(c.say(SINGAPORE_FUND));
    expect(said).toMatch(/\*\*Claude Opus 4\.5\*\*/);
    expect(said).toMatch(/\*\*Legacy releases?:\*\* [^\n]*Claude Opus 4\.5[^\n]* still sold/);
  });
});
