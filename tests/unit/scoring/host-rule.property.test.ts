// A rule on who may host the team's API traffic ("our DPO says no US-owned cloud providers",
// "pas d'hébergeur américain", "keine US-Anbieter", "no openai/anthropic/google APIs"), end to end:
// read however it is phrased, kept apart from the labs' countries, and every top-3 pick of a
// ranking served by a host whose owner passes it (or self-hosted). The oracle reads the catalogue's
// owner records and labs table directly, not through the code under test.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Model } from "../../../src/catalog/schema.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { applyHosting, marketplaceAsCloud } from "../../../src/scoring/hosting.js";
import { rankModels } from "../../../src/scoring/rank.js";
import type { Requirements, UseCase } from "../../../src/scoring/requirements.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();

/** The owner country of a host as the catalogue's records say it, read directly; null when none does. */
function ownerCountry(provider: string): string | null {
  const record = catalog.hostOwnerById?.get(provider);
  if (!record) return null;
  if ("lab" in record)
    return [...(catalog.labByName?.values() ?? [])].find((l) => l.id === record.lab)?.country ?? null;
  return record.value.country;
}

/** Whether a host passes the rule: named hosts out, owners from the countries out, owners not on record not passed. */
function passes(provider: string, x: Requirements["exclude"]): boolean {
  if (x?.hosts?.includes(provider)) return false;
  if (!x?.hostCountries?.length) return true;
  const country = ownerCountry(provider);
  return country !== null && !x.hostCountries.includes(country);
}

const JOBS = ["case-file summaries, which model?", "support chatbot for citizens. which llm?", "RAG over our manuals."];
// Host-only words: the labs' countries are never read from them.
const HOST_RULES = [
  "our DPO says no {c}-owned cloud providers (Schrems II).",
  "No {c}-owned cloud providers.",
  "no {c} hosts.",
  "nothing hosted by {c} clouds.",
  "we can't use {c} cloud providers.",
  "no {c}-based hosting providers please.",
];
const COUNTRY_WORDS = [
  { word: "US", code: "US" },
  { word: "american", code: "US" },
  { word: "chinese", code: "CN" },
  { word: "russian", code: "RU" },
] as const;

describe("a rule on hosts, however it is phrased", () => {
  it("host words rule out hosts by owner country and never the labs of that country", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HOST_RULES),
        fc.constantFrom(...COUNTRY_WORDS),
        fc.constantFrom(...JOBS),
        fc.boolean(),
        (shape, country, job, ruleFirst) => {
          const rule = shape.replace("{c}", country.word);
          const text = ruleFirst ? `${rule} ${job}` : `${job} ${rule}`;
          const req = parseRequirements(text, catalog);
          expect(req.exclude?.hostCountries, text).toEqual([country.code]);
          expect(req.exclude?.countries ?? [], text).not.toContain(country.code);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("'no {country} providers' rules out that country's hosts and, as it always has, its labs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COUNTRY_WORDS), fc.constantFrom(...JOBS), (country, job) => {
        const text = `no ${country.word} providers. ${job}`;
        const req = parseRequirements(text, catalog);
        expect(req.exclude?.hostCountries, text).toEqual([country.code]);
        expect(req.exclude?.countries, text).toContain(country.code);
      }),
      { numRuns: 40 },
    );
  });

  it("models from a country stay a rule on labs, not on hosts", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("no {c} models.", "nothing from {c} labs.", "we don't want {c}-made models."),
        fc.constantFrom(...COUNTRY_WORDS.filter((c) => c.word !== "US")),
        fc.constantFrom(...JOBS),
        (shape, country, job) => {
          const text = `${job} ${shape.replace("{c}", country.word)}`;
          const req = parseRequirements(text, catalog);
          expect(req.exclude?.countries, text).toContain(country.code);
          expect(req.exclude?.hostCountries, text).toBeUndefined();
        },
      ),
      { numRuns: 40 },
    );
  });

  it("in French and German: 'pas d'hébergeur américain', 'keine US-Anbieter'", () => {
    const french = [
      "Nous voulons un outil qui résume les dépêches, pas d'hébergeur américain. Quel modèle pour nous ?",
      "Nos données ne sont pas sensibles, mais pas d'hébergeur américain : quel modèle pour les résumés ?",
    ];
    for (const text of french) {
      const req = parseRequirements(text, catalog);
      expect(req.exclude?.hostCountries, text).toEqual(["US"]);
      expect(req.exclude?.countries ?? [], text).not.toContain("US");
    }
    const german = "Wir sind ein Maschinenbauer und brauchen Übersetzungen, keine US-Anbieter. Welches Modell?";
    expect(parseRequirements(german, catalog).exclude?.hostCountries).toEqual(["US"]);
  });

  it("named APIs ('no openai/anthropic/google APIs') rule out those hosts, not their labs", () => {
    const names = ["openai", "anthropic", "google", "mistral", "deepseek"];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("/", ", ", " or ", " and "),
        fc.constantFrom("no {n} APIs.", "we can't use the {n} API.", "nothing through the {n} APIs."),
        fc.constantFrom(...JOBS),
        (hosts, joiner, shape, job) => {
          const text = `${shape.replace("{n}", hosts.join(joiner))} ${job}`;
          const req = parseRequirements(text, catalog);
          expect(new Set(req.exclude?.hosts), text).toEqual(new Set(hosts));
          expect(req.exclude?.labs ?? [], text).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });
});

