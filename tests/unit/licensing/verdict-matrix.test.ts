// The verdict matrix: every licence in the real catalogue (through every model that uses it, or a
// stand-in model when none does) against a grid of team facts, asserting invariants that must
// hold whatever the licence says; plus random facts (fast-check) for monotonicity.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { ClauseTopic, License, Model } from "../../../src/catalog/schema.js";
import { clauseSpeaksFor } from "../../../src/licensing/checkpoint.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import { licenseConstraint, licenseVerdict } from "../../../src/licensing/verdict.js";
import type { LicenseVerdict } from "../../../src/licensing/verdict.js";

const catalog = readCatalog();
const SEVERITY = { allowed: 0, conditional: 1, blocked: 2 } as const;

/** Each licence with the models it governs (weights licence or the lab's API terms). */
function pairs(): { license: License; model: Model }[] {
  const out: { license: License; model: Model }[] = [];
  for (const license of catalog.licenses) {
    const users = catalog.models.filter((m) => m.licenseId === license.id || m.apiLicenseId === license.id);
    const models =
      users.length > 0
        ? users.map((m) => (m.licenseId === license.id ? m : { ...m, openWeights: false }))
        : [standIn(license)];
    for (const model of models) out.push({ license, model });
  }
  return out;
}

function standIn(license: License): Model {
  const base = catalog.models.find((m) => m.kind === "model");
  if (!base) throw new Error("catalogue has no models");
  return {
    ...base,
    id: `stand-in-${license.id}`,
    name: `Stand-in for ${license.id}`,
    licenseId: license.id,
    openWeights: license.weightsAvailable === true,
    kind: "model",
    status: "current",
    apiLicenseId: null,
  };
}

const ACTIONS: TeamFacts[] = [
  {},
  { fineTune: true },
  { distributeWeights: true },
  { serveAsApi: true },
  { trainOnOutputs: true },
  { selfHost: true },
  { inEu: true },
  { fineTune: true, distributeWeights: true, serveAsApi: true, trainOnOutputs: true, selfHost: true, inEu: true },
];
const COMMERCIAL = [undefined, true, false];
const USERS = [undefined, 1e6, 150e6, 800e6, 2e9];

function grid(): TeamFacts[] {
  const out: TeamFacts[] = [];
  for (const action of ACTIONS)
    for (const commercial of COMMERCIAL)
      for (const monthlyActiveUsers of USERS) {
        const facts: TeamFacts = { ...action };
        if (commercial !== undefined) facts.commercial = commercial;
        if (monthlyActiveUsers !== undefined) facts.monthlyActiveUsers = monthlyActiveUsers;
        out.push(facts);
      }
  return out;
}

/** Clause topics that speak to each stated fact. */
function topicsFor(facts: TeamFacts): ClauseTopic[] {
  const t: ClauseTopic[] = [];
  if (facts.commercial === true) t.push("commercial-use");
  if (facts.monthlyActiveUsers !== undefined) t.push("user-threshold");
  if (facts.fineTune) t.push("fine-tuning", "derivative-naming");
  if (facts.distributeWeights) t.push("redistribution", "attribution", "derivative-naming");
  if (facts.serveAsApi) t.push("serve-as-api");
  if (facts.trainOnOutputs) t.push("outputs-training", "derivative-naming");
  if (facts.selfHost) t.push("self-hosting");
  if (facts.inEu) t.push("regional");
  return t;
}

const unavailable = (m: Model) => m.kind === "unreleased" || m.status === "retired";
const noWeights = (m: Model, l: License) => !m.openWeights || l.weightsAvailable === false;

