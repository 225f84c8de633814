// Licence verdicts: a model's licence checked against what a team told us. The verdict is the
// most severe finding; facts not stated are never assumed, they become open questions.
import type { Clause, ClauseTopic, License, Model } from "../catalog/schema.js";
import { clauseSpeaksFor } from "./checkpoint.js";
import type { TeamFacts } from "./facts.js";
import type { Finding, Rule, RuleInput, VerdictLevel } from "./finding.js";
import { severity, worst } from "./finding.js";
import { capitalize, theLicense, unique, unverifiedReason } from "./format.js";
import { distributeRule, fineTuneRule, outputsRule, selfHostRule, serveAsApiRule } from "./rules-actions.js";
import { relicenseRule } from "./rules-derivative.js";
import { commercialRule, fieldOfUseRule, regionalRule, standingDutiesRule, thresholdRule } from "./rules-use.js";
import { minorUsersRule } from "./rules-minors.js";
import { decisionsAboutPeopleRule } from "./rules-decisions.js";

export type { VerdictLevel } from "./finding.js";

export interface LicenseVerdict {
  verdict: VerdictLevel;
  reasons: string[];
  duties: string[];
  /** Quoted clauses supporting the verdict, most relevant first, each with source and checked date. */
  clauses: Clause[];
  /** The lab's own text we hold does not settle the licence facts; answers must say "unverified". */
  unverified: boolean;
  /** Missing facts that would change the verdict. */
  questions?: string[];
  /**
   * Findings below the verdict's level ("commercial use is allowed with conditions" next to a
   * blocking threshold): true, but not why the verdict is what it is.
   */
  notes?: string[];
}

const RULES: Rule[] = [
  commercialRule,
  thresholdRule,
  selfHostRule,
  fineTuneRule,
  distributeRule,
  relicenseRule,
  serveAsApiRule,
  outputsRule,
  regionalRule,
  fieldOfUseRule,
  decisionsAboutPeopleRule,
  minorUsersRule,
  standingDutiesRule,
];

export function licenseVerdict(model: Model, license: License, facts: TeamFacts): LicenseVerdict {
  const unverified = !license.verified;
  const special = availabilityFindings(model, license);
  const input: RuleInput = { model, license, facts, licenseName: theLicense(license.name) };
  const findings = special ?? RULES.flatMap((rule) => rule(input));
  if (unverified)
    findings.push({
      level: "allowed",
      always: true,
      topics: [],
      reason: `Unverified: for ${theLicense(license.name)}, ${unverifiedReason(license, model)}. Confirm with ${license.developer} before relying on this.`,
    });
  return assemble(findings, license, unverified, model);
}

/** Models that cannot be licensed at all, or where the "licence" is not a model licence. */
function availabilityFindings(model: Model, license: License): Finding[] | null {
  if (model.kind === "unreleased" || license.kind === "not-released")
    return [
      {
        level: "blocked",
        topics: ["general", "commercial-use"],
        reason: `${model.name} is not available: ${license.developer} never released its weights or offered a public API, so no team can obtain a licence to use it.`,
      },
    ];
  if (model.kind === "library" || license.kind === "library")
    return [
      {
        level: "allowed",
        topics: ["general"],
        reason: `${model.name} is a software library, not a model. ${capitalize(theLicense(license.name))} covers the library's code only; it does not cover any model weights you load with it — each model has its own licence.`,
        question: `Which model will you run with ${model.name}? Ask about that model's licence.`,
      },
      ...(license.terms.attribution
        ? [
            {
              level: "allowed" as const,
              topics: ["attribution" as const],
              duty: `If you distribute the library itself: ${license.terms.attribution}`,
            },
          ]
        : []),
    ];
  // Open weights outlive their lab's endpoint: the licence grants the weights, not the lab's API
  // (the lead engineer's decision, issue 12), so only a closed model retired by its lab is gone.
  if (model.status === "retired" && !model.openWeights)
    return [
      {
        level: "blocked",
        topics: ["general", "commercial-use"],
        reason: `${model.name} is retired: ${license.developer} no longer offers it, so it cannot be used for new work whatever the terms said.${license.history ? ` ${license.history}` : ""}`,
      },
    ];
  return null;
}

