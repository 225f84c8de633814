// The understanding corpus is data that the evaluation trusts: every line must be a well-formed
// record in the label spec (tests/corpus/README.md), name only real catalogue entries, and the
// corpus must be large and balanced enough for its figures to mean something.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  corpusPath,
  parseCorpus,
  readCatalogRefs,
  readCorpus,
  referenceProblems,
  SPLITS,
  type CorpusRecord,
} from "../../../adapters/tools/understanding-eval/corpus.js";
import { CORPUS_INTENTS, labIdOf } from "../../../src/intents/slot-view.js";

const refs = readCatalogRefs();
const present = SPLITS.filter((split) => existsSync(corpusPath(split)));
const files = present.map((split) => ({ split, ...readCorpus(split) }));
const all: CorpusRecord[] = files.flatMap((f) => f.records);

describe("corpus format", () => {
  it("has the held-out test part", () => {
    expect(present).toContain("test");
  });

  for (const file of files) {
    it(`${file.split}.jsonl: every line is valid JSON in the record schema`, () => {
      expect(file.problems).toEqual([]);
    });

    it(`${file.split}.jsonl: names only models, labs and licences of the real catalogue`, () => {
      expect(file.records.flatMap((r) => referenceProblems(r, refs))).toEqual([]);
    });

    it(`${file.split}.jsonl: ids carry the part's prefix`, () => {
      const prefix = file.split === "test" ? "t-" : "d-";
      expect(file.records.filter((r) => !r.id.startsWith(prefix)).map((r) => r.id)).toEqual([]);
    });
  }

  it("ids are unique across both parts", () => {
    const seen = new Map<string, number>();
    for (const r of all) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it("no sentence appears in both parts", () => {
    const key = (r: CorpusRecord) => [...(r.previous ?? []), r.text].join(" ⏎ ").toLowerCase().trim();
    const test = new Set(all.filter((r) => r.split === "test").map(key));
    expect(all.filter((r) => r.split === "dev" && test.has(key(r))).map((r) => r.id)).toEqual([]);
  });

  it("a forbidden value is never also expected", () => {
    const clashes = all.filter((r) =>
      Object.entries(r.forbid ?? {}).some(([slot, value]) => {
        const expected = (r.slots as Record<string, unknown>)[slot];
        if (expected === undefined) return false;
        if (Array.isArray(value)) return value.some((v) => Array.isArray(expected) && expected.includes(v));
        return JSON.stringify(expected) === JSON.stringify(value);
      }),
    );
    expect(clashes.map((r) => r.id)).toEqual([]);
  });

  it("the test part has at least 420 records and 22 per intent", () => {
    const test = all.filter((r) => r.split === "test");
    expect(test.length).toBeGreaterThanOrEqual(420);
    for (const intent of CORPUS_INTENTS)
      expect(test.filter((r) => r.intent === intent).length, intent).toBeGreaterThanOrEqual(22);
  });

  it.runIf(present.includes("dev"))("both parts together: at least 800 records and 40 per intent", () => {
    expect(all.length).toBeGreaterThanOrEqual(800);
    for (const intent of CORPUS_INTENTS)
      expect(all.filter((r) => r.intent === intent).length, intent).toBeGreaterThanOrEqual(40);
  });
});

describe("corpus checker", () => {
  it("reports bad JSON, unknown slots, wrong value types and unknown intents by line", () => {
    const text = [
      '{"id":"t-help-001","text":"help","intent":"help","slots":{}}',
      "{not json",
      '{"id":"t-rec-001","text":"x","intent":"recommend","slots":{"volume":5}}',
      '{"id":"t-rec-002","text":"x","intent":"recommend","slots":{"tokensPerMonth":"50M"}}',
      '{"id":"t-rec-003","text":"x","intent":"shopping","slots":{}}',
      '{"id":"t-rec-004","text":"x","intent":"recommend","slots":{"exclude.countries":["china"]}}',
    ].join("\n");
    const { records, problems } = parseCorpus(text, "test");
    expect(records.map((r) => r.id)).toEqual(["t-help-001"]);
    expect(problems.map((p) => p.split(":").slice(0, 2).join(":"))).toEqual([
      "test:2",
      "test:3",
      "test:4",
      "test:5",
      "test:6",
    ]);
  });

  it("reports unknown model, lab and licence ids, and accepts licence family prefixes", () => {
    const [record] = parseCorpus(
      JSON.stringify({
        id: "t-rec-001",
        text: "x",
        intent: "recommend",
        slots: { models: ["gpt-4o", "gpt-9"], "exclude.labs": ["meta", "acme"], "exclude.licenses": ["llama", "nope"] },
        forbid: { "exclude.models": ["not-a-model"] },
      }),
      "test",
    ).records;
    const problems = referenceProblems(record!, refs);
    expect(problems.join("\n")).toMatch(/"gpt-9"/);
    expect(problems.join("\n")).toMatch(/"acme"/);
    expect(problems.join("\n")).toMatch(/"nope"/);
    expect(problems.join("\n")).toMatch(/"not-a-model"/);
    expect(problems).toHaveLength(4);
  });

  it("derives lab ids from catalogue lab names", () => {
    expect(labIdOf("Alibaba (Qwen)")).toBe("alibaba");
    expect(labIdOf("Mistral AI")).toBe("mistral");
    expect(labIdOf("AI21 Labs")).toBe("ai21");
    expect(labIdOf("OpenAI")).toBe("openai");
    expect(labIdOf("alibaba-qwen")).toBe("alibaba");
    expect(labIdOf("mistral-ai")).toBe("mistral");
  });
});
