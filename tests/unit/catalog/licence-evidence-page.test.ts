// A licence quote marked primary comes from a page that states a licence: the licence text, the
// README / model card, a licence or terms page, or the lab's own commit to one of them. Phi-4-mini's
// "Allowed, MIT" once rested on "License: mit" quoted from vocab.json on a pull-request ref of its
// Hugging Face repository (refs/pr/10). The audit lists such quotes as errors; checked here over
// generated repositories and pages, and on the committed catalogue.
import { describe, expect, it } from "vitest";
import { auditCatalog } from "../../../adapters/tools/catalog-audit/checks.js";
import { weakLicenceEvidence } from "../../../adapters/tools/catalog-audit/evidence-page.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { License } from "../../../src/catalog/schema.js";

const REPOS = [
  "microsoft/Phi-4-mini-instruct",
  "mistralai/Mistral-Small-Instruct-2409",
  "Qwen/Qwen3-8B",
  "org-x/model.v2",
];
const HUB = "https://huggingface.co";
const REFS = ["main", "0a67737cc96d2554230f90338b163bc6380a2a85"];
const NOT_LICENCE_FILES = [
  "vocab.json",
  "tokenizer.json",
  "tokenizer_config.json",
  "special_tokens_map.json",
  "merges.txt",
  "tokenizer.model",
  "config.json",
  "generation_config.json",
  "model-00001-of-00004.safetensors",
  "pytorch_model.bin",
  "model-q4_k_m.gguf",
];
const LICENCE_FILES = ["README.md", "LICENSE", "LICENSE.txt", "LICENSE.md", "USE_POLICY.md", "NOTICE"];

describe("licence evidence from a page that states a licence", () => {
  it("flags tokenizer, vocabulary, config and weights files of any repository, at any ref, on the hub or GitHub", () => {
    for (const repo of REPOS)
      for (const ref of REFS)
        for (const file of NOT_LICENCE_FILES)
          for (const url of [`${HUB}/${repo}/blob/${ref}/${file}`, `https://github.com/${repo}/blob/${ref}/${file}`])
            expect(weakLicenceEvidence(url), url).toContain(file);
  });

  it("flags any file on a pull-request ref, written encoded or plain, README included", () => {
    for (const repo of REPOS)
      for (const pr of [2, 10, 22])
        for (const ref of [`refs%2Fpr%2F${pr}`, `refs/pr/${pr}`])
          for (const file of [...LICENCE_FILES, "vocab.json"])
            for (const view of ["blob", "resolve"]) {
              const url = `${HUB}/${repo}/${view}/${ref}/${file}`;
              expect(weakLicenceEvidence(url), url).toMatch(/pull-request ref/);
            }
  });

  it("flags a discussion thread of a model, a space or a dataset", () => {
    for (const repo of REPOS)
      for (const prefix of ["", "spaces/", "datasets/"])
        for (const tail of ["discussions", "discussions/8"]) {
          const url = `${HUB}/${prefix}${repo}/${tail}`;
          expect(weakLicenceEvidence(url), url).toMatch(/discussions page/);
        }
  });

  it("accepts the licence file, the README, the card itself, the lab's commits, and licence or terms pages", () => {
    const fitting = [
      ...REPOS.flatMap((repo) => [
        `${HUB}/${repo}`,
        `${HUB}/${repo}/tree/main`,
        `${HUB}/${repo}/commit/0a67737cc96d2554230f90338b163bc6380a2a85`,
        ...REFS.flatMap((ref) => LICENCE_FILES.map((file) => `${HUB}/${repo}/blob/${ref}/${file}`)),
        ...LICENCE_FILES.map((file) => `https://github.com/${repo}/blob/${REFS[1]}/${file}`),
      ]),
      "https://mistral.ai/terms",
      "https://ai.google.dev/gemma/terms",
      "https://www.llama.com/llama4/license/",
      "not a url",
    ];
    for (const url of fitting) expect(weakLicenceEvidence(url), url).toBeNull();
  });

  it("lists a primary quote from such a page as an error in the audit, and leaves one marked secondary to its own finding", () => {
    const catalog = readCatalog();
    const base = catalog.licenseById.get("phi-4-mini")!;
    const weakUrl = `${HUB}/microsoft/Phi-4-mini-instruct/blob/refs%2Fpr%2F10/vocab.json`;
    const clause = {
      topic: "commercial-use" as const,
      quote: "License: mit",
      source: weakUrl,
      checkedAt: "2026-12-04",
    };
    const withQuote = (primary: boolean): License => ({ ...base, clauses: [{ ...clause, primary }] });
    const weakOf = (license: License) =>
      auditCatalog({ models: [], licenses: [license] }, new Date("2026-12-06T00:00:00Z")).findings.filter(
        (f) => f.kind === "licence-weak-evidence",
      );
    expect(weakOf(withQuote(true)).map((f) => f.subject)).toEqual(["licence phi-4-mini"]);
    expect(weakOf(withQuote(false))).toEqual([]);
  });

  it("the committed catalogue quotes no licence from such a page (Command R's line was on refs/pr/2 until truth4 read Cohere's own card)", () => {
    const catalog = readCatalog();
    const weak = auditCatalog(catalog, new Date("2026-12-06T00:00:00Z")).findings.filter(
      (f) => f.kind === "licence-weak-evidence",
    );
    expect(weak.map((f) => f.subject)).toEqual([]);
    const commandR = catalog.licenseById.get("command-r")!.clauses;
    expect(commandR.some((c) => c.topic === "commercial-use" && c.primary)).toBe(true);
    for (const id of ["phi-4-mini", "phi-4-reasoning", "command-r"]) {
      const clauses = catalog.licenseById.get(id)!.clauses;
      expect(clauses.length, id).toBeGreaterThan(0);
      for (const c of clauses) expect(weakLicenceEvidence(c.source), `${id}: ${c.source}`).toBeNull();
    }
  });
});
