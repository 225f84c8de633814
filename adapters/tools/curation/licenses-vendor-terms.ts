// Licences and service terms the licence data does not cover, settled as far as the vendor's own
// web pages go: a model card on the hub or a terms page, read in a stored copy (a page has no
// commit, so each clause carries the page URL, the date we read it and the version the page
// states). Where we read only part of a text, the record stays unverified and every term that
// part does not settle stays "unknown"; summaries and notes are our own words.
import { CC_BY_NC_C4AI_TERMS } from "./licenses-custom.js";
import { closedApiTerms, pageClause, unknownTerms } from "./license-types.js";
import type { LicenseCuration } from "./license-types.js";

const COMMAND_A_CARD = "https://huggingface.co/CohereForAI/c4ai-command-a-03-2025";
const MISTRAL_TERMS_2025 = "https://mistral.ai/terms";
const MISTRAL_TERMS_2023 = "https://mistral.ai/terms-of-service/";
const MISTRAL_ADDITIONAL = "https://legal.mistral.ai/terms/additional-terms";
const XAI_ENTERPRISE_2024 = "https://x.ai/legal/terms-of-service-enterprise/previous";
const AWS_SERVICE_TERMS = "https://aws.amazon.com/it/serviceterms";
/** AI21's own Jamba-1.5 paper (its repository's licence tag was once read on the discussions page). */
const JAMBA_15_PAPER = "https://arxiv.org/html/2408.12570v1";

/** Command A's own card, not Command R's: a model's licence is read on that model's card. */
export const COHERE_COMMAND_A_LICENSE: LicenseCuration = {
  id: "cohere-command-a-license",
  family: null,
  name: "CC-BY-NC 4.0 + C4AI Acceptable Use Policy (Command A weights)",
  developer: "Cohere",
  kind: "research-only",
  spdx: "CC-BY-NC-4.0",
  osiApproved: false,
  weightsAvailable: true,
  verified: true,
  verificationNote:
    "Read on Cohere's own Hugging Face card for c4ai-command-a-03-2025 (a stored copy of the page). Cohere's paid API is a separate, commercial route to the same model.",
  summary:
    "Command A's published weights (111B) are a research release under CC-BY-NC 4.0 plus Cohere's C4AI acceptable use policy: you may run, study and adapt them for non-commercial purposes, with attribution. Commercial use goes through Cohere's paid API or a separate agreement with Cohere.",
  terms: CC_BY_NC_C4AI_TERMS,
  clauses: {},
  readClauses: [
    pageClause(
      "commercial-use",
      "License: CC-BY-NC, requires also adhering to C4AI's Acceptable Use Policy",
      COMMAND_A_CARD,
      "the model card",
    ),
    pageClause(
      "general",
      "C4AI Command A is an open weights research release of a 111 billion parameter model",
      COMMAND_A_CARD,
      "the model card",
    ),
  ],
  history: "Cohere's earlier open-weights releases, Command R and R+, came under the same CC-BY-NC terms.",
};

export const MISTRAL_API_TERMS: LicenseCuration = {
  id: "mistral-api-terms",
  family: null,
  name: "Mistral AI Terms of Service (La Plateforme API)",
  developer: "Mistral AI",
  kind: "proprietary-api",
  spdx: null,
  osiApproved: null,
  weightsAvailable: false,
  verified: false,
  verificationNote:
    "Read in stored copies of Mistral's own terms pages: the opening of the terms effective 7 May 2025, Mistral's additional terms of January 2026, and the September 2023 terms that they replaced. The full current terms were not read, so terms such as training on outputs stay unknown.",
  summary:
    "Models Mistral offers only through its API (e.g. Mistral Medium, current Codestral) are used under Mistral's Terms of Service for La Plateforme and its Usage Policy; the weights are not released. Mistral's earlier terms expressly let customers build applications on the platform for their commercial objectives.",
  terms: closedApiTerms("yes", {
    fineTuning: "unknown",
    outputsToTrainOtherModels: "unknown",
    acceptableUsePolicy: "Mistral AI Usage Policy.",
    notes: {
      commercialUse:
        "Allowed: Mistral's September 2023 terms let users build applications on its platform for their commercial objectives; of the May 2025 terms that replaced them we read only the opening.",
    },
  }),
  clauses: {},
  readClauses: [
    pageClause(
      "general",
      "govern your use of La Plateforme, Le Chat, and the other websites, products, services, and technologies we offer",
      MISTRAL_TERMS_2025,
      "the page says: effective 7 May 2025",
    ),
    pageClause(
      "commercial-use",
      "Users may employ the Mistral AI development platform to create software applications tailored to their target user groups to achieve their commercial objectives.",
      MISTRAL_TERMS_2023,
      "the page says: last updated Sep, 2023; since replaced",
    ),
    pageClause(
      "acceptable-use",
      "Customer must comply with Mistral AI's Usage Policy.",
      MISTRAL_ADDITIONAL,
      "the page says: effective January 26, 2026",
    ),
  ],
  history: null,
};