const withOfferings = catalog.models.filter((m) => m.offerings.length > 0);
const RULES: Requirements["exclude"][] = [
  { hostCountries: ["US"] },
  { hostCountries: ["CN"] },
  { hostCountries: ["US", "CN"] },
  { hosts: ["openai", "anthropic", "google"] },
  { hosts: ["deepinfra"], hostCountries: ["CN"] },
];

describe("a rule on hosts in the ranking", () => {
  it("every model × rule × deployment: only hosts that pass are kept; a model fails only when none passes and it cannot be self-hosted", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...withOfferings),
        fc.constantFrom(...RULES),
        fc.constantFrom<Requirements["deployment"]>(undefined, "any-api"),
        (model: Model, exclude, deployment) => {
          const req: Requirements = { exclude, ...(deployment ? { deployment } : {}) };
          const result = applyHosting(catalog, model, req);
          for (const o of result.model.offerings) expect(passes(o.provider, exclude), o.provider).toBe(true);
          const anyPasses = model.offerings.some((o) => passes(o.provider, exclude));
          const selfHostable = model.openWeights && deployment !== "any-api";
          if (result.failure) {
            expect(result.failure.constraint).toBe("excluded-host");
            expect(anyPasses || selfHostable).toBe(false);
            // The reason names the rule and at least one host with why.
            expect(result.failure.reason).toMatch(/your rule on/);
          } else if (!selfHostable) expect(result.model.offerings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("every top-3 pick of generated teams is served by a host that passes the rule, or self-hosted where the team may", () => {
    const useCases: UseCase[] = ["chat", "summarization", "rag", "coding", "extraction"];
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.constantFrom(...useCases),
        fc.constantFrom<Requirements["deployment"]>(undefined, "any-api"),
        fc.constantFrom<Requirements["cloudProvider"]>(undefined, "azure", "aws"),
        fc.integer({ min: 1, max: 2_000 }),
        (exclude, useCase, deployment, cloudProvider, millions) => {
          const req: Requirements = {
            useCase,
            exclude,
            volume: volume(millions * 1_000_000),
            ...(deployment ? { deployment } : {}),
            ...(cloudProvider ? { cloudProvider } : {}),
          };
          for (const pick of rankModels(catalog, req).ranked.slice(0, 3)) {
            // Not through an API (self-hosted, or no self-hosting estimate without a GPU price): open weights only.
            if (pick.costBasis !== "api") {
              expect(deployment, pick.id).not.toBe("any-api");
              expect(catalog.modelById.get(pick.id)?.openWeights, pick.id).toBe(true);
              continue;
            }
            expect(pick.apiProvider, pick.id).not.toBeNull();
            const host = marketplaceAsCloud({ provider: pick.apiProvider! } as never).provider;
            expect(passes(host, exclude), `${pick.id} via ${host}`).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
