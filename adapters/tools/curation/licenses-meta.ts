// Meta's Llama licences, version by version. The differences that matter: Llama 2 and 3 forbid
// using outputs to improve other LLMs, 3.1 and later allow it with a naming rule; the 3.2 and 4
// use policies withhold the multimodal models from parties established in the EU.
import type { LicenseTerms } from "../../../src/catalog/schema.js";
import type { LicenseCuration, ReadClause } from "./license-types.js";

const THRESHOLD_CONSEQUENCE =
  "Counted on the version's release date (users in the preceding calendar month): above it you must request a licence from Meta.";

const EU_MULTIMODAL = {
  region: "EU",
  appliesTo: "multimodal" as const,
  effect: "excluded" as const,
  scope:
    "The licence's grant (Section 1(a)) does not extend to individuals domiciled in, or companies with their principal place of business in, the EU for the multimodal models. End users of a product or service built on them are not affected.",
};

// Every Llama acceptable use policy (2, 3, 3.1, 3.2, 3.3, 4) lists the same fields in its section
// on "risk of death or bodily harm". These are whole fields of use, so a team's stated field
// (defence, weapons, critical infrastructure) settles the verdict; the rest of the policy is about
// conduct within any field and stays a duty.
const LLAMA_AUP_FIELDS = [
  "Military, warfare, nuclear industries or applications, espionage, and materials or activities subject to the US International Traffic in Arms Regulations (ITAR)",
  "Guns and illegal weapons, including weapon development",
  "Operation of critical infrastructure, transportation technologies or heavy machinery",
];

const LLAMA_REPO = "https://github.com/meta-llama/llama-models/blob";

/**
 * The 3.2 and 4 use policies' EU paragraph, read whole in meta-llama/llama-models at a9c89c4. The
 * licence data's quote stops at "the rights granted under Section 1(a)", before the words that
 * withhold them and name the EU; these are the sentences the verdict rests on, the withholding first.
 */
function euMultimodalClauses(path: string, withheld: string): ReadClause[] {
  const source = `${LLAMA_REPO}/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/${path}`;
  const how = "read in the USE_POLICY.md of meta-llama/llama-models at the pinned commit";
  return [
    withheld,
    "This restriction does not apply to end users of a product or service that incorporates any such multimodal models.",
  ].map((quote) => ({ topic: "regional", quote, source, checkedAt: "2026-12-06", checkedHow: how }));
}
const EU_CLAUSES = {
  "llama-3.2": euMultimodalClauses(
    "models/llama3_2/USE_POLICY.md",
    "With respect to any multimodal models included in Llama 3.2, the rights granted under Section 1(a) of the Llama 3.2 Community License Agreement are not being granted to you if you are an individual domiciled in, or a company with a principal place of business in, the European Union.",
  ),
  "llama-4": euMultimodalClauses(
    "models/llama4/USE_POLICY.md",
    "With respect to any multimodal models included in Llama 4, the rights granted under Section 1(a) of the Llama 4 Community License Agreement are not being granted to you if you are an individual domiciled in, or a company with a principal place of business in, the European Union.",
  ),
};
/** The policy's own words on those fields, read in meta-llama/llama-models at a pinned commit. */
function aupClauses(path: string): ReadClause[] {
  const how = "read in the USE_POLICY.md of meta-llama/llama-models at the pinned commit";
  return [
    "Military, warfare, nuclear industries or applications, espionage, use for materials or activities that are subject to the International Traffic Arms Regulations (ITAR)",
    "Guns and illegal weapons (including weapon development)",
    "Operation of critical infrastructure, transportation technologies, or heavy machinery",
  ]
    .map((quote): ReadClause => ({
      topic: "field-of-use",
      quote,
      source: `${LLAMA_REPO}/${path}`,
      checkedAt: "2026-12-04",
      checkedHow: how,
    }))
    .concat({
      // Every version's policy has this line (read 2026-12-06 at the same commits): the words
      // behind decisionsAboutPeople, quoted when a team screens applicants or scores credit.
      topic: "decisions-about-people",
      quote: LLAMA_DISCRIMINATION,
      source: `${LLAMA_REPO}/${path}`,
      checkedAt: "2026-12-06",
      checkedHow: how,
    });
}
const LLAMA_DISCRIMINATION =
  "discrimination or other unlawful or harmful conduct in the provision of employment, employment benefits, credit, housing, other economic benefits, or other essential goods and services";