export const XAI_API_TERMS: LicenseCuration = {
  id: "xai-api-terms",
  family: null,
  name: "xAI Enterprise Terms of Service (Grok API)",
  developer: "xAI",
  kind: "proprietary-api",
  spdx: null,
  osiApproved: null,
  weightsAvailable: false,
  verified: false,
  verificationNote:
    "Read in a stored copy of xAI's own page holding the previous Enterprise Terms of Service (September 5, 2024), which govern business and developer accounts; the version now in force was not read.",
  summary:
    "xAI's hosted Grok models (Grok 3, Grok 4 and later) are used under xAI's Enterprise Terms of Service for business and developer accounts. The September 2024 version we read grants access for your internal business purposes, under xAI's Acceptable Use Policy; the weights of these models are not released.",
  terms: closedApiTerms("conditional", {
    fineTuning: "unknown",
    outputsToTrainOtherModels: "unknown",
    acceptableUsePolicy: "xAI Acceptable Use Policy.",
    notes: {
      commercialUse:
        "Business use is granted for your internal business purposes (September 2024 enterprise terms); confirm with xAI's current terms before offering a product built on Grok to your own users.",
    },
  }),
  clauses: {},
  readClauses: [
    pageClause(
      "commercial-use",
      "access and use the Service solely for your internal business purposes as permitted by the features of the Service",
      XAI_ENTERPRISE_2024,
      "the page holds the version of September 5, 2024, since replaced",
    ),
    pageClause(
      "acceptable-use",
      "You agree to our Acceptable Use Policy.",
      XAI_ENTERPRISE_2024,
      "the page holds the version of September 5, 2024, since replaced",
    ),
  ],
  history: null,
};

export const AMAZON_NOVA_TERMS: LicenseCuration = {
  id: "amazon-nova-terms",
  family: null,
  name: "AWS Service Terms (Amazon Nova on Amazon Bedrock)",
  developer: "Amazon",
  kind: "proprietary-api",
  spdx: null,
  osiApproved: null,
  weightsAvailable: false,
  verified: false,
  verificationNote:
    "Read in a stored copy of AWS's Service Terms page (last updated October 22, 2025): only its universal terms, not the Amazon Bedrock or Nova sections, so whether commercial use carries extra conditions and what outputs may be used for stay unverified.",
  summary:
    "Amazon Nova models are offered through Amazon Bedrock under the AWS Customer Agreement and the AWS Service Terms. The universal terms we read forbid taking software you obtain through the services outside them; the Bedrock and Nova sections were not read.",
  terms: closedApiTerms("unknown", { fineTuning: "unknown", outputsToTrainOtherModels: "unknown" }),
  clauses: {},
  readClauses: [
    pageClause(
      "general",
      "The Service Terms below govern your use of the Services.",
      AWS_SERVICE_TERMS,
      "the page says: last updated October 22, 2025",
    ),
    pageClause(
      "self-hosting",
      "You may not transfer outside the Services any software (including related documentation) you obtain from us or third party licensors",
      AWS_SERVICE_TERMS,
      "the page says: last updated October 22, 2025",
    ),
  ],
  history: null,
};

export const AI21_JAMBA_LICENSE: LicenseCuration = {
  id: "ai21-jamba-license",
  family: null,
  name: "Jamba Open Model License",
  developer: "AI21 Labs",
  kind: "open-weights-custom",
  spdx: null,
  osiApproved: null,
  weightsAvailable: true,
  verified: false,
  verificationNote:
    "AI21's own Jamba-1.5 paper names the Jamba Open Model License for both sizes (a stored copy of the page); the licence text itself was not read, so its terms stay unknown.",
  summary:
    "AI21 publishes the Jamba 1.5 weights under its own Jamba Open Model License, as its Jamba-1.5 paper states; we have not read that licence's terms, so what it allows commercially is unverified.",
  terms: unknownTerms(),
  clauses: {},
  readClauses: [
    pageClause(
      "general",
      "The model weights for both sizes are publicly available under the Jamba Open Model License",
      JAMBA_15_PAPER,
      "AI21's paper, arXiv 2408.12570 v1",
    ),
  ],
  history: null,
};
