// A lab's code repository can carry another licence than its weights (Gemma's library code is
// Apache-2.0, the weights are under the Gemma Terms). Such a quote must never be shown as the
// model licence's own words, over the whole catalogue and for every question topic.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { buildLicenses, isCodeOnlyClaim } from "../../../adapters/tools/catalog-import/build-licenses.js";
import type { SourceLicenseFamily } from "../../../adapters/tools/catalog-import/build-licenses.js";
import { permissiveTerms } from "../../../adapters/tools/curation/license-types.js";
import type { LicenseCuration } from "../../../adapters/tools/curation/license-types.js";
import { licenseHandler } from "../../../src/answers/license.js";
import { sourceTitle } from "../../../src/answers/license-quotes.js";
import type { Clause, License } from "../../../src/catalog/schema.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import { LICENSE_TOPICS, type LicenseTopic } from "../../../src/licensing/topic.js";
import type { OutboundMessage } from "../../../src/ports.js";
import { licenceUnread } from "../../../src/scoring/licence-read.js";
import { ctxFor } from "../answers/helpers.js";

const catalog = readCatalog();
const now = new Date("2026-11-29T10:00:00Z");
const TOPICS: (LicenseTopic | null)[] = [null, ...LICENSE_TOPICS];

function ask(modelId: string, topic: LicenseTopic | null, facts: TeamFacts = {}): OutboundMessage {
  const ctx = ctxFor(catalog, now);
  return licenseHandler({ kind: "license", modelIds: [modelId], facts, topic, openOnly: false }, ctx).replies[0]!;
}

/** The bullet lines under a bold heading of the reply. */
function linesUnder(reply: OutboundMessage, heading: string): string[] {
  return reply.blocks.flatMap((b) =>
    b.kind === "text" && b.markdown.startsWith(`**${heading}**`) ? b.markdown.split("\n").slice(1) : [],
  );
}

const shows = (line: string, c: Clause) => line.includes(`"${c.quote}" (${sourceTitle(c.source)}`);
const codeClauses = (license: License) => license.clauses.filter((c) => c.topic === "code-licence");

describe("code licences are not the weights' licence", () => {
  const withCode = catalog.licenses.filter((l) => codeClauses(l).length > 0);

  it("the catalogue marks the code licences the reference data names (Gemma, Vicuna, ChatGLM, LLaMA 1)", () => {
    for (const id of ["gemma", "vicuna", "chatglm", "llama-1"])
      expect(
        withCode.map((l) => l.id),
        id,
      ).toContain(id);
  });

  it("no licence answer on any model quotes a code licence under 'The licence says'", () => {
    let checked = 0;
    for (const model of catalog.models) {
      const license = catalog.licenseById.get(model.licenseId);
      if (!license || codeClauses(license).length === 0) continue;
      for (const topic of TOPICS)
        for (const facts of [{}, { commercial: true, selfHost: true, distributeWeights: true }] as TeamFacts[]) {
          const said = linesUnder(ask(model.id, topic, facts), "The licence says");
          for (const c of codeClauses(license))
            expect(
              said.filter((l) => shows(l, c)),
              `${model.id} ${topic}`,
            ).toEqual([]);
          checked += 1;
        }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("'which licence?' names the code's licence under its own heading", () => {
    for (const license of withCode) {
      const model = catalog.models.find((m) => m.licenseId === license.id && m.kind === "model");
      if (!model) continue;
      const reply = ask(model.id, "which-license");
      const code = linesUnder(reply, "The code's licence (not the weights')");
      expect(code.length, license.id).toBeGreaterThan(0);
      expect(
        code.every((l) => codeClauses(license).some((c) => shows(l, c))),
        license.id,
      ).toBe(true);
    }
  });

  it("a licence whose only primary text is its code's licence counts as unread", () => {
    const code: Clause = {
      topic: "code-licence",
      quote: "Apache License",
      source: "x",
      checkedAt: "2026-11-29",
      primary: true,
    };
    expect(licenceUnread({ verified: false, clauses: [code] })).toBe(true);
    expect(licenceUnread({ verified: false, clauses: [{ ...code, topic: "general" }] })).toBe(false);
  });
});

describe("the importer keeps code-licence claims apart", () => {
  const family: SourceLicenseFamily = {
    id: "lab",
    family: "Lab",
    developer: "Lab",
    license_name: "Lab Model Terms",
    spdx_id: "Apache-2.0 (code only)",
    osi_approved: false,
    weights_available: true,
    license_history: null,
    verified: true,
    verification_notes: null,
    seed_correction: null,
    sources: [
      {
        claim: "Library code is Apache-2.0 (weights are not)",
        source: "https://x.example/LICENSE",
        primary: true,
        checked: "read",
        quote: "Apache License",
      },
      {
        claim: "Terms",
        source: "https://x.example/terms",
        primary: true,
        checked: "read",
        quote: "You may use the model.",
      },
      {
        claim: "Code and model weights are Apache-2.0",
        source: "https://x.example/README",
        primary: true,
        checked: "read",
        quote: "All under Apache.",
      },
    ],
  };
  const curation = (clauses: LicenseCuration["clauses"]): LicenseCuration[] => [
    { id: "lab", family: "lab", kind: "open-weights-custom", summary: "Lab.", terms: permissiveTerms("n"), clauses },
  ];

  it("refuses a code-only claim filed under another topic, and a joint claim filed as code", () => {
    expect(() =>
      buildLicenses(
        [family],
        curation({
          "Library code is Apache-2.0 (weights are not)": "general",
          Terms: "general",
          "Code and model weights are Apache-2.0": "general",
        }),
        "2026-11-29",
      ),
    ).toThrow(/code's licence only/);
    expect(() =>
      buildLicenses(
        [family],
        curation({
          "Library code is Apache-2.0 (weights are not)": "code-licence",
          Terms: "general",
          "Code and model weights are Apache-2.0": "code-licence",
        }),
        "2026-11-29",
      ),
    ).toThrow(/not about the code's licence only/);
  });

  it("keeps the code's SPDX id off the weights' licence", () => {
    const [license] = buildLicenses(
      [family],
      curation({
        "Library code is Apache-2.0 (weights are not)": "code-licence",
        Terms: "general",
        "Code and model weights are Apache-2.0": "general",
      }),
      "2026-11-29",
    );
    expect(license?.spdx).toBeNull();
    expect(license?.clauses.map((c) => c.topic)).toEqual(["code-licence", "general", "general"]);
  });

  it("reads claims as code-only only when they leave the weights out", () => {
    expect(
      [
        "Repo license MIT",
        "FastChat code Apache-2.0",
        "Initial code license GPL v3",
        "Repository license is Apache 2.0",
      ].map(isCodeOnlyClaim),
    ).toEqual([true, true, true, true]);
    expect(
      [
        "Code and weights Apache-2.0",
        "Codestral 22B under MNPL",
        "Repo README in the Qwen2.5 era (commit 486bf75)",
        "Weights MIT",
      ].map(isCodeOnlyClaim),
    ).toEqual([false, false, false, false]);
  });
});