const AUP = {
  "llama-2": aupClauses("57c634139329d8b67cf8bb9b3b380d91669208ca/models/llama2/USE_POLICY.md"),
  "llama-3": aupClauses("1f0feb795a4130697ced243fb53051670d591653/models/llama3/USE_POLICY.md"),
  "llama-3.1": aupClauses("47401a87273be9e4bc7612f4f8c25acaee9a2968/models/llama3_1/USE_POLICY.md"),
  "llama-3.2": aupClauses("fc5d5442c4b4d7cb33b0e925a30acfb479b34d2a/models/llama3_2/USE_POLICY.md"),
  "llama-3.3": aupClauses("09b4305ac41e641dd714ea6e07c78fa982ef9342/models/llama3_3/USE_POLICY.md"),
  "llama-4": aupClauses("b4b6607cd56506065b9ad70699e9c845828b9606/models/llama4_jax/USE_POLICY.md"),
};

function llamaTerms(version: string, extra: Partial<LicenseTerms>): LicenseTerms {
  return {
    commercialUse: "conditional",
    selfHosting: "yes",
    fineTuning: "yes",
    redistribution: "conditional",
    serveAsApi: "conditional",
    outputsToTrainOtherModels: "conditional",
    userThreshold: { maxMonthlyActiveUsers: 700_000_000, consequence: THRESHOLD_CONSEQUENCE },
    attribution: `Show "Built with Llama" on a related website, user interface, blog post, about page or product documentation, and ship a Notice file stating that ${version} is licensed under the ${version} Community License.`,
    derivativeNaming:
      'A model you distribute that was created, trained or fine-tuned with Llama materials or outputs must start its name with "Llama".',
    acceptableUsePolicy: `${version} Acceptable Use Policy (part of the licence).`,
    passThrough:
      "Give a copy of the licence to anyone you distribute the model or a derivative to; the use policy binds all use.",
    regionalExclusions: [],
    fieldOfUseRestrictions: LLAMA_AUP_FIELDS,
    decisionsAboutPeople: {
      kind: "discrimination",
      fields: ["employment", "finance", "housing"],
      policy: `the ${version} Acceptable Use Policy`,
    },
    outputsTrainingDuty:
      'Allowed, but a model trained on the outputs that you distribute must start its name with "Llama" and carry the licence duties.',
    ...extra,
    notes: {
      commercialUse:
        "Allowed below 700M monthly active users, following the acceptable use policy and attribution duties.",
      serveAsApi: "Allowed within the same threshold and use policy; it is use of the model like any other.",
      redistribution: "Ship a copy of the licence and the Notice file; follow the naming rule.",
      ...extra.notes,
    },
  };
}

/** OSI's post on the Llama 3.x licences (a third party's view: shown as secondary). */
const OSI_LLAMA_3X = "OSI states the Llama 3.x licenses are still not Open Source";

const LLAMA_3X_CLAUSES = {
  "Release/effective date": "general",
  "Attribution display": "attribution",
  "Outputs may be used to train other models, but naming rule applies": "outputs-training",
  "Naming rule": "derivative-naming",
  "700M MAU": "user-threshold",
  "AUP incorporated": "acceptable-use",
  [OSI_LLAMA_3X]: "general",
} as const;

/** The Llama 3.x clauses less OSI's statement, which names the 3.x licences only. */
function withoutOsi3x(clauses: LicenseCuration["clauses"]): LicenseCuration["clauses"] {
  return Object.fromEntries(Object.entries(clauses).filter(([claim]) => claim !== OSI_LLAMA_3X));
}

const NO_OUTPUTS_FOR_OTHER_LLMS = {
  outputsToTrainOtherModels: "no",
  outputsTrainingDuty: null,
  outputsTrainingScope: "any-other-model",
} as const;