function assemble(findings: Finding[], license: License, unverified: boolean, model: Model): LicenseVerdict {
  const verdict = worst(findings.map((f) => f.level));
  // Reasons at the verdict's level first: they are the ones that decide it.
  const ordered = [...findings].sort(
    (a, b) => severity(b.level) - severity(a.level) || Number(b.stated === true) - Number(a.stated === true),
  );
  const deciding = (f: Finding) => f.level === verdict || f.always === true;
  const reasons = unique(ordered.flatMap((f) => (f.reason && deciding(f) ? [f.reason] : [])));
  if (reasons.length === 0) reasons.push(defaultReason(verdict, license));
  const notes = unique(ordered.flatMap((f) => (f.reason && !deciding(f) ? [f.reason] : []))).filter(
    (n) => !reasons.includes(n),
  );
  const duties = unique(ordered.flatMap((f) => (f.duty ? [f.duty] : [])));
  const questions = unique(findings.flatMap((f) => (f.question ? [f.question] : [])));
  const topics = unique(ordered.filter((f) => f.reason || f.duty).flatMap((f) => f.topics));
  let clauses = pickClauses(license, topics, model);
  // A restriction with no clause on its own topic still shows what the licence says in general.
  if (clauses.length === 0 && verdict !== "allowed")
    clauses = pickClauses(license, ["general", "commercial-use"], model).slice(0, 2);
  return { verdict, reasons, duties, clauses, unverified, questions, notes };
}

function defaultReason(verdict: VerdictLevel, license: License): string {
  const name = theLicense(license.name);
  if (verdict === "allowed") return `Nothing you described is restricted by ${name}.`;
  return `${name} attaches conditions to this use (see the duties).`;
}

/**
 * Quotes on the given topics, in topic order; within a topic the catalogue's order, except that
 * quotes naming the model asked about come first: one licence record can cover several sizes
 * (Qwen2.5's Apache record quotes a table row per size), and an answer cut to a few quotes should
 * show the asked size's own line, not its siblings'.
 */
export function pickClauses(
  license: License,
  topics: readonly ClauseTopic[],
  model?: Pick<Model, "id" | "name" | "aliases">,
): Clause[] {
  const name = model ? squash(model.name) : null;
  const names = (c: Clause) => name !== null && squash(c.quote).includes(name);
  // A quote read on another checkpoint's card is that checkpoint's word, not this model's.
  const candidates = model ? license.clauses.filter((c) => clauseSpeaksFor(c, model)) : license.clauses;
  const picked: Clause[] = [];
  for (const topic of topics) {
    const onTopic = candidates.filter((c) => c.topic === topic && !picked.includes(c));
    picked.push(...onTopic.filter(names), ...onTopic.filter((c) => !names(c)));
  }
  return picked;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

export interface LicenseConstraint {
  excluded: boolean;
  reason?: string;
  verdict: LicenseVerdict;
}

/** For the recommendation engine's hard constraints: blocked models are excluded, with the reason. */
export function licenseConstraint(
  model: Model,
  license: License,
  facts: TeamFacts,
  options: { apiLicense?: License } = {},
): LicenseConstraint {
  const verdict = licenseVerdict(model, license, facts);
  if (verdict.verdict !== "blocked") return { excluded: false, verdict };
  // Research-only weights with a commercial API (Mistral Large 2): when the team neither
  // self-hosts nor ships weights, the lab's API terms are the ones that apply.
  const api = options.apiLicense;
  if (api && api.id !== license.id && facts.selfHost !== true && facts.distributeWeights !== true) {
    const viaApi = licenseVerdict({ ...model, openWeights: false }, api, { ...facts, fineTune: undefined });
    if (viaApi.verdict !== "blocked")
      return {
        excluded: false,
        verdict: {
          ...viaApi,
          notes: [
            `Only through ${model.lab}'s own API: ${verdict.reasons[0] ?? "the weights' licence does not allow this use"}`,
            ...(viaApi.notes ?? []),
          ],
        },
      };
  }
  const first = verdict.reasons[0] ?? `${theLicense(license.name)} does not allow this use`;
  return { excluded: true, reason: `${model.name}: ${first}`, verdict };
}
