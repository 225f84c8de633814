// Closed models: the vendor's service terms govern use, there are no weights. Records for vendors
// whose terms the licence data does not cover live in licenses-vendor-terms.ts (as far as the
// vendor's own pages settle them); a licence we hold no text of at all is "unlisted": it exists so
// models can name it, is unverified, and every term is "unknown".
import { closedApiTerms, PAGES_READ_ON, pageClause, unknownTerms } from "./license-types.js";
import type { LicenseCuration, ReadClause } from "./license-types.js";
import {
  AI21_JAMBA_LICENSE,
  AMAZON_NOVA_TERMS,
  COHERE_COMMAND_A_LICENSE,
  MISTRAL_API_TERMS,
  XAI_API_TERMS,
} from "./licenses-vendor-terms.js";

const COHERE_SAAS = "https://cohere.com/saas-agreement";
// Open Terms Archive's verbatim capture of OpenAI's business terms, the snapshot the licence data cites.
const OPENAI_BUSINESS_TERMS =
  "https://github.com/OpenTermsArchive/genai-eu-versions/blob/4812532797e75d8bd27b308499e3e7972b41c7bc/ChatGPT/Commercial Terms.md";

// Google's Gemini API Additional Terms as Google hosts them, the version in force from 5 February 2025.
const GEMINI_TERMS_2025 = "https://ai.google.dev/gemini-api/terms-archive/terms_02_05_25";
const geminiTerms = (topic: ReadClause["topic"], quote: string): ReadClause => ({
  ...pageClause(topic, quote, GEMINI_TERMS_2025, "the page says: effective February 5th, 2025"),
  inForceFrom: "2025-02-05",
});

const ANTHROPIC_USAGE_POLICY =
  "https://github.com/OpenTermsArchive/genai-eu-versions/blob/4812532797e75d8bd27b308499e3e7972b41c7bc/Claude.ai/Acceptable Use Policy.md";

const openAiTerms = (topic: ReadClause["topic"], quote: string): ReadClause => ({
  topic,
  quote,
  source: OPENAI_BUSINESS_TERMS,
  checkedAt: PAGES_READ_ON,
  checkedHow: "read in Open Terms Archive's capture of OpenAI's terms at the pinned commit",
});

/** Open-weights terms of a vendor that ../shared/data/licenses.json does not cover and no text of which we read. */
function unlisted(id: string, name: string, developer: string, summary: string): LicenseCuration {
  return {
    id,
    family: null,
    name,
    developer,
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: null,
    weightsAvailable: true,
    verified: false,
    verificationNote:
      "Not covered by the licence knowledge base: no clause was checked. Read the vendor's terms before relying on any use.",
    summary,
    terms: unknownTerms(),
    clauses: {},
  };
}

/** A hosted-only model's service terms that we have not read: every term unknown, no clauses. */
function closedUnread(id: string, name: string, developer: string, summary: string): LicenseCuration {
  return {
    ...unlisted(id, name, developer, summary),
    kind: "proprietary-api",
    weightsAvailable: false,
    // Only self-hosting is settled: there are no weights to host.
    terms: closedApiTerms("unknown", { fineTuning: "unknown", outputsToTrainOtherModels: "unknown" }),
  };
}