export const META_LICENSES: LicenseCuration[] = [
  {
    id: "llama-1",
    family: "llama-1",
    kind: "research-only",
    summary:
      "The original LLaMA weights (February 2023) were released to researchers on request under a bespoke non-commercial licence; the code was GPL v3.",
    terms: {
      commercialUse: "no",
      selfHosting: "conditional",
      fineTuning: "conditional",
      redistribution: "no",
      serveAsApi: "no",
      outputsToTrainOtherModels: "not-addressed",
      userThreshold: null,
      attribution: null,
      derivativeNaming: null,
      acceptableUsePolicy: null,
      passThrough: null,
      regionalExclusions: [],
      fieldOfUseRestrictions: ["Non-commercial research use only."],
      outputsTrainingDuty: null,
      notes: {
        selfHosting: "Research use only, with weights obtained through Meta's request form.",
        fineTuning: "Research use only.",
        redistribution: "The weights may not be redistributed.",
        serveAsApi: "Commercial use is not granted, and the weights may not be shared.",
      },
    },
    clauses: {
      "Initial model card: weights under a non-commercial license": "commercial-use",
      "Initial code license GPL v3": "code-licence",
    },
  },
  {
    id: "llama-2",
    readClauses: AUP["llama-2"],
    family: "llama-2",
    kind: "open-weights-custom",
    summary:
      "Llama 2 may be used commercially below 700 million monthly active users, following Meta's use policy and shipping its notice. Its outputs may not be used to improve any LLM other than Llama 2 and its derivatives.",
    terms: llamaTerms("Llama 2", {
      ...NO_OUTPUTS_FOR_OTHER_LLMS,
      attribution:
        'Ship a Notice file: "Llama 2 is licensed under the LLAMA 2 Community License, Copyright (c) Meta Platforms, Inc. All Rights Reserved."',
      derivativeNaming: null,
      notes: {
        outputsToTrainOtherModels:
          "Outputs may only improve Llama 2 and its derivatives, not any other large language model.",
        redistribution: "Ship a copy of the licence and the Notice file.",
      },
    }),
    clauses: {
      "Broad grant incl. derivatives": "fine-tuning",
      "700M MAU threshold": "user-threshold",
      "Outputs may not improve other LLMs": "outputs-training",
      "Attribution notice": "attribution",
      "Redistribution must include license": "redistribution",
      "AUP incorporated": "acceptable-use",
      "Termination on IP litigation against Meta": "general",
      "OSI states the Llama 2 license is not Open Source": "general",
    },
  },
  {
    id: "llama-3",
    readClauses: AUP["llama-3"],
    family: "llama-3",
    kind: "open-weights-custom",
    summary:
      'Llama 3 (8B, 70B) allows commercial use below 700 million monthly active users with "Built with Meta Llama 3" shown and a "Llama 3" name prefix for derivatives. Like Llama 2, its outputs may not improve other LLMs.',
    terms: llamaTerms("Meta Llama 3", {
      ...NO_OUTPUTS_FOR_OTHER_LLMS,
      attribution:
        'Show "Built with Meta Llama 3" on a related website, user interface, blog post, about page or product documentation, and ship the Notice file.',
      derivativeNaming: 'A model you distribute that was built with Llama 3 must start its name with "Llama 3".',
      notes: {
        outputsToTrainOtherModels:
          "Outputs may only improve Llama 3 and its derivatives, not any other large language model.",
      },
    }),
    clauses: {
      "Attribution display": "attribution",
      "Naming rule": "derivative-naming",
      "Outputs restriction": "outputs-training",
      "700M MAU": "user-threshold",
      "AUP incorporated": "acceptable-use",
      "Same license shipped in the (deprecated) llama3 repo": "general",
      "OSI states the Llama 3.x licenses are still not Open Source": "general",
    },
  },
  {
    id: "llama-3.1",
    readClauses: AUP["llama-3.1"],
    family: "llama-3.1",
    kind: "open-weights-custom",
    summary:
      'Llama 3.1 keeps the 700 million monthly-user threshold but lifts the ban on using outputs to train other models: a distributed model built that way must start its name with "Llama", and products show "Built with Llama".',
    terms: llamaTerms("Llama 3.1", {}),
    clauses: LLAMA_3X_CLAUSES,
  },
  {
    id: "llama-3.2",
    readClauses: AUP["llama-3.2"],
    family: "llama-3.2",
    name: "Llama 3.2 Community License Agreement (text models 1B/3B)",
    kind: "open-weights-custom",
    summary:
      'The Llama 3.2 text models (1B, 3B) follow the Llama 3.1 pattern: 700 million monthly-user threshold, "Built with Llama", "Llama" name prefix, outputs usable for training with that naming rule. The EU exclusion applies only to the 3.2 vision models.',
    terms: llamaTerms("Llama 3.2", {}),
    clauses: LLAMA_3X_CLAUSES,
  },
  {
    id: "llama-3.2-vision",
    readClauses: [...EU_CLAUSES["llama-3.2"], ...AUP["llama-3.2"]],
    family: "llama-3.2",
    name: "Llama 3.2 Community License Agreement (multimodal models 11B/90B Vision)",
    kind: "open-weights-custom",
    summary:
      "Same licence as the Llama 3.2 text models, but its use policy withholds the rights to the multimodal (Vision) models from individuals and companies established in the EU; EU end users of a product built on them are not affected.",
    terms: llamaTerms("Llama 3.2", { regionalExclusions: [EU_MULTIMODAL] }),
    clauses: {
      "Release/effective date": "general",
      "Attribution display": "attribution",
      "Outputs may be used to train other models, but naming rule applies": "outputs-training",
      "Naming rule": "derivative-naming",
      "700M MAU": "user-threshold",
      "AUP incorporated": "acceptable-use",
      "OSI states the Llama 3.x licenses are still not Open Source": "general",
    },
  },
  {
    id: "llama-3.3",
    readClauses: AUP["llama-3.3"],
    family: "llama-3.3",
    kind: "open-weights-custom",
    summary:
      'Llama 3.3 70B has the same terms as Llama 3.1: 700 million monthly-user threshold, "Built with Llama", "Llama" name prefix for distributed models built with it or its outputs.',
    terms: llamaTerms("Llama 3.3", {}),
    clauses: LLAMA_3X_CLAUSES,
  },
  {
    id: "llama-4",
    readClauses: [...EU_CLAUSES["llama-4"], ...AUP["llama-4"]],
    family: "llama-4",
    kind: "open-weights-custom",
    summary:
      "Llama 4 (Scout, Maverick) follows the Llama 3.1 terms, and because its models are multimodal, its use policy withholds the rights from individuals and companies established in the EU (end users of products excepted).",
    terms: llamaTerms("Llama 4", { regionalExclusions: [EU_MULTIMODAL] }),
    // OSI's post is about the Llama 3.x licences, written before Llama 4: it does not speak for this one.
    clauses: withoutOsi3x(LLAMA_3X_CLAUSES),
  },
  {
    id: "vicuna",
    readClauses: AUP["llama-2"],
    family: "vicuna",
    name: "Llama 2 Community License (inherited by Vicuna v1.5)",
    kind: "open-weights-custom",
    spdx: null,
    summary:
      "Vicuna is a fine-tune, so it inherits its base model's licence: v1.5 is bound by the Llama 2 licence (700 million monthly users, no outputs for other LLMs); v0 to v1.3 were built on LLaMA 1 and are non-commercial. It was trained on ChatGPT conversations, whose terms were not assessed.",
    terms: llamaTerms("Llama 2", {
      ...NO_OUTPUTS_FOR_OTHER_LLMS,
      attribution: "The Llama 2 Notice file (Vicuna v1.5 is used under Llama 2's licence).",
      derivativeNaming: null,
      notes: {
        commercialUse: "v1.5 only, on Llama 2's terms; v0 to v1.3 derive from LLaMA 1 and are non-commercial.",
        outputsToTrainOtherModels: "Llama 2's rule applies: outputs may only improve Llama 2 and its derivatives.",
      },
    }),
    clauses: {
      "Vicuna is used under Llama's license": "general",
      "Older versions based on Llama 1": "general",
      "FastChat code Apache-2.0": "code-licence",
      "llama-2#700M MAU threshold": "user-threshold",
      "llama-2#Outputs may not improve other LLMs": "outputs-training",
    },
  },
];
