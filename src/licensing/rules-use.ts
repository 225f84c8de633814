// Rules about using the model at all: commercial use, the monthly-user threshold, regional
// exclusions, restricted fields of use, and the standing duties (acceptable-use policy,
// attribution) that come with any product built on it.
import type { Finding, Rule } from "./finding.js";
import { isMultimodal, isUnknown, noteSuffix, unknownTerm } from "./finding.js";
import { capitalize, continued, formatCount, sentence, theLicense } from "./format.js";

export const commercialRule: Rule = (input) => {
  const { model, license, facts, licenseName } = input;
  const term = license.terms.commercialUse;
  const topics = ["commercial-use" as const];
  if (isUnknown(term))
    return facts.commercial === false
      ? []
      : [unknownTerm(input, "commercialUse", `commercial use of ${model.name}`, topics)];
  if (facts.commercial === true) {
    if (term === "no")
      return [
        {
          level: "blocked",
          topics,
          reason: `Your use is commercial (a product, or a business using it for its own work, internal tools included), but ${licenseName} allows non-commercial use only, so ${model.name} cannot be used commercially without a separate licence from ${license.developer}.`,
        },
      ];
    if (term === "conditional")
      return [
        {
          level: "conditional",
          topics,
          reason: `Commercial use of ${model.name} is allowed under ${licenseName}, with conditions${noteSuffix(license, "commercialUse")}.`,
        },
      ];
    return [{ level: "allowed", topics, reason: `Commercial use of ${model.name} is allowed under ${licenseName}.` }];
  }
  if (term !== "no") {
    // A custom licence's conditions (use policy, notices) bind non-commercial use as well.
    if (term === "conditional")
      return [
        {
          level: "conditional",
          topics,
          reason:
            facts.commercial === false
              ? `Non-commercial use of ${model.name} is allowed under ${licenseName}'s conditions (see the duties).`
              : `${capitalize(licenseName)} allows use of ${model.name}, including commercial use, under conditions (see the duties).`,
        },
      ];
    return [];
  }
  const duty = `Keep the use of ${model.name} non-commercial (research, evaluation or personal use), as ${licenseName} requires.`;
  if (facts.commercial === false)
    return [
      {
        level: "conditional",
        topics,
        duty,
        reason: `You said the use is non-commercial; ${licenseName} allows only that.`,
      },
    ];
  return [
    {
      level: "conditional",
      topics,
      duty,
      reason: `${capitalize(licenseName)} allows non-commercial use only.`,
      question: facts.nonprofit
        ? `Is this for a service you run for patients, clients or members? Being a nonprofit does not make the use non-commercial: ${licenseName} restricts the use, not the kind of organisation, so a service you provide may still be commercial use, which would block ${model.name}. Have counsel read ${licenseName} before relying on it.`
        : `Is this for a commercial product or service? ${capitalize(licenseName)} does not allow commercial use, so that would block ${model.name}.`,
    },
  ];
};

export const thresholdRule: Rule = ({ license, facts, licenseName }) => {
  const threshold = license.terms.userThreshold;
  if (!threshold) return [];
  const max = threshold.maxMonthlyActiveUsers;
  const topics = ["user-threshold" as const];
  // A count that is not a real number of users (NaN, negative) is treated as not stated.
  const stated = facts.monthlyActiveUsers;
  const mau = stated !== undefined && Number.isFinite(stated) && stated >= 0 ? stated : undefined;
  if (mau === undefined) {
    if (facts.commercial === false) return [];
    return [
      {
        level: "allowed",
        topics,
        question: `How many monthly active users will it have? Above ${formatCount(max)}, ${licenseName} says: ${continued(threshold.consequence)}`,
      },
    ];
  }
  if (mau > max)
    return [
      {
        level: "blocked",
        topics,
        reason: `${formatCount(mau)} monthly active users is over ${licenseName}'s ${formatCount(max)} threshold: ${continued(threshold.consequence)}`,
      },
    ];
  return [
    {
      level: "allowed",
      topics,
      reason: `${formatCount(mau)} monthly active users is within ${licenseName}'s ${formatCount(max)} threshold.`,
    },
  ];
};

