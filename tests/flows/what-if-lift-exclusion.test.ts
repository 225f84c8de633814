// A what-if that takes back one of the thread's exclusions lifts it and keeps the others; the
// words naming it ("the no-meta rule", "drop … rule") never exclude it again. Dropping models with
// no rule word, or an allow word that is itself negated, still rules out. Over every lab and
// country word the catalogue knows, through the real advisor.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { labIdOf } from "../../src/catalog/labs.js";
import { labWords } from "../../src/intents/lab-words.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();
const OPENING = (rule: string) => `recommend a coding model, on-prem, ${rule}, 50M tokens a month`;
// Labs with models and a plain word for them, every third one (the machine runs many suites).
const labIds = new Set(catalog.models.map((m) => labIdOf(m.lab, catalog)));
const labs = labWords(catalog)
  .filter((l) => labIds.has(l.id))
  .map((l) => ({ id: l.id, word: l.words.find((w) => /^[a-z]{3,}$/.test(w)) }))
  .filter((l): l is { id: string; word: string } => l.word !== undefined)
  .filter((_, i) => i % 3 === 0);

const LIFTS = [
  (w: string) => `what if we drop the no-${w} rule`,
  (w: string) => `what if we allow ${w} models`,
  (w: string) => `what if we also allowed ${w} models?`,
  (w: string) => `what if ${w} models were fine`,
  (w: string) => `what if we lift the ban on ${w}`,
];

describe("lifting an exclusion in a what-if", () => {
  it("the lab table has labs to lift", () => expect(labs.length).toBeGreaterThanOrEqual(5));
  for (const lab of labs) {
    const word = lab.word;
    for (const lift of LIFTS) {
      it(`'${lift(word)}' lifts ${lab.id} and keeps the other lab excluded`, () => {
        const other = labs.find((l) => l.id !== lab.id)!;
        const c = chat(catalog);
        c.say(OPENING(`no ${word} models, nothing from ${other.word}`));
        const before = c.session.requirements.exclude?.labs ?? [];
        expect(before).toEqual(expect.arrayContaining([lab.id, other.id]));
        const reply = c.say(lift(word));
        expect(reply.data?.intent).toBe("what-if");
        expect(c.session.requirements.exclude?.labs ?? []).not.toContain(lab.id);
        expect(c.session.requirements.exclude?.labs ?? []).toContain(other.id);
      });
    }
  }

  it("a country of origin is lifted and the other country stays", () => {
    const c = chat(catalog);
    c.say("recommend a chat model, no chinese or american labs, 50M tokens a month");
    c.say("what if we also allow american labs?");
    expect(c.session.requirements.exclude?.countries).toEqual(["CN"]);
    c.say("back");
    expect(c.session.requirements.exclude?.countries).toEqual(expect.arrayContaining(["CN", "US"]));
  });

  it("dropping models without a rule word, or a negated allow, still excludes", () => {
    const c = chat(catalog);
    c.say("recommend a chat model, no chinese labs, 50M tokens a month");
    c.say("what if we drop meta models");
    expect(c.session.requirements.exclude?.labs).toContain("meta");
    expect(c.session.requirements.exclude?.countries).toEqual(["CN"]);
    c.say("what if we didn't allow chinese labs");
    expect(c.session.requirements.exclude?.countries).toEqual(["CN"]);
  });

  for (const lab of labs.slice(0, 4)) {
    for (const lift of LIFTS.slice(1)) {
      it(`'${lift(lab.word)}' in a thread that never excluded ${lab.id} says so and changes nothing`, () => {
        const c = chat(catalog);
        const ranked = c.say(OPENING("no budget limit")).data?.ranking;
        const before = c.session.requirements;
        const reply = c.say(lift(lab.word));
        expect(reply.data?.intent).toBe("what-if");
        expect(reply.data?.change).toBeNull();
        expect(reply.fallbackText).toMatch(/never ruled out[^.]*, so there is nothing to lift/);
        expect(reply.fallbackText).not.toMatch(/couldn't tell/);
        expect(reply.data?.ranking).toEqual(ranked);
        expect(c.session.requirements).toEqual(before);
      });
    }
  }

  it("a country never excluded is said so; one that was is lifted in the same message", () => {
    const c = chat(catalog);
    c.say("recommend a chat model, no chinese labs, 50M tokens a month");
    const reply = c.say("what if we allow american labs");
    expect(reply.fallbackText).toMatch(/never ruled out models from US labs/);
    expect(c.session.requirements.exclude?.countries).toEqual(["CN"]);
    c.say("what if we allow chinese labs");
    expect(c.session.requirements.exclude?.countries ?? []).toEqual([]);
  });
});
