// Plain words for a licence's terms and a team's facts, used by the licence answers: the key
// terms at a glance, the terms on one topic ("attribution duty?"), and what the team told us.
import type { ClauseTopic, License, LicenseTerms } from "../catalog/schema.js";
import type { LicenseTopic } from "./topic.js";
import type { TeamFacts } from "./facts.js";
import { formatCount } from "./format.js";

const PERMISSION: Record<string, string> = {
  yes: "yes",
  conditional: "yes, with conditions",
  no: "no",
  "not-applicable": "not applicable",
  "not-addressed": "not addressed by the licence",
  unknown: "unknown (our sources do not settle it)",
};

const word = (value: string): string => PERMISSION[value] ?? value;

/** The key terms as label/value rows, leaving out what the licence does not say. */
export function termRows(license: License): [string, string | null][] {
  const t = license.terms;
  return [
    ["Licence", license.name + (license.spdx ? ` (${license.spdx})` : "")],
    ["Open source (OSI)", license.osiApproved === null ? null : license.osiApproved ? "yes" : "no"],
    ["Weights published", license.weightsAvailable === null ? null : license.weightsAvailable ? "yes" : "no"],
    ["Commercial use", word(t.commercialUse)],
    [
      "User threshold",
      t.userThreshold
        ? `over ${formatCount(t.userThreshold.maxMonthlyActiveUsers)} monthly active users: ${t.userThreshold.consequence}`
        : null,
    ],
    ["Self-hosting", word(t.selfHosting)],
    ["Fine-tuning", word(t.fineTuning)],
    ["Distributing weights or derivatives", word(t.redistribution)],
    ["Serving it to others as an API", word(t.serveAsApi)],
    [
      "Training other models on its outputs",
      word(t.outputsToTrainOtherModels) + (t.outputsTrainingDuty ? ` (${t.outputsTrainingDuty})` : ""),
    ],
    ["Attribution", t.attribution],
    ["Naming derivatives", t.derivativeNaming],
    ["Acceptable-use policy", t.acceptableUsePolicy],
    ["Passed on to recipients", t.passThrough],
    ["Regional exclusions", t.regionalExclusions.map((r) => `${r.region}: ${r.scope}`).join("; ") || null],
    ["Restricted uses", t.fieldOfUseRestrictions.join("; ") || null],
  ];
}

/** Clause topics that answer a question topic. */
export const TOPIC_CLAUSES: Record<LicenseTopic, ClauseTopic[]> = {
  "which-license": ["general", "commercial-use", "relicensing"],
  "commercial-use": ["commercial-use", "user-threshold"],
  "user-threshold": ["user-threshold"],
  "outputs-training": ["outputs-training", "derivative-naming"],
  "output-ownership": ["ownership", "outputs-training"],
  attribution: ["attribution", "derivative-naming", "redistribution"],
  "self-hosting": ["self-hosting", "general"],
  "fine-tuning": ["fine-tuning", "derivative-naming"],
  redistribution: ["redistribution", "attribution"],
  "serve-as-api": ["serve-as-api"],
  regional: ["regional"],
};

/**
 * The fact a topic question implies ("does it allow commercial use?" = commercial: true), so a
 * topic question gets a verdict too. Topics that are about a term, not an action, imply none.
 */
export function impliedFacts(topic: LicenseTopic): TeamFacts {
  switch (topic) {
    case "commercial-use":
      return { commercial: true };
    case "outputs-training":
      return { trainOnOutputs: true };
    case "self-hosting":
      return { selfHost: true };
    case "fine-tuning":
      return { fineTune: true };
    case "redistribution":
      return { distributeWeights: true };
    case "serve-as-api":
      return { serveAsApi: true };
    case "regional":
      return { inEu: true };
    default:
      return {};
  }
}

/** The terms on one topic, in plain lines. */
export function topicLines(license: License, topic: LicenseTopic): string[] {
  const t: LicenseTerms = license.terms;
  const rows = new Map(termRows(license));
  const pick = (...labels: string[]) => labels.flatMap((l) => (rows.get(l) ? [`**${l}:** ${rows.get(l)}`] : []));
  switch (topic) {
    case "attribution": {
      const lines = pick("Attribution", "Naming derivatives", "Passed on to recipients");
      return lines.length > 0 ? lines : [`${license.name} sets no attribution or naming duty beyond ordinary notices.`];
    }
    case "user-threshold":
      return t.userThreshold ? pick("User threshold") : [`${license.name} has no monthly-user threshold.`];
    case "regional":
      return t.regionalExclusions.length > 0
        ? pick("Regional exclusions")
        : [`${license.name} has no regional exclusion.`];
    default:
      return pick("Licence", "Commercial use", "User threshold", "Attribution", "Acceptable-use policy");
  }
}

/** What the team told us, in words: "commercial use", "800M monthly active users", ... */
export function describeFacts(facts: TeamFacts): string[] {
  const out: string[] = [];
  if (facts.commercial === true) out.push("commercial use");
  if (facts.commercial === false) out.push("non-commercial use");
  if (facts.nonprofit === true) out.push("a nonprofit organisation");
  if (facts.monthlyActiveUsers !== undefined) out.push(`${formatCount(facts.monthlyActiveUsers)} monthly active users`);
  if (facts.selfHost === true) out.push("self-hosting");
  if (facts.fineTune === true) out.push("fine-tuning");
  if (facts.derivativeLicence !== undefined) out.push(`publishing a derivative under ${facts.derivativeLicence}`);
  else if (facts.distributeWeights === true) out.push("distributing weights or derivatives");
  if (facts.serveAsApi === true) out.push("serving it to others as an API");
  if (facts.trainOnOutputs === true)
    out.push(
      facts.competingModel === false
        ? "training a non-competing model on its outputs"
        : "training another model on its outputs",
    );
  if (facts.inEu === true) out.push("established in the EU");
  if (facts.inEu === false) out.push("not established in the EU");
  if (facts.fieldOfUse) out.push(`field of use: ${facts.fieldOfUse}`);
  return out;
}