describe("verdict matrix over the catalogue", () => {
  const all = pairs();
  const facts = grid();

  it("covers every licence in the catalogue", () => {
    expect(new Set(all.map((p) => p.license.id))).toEqual(new Set(catalog.licenses.map((l) => l.id)));
    expect(catalog.licenses.length).toBeGreaterThanOrEqual(54);
  });

  it("holds the invariants for every licence and every row of the grid", () => {
    // One example per broken invariant and licence keeps a failure readable.
    const failures = new Map<string, string>();
    const check = (ok: boolean, what: string, l: License, m: Model, f: TeamFacts, v: LicenseVerdict) => {
      const key = `${what}: ${l.id}`;
      if (!ok && !failures.has(key))
        failures.set(key, `${m.id} / ${JSON.stringify(f)} -> ${v.verdict}: ${v.reasons[0] ?? ""}`);
    };
    for (const { license, model } of all) {
      for (const f of facts) {
        const v = licenseVerdict(model, license, f);
        const t = license.terms;
        check(v.reasons.length > 0, "a verdict always has a reason", license, model, f, v);
        check(v.unverified === !license.verified, "unverified mirrors the licence", license, model, f, v);
        check(
          v.clauses.every((c) => license.clauses.includes(c)),
          "quotes come from the licence",
          license,
          model,
          f,
          v,
        );
        if (f.commercial === true && t.commercialUse === "no")
          check(v.verdict === "blocked", "commercial use of a non-commercial licence is blocked", license, model, f, v);
        if (f.commercial === true && (t.commercialUse as string) !== "yes")
          check(
            v.verdict !== "allowed",
            "commercial use is never plainly allowed unless the licence says yes",
            license,
            model,
            f,
            v,
          );
        const max = t.userThreshold?.maxMonthlyActiveUsers;
        if (max !== undefined && f.monthlyActiveUsers !== undefined && f.monthlyActiveUsers > max) {
          check(v.verdict === "blocked", "users over the threshold are blocked", license, model, f, v);
          if (!unavailable(model) && model.kind === "model") {
            check(
              v.reasons.some((r) => r.includes("threshold")),
              "the threshold reason is given",
              license,
              model,
              f,
              v,
            );
            if (license.clauses.some((c) => c.topic === "user-threshold"))
              check(
                v.clauses.some((c) => c.topic === "user-threshold"),
                "the threshold clause is quoted",
                license,
                model,
                f,
                v,
              );
          }
        }
        const isModel = model.kind === "model";
        if (f.selfHost && isModel && noWeights(model, license))
          check(v.verdict === "blocked", "self-hosting a closed model is blocked", license, model, f, v);
        if (f.distributeWeights && isModel && noWeights(model, license))
          check(v.verdict === "blocked", "distributing weights you do not have is blocked", license, model, f, v);
        if (unavailable(model)) check(v.verdict === "blocked", "an unavailable model is blocked", license, model, f, v);
        if (v.verdict !== "allowed" && !unavailable(model) && model.kind === "model") {
          const relevant = topicsFor(f);
          // Only quotes that speak for this model count: another checkpoint's card is not its text.
          const own = license.clauses.filter((c) => clauseSpeaksFor(c, model));
          if (v.verdict === "blocked" && own.some((c) => relevant.includes(c.topic)))
            check(
              v.clauses.some((c) => relevant.includes(c.topic)),
              "a blocked verdict quotes the licence on the fact's topic",
              license,
              model,
              f,
              v,
            );
          if (own.length > 0)
            check(v.clauses.length > 0, "a non-allowed verdict quotes the licence", license, model, f, v);
        }
        if (Object.keys(f).length === 0 && !unavailable(model))
          check(v.verdict !== "blocked", "nothing stated is never blocked", license, model, f, v);
        if (license.kind === "osi-open-source" && license.verified && !unavailable(model) && model.openWeights)
          check(v.verdict === "allowed", "a verified OSI licence allows everything in the grid", license, model, f, v);
        const constraint = licenseConstraint(model, license, f);
        check(
          constraint.excluded === (v.verdict === "blocked") &&
            (!constraint.excluded || constraint.reason?.startsWith(`${model.name}: `) === true),
          "the constraint mirrors the verdict",
          license,
          model,
          f,
          v,
        );
      }
    }
    expect(Object.fromEntries(failures)).toEqual({});
  });

  it("never lowers the verdict when a stated action is added (random facts)", () => {
    const factsArb = fc.record(
      {
        commercial: fc.boolean(),
        monthlyActiveUsers: fc.integer({ min: 1, max: 3_000_000_000 }),
        fineTune: fc.constant(true),
        distributeWeights: fc.constant(true),
        serveAsApi: fc.constant(true),
        trainOnOutputs: fc.constant(true),
        selfHost: fc.constant(true),
        inEu: fc.constant(true),
      },
      { requiredKeys: [] },
    );
    const extraArb = fc.constantFrom<TeamFacts>(
      { fineTune: true },
      { distributeWeights: true },
      { serveAsApi: true },
      { trainOnOutputs: true },
      { selfHost: true },
      { inEu: true },
      { commercial: true },
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), factsArb, extraArb, ({ license, model }, base, extra) => {
        if (extra.commercial && base.commercial === false) return;
        const before = licenseVerdict(model, license, base);
        const after = licenseVerdict(model, license, { ...base, ...extra });
        expect(SEVERITY[after.verdict]).toBeGreaterThanOrEqual(SEVERITY[before.verdict]);
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });
});
