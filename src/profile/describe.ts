// Profile facts in words: one short label per fact ("EU", "regulated data (medical)", "~2M monthly
// users", "no ops staff"), used by `profile` and by the "using your team profile: …" line, and the
// words that name each fact when the team asks to forget it ("forget the EU part").
import { sayOrigins } from "../catalog/origin-regions.js";
import { hostRuleWords } from "../scoring/host-rule.js";
import { formatCount, formatHourlyUsd, formatUsd } from "../render/format.js";
import type { OpsCapacity } from "../costs/assumptions.js";
import { ownedGpusWords } from "../costs/owned-gpus.js";
import type { Deployment } from "../scoring/requirements.js";
import { IDS_AS_NAMES, type DisplayNames } from "../catalog/display-names.js";
import type { StandingFacts } from "./profile.js";

type Key = keyof StandingFacts;

const OPS: Record<OpsCapacity, string> = {
  none: "no ops staff",
  some: "some ops experience",
  strong: "a strong ops team",
};
/** Where a profile says the team runs models, as a standing rule ("on-premises only"). */
const DEPLOYMENT_WORDS: Record<Deployment, string> = {
  "any-api": "any API",
  "own-cloud": "own cloud account",
  "on-prem": "on-premises only",
};

/** Labels in a fixed order, so the same profile always reads the same; labs and models by `names`. */
export function factLabels(
  facts: StandingFacts,
  only?: ReadonlySet<Key>,
  names: DisplayNames = IDS_AS_NAMES,
): { key: Key; label: string }[] {
  const out: { key: Key; label: string }[] = [];
  const add = (key: Key, label: string | null): void => {
    if (label && (!only || only.has(key))) out.push({ key, label });
  };
  const f = facts;
  if (f.inEu !== undefined) add("inEu", f.inEu ? "EU" : "not in the EU");
  if (f.euDataResidency) add("euDataResidency", "data stays in the EU");
  if (f.dataSensitivity)
    add(
      "dataSensitivity",
      f.dataSensitivity === "regulated"
        ? `regulated data${f.fieldOfUse ? ` (${f.fieldOfUse})` : ""}`
        : `${f.dataSensitivity} data`,
    );
  if (f.fieldOfUse && f.dataSensitivity !== "regulated") add("fieldOfUse", `field: ${f.fieldOfUse}`);
  if (f.needsBaa) add("needsBaa", "needs a HIPAA BAA");
  if (f.noRetention) add("noRetention", "zero data retention");
  if (f.noTrainingOnData) add("noTrainingOnData", "no training on your data");
  if (f.monthlyActiveUsers !== undefined)
    add("monthlyActiveUsers", `~${formatCount(f.monthlyActiveUsers)} monthly users`);
  if (f.commercial !== undefined) add("commercial", f.commercial ? "commercial product" : "non-commercial");
  if (f.mlOpsExperience) add("mlOpsExperience", OPS[f.mlOpsExperience]);
  if (f.deployment) add("deployment", DEPLOYMENT_WORDS[f.deployment]);
  if (f.cloudProvider) add("cloudProvider", `${f.cloudProvider.toUpperCase()} account`);
  if (f.gpuHourlyUsd !== undefined) add("gpuHourlyUsd", `GPUs at ${formatHourlyUsd(f.gpuHourlyUsd)}/h`);
  if (f.ownedGpus) add("ownedGpus", `owns ${ownedGpusWords(f.ownedGpus.count, f.ownedGpus.type.toUpperCase(), "× ")}`);
  if (f.exclude) {
    const parts = [
      ...(f.exclude.labs ?? []).map((l) => `no ${names.lab(l)}`),
      ...(f.exclude.countries ?? []).map((c) => `no labs from ${c}`),
      ...(f.exclude.originsOutside?.length ? [`only ${sayOrigins(f.exclude.originsOutside)}`] : []),
      ...(f.exclude.licenses ?? []).map((l) => `no ${l} licence`),
      ...(f.exclude.models ?? []).map((m) => `not ${names.model(m)}`),
      ...(f.exclude.providers ?? []).map((p) => `not hosted on ${p.toUpperCase()}`),
      ...hostRuleWords(f.exclude, names.catalog).map((w) => `no ${w}`),
    ];
    if (parts.length > 0) add("exclude", parts.join(", "));
  }
  if (f.languages && f.languages.length > 0) add("languages", `languages: ${f.languages.join(", ")}`);
  if (f.fineTuning !== undefined) add("fineTuning", f.fineTuning ? "fine-tunes models" : "no fine-tuning");
  if (f.trainOnOutputs !== undefined)
    add("trainOnOutputs", f.trainOnOutputs ? "trains on model outputs" : "no training on outputs");
  if (f.redistributeWeights) add("redistributeWeights", "ships weights to customers");
  if (f.openWeightsOnly) add("openWeightsOnly", "open weights only");
  if (f.minorUsers !== undefined) add("minorUsers", f.minorUsers ? "users under 18" : "adult users only");
  if (f.monthlyBudgetUsd !== undefined) add("monthlyBudgetUsd", `budget ${formatUsd(f.monthlyBudgetUsd)}/month`);
  return out;
}

