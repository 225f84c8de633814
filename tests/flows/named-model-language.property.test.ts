// A named model's quality in a language, asked in a thread (thirteenth tryout round, Niigata pump
// maker): 'is llama 3.3 70b good at japanese?' and 'how good is qwen3 32b at japanese?' answered
// with the model card and its rank, no word on Japanese, while 'how good is the top pick at
// japanese?' gave the LMArena Japanese rating. Over generated threads (first messages × models ×
// languages × phrasings): the answer is the named model's rating in that language from the
// catalogue (or that it has none), its place in the thread, the #1 beside it for comparison, and the
// thread's requirements stay as they were.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { benchmarkLanguage } from "../../src/catalog/benchmarks.js";
import { languageName } from "../../src/catalog/languages.js";
import { NIIGATA_PUMPS } from "../scenarios/thirteenth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRSTS = [
  NIIGATA_PUMPS,
  "support bot for our shop in english and french, 20M tokens a month, which model?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
];
const MODELS = ["llama-3.3-70b", "qwen3-32b", "gemma-3-27b", "mistral-small-3.2", "gpt-4.1-mini", "deepseek-v3.2"];
const LANGUAGES = ["ja", "fr", "de", "es", "ko", "zh"];
const ASKED = [
  "is {m} good at {l}?",
  "how good is {m} at {l}?",
  "how well does {m} handle {l}?",
  "is {m} any good in {l}?",
  "how does {m} perform in {l}?",
];

/** The model's ratings in the language, from the catalogue's language leaderboards. */
const ratings = (id: string, code: string) =>
  catalog.modelById
    .get(id)!
    .quality.filter((s) => s.benchmark !== undefined && benchmarkLanguage(s.benchmark)?.code === code);

beforeAll(() => void chat(catalog).say(FIRSTS[1]!), 120_000);

describe("a named model's quality in a language, asked in a thread", () => {
  it("is answered with its rating in that language (or that it has none), beside the thread's #1", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...MODELS),
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom(...ASKED),
        (first, id, code, form) => {
          const model = catalog.modelById.get(id)!;
          const language = languageName(code);
          const said = form.replace("{m}", model.name.toLowerCase()).replace("{l}", language.toLowerCase());
          const c = chat(catalog);
          c.say(first);
          const before = structuredClone(c.session.requirements);
          const reply = c.say(said);
          const t = textOf(reply);
          expect(reply.data?.intent, said).toBe("what-if");
          const line = t.split("\n").find((l) => l.startsWith(`- **${model.name}**`));
          expect(line, `${said}\n${t}`).toBeDefined();
          const own = ratings(id, code);
          if (own.length > 0) for (const s of own) expect(line, said).toContain(`${s.name} ${s.value}`);
          else expect(line, said).toContain(`no ${language} rating in the catalogue`);
          const top = c.session.lastList[0];
          if (top && top !== id) expect(t, said).toMatch(/#1 in this thread, for comparison/);
          expect(c.session.requirements, said).toEqual(before);
        },
      ),
      { numRuns: 30, seed: 1314 },
    );
  });
});
