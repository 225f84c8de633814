// "Why not X?" where X is no one model (issue 11): a family ("why not deepseek?" after "no chinese
// labs") says where its members stand in the thread's ranking, the rule that ruled them out said
// once; a name the catalogue does not hold ("why not systran?") is said to be none of its models, so
// it was never weighed. Neither changes the thread. Through the real advisor and catalogue over
// several threads and families; what each answer must say is read from the ranking the thread
// showed (its exclusions and order), not written in.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { resolveModel } from "../../src/catalog/lookup.js";
import { TOKYO_LOCALISER } from "../scenarios/tenth-round-teams.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

interface Excluded {
  id: string;
  reason: string;
}
const excludedOf = (r: { data?: unknown }) => ((r.data as { excluded?: Excluded[] })?.excluded ?? []) as Excluded[];
const familyOf = (word: string): string[] => {
  const r = resolveModel(word, catalog, {}, { fuzzy: "strict" });
  return r.status === "ambiguous" ? r.candidates : [];
};

const THREADS = [
  { name: "Tokyo localiser (no chinese companies' models)", opening: TOKYO_LOCALISER },
  {
    name: "support bot, no chinese labs",
    opening: "recommend a model for a support bot, 20M tokens a month, no chinese labs",
  },
  { name: "coding, no Meta models", opening: "recommend a coding model, 50M tokens a month, no Meta models" },
  {
    name: "RAG, nothing from Mistral",
    opening: "which model for RAG over our wiki, 30M tokens a month, nothing from mistral",
  },
];
const FAMILIES = ["deepseek", "qwen", "kimi", "llama", "mistral", "gemini", "claude"];

describe("'why not <family>?' answers for the family's members in the thread's ranking", () => {
  for (const thread of THREADS)
    for (const word of FAMILIES) {
      const members = familyOf(word);
      it(`${thread.name}: 'why not ${word}?'`, () => {
        expect(members.length, `${word} is a family in the catalogue`).toBeGreaterThan(1);
        const c = chat(catalog);
        const first = c.say(thread.opening);
        const ranking = rankingOf(first);
        const ruledOut = excludedOf(first).filter((e) => members.includes(e.id));
        const before = structuredClone(c.session.requirements);
        const reply = c.say(`why not ${word}?`);
        const t = textOf(reply);
        expect(reply.data?.intent).toBe("what-if");
        expect(t).not.toMatch(/couldn't tell|Which one did you mean/);
        const best = ranking.find((m) => members.includes(m.id));
        if (best) {
          // The best-placed member is named with its place (a member the shortlist shows is the one
          // the family word means there: "why not gemini?" with Gemini 2.5 Flash at #2).
          const place = ranking.indexOf(best) + 1;
          expect(t).toContain(best.name);
          expect(t).toMatch(new RegExp(place === 1 ? "already #1|#1\\b" : `#${place}\\b`));
        } else if (ruledOut.length > 0) {
          expect(t).toMatch(/Every [^\n]* model was ruled out before scoring/);
        }
        // Every rule that ruled members out is said, with the first member it ruled out, when the
        // answer is about the family (not one shown member the word means).
        const aboutFamily = !best || t.includes("model in this ranking is");
        const rules = new Set(
          !aboutFamily ? [] : ruledOut.map((e) => e.reason.split(catalog.modelById.get(e.id)!.name).join("")),
        );
        for (const rule of rules) {
          const one = ruledOut.find((e) => e.reason.split(catalog.modelById.get(e.id)!.name).join("") === rule)!;
          expect(t).toContain(one.reason);
        }
        expect(c.session.requirements).toEqual(before);
      });
    }

  it("Tokyo: 'why not deepseek?' says every DeepSeek model is ruled out as coming from a country the team ruled out", () => {
    const c = chat(catalog);
    c.say(TOKYO_LOCALISER);
    const t = textOf(c.say("why not deepseek?"));
    expect(t).toMatch(
      /Every DeepSeek model was ruled out before scoring: DeepSeek[^\n]*\(CN\), a country you ruled out/,
    );
  });
});

describe("'why not <name>?' for a name the catalogue does not hold", () => {
  // DeepL is answered as a translation product since thread11 (why-not-product.test.ts).
  const UNHELD = ["systran", "modernmt", "watsonx", "lingvanex"];
  for (const thread of THREADS.slice(0, 2))
    for (const name of UNHELD)
      it(`${thread.name}: 'why not ${name}?' says no model of that name is held, and changes nothing`, () => {
        expect(resolveModel(name, catalog, {}, { fuzzy: "strict" }).status).toBe("none");
        const c = chat(catalog);
        const top = rankingOf(c.say(thread.opening))
          .slice(0, 3)
          .map((m) => m.id);
        const before = structuredClone(c.session.requirements);
        const reply = c.say(`why not ${name}?`);
        const t = textOf(reply);
        expect(t).toContain(`No model called "${name}" is in the catalogue`);
        expect(
          rankingOf(reply)
            .slice(0, 3)
            .map((m) => m.id),
        ).toEqual(top);
        expect(c.session.requirements).toEqual(before);
      });

  it.each(["why not go cheaper?", "why not local models?", "why not just use the api?"])(
    "'%s' is no name: never said to be a model the catalogue lacks",
    (q) => {
      const c = chat(catalog);
      c.say(THREADS[1]!.opening);
      expect(textOf(c.say(q))).not.toMatch(/No model called/);
    },
  );
});