/** Regional clauses: an exclusion withholds rights; a condition (Gemini in the EEA) adds a duty. */
export const regionalRule: Rule = ({ model, license, facts, licenseName }) => {
  const out: Finding[] = [];
  for (const item of license.terms.regionalExclusions) {
    if (!/\b(EU|EEA|European)\b/i.test(item.region)) continue;
    const extra = item as { appliesTo?: unknown; effect?: unknown };
    const multimodalOnly =
      extra.appliesTo === "multimodal" || (extra.appliesTo === undefined && /multimodal/i.test(item.scope));
    const isCondition =
      extra.effect === "condition" ||
      (extra.effect === undefined &&
        /\b(must|only)\b/i.test(item.scope) &&
        !/not granted|excluded|withh/i.test(item.scope));
    const topics = ["regional" as const];
    if (isCondition) {
      if (facts.inEu === true)
        out.push({
          level: "conditional",
          topics,
          reason: `Being established in the EU brings in a regional condition of ${licenseName}, which covers the ${item.region}.`,
          duty: `${item.region}: ${continued(item.scope)}`,
        });
      continue;
    }
    if (multimodalOnly && !isMultimodal(model)) {
      if (facts.inEu === true)
        out.push({
          level: "allowed",
          topics,
          reason: `${capitalize(licenseName)}'s ${item.region} exclusion covers only its multimodal models; ${model.name} takes text only, so it does not apply.`,
        });
      continue;
    }
    const what = multimodalOnly ? `its multimodal models, and ${model.name} is multimodal` : model.name;
    if (facts.inEu === true)
      out.push({
        level: "blocked",
        topics,
        reason: `You are established in the ${item.region}: ${licenseName} does not grant its rights to ${item.region}-domiciled companies or individuals for ${what}. End users of a product built by someone outside the ${item.region} are not affected.`,
      });
    else if (facts.inEu === undefined)
      out.push({
        level: "allowed",
        topics,
        question: `Is your company established in the ${item.region}? ${capitalize(licenseName)} withholds its rights for ${multimodalOnly ? "its multimodal models" : model.name} from ${item.region}-domiciled companies, which would block ${model.name}.`,
      });
  }
  return out;
};

// Words people use for a field that licences phrase differently.
const FIELD_SYNONYMS: Record<string, string[]> = {
  health: ["medical"],
  healthcare: ["medical"],
  clinical: ["medical"],
  defense: ["military"],
  defence: ["military"],
  weapons: ["military", "weapon"],
  weapon: ["military", "weapon"],
  arms: ["weapon", "itar", "military"],
  itar: ["itar", "military"],
  nuclear: ["nuclear"],
  police: ["law enforcement", "law-enforcement"],
  policing: ["law enforcement", "law-enforcement"],
  surveillance: ["surveillance", "law enforcement"],
  legal: ["legal"],
  credit: ["credit", "legal rights"],
  hiring: ["employment", "legal rights"],
  robotics: ["machinery", "transportation"],
};

/**
 * Fields a restriction may or may not reach, by what the machine does: a licence restricting the
 * "operation of … heavy machinery" does not say whether a warehouse robot is such machinery, so the
 * match is a condition to settle with the licensor, never a silent duty nor a plain block.
 */
const JUDGED_FIELDS = new Set(["robotics"]);

function fieldMatches(field: string, restriction: string): boolean {
  const text = restriction.toLowerCase();
  const words = field
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4);
  // At a word start, so "arms" does not match "harms" (plural and singular both count).
  const has = (w: string) => new RegExp(`\\b${w.replace(/[^a-z -]/g, "")}`).test(text);
  return words.some((w) => has(w) || has(w.replace(/s$/, "")) || (FIELD_SYNONYMS[w] ?? []).some(has));
}

/**
 * Fields where use policies commonly forbid or restrict use outright (rather than conduct within
 * any field); employment, since closed providers' policies (OpenAI's, Anthropic's) ask for human
 * review of decisions on candidates, which we do not hold as clauses. When a team names one and a licence has a use policy whose fields we do not hold,
 * the verdict cannot be a plain "allowed": it says the policy was not checked for that field.
 */
const HIGH_RISK_FIELDS =
  /\b(military|defen[cs]e|weapons?|arms|itar|warfare|surveillance|law-enforcement|police|policing|critical-infrastructure|nuclear|robotics|employment|hiring)\b/i;