/** Which facts a "forget …" names. Words, not exact labels: "the EU part", "patient data", "ops". */
const FORGET_WORDS: { pattern: RegExp; keys: Key[] }[] = [
  { pattern: /\b(eu|europe|european|gdpr)\b/, keys: ["inEu", "euDataResidency"] },
  { pattern: /\bresiden(cy|t)\b/, keys: ["euDataResidency"] },
  {
    pattern: /\b(patient|regulated|sensitive|medical|health|clinical|hipaa|phi)\b/,
    keys: ["dataSensitivity", "fieldOfUse"],
  },
  { pattern: /\b(baa|hipaa)\b/, keys: ["needsBaa"] },
  { pattern: /\b(users?|mau|audience)\b/, keys: ["monthlyActiveUsers"] },
  { pattern: /\bcommercial\b/, keys: ["commercial"] },
  { pattern: /\b(ops|mlops|devops|sre|operations|staff)\b/, keys: ["mlOpsExperience"] },
  {
    pattern: /\b(deploy\w*|on-?prem\w*|cloud|azure|aws|gcp|bedrock|vertex|tenant)\b/,
    keys: ["deployment", "cloudProvider"],
  },
  { pattern: /\b(gpus?|h100s?|a100s?|hardware|per hour|\/h|hourly)\b/, keys: ["gpuHourlyUsd", "ownedGpus"] },
  { pattern: /\b(own|owned)\b/, keys: ["ownedGpus"] },
  { pattern: /\b(exclu\w*|chinese|china|labs?|ban\w*|no \w+ models)\b/, keys: ["exclude"] },
  { pattern: /\blanguages?\b/, keys: ["languages"] },
  { pattern: /\b(kids|children|minors|teens|under[- ]?1[368]s?|age)\b/, keys: ["minorUsers"] },
  { pattern: /\bfine[- ]?tun\w*\b/, keys: ["fineTuning"] },
  { pattern: /\b(train\w* on(?! (our|my) data)|outputs?)\b/, keys: ["trainOnOutputs"] },
  { pattern: /\b(retention|retain\w*|zdr|keep\w* (our )?(data|prompts))\b/, keys: ["noRetention"] },
  { pattern: /\b(no[- ]training|train\w* on (our|my|customer) data)\b/, keys: ["noTrainingOnData"] },
  { pattern: /\b(redistribut\w*|ship\w* (the )?weights)\b/, keys: ["redistributeWeights"] },
  { pattern: /\bopen[- ]?weights?\b/, keys: ["openWeightsOnly"] },
  { pattern: /\bbudget\b/, keys: ["monthlyBudgetUsd"] },
];

export function factsNamedIn(lower: string): Key[] {
  const keys = new Set<Key>();
  for (const { pattern, keys: ks } of FORGET_WORDS) if (pattern.test(lower)) for (const k of ks) keys.add(k);
  return [...keys];
}
