// Custom open-weights licences: use-based restrictions (RAIL, Gemma, DeepSeek), research-only or
// non-production grants (MRL, MNPL, Qwen Research, CC-BY-NC), thresholds (Qwen, DBRX) and the
// TII and NVIDIA licences. Where a family has different terms per size or version, each gets its
// own record so a model can point at the right one.
import { customTerms, nonCommercialTerms, pageClause, reportedClause, unknownTerms } from "./license-types.js";
import type { LicenseCuration } from "./license-types.js";

/** Texts read after the other lab pages (PAGES_READ_ON): the date goes with each quote. */
const READ_ON_DEC_6 = "2026-12-06";

/** TII's Falcon 180B licence (v1.0, September 2023) as a third party copied it in full, pinned: TII's
 *  own LICENSE.txt (huggingface.co/spaces/tiiuae/falcon-180b-license) is not in our stored pages. */
const FALCON_180B_LICENCE_COPY =
  "https://github.com/sinotec2/FAQ/blob/d530771d8388549e9fb8f1c1930dd20cd59e1cc7/journal/falcon170BTOU.md";

/** Google's own page for the policy the Gemma Terms of Use incorporate. */
const GEMMA_PROHIBITED_USE = "https://ai.google.dev/gemma/prohibited_use_policy";

/** DeepSeek's own V3 repository at the commit the licence data's quotes were checked against. */
const DEEPSEEK_V3_REPO = "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b";

/** Cohere's own Hugging Face card for Command R (c4ai-command-r-v01), main branch. */
const COMMAND_R_CARD = "https://huggingface.co/CohereForAI/c4ai-command-r-v01";

/** Our reading of CC-BY-NC 4.0 with Cohere's C4AI acceptable use policy, the terms of Cohere's
 *  open-weights research releases (Command R, R+, Command A): one home for every record under it. */
export const CC_BY_NC_C4AI_TERMS = nonCommercialTerms("Non-commercial use only (CC-BY-NC 4.0).", {
  redistribution: "conditional",
  serveAsApi: "conditional",
  outputsToTrainOtherModels: "not-addressed",
  attribution: "CC-BY attribution.",
  acceptableUsePolicy: "C4AI Acceptable Use Policy.",
  passThrough: "CC BY-NC terms apply to adaptations.",
  notes: {
    serveAsApi: "Only for non-commercial purposes.",
    redistribution: "With attribution, non-commercial only.",
  },
});

const MRL_CLAUSES = {
  "Large 2 under MRL (non-commercial)": "commercial-use",
  "Docs: Mistral Large under MRL": "general",
  "24.11 card license": "general",
  // The MRL gate texts the licence data quotes come from a third party's re-upload (mradermacher's
  // GGUF card), not Mistral's: left out; the non-commercial fact rests on Mistral's README and docs.
} as const;

const MRL_TERMS = nonCommercialTerms("Non-commercial research use only (Mistral AI Research Licence).", {
  redistribution: "conditional",
  serveAsApi: "no",
  outputsToTrainOtherModels: "conditional",
  outputsTrainingDuty: "Outputs fall under the same non-commercial research restriction.",
  passThrough: "Include the Mistral Research Licence with any copy or derivative you upload.",
  notes: {
    serveAsApi:
      "A commercial entity may not use or distribute the model internally or externally; commercial use needs a licence from Mistral or Mistral's own API.",
    redistribution: "Allowed for research, with the licence included.",
  },
});