export const fieldOfUseRule: Rule = ({ model, license, facts, licenseName }) => {
  const restrictions = license.terms.fieldOfUseRestrictions;
  const field = facts.fieldOfUse?.trim();
  const topics = ["field-of-use" as const, "acceptable-use" as const];
  const out: Finding[] = [];
  const hit = field ? restrictions.find((r) => fieldMatches(field, r)) : undefined;
  if (field && hit && JUDGED_FIELDS.has(field)) {
    const clause = hit.trim().replace(/[.;]+$/, "");
    out.push({
      level: "conditional",
      topics,
      stated: true,
      reason: `Your use (${field}) may fall under a use ${licenseName} restricts: ${clause}. Whether your machines count is not settled by the text we hold.`,
      duty: `Confirm with ${license.developer} (or your counsel) that running ${model.name} in your ${field} product is outside that restriction before you ship it.`,
    });
  } else if (field && hit)
    out.push({
      level: "blocked",
      topics,
      reason: `Your field of use ("${field}") falls under a use ${licenseName} restricts: ${hit.trim().replace(/[.;]+$/, "")}. Using ${model.name} for that is not allowed.`,
    });
  else if (
    field &&
    HIGH_RISK_FIELDS.test(field) &&
    license.terms.acceptableUsePolicy &&
    hasWeightsOrTerms(license) &&
    // The policy's words on decisions about people are held for this field (rules-decisions.ts).
    !license.terms.decisionsAboutPeople?.fields.includes(field.toLowerCase())
  ) {
    // A policy we hold only by name: say so, never pass the field as "allowed".
    const policy = theLicense(license.terms.acceptableUsePolicy).replace(/[.]+$/, "");
    out.push({
      level: "conditional",
      topics,
      stated: true,
      reason: `Your field of use ("${field}") is not among the restricted uses we hold for ${licenseName}, but ${policy} binds all use and our sources do not settle whether it allows ${field} work. Unverified for this field.`,
      duty: `Confirm with ${license.developer} that ${policy} allows ${field} use of ${model.name} before relying on it.`,
    });
  }
  if (restrictions.length > 0)
    out.push({
      level: "conditional",
      // A standing duty. Where the restricted fields are a few lines of a longer use policy
      // (Llama), they are quoted only when the team names a field; where they are the licence's
      // whole use policy (RAIL), they are what the licence says on use.
      topics: field || !policyListsMore(license.terms) ? topics : ["acceptable-use"],
      duty: `Keep within ${licenseName}'s use restrictions: ${restrictions.map((r) => r.trim().replace(/[.;]+$/, "")).join("; ")}.`,
    });
  return out;
};

/** A separate use policy beyond the restricted fields we list (Llama's), not the list itself (BLOOM's RAIL). */
function policyListsMore(t: { acceptableUsePolicy: string | null }): boolean {
  return t.acceptableUsePolicy !== null && !/restriction/i.test(t.acceptableUsePolicy);
}

/** Libraries and unreleased models have no use policy of their own to check. */
function hasWeightsOrTerms(license: { kind: string }): boolean {
  return license.kind !== "library" && license.kind !== "not-released";
}

/** Duties that come with any use (acceptable-use policy) or with any product (attribution). */
export const standingDutiesRule: Rule = ({ license, facts }) => {
  const t = license.terms;
  const out: Finding[] = [];
  // A policy that is just the restricted-uses list is already a duty of the field-of-use rule.
  const aupIsRestrictions =
    t.acceptableUsePolicy !== null && t.fieldOfUseRestrictions.length > 0 && /restriction/i.test(t.acceptableUsePolicy);
  if (t.acceptableUsePolicy && !aupIsRestrictions)
    out.push({
      level: "allowed",
      topics: ["acceptable-use"],
      duty: /polic/i.test(t.acceptableUsePolicy)
        ? `Follow ${theLicense(t.acceptableUsePolicy).replace(/[.]+$/, "")}.`
        : `Follow the acceptable-use policy: ${continued(t.acceptableUsePolicy)}`,
    });
  // Custom licences (Llama's "Built with Llama") ask for attribution on any product or service;
  // permissive ones (Apache, MIT) only when the weights are passed on, handled by redistribution.
  if (t.attribution && t.commercialUse === "conditional" && facts.commercial !== false) {
    const lead =
      facts.commercial === true || facts.serveAsApi === true || facts.distributeWeights === true
        ? ""
        : "If you ship a product or service with it: ";
    out.push({
      level: "conditional",
      topics: ["attribution"],
      duty: lead ? `${lead}${continued(t.attribution)}` : sentence(t.attribution),
    });
  }
  return out;
};
