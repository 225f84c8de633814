// Rules about what the team does with the model beyond using it: self-hosting, fine-tuning,
// shipping weights or derivatives, serving it to others as an API, and training other models
// on its outputs.
import type { Finding, Rule } from "./finding.js";
import { hasNoWeights, isUnknown, noteSuffix, outputsScope, unknownTerm } from "./finding.js";
import { capitalize, continued, possessive, sentence } from "./format.js";

export const selfHostRule: Rule = (input) => {
  const { model, license, facts, licenseName } = input;
  if (facts.selfHost !== true) return [];
  const topics = ["self-hosting" as const];
  if (hasNoWeights(model, license))
    return [
      {
        level: "blocked",
        topics,
        reason: `Self-hosting ${model.name} is not possible: ${license.developer} has not released its weights, so it is only available through ${license.developer}'s own service or API.`,
      },
    ];
  if (license.terms.selfHosting === "no")
    return [
      {
        level: "blocked",
        topics,
        reason: `Self-hosting ${model.name} is not allowed by ${licenseName}${noteSuffix(license, "selfHosting")}.`,
      },
    ];
  if (isUnknown(license.terms.selfHosting))
    return [unknownTerm(input, "selfHosting", `self-hosting ${model.name}`, topics)];
  if (license.terms.selfHosting === "conditional")
    return [
      {
        level: "conditional",
        topics,
        reason: `Self-hosting ${model.name} is allowed only within the limits of ${licenseName}${noteSuffix(license, "selfHosting")}.`,
      },
    ];
  return [
    {
      level: "allowed",
      topics,
      reason: `Self-hosting ${model.name} is allowed: the weights are published under ${licenseName}.`,
    },
  ];
};

export const fineTuneRule: Rule = (input) => {
  const { model, license, facts, licenseName } = input;
  if (facts.fineTune !== true) return [];
  const t = license.terms;
  const topics = ["fine-tuning" as const];
  const out: Finding[] = [];
  if (t.fineTuning === "no")
    out.push({
      level: "blocked",
      topics,
      reason: hasNoWeights(model, license)
        ? `Fine-tuning ${model.name} is not possible: its weights are not released and ${licenseName} offers no fine-tuning of it.`
        : `Fine-tuning ${model.name} is not allowed by ${licenseName}.`,
    });
  else if (isUnknown(t.fineTuning)) out.push(unknownTerm(input, "fineTuning", `fine-tuning ${model.name}`, topics));
  else if (t.fineTuning === "conditional") {
    const duty = hasNoWeights(model, license)
      ? `Fine-tune ${model.name} only through ${license.developer}'s own fine-tuning service; the weights are not released.`
      : `Fine-tuned versions of ${model.name} stay under ${licenseName}'s terms.`;
    out.push({
      level: "conditional",
      topics,
      duty,
      reason: `Fine-tuning ${model.name} is allowed under conditions of ${licenseName}${noteSuffix(license, "fineTuning")}.`,
    });
  } else if (t.fineTuning === "yes")
    out.push({ level: "allowed", topics, reason: `Fine-tuning ${model.name} is allowed under ${licenseName}.` });
  if (t.derivativeNaming) {
    const shared = facts.distributeWeights === true || facts.serveAsApi === true;
    out.push({
      level: "conditional",
      topics: ["derivative-naming"],
      duty: shared
        ? sentence(t.derivativeNaming)
        : `If you distribute or make the fine-tuned model available: ${continued(t.derivativeNaming)}`,
    });
  }
  return out;
};

export const distributeRule: Rule = (input) => {
  const { model, license, facts, licenseName } = input;
  if (facts.distributeWeights !== true) return [];
  const t = license.terms;
  const topics = ["redistribution" as const];
  if (hasNoWeights(model, license) || t.redistribution === "not-applicable")
    return [
      {
        level: "blocked",
        topics,
        reason: `Distributing ${possessive(model.name)} weights or derivatives is not possible: ${license.developer} has not released the weights.`,
      },
    ];
  if (t.redistribution === "no")
    return [
      {
        level: "blocked",
        topics,
        reason: `Distributing ${possessive(model.name)} weights or derivatives is not allowed by ${licenseName}${noteSuffix(license, "redistribution")}.`,
      },
    ];
  const out: Finding[] = [];
  if (isUnknown(t.redistribution))
    return [
      unknownTerm(input, "redistribution", `distributing ${possessive(model.name)} weights or derivatives`, topics),
    ];
  const level = t.redistribution === "conditional" ? "conditional" : "allowed";
  out.push({
    level,
    topics,
    reason:
      level === "conditional"
        ? `Distributing ${model.name} or its derivatives is allowed under conditions of ${licenseName}${noteSuffix(license, "redistribution")}.`
        : `Distributing ${model.name} or its derivatives is allowed under ${licenseName}.`,
  });
  // Permissive licences still ask for the notice and licence text to travel with the weights.
  if (t.attribution && t.commercialUse !== "conditional")
    out.push({
      level: "allowed",
      topics: ["attribution", "redistribution"],
      duty: `When you distribute it: ${continued(t.attribution)}`,
    });
  if (t.passThrough)
    out.push({
      level: "conditional",
      topics: ["redistribution", "acceptable-use"],
      duty: `Pass the terms on to recipients: ${continued(t.passThrough)}`,
    });
  if (t.derivativeNaming && facts.fineTune !== true && facts.trainOnOutputs !== true)
    out.push({
      level: "conditional",
      topics: ["derivative-naming"],
      duty: `For any derivative model you distribute: ${continued(t.derivativeNaming)}`,
    });
  return out;
};

