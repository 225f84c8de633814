// "what if we drop mistral" rules Mistral AI's models out: the family word names the lab, not a
// model to ask about, whether the list just shown holds two of its models (asked as a lab since
// the what-if rule in settleModels) or one (model-refs.ts reads a family word as the member in
// mind). Which it was followed the ranking: once a coding shortlist held one Qwen model,
// 'and if we rule out qwen?' also asked about Qwen3-Coder 480B-A35B. Checked over generated
// phrasings × family words × the one member in the list (every catalogue model of that lab).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Session } from "../../../src/conversation/session.js";
import { labMatches } from "../../../src/scoring/catalog-facts.js";
import { makeU, session, ids } from "./understand-helpers.js";

const catalog = readCatalog();
const u = makeU(catalog);

/** A family word and the lab id the what-if rules out. */
const FAMILIES = [
  ["mistral", "mistral"],
  ["qwen", "alibaba"],
  ["deepseek", "deepseek"],
  ["gemma", "google"],
  ["llama", "meta"],
] as const;
const SAYINGS = [
  (w: string) => `what if we drop ${w}`,
  (w: string) => `what if we exclude ${w}`,
  (w: string) => `and if we rule out ${w}?`,
  (w: string) => `what if we rule out ${w} models`,
  (w: string) => `what if we skip ${w}`,
];
/** Two models of other labs beside the one member, as a shortlist shows them. */
const OTHERS = ["claude-sonnet-4.5", "gpt-5"];

/** A thread whose shortlist is on screen: the recommend flow done, its requirements kept. */
const SHORTLIST_SHOWN: Partial<Session> = {
  flow: { id: "recommend", step: null, history: [], skipped: [] },
  requirements: { useCase: "coding" },
};

describe("a what-if ruling out a lab by its family word asks about none of its models", () => {
  it("over generated phrasings × family words × the one member of that lab in the list shown", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FAMILIES), fc.constantFrom(...SAYINGS), fc.nat(), ([word, lab], say, pick) => {
        const members = catalog.models.filter((m) => labMatches(catalog, m, [lab]));
        const member = members[pick % members.length]!;
        const text = say(word);
        const shown = [OTHERS[0]!, member.id, OTHERS[1]!];
        const intent = u(text, session({ ...SHORTLIST_SHOWN, lastList: shown }));
        expect(intent.kind, text).toBe("what-if");
        if (intent.kind !== "what-if") return;
        expect(ids(intent), `${text} with ${member.id} shown`).not.toContain(member.id);
      }),
      { numRuns: 60, seed: 404 },
    );
  });
});