export const CUSTOM_LICENSES: LicenseCuration[] = [
  {
    id: "falcon-180b",
    family: "falcon-180b",
    kind: "open-weights-custom",
    summary:
      "Falcon 180B is not Apache-2.0 like Falcon 7B/40B: it has its own TII licence and acceptable use policy. Commercial use is allowed, including apps and products that run it in the background; offering it to third parties as shared instances or an inference or fine-tuning API ('Hosting Use') needs a separate licence from TII.",
    terms: customTerms({
      serveAsApi: "conditional",
      outputsToTrainOtherModels: "unknown",
      attribution:
        'Any public statement about a derivative of it (a fine-tune or other modified model) must say "[name] is built using Falcon LLM technology from the Technology Innovation Institute" (section 6.1, read in a third party\'s copy of the licence).',
      acceptableUsePolicy: "Falcon 180B Acceptable Use Policy (four prohibited uses).",
      passThrough:
        "Give recipients a copy of the licence and bind them to the acceptable use policy and the hosting restriction (section 4.1, read in a third party's copy).",
      notes: {
        commercialUse: "Allowed under the Falcon-180B TII Licence and its acceptable use policy.",
        serveAsApi:
          "Offering it, or a fine-tune of it, to third parties as shared instances or a managed inference or fine-tuning API is 'Hosting Use', which the licence does not grant: apply to TII (Falconllm.partnerships@tii.ae) for a separate licence. Apps and end-user products that use it in the background are not Hosting Use (section 9, read in a third party's copy of the licence)",
        redistribution:
          "Allowed with the licence passed on and its use and hosting restrictions made binding on recipients.",
        outputsToTrainOtherModels: "Not settled by our sources.",
      },
    }),
    // The "may require a separate license" note (a redistributor's copy) is kept; section 9 itself
    // we read only in a third party's copy of the licence (TII's own LICENSE.txt is not on file).
    clauses: {
      "AUP published by TII": "acceptable-use",
      "Hosting caveat in the license's introductory note": "serve-as-api",
      "TII markets 180B for research and commercial use": "commercial-use",
    },
    readClauses: [
      {
        ...reportedClause(
          "serve-as-api",
          "Subject to Section 9.4, you are not licensed to use the Work or Derivative Work under this license for Hosting Use.",
          FALCON_180B_LICENCE_COPY,
          "a third party's copy of the licence text",
        ),
        checkedAt: READ_ON_DEC_6,
      },
      {
        ...reportedClause(
          "serve-as-api",
          "The use of the Work or Derivative Works to provide applications and integrated end user products which use the Work or Derivative Work in the background shall not be considered Hosting Use.",
          FALCON_180B_LICENCE_COPY,
          "a third party's copy of the licence text",
        ),
        checkedAt: READ_ON_DEC_6,
      },
      {
        ...reportedClause(
          "attribution",
          "is built using Falcon LLM technology from the Technology Innovation Institute",
          FALCON_180B_LICENCE_COPY,
          "a third party's copy of the licence text",
        ),
        checkedAt: READ_ON_DEC_6,
      },
    ],
  },
  {
    id: "falcon-2",
    family: "falcon-2",
    kind: "open-weights-custom",
    summary:
      "Falcon 2 11B uses the TII Falcon License 2.0, built on Apache-2.0 plus an acceptable use policy. Its full text was not read, so duties beyond the use policy are unknown.",
    terms: customTerms({
      outputsToTrainOtherModels: "unknown",
      acceptableUsePolicy: "Falcon 2 acceptable use policy.",
      notes: {
        fineTuning: "Reported allowed under the Apache-based grant; detail unverified.",
        redistribution: "Reported allowed with conditions; detail unverified.",
        outputsToTrainOtherModels: "Not settled by our sources.",
        attribution: "Not settled by our sources.",
      },
    }),
    clauses: { "Card states license": "general" },
  },
  {
    id: "falcon-3",
    family: "falcon-3",
    kind: "open-weights-custom",
    summary:
      "TII's own Falcon 3 model card names the TII Falcon-LLM License 2.0 for the weights; the licence text itself was not read, so every term is unknown.",
    terms: unknownTerms(),
    clauses: { "Third-party spec page names the license": "general" },
    // TII's card (pinned revision) names the licence; its terms live on falconllm.tii.ae, not read.
    readClauses: [
      {
        topic: "general",
        quote: "License: TII Falcon-LLM License 2.0",
        source:
          "https://huggingface.co/tiiuae/Falcon3-10B-Instruct/blob/77d052e0d5c797ede73c2ae787f2f6ecd10220db/README.md",
        checkedAt: "2026-12-04",
        checkedHow: "read in the lab's model card at the pinned revision",
      },
    ],
  },
  {
    id: "bloom",
    family: "bloom",
    kind: "open-weights-custom",
    summary:
      "BLOOM is open weights under the BigScience RAIL licence: use, including commercial use, is allowed except for listed harmful uses, and those use restrictions must be passed on in any licence for derivatives.",
    terms: customTerms({
      outputsToTrainOtherModels: "conditional",
      outputsTrainingDuty: "Not prohibited as such, but derivative models stay bound by the RAIL use restrictions.",
      attribution: "Include a copy of the licence.",
      acceptableUsePolicy: "RAIL Attachment A use restrictions.",
      passThrough:
        "Paragraphs 4.a and 5 (use restrictions) must be enforceable terms of any licence you grant downstream.",
      fieldOfUseRestrictions: [
        "RAIL Attachment A restrictions, for example medical advice and medical results interpretation, and law-enforcement profiling.",
      ],
      notes: { commercialUse: "Allowed outside the listed restricted uses." },
    }),
    clauses: {
      "HF card license tag": "general",
      "RAIL modifies Apache-2.0 for the model": "general",
      "BigScience asks derivatives to carry restrictions": "acceptable-use",
      "Example Attachment A restriction": "field-of-use",
    },
  },
  {
    id: "bloomz",
    family: "bloomz",
    name: "BigScience RAIL License v1.0 (BLOOMZ)",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    summary:
      "BLOOMZ weights are public on Hugging Face under the same BigScience RAIL licence as BLOOM; it is not a proprietary API. (Its sibling mT0 models are Apache-2.0.)",
    terms: customTerms({
      outputsToTrainOtherModels: "conditional",
      outputsTrainingDuty: "Not prohibited as such, but derivative models stay bound by the RAIL use restrictions.",
      attribution: "Include a copy of the licence.",
      acceptableUsePolicy: "RAIL Attachment A use restrictions.",
      passThrough: "The RAIL use restrictions (paragraphs 4.a and 5) must be passed on to recipients of derivatives.",
      fieldOfUseRestrictions: ["RAIL Attachment A restrictions, as for BLOOM."],
    }),
    clauses: {
      "BLOOMZ card license": "general",
      "Official repo links the weights on HF": "self-hosting",
      "bloom#Example Attachment A restriction": "field-of-use",
    },
    seedCorrection:
      "The 2024 comparison listed BLOOMZ as a proprietary API. Its weights are public on Hugging Face under the BigScience RAIL licence: open access with use restrictions.",
  },
  {
    id: "mistral-large",
    family: "mistral-large",
    kind: "research-only",
    summary:
      "Mistral Large 2 (2407), Large 24.11 and Pixtral Large weights are under the Mistral AI Research Licence: non-commercial research only. Commercial use needs a licence from Mistral or Mistral's API.",
    terms: MRL_TERMS,
    clauses: MRL_CLAUSES,
  },
  {
    id: "mistral-small-2409",
    family: "mistral-small",
    name: "Mistral AI Research License (MRL-0.1), Mistral Small 24.09",
    kind: "research-only",
    spdx: null,
    osiApproved: false,
    summary:
      "Mistral Small 24.09 (22B) was released under the research-only Mistral AI Research Licence; Small 3 (2501) and later moved to Apache-2.0.",
    terms: MRL_TERMS,
    // The licence data's "2409 card" quote was read on a pull-request ref of the hub repository
    // (refs/pr/22), words someone proposed; Mistral's own docs repository states the licence instead.
    clauses: { "Docs model table lists Small 24.09 with MRL weights": "commercial-use" },
    readClauses: [
      {
        topic: "general",
        quote: "An update to our efficient small model with open weights under an MRL license.",
        source:
          "https://github.com/mistralai/platform-docs-public/blob/222f4ba9114f84ce9f2d718b9a12fbac1e527f4b/src/schema/models/models/mistral-small-2-0-24-09.ts",
        checkedAt: "2026-12-06",
        checkedHow: "read in a snapshot of the lab's repository at the pinned commit",
        checkpoint: "Mistral Small 24.09",
      },
    ],
  },
  {
    id: "codestral-mnpl",
    family: "codestral",
    name: "Mistral AI Non-Production License (MNPL-0.1), Codestral 22B",
    kind: "research-only",
    spdx: null,
    osiApproved: false,
    summary:
      "Codestral 22B's weights are under Mistral's Non-Production Licence: testing, research, personal or evaluation use only, and no supplying it (including as a hosted service) in a commercial activity.",
    terms: nonCommercialTerms("Testing, research, personal or evaluation use in non-production environments only.", {
      redistribution: "conditional",
      serveAsApi: "no",
      outputsToTrainOtherModels: "unknown",
      passThrough: "The MNPL applies to derivatives.",
      notes: {
        serveAsApi:
          "The licence forbids supplying the model or derivatives in a commercial activity, hosted services included.",
        redistribution: "Only on the MNPL's terms.",
        outputsToTrainOtherModels: "Not settled by our sources.",
      },
    }),
    clauses: {
      "Codestral 22B under MNPL": "commercial-use",
      Docs: "general",
      "MNPL 3.2 usage limitation (quoted by a user on Mistral's HF repo)": "field-of-use",
      "MNPL bars commercial supply incl. hosted services (quoted)": "serve-as-api",
    },
    history:
      "Codestral 22B shipped under the MNPL, a licence created for it; Codestral Mamba is Apache-2.0; later Codestral versions are API-first (unverified).",
  },
  {
    id: "gemma",
    family: "gemma-2-3",
    kind: "open-weights-custom",
    summary:
      "Gemma 1 to 3 (and variants such as CodeGemma and PaliGemma) use the Gemma Terms of Use, not Apache-2.0: commercial use is allowed, but Google's prohibited-use policy must be passed on to your users, and a model distilled from Gemma outputs counts as a Gemma derivative.",
    terms: customTerms({
      outputsToTrainOtherModels: "conditional",
      outputsTrainingDuty:
        "Google claims no rights in outputs, but a model trained on Gemma outputs (distillation, synthetic data) to perform like Gemma is a Model Derivative bound by the Gemma terms.",
      attribution:
        'Ship a Notice file: "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms"; mark files you modified.',
      acceptableUsePolicy: "Gemma Prohibited Use Policy (part of the terms); Google may restrict use remotely.",
      decisionsAboutPeople: {
        kind: "automated",
        fields: ["employment", "finance", "housing", "legal", "medical"],
        policy: "the Gemma Prohibited Use Policy",
      },
      passThrough:
        "Include the Section 3.2 use restrictions as an enforceable provision in your agreements with recipients and give them a copy of the terms.",
      notes: {
        commercialUse: "Allowed, subject to the prohibited-use policy and the pass-through duty.",
        serveAsApi: "Allowed (hosted services count as distribution), with the use restrictions passed on to users.",
      },
    }),
    clauses: {
      "Pass-through of use restrictions": "redistribution",
      "Notice text": "attribution",
      "Distillation/synthetic data counts as Model Derivative": "outputs-training",
      Outputs: "ownership",
      "Modified files": "attribution",
      "Remote restriction": "acceptable-use",
      "Library code is Apache-2.0 (weights are not)": "code-licence",
    },
    readClauses: [
      {
        // Item 3.4 of the policy. Our stored copy of Google's page shows only its opening; a copy
        // of the whole page (an app's source that embeds it) matches that opening word for word and
        // gives this item, so it is shown as secondary, with the version the page states.
        topic: "decisions-about-people",
        quote:
          "Making automated decisions in domains that affect material or individual rights or well-being (e.g., finance, legal, employment, healthcare, housing, insurance, and social welfare)",
        source: GEMMA_PROHIBITED_USE,
        checkedAt: READ_ON_DEC_6,
        checkedHow:
          "read in a verbatim copy of the page ('Last modified: February 21, 2024') whose opening matches our stored copy of Google's page; the item itself not seen on Google's page",
        primary: false,
        inForceFrom: "2024-02-21",
      },
    ],
  },
  {
    id: "qwen-research",
    family: "qwen2.5",
    name: "Qwen RESEARCH LICENSE AGREEMENT (Qwen2.5 3B, Qwen2.5-Coder 3B)",
    kind: "research-only",
    spdx: null,
    osiApproved: false,
    summary:
      "Qwen2.5 3B (and Qwen2.5-Coder 3B) are under the Qwen Research Licence: non-commercial use only, unlike the Apache-2.0 sizes next to them.",
    terms: nonCommercialTerms("Non-commercial use only (research and evaluation).", {
      redistribution: "conditional",
      serveAsApi: "conditional",
      outputsToTrainOtherModels: "conditional",
      outputsTrainingDuty:
        'Reported (secondary): a distributed model trained on it must credit "Built with Qwen" or "Improved using Qwen".',
      attribution:
        '"Built with Qwen" or "Improved using Qwen" in the documentation of models trained on it (secondary).',
      passThrough: "Give recipients a copy of the agreement (secondary).",
      notes: { serveAsApi: "Only for non-commercial purposes." },
    }),
    clauses: {
      "Per-size licensing": "general",
      "Coder: 3B is research-licensed": "general",
      "3B non-commercial (quoted)": "commercial-use",
    },
    // The quote is the Qwen Research License Agreement's own text (the LICENSE file the 3B repository
    // ships), the same agreement Qwen2.5-Coder 3B comes under, not a statement of the 3B card.
    clauseCheckpoints: { "3B non-commercial (quoted)": null },
  },
  {
    id: "qwen-license",
    family: "qwen2.5",
    name: "Qwen LICENSE AGREEMENT (Qwen2.5 72B)",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    summary:
      "Qwen2.5 72B is under the Qwen Licence: commercial use is allowed, but a product or service with more than 100 million monthly active users must request a licence from Alibaba Cloud.",
    terms: customTerms({
      serveAsApi: "conditional",
      outputsToTrainOtherModels: "conditional",
      userThreshold: {
        maxMonthlyActiveUsers: 100_000_000,
        consequence: "Above 100 million monthly active users you must request a licence from Alibaba Cloud.",
      },
      outputsTrainingDuty:
        'Reported (secondary): a distributed model trained on it must credit "Built with Qwen" or "Improved using Qwen".',
      attribution:
        '"Built with Qwen" or "Improved using Qwen" in the documentation of models trained on it (secondary).',
      passThrough: "Give recipients a copy of the agreement (secondary).",
      notes: { commercialUse: "Allowed up to 100 million monthly active users." },
    }),
    clauses: {
      "Per-size licensing": "general",
      "72B MAU clause (quoted identically by several independent repos)": "user-threshold",
    },
  },
  {
    id: "deepseek-v3",
    family: "deepseek-v3",
    kind: "open-weights-custom",
    summary:
      "The original DeepSeek-V3 weights are under the DeepSeek Licence: commercial use and hosting as a service are allowed, but its use restrictions (e.g. no military use) bind every use and must be passed on; PRC law governs. Later V3.x checkpoints are tagged MIT: check the exact checkpoint.",
    terms: customTerms({
      serveAsApi: "conditional",
      outputsToTrainOtherModels: "conditional",
      outputsTrainingDuty:
        "A model trained or distilled on its outputs is a Derivative of the Model and must carry the use restrictions.",
      attribution: "Keep the notices and give recipients a copy of the licence.",
      acceptableUsePolicy:
        "Attachment A use restrictions (e.g. no military use; no fully automated decisions that adversely affect legal rights). DeepSeek may restrict violating use remotely.",
      passThrough:
        "The paragraph 5 use restrictions must be an enforceable provision in any agreement with downstream users.",
      fieldOfUseRestrictions: ["No military use, and the other Attachment A restrictions."],
      decisionsAboutPeople: {
        kind: "automated",
        fields: ["employment", "finance", "housing", "legal"],
        policy: "the DeepSeek licence's use restrictions (Attachment A)",
      },
      notes: {
        commercialUse: "Allowed, subject to the use restrictions.",
        serveAsApi:
          "Hosting for third-party remote access (SaaS) is explicitly allowed; the use restrictions must be passed on.",
      },
    }),
    clauses: {
      "Commercial use supported": "commercial-use",
      "Pass-through": "redistribution",
      "Military use prohibited": "field-of-use",
      "Hosting as a service allowed": "serve-as-api",
      "Remote restriction right": "acceptable-use",
      "Governing law": "general",
      "Distillation/synthetic data = derivative": "outputs-training",
      // "Later checkpoint tagged MIT" is DeepSeek-V3.2-Exp-Base's card, not V3's: it stays with the
      // later checkpoints' record; the history says it in our words.
    },
    readClauses: [
      {
        topic: "decisions-about-people",
        quote:
          "For fully automated decision making that adversely impacts an individual’s legal rights or otherwise creates or modifies a binding, enforceable obligation;",
        source: `${DEEPSEEK_V3_REPO}/LICENSE-MODEL`,
        checkedAt: READ_ON_DEC_6,
        checkedHow: "read in Attachment A of the lab's LICENSE-MODEL at the pinned commit",
      },
    ],
  },
  {
    id: "dbrx",
    family: "dbrx",
    kind: "open-weights-custom",
    summary:
      "DBRX follows the Llama 2 pattern: commercial use below 700 million monthly active users, a notice file and an acceptable use policy, and no using DBRX or its outputs to improve other LLMs.",
    terms: customTerms({
      serveAsApi: "conditional",
      outputsToTrainOtherModels: "no",
      outputsTrainingScope: "any-other-model",
      userThreshold: {
        maxMonthlyActiveUsers: 700_000_000,
        consequence:
          "Counted on the release date (users in the preceding calendar month): above it you must request a licence from Databricks.",
      },
      attribution:
        'Ship a Notice file: "DBRX is provided under and subject to the Databricks Open Model License, Copyright © Databricks, Inc. All rights reserved."',
      acceptableUsePolicy: "Databricks Open Model Acceptable Use Policy.",
      passThrough: "Give recipients a copy of the agreement.",
      notes: { outputsToTrainOtherModels: "DBRX and its outputs may only improve DBRX and its derivatives." },
    }),
    clauses: {
      "Outputs restriction": "outputs-training",
      "700M MAU": "user-threshold",
      Notice: "attribution",
      "AUP incorporated": "acceptable-use",
    },
  },
  {
    id: "command-r",
    family: "command-r",
    kind: "research-only",
    verificationNote:
      "Read on Cohere's own Hugging Face card for c4ai-command-r-v01 (a stored copy of the page). Command R+'s card we hold only as a pull request's copy, so no R+ line is quoted; both are Cohere's CC-BY-NC research releases.",
    summary:
      "The open weights of Command R and R+ are CC-BY-NC 4.0 plus Cohere's acceptable use policy: non-commercial only. Commercial use goes through Cohere's paid API or an agreement with Cohere.",
    terms: CC_BY_NC_C4AI_TERMS,
    // The licence data read this line on a pull request's copy of the card (refs/pr/2) and the R+ tag
    // in a leaderboard's dataset; both are left out for the same line on Cohere's own card.
    clauses: {},
    readClauses: [
      {
        ...pageClause(
          "commercial-use",
          "License: CC-BY-NC, requires also adhering to C4AI's Acceptable Use Policy",
          COMMAND_R_CARD,
          "the model card",
        ),
        checkedAt: READ_ON_DEC_6,
      },
      {
        ...pageClause(
          "general",
          "C4AI Command-R is a research release of a 35 billion parameter highly performant generative model.",
          COMMAND_R_CARD,
          "the model card",
        ),
        checkedAt: READ_ON_DEC_6,
      },
    ],
  },
  {
    id: "chatglm",
    family: "chatglm",
    kind: "open-weights-custom",
    summary:
      "ChatGLM-6B and ChatGLM3-6B weights have their own licence: commercial use is free after registering with the developers; military or illegal use is banned, the grant is revocable, and PRC law governs.",
    terms: customTerms({
      outputsToTrainOtherModels: "not-addressed",
      attribution: "Keep the licence notice in copies.",
      fieldOfUseRestrictions: [
        "No military or illegal use; nothing that harms national security or the public interest.",
      ],
      notes: { commercialUse: "Free of charge after registering via the developers' questionnaire." },
    }),
    clauses: {
      "Commercial use requires registration": "commercial-use",
      "Registered commercial use is free": "commercial-use",
      "Military/illegal use banned": "field-of-use",
      "Revocable grant": "general",
      "PRC law": "general",
      "Code Apache-2.0": "code-licence",
    },
  },
  {
    id: "nemotron",
    family: "nemotron",
    kind: "open-weights-custom",
    summary:
      "Most NVIDIA Nemotron models use the NVIDIA Open Model License: commercial use and derivatives are allowed, with NVIDIA's attribution notice; Llama-based variants also carry the Llama licence. Nemotron-specific terms were seen only in copies, so unverified.",
    terms: customTerms({
      serveAsApi: "unknown",
      outputsToTrainOtherModels: "yes",
      attribution: '"Licensed by NVIDIA Corporation under the NVIDIA Open Model License" (secondary).',
      acceptableUsePolicy:
        "NVIDIA Trustworthy AI terms; rights end if you bypass built-in guardrails without a similar replacement (secondary).",
      passThrough: "Give recipients a copy of the agreement.",
      notes: {
        commercialUse:
          "NVIDIA's summary says the models are commercially usable; check which NVIDIA licence, and any base-model licence (Llama-based variants), applies to the exact checkpoint.",
        serveAsApi: "Not settled by our sources.",
        outputsToTrainOtherModels: "NVIDIA claims no ownership of outputs, and outputs are not Derivative Models.",
      },
    }),
    clauses: {
      "NVIDIA's summary of the Open Model License (shown on NVIDIA HF pages)": "commercial-use",
      Derivatives: "fine-tuning",
      "A Nemotron card's governing terms (copy of the card)": "general",
      "Attribution notice (quoted by several repos)": "attribution",
    },
    // NVIDIA's own summary of its Open Model License, shown on a Cosmos card: the agreement's
    // words, the same for every model under it, not Cosmos-specific terms.
    clauseCheckpoints: {
      "NVIDIA's summary of the Open Model License (shown on NVIDIA HF pages)": null,
      Derivatives: null,
    },
  },
];