export const serveAsApiRule: Rule = (input) => {
  const { model, license, facts, licenseName } = input;
  if (facts.serveAsApi !== true) return [];
  const t = license.terms;
  const topics = ["serve-as-api" as const];
  const out: Finding[] = [];
  if (t.serveAsApi === "no")
    out.push({
      level: "blocked",
      topics,
      reason: hasNoWeights(model, license)
        ? `Offering ${model.name} to others as your own API means reselling ${license.developer}'s service, which ${licenseName} does not allow.`
        : `Offering ${model.name} to others as a hosted API is not allowed by ${licenseName}${noteSuffix(license, "serveAsApi")}.`,
    });
  else if (isUnknown(t.serveAsApi))
    out.push(unknownTerm(input, "serveAsApi", `offering ${model.name} to others as a hosted API`, topics));
  else if (t.serveAsApi === "conditional")
    out.push({
      level: "conditional",
      topics,
      reason: `Offering ${model.name} to others as a hosted API is only allowed under conditions of ${licenseName}${noteSuffix(license, "serveAsApi")}.`,
      duty: `Check ${licenseName}'s hosting terms before offering ${model.name} as a service; a separate licence from ${license.developer} may be needed.`,
    });
  else
    out.push({
      level: "allowed",
      topics,
      reason: `Offering ${model.name} to others as a hosted API is allowed under ${licenseName}.`,
    });
  if (t.passThrough && facts.distributeWeights !== true)
    out.push({
      level: "conditional",
      topics: ["acceptable-use"],
      duty: `Put the licence's use restrictions into your own terms for API users: ${continued(t.passThrough)}`,
    });
  return out;
};

export const outputsRule: Rule = (input) => {
  const { model, license, facts, licenseName } = input;
  if (facts.trainOnOutputs !== true) return [];
  const t = license.terms;
  const topics = ["outputs-training" as const];
  const value: string = t.outputsToTrainOtherModels;
  if (value === "unknown")
    return [
      unknownTerm(
        input,
        "outputsToTrainOtherModels",
        `training another model on ${possessive(model.name)} outputs`,
        topics,
      ),
    ];
  if (value === "not-applicable")
    return [
      {
        level: "allowed",
        topics,
        reason: `Training on outputs does not apply to ${model.name}${noteSuffix(license, "outputsToTrainOtherModels")}.`,
      },
    ];
  switch (t.outputsToTrainOtherModels) {
    case "yes":
      return [
        {
          level: "allowed",
          topics,
          reason: `Training other models on ${possessive(model.name)} outputs is allowed under ${licenseName}.`,
        },
      ];
    case "not-addressed":
      return [
        {
          level: "allowed",
          topics,
          reason: `${capitalize(licenseName)} does not address training other models on ${possessive(model.name)} outputs; its other terms still apply to how you use it.`,
        },
      ];
    case "conditional":
      return [
        {
          level: "conditional",
          topics: ["outputs-training", "derivative-naming"],
          reason: `Training another model on ${possessive(model.name)} outputs is allowed by ${licenseName}, with a duty.`,
          duty: sentence(
            t.outputsTrainingDuty ??
              t.derivativeNaming ??
              `Models trained on ${possessive(model.name)} outputs stay bound by ${licenseName}`,
          ),
        },
      ];
    case "no": {
      if (outputsScope(license) === "any-other-model")
        return [
          {
            level: "blocked",
            topics,
            reason: `Training another model on ${possessive(model.name)} outputs: ${licenseName} forbids using its outputs to improve any other large language model (only models derived from it are exempt).`,
          },
        ];
      if (facts.competingModel === false)
        return [
          {
            level: "conditional",
            topics,
            reason: `${capitalize(licenseName)} forbids using ${possessive(model.name)} outputs to train models that compete with ${license.developer}; you said yours does not compete.`,
            duty: `Do not use ${possessive(model.name)} outputs to build a model or service that competes with ${license.developer}'s.`,
          },
        ];
      return [
        {
          level: "blocked",
          topics,
          reason: `Training your model on ${possessive(model.name)} outputs: ${licenseName} forbids using them to develop models that compete with ${license.developer}'s products.`,
          ...(facts.competingModel === undefined
            ? {
                question: `Does the model you train compete with ${license.developer}'s products? Only competing models are forbidden; a narrow non-competing model (e.g. a classifier) may be allowed — check the terms.`,
              }
            : {}),
        },
      ];
    }
  }
  return [];
};
