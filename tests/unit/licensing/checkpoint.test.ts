// Which release a quoted clause speaks for, and the licence answers that follow from it: a quote
// read on another checkpoint's card is never shown as the asked model's licence text.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { licenseHandler } from "../../../src/answers/license.js";
import { sourceTitle } from "../../../src/answers/license-quotes.js";
import type { Clause } from "../../../src/catalog/schema.js";
import { clauseCheckpoint, clauseSpeaksFor } from "../../../src/licensing/checkpoint.js";
import { ctxFor } from "../answers/helpers.js";

const clause = (source: string, checkpoint?: string | null): Pick<Clause, "source" | "checkpoint"> =>
  checkpoint === undefined ? { source } : { source, checkpoint };
const model = (name: string, aliases: string[] = []) => ({ id: name.toLowerCase().replace(/ /g, "-"), name, aliases });

describe("clauseCheckpoint", () => {
  it("reads the checkpoint from a Hugging Face model repository, with or without an organisation", () => {
    expect(
      clauseCheckpoint(clause("https://huggingface.co/deepseek-ai/DeepSeek-V3.2-Exp-Base/blob/main/README.md")),
    ).toBe("DeepSeek-V3.2-Exp-Base");
    expect(clauseCheckpoint(clause("https://huggingface.co/t5-base/commit/23aa4f4"))).toBe("t5-base");
  });

  it("gives none for a licence text, a code repository, a space or an organisation page", () => {
    for (const url of [
      "https://github.com/deepseek-ai/DeepSeek-V3/blob/abc/LICENSE-MODEL",
      "https://huggingface.co/spaces/tiiuae/falcon-180b-license",
      "https://huggingface.co/tiiuae",
      "https://ai.google.dev/gemma/terms",
      "not a url",
    ])
      expect(clauseCheckpoint(clause(url)), url).toBeNull();
  });

  it("lets the curation state it, including null for a licence's own words on another model's page", () => {
    expect(
      clauseCheckpoint(
        clause("https://github.com/deepseek-ai/DeepSeek-V3.2-Exp/blob/x/README.md", "DeepSeek-V3.2-Exp"),
      ),
    ).toBe("DeepSeek-V3.2-Exp");
    expect(clauseCheckpoint(clause("https://huggingface.co/nvidia/Cosmos-Predict2-14B-Text2Image", null))).toBeNull();
  });
});

describe("clauseSpeaksFor", () => {
  const card = (repo: string) => clause(`https://huggingface.co/lab/${repo}/blob/main/README.md`);

  it("treats builds of the same release (Instruct, Base, a context variant, a repo version) as that release", () => {
    expect(clauseSpeaksFor(card("Mistral-Large-Instruct-2411"), model("Mistral Large 24.11"))).toBe(true);
    expect(clauseSpeaksFor(card("Phi-3-mini-4k-instruct"), model("Phi-3 mini"))).toBe(true);
    expect(clauseSpeaksFor(card("Codestral-22B-v0.1"), model("Codestral 22B"))).toBe(true);
    expect(clauseSpeaksFor(card("DeepSeek-V3"), model("DeepSeek-V3"))).toBe(true);
  });

  it("keeps a later or sibling release apart", () => {
    expect(clauseSpeaksFor(card("DeepSeek-V3.2-Exp-Base"), model("DeepSeek-V3"))).toBe(false);
    expect(clauseSpeaksFor(card("DeepSeek-V3.2-Exp-Base"), model("DeepSeek-V3.2"))).toBe(false);
    expect(clauseSpeaksFor(card("phi-2"), model("Phi-3 mini"))).toBe(false);
    expect(clauseSpeaksFor(card("Qwen2.5-3B-Instruct"), model("Qwen2.5 72B"))).toBe(false);
  });

  it("matches on an alias too", () => {
    expect(clauseSpeaksFor(card("falcon-11B"), model("Falcon 2 11B"))).toBe(false);
    expect(clauseSpeaksFor(card("falcon-11B"), model("Falcon 2 11B", ["falcon 11b"]))).toBe(true);
  });
});

describe("licence answers quote only the asked model's own text", () => {
  const catalog = readCatalog();
  const now = new Date("2026-12-04T10:00:00Z");
  const quotes = (modelId: string) => {
    const reply = licenseHandler(
      { kind: "license", modelIds: [modelId], facts: {}, topic: "which-license", openOnly: false },
      ctxFor(catalog, now),
    ).replies[0]!;
    const text = reply.blocks.flatMap((b) => (b.kind === "text" ? [b.markdown] : [])).join("\n");
    return text.slice(Math.max(0, text.indexOf("The licence says")));
  };

  it("does not show a later checkpoint's 'license: mit' as DeepSeek-V3's licence", () => {
    const said = quotes("deepseek-v3");
    expect(said).toContain("DeepSeek-V3 series");
    expect(said).not.toMatch(/license:\s*mit/i);
    expect(said).not.toContain("V3.2-Exp");
  });

  it("holds every catalogue model's quotes to its own release", () => {
    for (const m of catalog.models) {
      const license = catalog.licenseById.get(m.licenseId)!;
      // A quote line names its source (two releases' cards can carry the same words, "license: 'Apache 2.0'").
      const said = quotes(m.id);
      const own = new Set(license.clauses.filter((c) => clauseSpeaksFor(c, m)).map((c) => sourceTitle(c.source)));
      for (const c of license.clauses.filter((x) => !clauseSpeaksFor(x, m)))
        if (!own.has(sourceTitle(c.source)))
          expect(said, `${m.id} quotes another checkpoint's ${c.source}`).not.toContain(sourceTitle(c.source));
    }
  });
});