export const API_LICENSES: LicenseCuration[] = [
  {
    id: "openai-terms",
    family: "gpt-4",
    name: "OpenAI Services Agreement (API) and Terms of Use",
    kind: "proprietary-api",
    summary:
      "OpenAI's API models (GPT-4, GPT-4o, GPT-4.1, GPT-5, o-series) are used under OpenAI's business terms: paid commercial use is allowed and you own the output, but you may not use output to build models that compete with OpenAI (classifiers and embeddings excepted) or reverse engineer the service.",
    terms: closedApiTerms("yes", {
      fineTuning: "conditional",
      outputsToTrainOtherModels: "no",
      outputsTrainingScope: "competing-models",
      acceptableUsePolicy: "OpenAI usage policies.",
      passThrough: "You are responsible for your end users' compliance.",
      minorUsers: "conditional",
      notes: {
        minorUsers:
          "OpenAI's business terms forbid letting minors use the services without their parent's or guardian's consent: get that consent for users under 18.",
        fineTuning: "Only through OpenAI's own fine-tuning service.",
        outputsToTrainOtherModels:
          "Not for models that compete with OpenAI. Permitted exception: models mainly meant to categorize, classify or organize data (embeddings, classifiers).",
      },
    }),
    clauses: {
      "API restriction on competing models": "outputs-training",
      "Permitted Exception definition": "outputs-training",
      "Output ownership": "ownership",
      "Consumer terms restriction": "outputs-training",
      // A ban on probing the service, not a use policy and not the grant: quoted only where the
      // licence's general words are wanted, never as the reason for a use verdict.
      "No reverse engineering": "general",
    },
    // Read in the same snapshot of OpenAI's business terms (sections 2.2 and 3.3).
    readClauses: [
      openAiTerms(
        "commercial-use",
        "This includes the right to use OpenAI’s API to integrate the Services into Customer Applications and to make Customer Applications available to End Users.",
      ),
      openAiTerms(
        "acceptable-use",
        "Customer will not, and will not permit End Users to: (a) use the Services or Customer Content in a way that violates applicable laws or OpenAI Policies;",
      ),
      // Section 3.3(c), in the same list of things the customer will not permit.
      openAiTerms("minors", "allow minors to use OpenAI Services without consent from their parent or guardian;"),
    ],
  },
  {
    id: "anthropic-terms",
    family: "claude",
    name: "Anthropic Commercial Terms of Service and Usage Policy",
    kind: "proprietary-api",
    summary:
      "Claude models are used under Anthropic's commercial terms: you own your outputs and Anthropic may not train on your content, but you may not use the service to build competing products, train competing models or resell it.",
    terms: closedApiTerms("yes", {
      outputsToTrainOtherModels: "no",
      outputsTrainingScope: "competing-models",
      acceptableUsePolicy: "Anthropic Usage Policy.",
      passThrough: "Tell your users about the reliability of outputs.",
      minorUsers: "conditional",
      notes: {
        minorUsers:
          "Anthropic's Usage Policy lets organizations offer products to minors only under its additional guidelines for organizations serving minors: follow them.",
        fineTuning: "The weights are not released; no self-managed fine-tuning.",
        outputsToTrainOtherModels: "Not to train competing AI models without Anthropic's approval.",
        serveAsApi: "Reselling the services is prohibited.",
      },
    }),
    clauses: {
      "Competing-model restriction": "outputs-training",
      "Output ownership": "ownership",
      "No training on customer content": "general",
      "Consumer terms restriction": "outputs-training",
    },
    readClauses: [
      {
        topic: "minors",
        quote:
          "Products serving minors, including organizations providing minors with the ability to directly interact with products that incorporate our API(s), must comply with the additional guidelines",
        source: ANTHROPIC_USAGE_POLICY,
        checkedAt: PAGES_READ_ON,
        checkedHow: "read in Open Terms Archive's capture of Anthropic's Usage Policy at the pinned commit",
      },
    ],
  },
  {
    id: "gemini-api-terms",
    family: "gemini-1.5",
    name: "Google APIs Terms of Service and Gemini API Additional Terms",
    kind: "proprietary-api",
    summary:
      "Gemini models are used under Google's API terms: production use is allowed, apps offered to users in the EEA, Switzerland or the UK must use the paid services, users must be 18 or older, and you may not build competing models or extract the service's models. Quoted from the February 2025 version of Google's Gemini API terms.",
    terms: closedApiTerms("yes", {
      fineTuning: "conditional",
      outputsToTrainOtherModels: "no",
      outputsTrainingScope: "competing-models",
      acceptableUsePolicy: "Generative AI Prohibited Use Policy.",
      passThrough: "API clients must not be aimed at people under 18.",
      minorUsers: "no",
      regionalExclusions: [
        {
          region: "EEA, Switzerland, UK",
          scope:
            "API clients offered to users there must use the paid services; the free tier may not be used for them.",
          appliesTo: "all",
          effect: "condition",
        },
      ],
      notes: {
        commercialUse:
          "Production use is allowed; apps for users in the EEA, Switzerland or the UK must use the paid services, not the free tier.",
        fineTuning: "Only through Google's tuning services.",
        outputsToTrainOtherModels:
          "You may not develop models that compete with the Gemini API or Google AI Studio, nor extract or replicate the service's models.",
        minorUsers:
          "the Gemini API's terms forbid using it in apps directed to, or likely to be used by, people under 18 (Gemini on Vertex AI comes under Google Cloud's terms instead, whose age terms we have not read)",
      },
    }),
    // The licence data quotes Google's February 2024 and December 2024 versions; we quote the newest
    // version Google itself hosts that we hold (effective 5 February 2025), dated by its own words.
    clauses: {},
    readClauses: [
      geminiTerms(
        "outputs-training",
        "You may not use the Services to develop models that compete with the Services (e.g., Gemini API or Google AI Studio).",
      ),
      geminiTerms(
        "outputs-training",
        "You also may not attempt to reverse engineer, extract or replicate any component of the Services, including the underlying data or models (e.g., parameter weights).",
      ),
      geminiTerms(
        "regional",
        "You may use only Paid Services when making API Clients available to users in the European Economic Area, Switzerland, or the United Kingdom.",
      ),
      geminiTerms("commercial-use", "You may use API Clients for production use but Google may enforce rate limits."),
      geminiTerms("minors", "You must be 18 years of age or older to use the APIs."),
      geminiTerms(
        "minors",
        'You also will not use the Services as part of a website, application, or other service (collectively, "API Clients") that is directed towards or is likely to be accessed by individuals under the age of 18.',
      ),
    ],
  },
  {
    id: "palm-api-terms",
    family: "palm-2",
    name: "Google APIs Terms of Service and Gemini API Additional Terms (PaLM API, retired)",
    kind: "proprietary-api",
    summary:
      "PaLM 2 was a paid API governed by Google's Gemini API terms; Google decommissioned the PaLM API on 15 August 2024, so it can no longer be adopted there.",
    terms: closedApiTerms("no", {
      fineTuning: "conditional",
      outputsToTrainOtherModels: "no",
      outputsTrainingScope: "competing-models",
      acceptableUsePolicy: "Generative AI Prohibited Use Policy.",
      notes: {
        commercialUse:
          "Was allowed through the API; the PaLM API was decommissioned on Google AI on 15 August 2024 (Vertex AI support is separate).",
        outputsToTrainOtherModels: "The terms forbid developing models that compete with the service.",
        fineTuning: "Only through Google's tuning service, while the API existed.",
      },
    }),
    clauses: {
      "Gemini API terms govern PaLM API": "general",
      Decommissioned: "commercial-use",
      "No competing-model development": "outputs-training",
      "Production use allowed under these terms": "commercial-use",
    },
  },
  {
    id: "ai21-terms",
    family: "jurassic",
    name: "AI21 Studio Terms of Service (Jurassic, retired)",
    kind: "proprietary-api",
    summary:
      "Jurassic-1 and Jurassic-2 are AI21 Labs' closed API models (not EleutherAI's). Jurassic-2 reached end of life on 14 November 2024.",
    terms: closedApiTerms("no", {
      fineTuning: "conditional",
      outputsToTrainOtherModels: "unknown",
      acceptableUsePolicy: "AI21 usage guidelines.",
      notes: {
        commercialUse: "Was allowed through AI21's paid API; Jurassic-2 was retired on 14 November 2024.",
        fineTuning: "Only through AI21's custom-model service, while the models were offered.",
        outputsToTrainOtherModels:
          "A secondary summary says AI21's terms forbid building competing models with its outputs; not verified.",
      },
    }),
    clauses: {
      "J1 made by AI21": "general",
      "J2 end of life": "commercial-use",
      // The competing-model summary (a contract aggregator's page) is not quoted: the term stays unknown.
    },
    seedCorrection:
      "The 2024 comparison attributed Jurassic to EleutherAI. Jurassic-1 Jumbo (178B, 2021) and Jurassic-2 are AI21 Labs' own closed API models, unrelated to EleutherAI.",
  },
  {
    id: "cohere-api-terms",
    family: "cohere-command-api",
    kind: "proprietary-api",
    // Cohere's own page replaces the licence data's only quote (a contract aggregator's copy).
    verificationNote:
      "Read in a stored copy of Cohere's own SaaS Agreement page (last updated February 29, 2024): its opening, which makes it the commercial agreement for the API, not its detailed clauses.",
    summary:
      "Cohere's Command models are offered as a paid API under Cohere's commercial SaaS Agreement; we read its opening, not its detailed clauses, so fine-tuning and training on outputs are unverified.",
    terms: closedApiTerms("yes", {
      fineTuning: "unknown",
      notes: {
        selfHosting:
          "The weights of the hosted Command models are not released; private deployments under contract are reported but unverified.",
        fineTuning: "Reported through Cohere's service; unverified.",
        outputsToTrainOtherModels: "Not settled by our sources.",
      },
    }),
    clauses: {},
    readClauses: [
      pageClause(
        "commercial-use",
        "Commercial SaaS Agreement",
        COHERE_SAAS,
        "the page says: last updated February 29, 2024",
      ),
      pageClause(
        "general",
        "govern the provision and use of the Cohere API SaaS Services for AI-powered text prediction services",
        COHERE_SAAS,
        "the page says: last updated February 29, 2024",
      ),
    ],
  },
  {
    id: "turing-nlg",
    family: "turing-nlg",
    name: "None (never released)",
    kind: "not-released",
    summary:
      "Turing-NLG (17B, 2020) was never released: Microsoft offered only a private demo to some academics, so no team can license or use it.",
    terms: {
      ...closedApiTerms("no", { fineTuning: "no", outputsToTrainOtherModels: "not-applicable" }),
      notes: {
        commercialUse: "No weights and no public API were ever released.",
        selfHosting: "No weights were released.",
        serveAsApi: "No weights were released.",
      },
    },
    clauses: { "Only a private demo was released to academics": "general" },
  },
  MISTRAL_API_TERMS,
  XAI_API_TERMS,
  AMAZON_NOVA_TERMS,
  AI21_JAMBA_LICENSE,
  COHERE_COMMAND_A_LICENSE,
  {
    ...unlisted(
      "zhipu-glm-license",
      "Z.ai licence of the GLM-4.6/4.7/4.7-Flash/5.1/5.2 weights (not read)",
      "Zhipu AI",
      "Zhipu AI publishes the weights of GLM-4.6, 4.7, 4.7-Flash, 5.1 and 5.2. Z.ai states MIT for GLM-4.5 and, in its GLM-5 card, for GLM-5, but we hold no Z.ai text that names the licence of these releases: it is likely but not confirmed to be MIT, so every term stays unknown.",
    ),
    verificationNote:
      "Z.ai's GitHub repositories (GLM-4.5, which also lists 4.6, 4.7 and 4.7-Flash, and GLM-5, which also lists 5.1 and 5.2) state MIT only for GLM-4.5 and GLM-5 and carry an Apache-2.0 file for their code. No text naming the licence of these releases' own weights was read.",
  },
  {
    ...closedUnread(
      "alibaba-model-studio-terms",
      "Alibaba Cloud Model Studio terms (Qwen API models, not read)",
      "Alibaba (Qwen)",
      "Qwen's API-only models (such as Qwen3-Max) are sold through Alibaba Cloud Model Studio under Alibaba Cloud's service terms. We hold no copy of those terms, so whether commercial use carries conditions and what outputs may be used for are not known; read Alibaba Cloud's terms before relying on any use.",
    ),
    verificationNote:
      "No text of Alibaba Cloud's Model Studio or general service terms is stored; the weights of these models are not released (models.dev lists them as closed).",
  },
];
