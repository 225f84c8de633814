// API providers' data terms and batch discounts, each fact with the page it was read from.
// Primary = the provider's own docs or blog; secondary = a third party's summary (dated). A fact
// we could not source is left out (the accessor then answers "unknown"), never assumed.
import type { ProviderPolicy } from "../../../src/catalog/signals-schema.js";

const READ = "2026-12-04";
const OPENAI_DATA = "https://developers.openai.com/api/docs/guides/your-data";
const ANTHROPIC_ZDR =
  "https://privacy.claude.com/en/articles/8956058-i-have-a-zero-retention-agreement-with-anthropic-what-products-does-it-apply-to";
const GEMINI_ZDR = "https://ai.google.dev/gemini-api/docs/zdr";
const GEMINI_TERMS = "https://ai.google.dev/gemini-api/terms";
const FREE_TIER_READ = "2026-12-05";
const VERTEX_ZDR = "https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/zero-data-retention";
const BEDROCK_RETENTION = "https://docs.aws.amazon.com/bedrock/latest/userguide/data-retention.html";
const BEDROCK_SUMMARY = "https://www.developersdigest.tech/models/data-retention/bedrock";
const PRISME = "https://docs.prisme.ai/resources/security/llm-provider-data-retention";
const BATCH_SUMMARY = "https://dev.to/tridaai/batch-jobs-are-not-slow-chat-2afc";
const DEEPINFRA_PRIVACY = "https://docs.deepinfra.com/account/data-privacy";
const TOGETHER_PRIVACY = "https://docs.together.ai/docs/privacy-and-security";
const OPENAI_RESIDENCY = "https://developers.openai.com/api/docs/guides/data-residency";
const ANTHROPIC_RESIDENCY = "https://platform.claude.com/docs/en/manage-claude/data-residency";
const RESIDENCY_READ = "2026-12-05";
const TOGETHER_GEO = "https://docs.together.ai/docs/serverless/geo-specific-inference";
const FIREWORKS_REGIONS = "https://docs.fireworks.ai/deployments/regions";
/** Mistral's own regional-inference page: dedicated EU and US endpoints, at 1.1x list price. */
const MISTRAL_REGIONAL = "https://docs.mistral.ai/studio/regional-inference";
/** Microsoft's page comparing Claude hosted on Azure and on Anthropic's infrastructure in Foundry. */
const FOUNDRY_CLAUDE =
  "https://learn.microsoft.com/en-us/azure/foundry/foundry-models/concepts/claude-models-hosting-comparison";
const FOUNDRY_DEPLOY = "https://learn.microsoft.com/azure/foundry/foundry-models/how-to/deploy-foundry-models";
const PROCESSORS_READ = "2026-12-06";
/** Anthropic's own privacy article on training, for its commercial products (the API). */
const ANTHROPIC_TRAINING = "https://support.anthropic.com/en/articles/7996868-is-my-data-used-for-model-training";
/** Microsoft's own data, privacy and security page for Azure OpenAI. */
const AZURE_OPENAI_PRIVACY = "https://learn.microsoft.com/en-us/legal/cognitive-services/openai/data-privacy";
const MISTRAL_TRAINING =
  "https://help.mistral.ai/en/articles/323757-do-you-use-my-user-data-to-train-your-artificial-intelligence-models";

export const PROVIDER_POLICY_CURATION: readonly ProviderPolicy[] = [
  {
    provider: "openai",
    name: "OpenAI API",
    retentionDays: {
      value: 30,
      sourceUrl: OPENAI_DATA,
      sourceKind: "primary",
      asOf: READ,
      note: "Abuse-monitoring logs, which can hold prompts and responses, are kept up to 30 days by default (longer only where law or harm prevention requires).",
    },
    zeroDataRetention: {
      value: "on-request",
      sourceUrl: OPENAI_DATA,
      sourceKind: "primary",
      asOf: READ,
      note: "Zero Data Retention or Modified Abuse Monitoring need OpenAI's prior approval; some endpoints still keep application state.",
    },
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: OPENAI_DATA,
      sourceKind: "primary",
      asOf: READ,
      note: "Since 1 March 2023 API data is not used for training unless the customer opts in.",
    },
    baa: {
      value: "on-request",
      sourceUrl: "https://developers.openai.com/zh-Hans/api/docs/guides/your-data",
      sourceKind: "primary",
      asOf: READ,
      note: "The same page (Chinese edition) refers to customers who signed OpenAI's Business Associate and Healthcare Addendum using BAA-eligible endpoints for PHI.",
    },
    batchDiscountPct: {
      value: 50,
      sourceUrl: "https://apidog.com/blog/openai-batch-api/",
      sourceKind: "secondary",
      asOf: READ,
      note: "A guide to the Batch API: flat 50% off input and output tokens, results within 24 hours.",
    },
    residency: {
      value: { places: ["US", "EU", "AU", "IN", "JP"], allListed: false },
      sourceUrl: OPENAI_RESIDENCY,
      sourceKind: "primary",
      asOf: RESIDENCY_READ,
      note: "Data residency is set per project by eligible organisations (through OpenAI's sales team); the page names regional processing endpoints for the US, Europe, Australia, India and Japan, and its table says which models and endpoints each region serves. Other residency regions may store data in-region while processing elsewhere. Models released from 5 March 2026 cost 10% more there.",
    },
  },
  {
    provider: "anthropic",
    name: "Anthropic API",
    zeroDataRetention: {
      value: "on-request",
      sourceUrl: ANTHROPIC_ZDR,
      sourceKind: "primary",
      asOf: READ,
      note: "Some enterprise API customers, with Anthropic's approval, get arrangements under which inputs and outputs are not stored; safety classifier results are still kept.",
    },
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: ANTHROPIC_TRAINING,
      sourceKind: "primary",
      asOf: PROCESSORS_READ,
      note: "Anthropic's privacy article for its commercial products (the API among them): by default inputs and outputs are not used to train its models; feedback you report, or an explicit opt-in, may be.",
    },
    baa: {
      value: "on-request",
      sourceUrl: ANTHROPIC_ZDR,
      sourceKind: "primary",
      asOf: READ,
      note: "A BAA is available only to customers of Anthropic's HIPAA-eligible services, with configuration limits (e.g. not for web search).",
    },
    batchDiscountPct: {
      value: 50,
      sourceUrl: "https://dev.to/multigrid/claudes-message-batches-api-async-processing-and-the-24-hour-window-2bfi",
      sourceKind: "secondary",
      asOf: READ,
      note: "Message Batches: 50% off input and output tokens, results within 24 hours (citing Anthropic's batch docs and pricing page).",
    },
    residency: {
      value: { places: ["US"], allListed: true },
      sourceUrl: ANTHROPIC_RESIDENCY,
      sourceKind: "primary",
      asOf: RESIDENCY_READ,
      note: 'The inference_geo setting takes "global" (any geography, the default) or "us" (US infrastructure only); no other geography is offered on Anthropic\'s own API.',
    },
  },
  {
    provider: "google",
    name: "Gemini API (Google AI Studio)",
    zeroDataRetention: {
      value: "on-request",
      sourceUrl: GEMINI_ZDR,
      sourceKind: "primary",
      asOf: READ,
      note: "Paid-tier prompts are logged for a limited time for abuse detection unless ZDR is approved for the project; Google points to Vertex AI for guaranteed ZDR.",
    },
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: GEMINI_ZDR,
      sourceKind: "primary",
      asOf: READ,
      note: "Only for Paid Services: prompts and responses are not used to improve Google's products. The free tier is not covered.",
    },
    // The Gemini API Additional Terms' "Unpaid Services" section (the version in force from 2025-05-20).
    freeTierTraining: {
      value: "yes",
      sourceUrl: GEMINI_TERMS,
      sourceKind: "primary",
      asOf: FREE_TIER_READ,
      note: "On unpaid quota and in AI Studio, Google uses prompts and responses to improve its products and models, human reviewers may read them, and the terms say not to send sensitive, confidential or personal information. In the EEA, Switzerland and the UK the paid terms cover all use, and an app offered to users there must use the paid service.",
    },
    batchDiscountPct: {
      value: 50,
      sourceUrl: "https://developers.googleblog.com/scale-your-ai-workloads-batch-mode-gemini-api",
      sourceKind: "primary",
      asOf: "2025-07-07",
      note: "Batch Mode: 50% below the synchronous price, results within 24 hours.",
    },
  },
  {
    provider: "google-vertex",
    name: "Google Cloud Vertex AI",
    zeroDataRetention: {
      value: "yes",
      sourceUrl: VERTEX_ZDR,
      sourceKind: "primary",
      asOf: READ,
      note: "Reachable, but the customer must act in each area the page lists (abuse-monitoring prompt logging, caching, grounding).",
    },
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: VERTEX_ZDR,
      sourceKind: "primary",
      asOf: READ,
      note: "Google does not train or fine-tune models on customer data without prior permission (Service Specific Terms, training restriction).",
    },
    euDataResidency: {
      value: "yes",
      sourceUrl: PRISME,
      sourceKind: "secondary",
      asOf: "2026-06-26",
      note: "Processing follows the chosen Google Cloud region; residency is configurable (a gateway vendor's summary of the official pages).",
    },
    batchDiscountPct: {
      value: 50,
      sourceUrl: BATCH_SUMMARY,
      sourceKind: "secondary",
      asOf: READ,
      note: "Batch inference for Gemini on Vertex AI is priced 50% below real-time inference.",
    },
    baa: {
      value: "yes",
      sourceUrl: "https://cloud.google.com/security/compliance/hipaa/",
      sourceKind: "primary",
      asOf: READ,
      note: "Google's HIPAA guide: Google Cloud enters into Business Associate Agreements, and the BAA covers only the products on Google's covered-products list. That list is not in our stored sources; a provider-trust registry (checked 2026-07-05) says Gemini through Vertex AI is on it. Check the list before sending PHI.",
    },
  },
  {
    provider: "amazon-bedrock",
    name: "Amazon Bedrock",
    zeroDataRetention: {
      value: "yes",
      sourceUrl: BEDROCK_RETENTION,
      sourceKind: "primary",
      asOf: READ,
      note: "Self-service: data_retention_mode 'none' per account or project and Region; requests to models that require retention are then refused.",
    },
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: BEDROCK_SUMMARY,
      sourceKind: "secondary",
      asOf: "2026-10-18",
      note: "A dated summary of AWS's pages: Bedrock does not train on API data; model providers do not receive it.",
    },
    euDataResidency: {
      value: "yes",
      sourceUrl: PRISME,
      sourceKind: "secondary",
      asOf: "2026-06-26",
      note: "Processing follows the chosen AWS Region; cross-region inference can move it, so pick an EU inference profile.",
    },
    batchDiscountPct: {
      value: 50,
      sourceUrl: "https://docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html",
      sourceKind: "primary",
      asOf: READ,
      note: "AWS's capacity and cost guide: batch processing saves 50% against on-demand, within a 24-hour window.",
    },
    processingRegions: {
      value: ["US", "EU", "APAC"],
      sourceUrl: BEDROCK_SUMMARY,
      sourceKind: "secondary",
      asOf: "2026-10-18",
    },
    baa: {
      value: "yes",
      sourceUrl: "https://elliotdrel.com/aws-bedrock-hipaa",
      sourceKind: "secondary",
      asOf: "2026-06-12",
      note: "A setup guide written from AWS's pages: Bedrock is on AWS's HIPAA-eligible services list and the account-level AWS BAA is accepted in AWS Artifact; models that share data with their provider need zero retention first. AWS's own list was not read.",
    },
    processors: [
      {
        lab: "*",
        processor: "amazon-bedrock",
        sourceUrl: BEDROCK_SUMMARY,
        sourceKind: "secondary",
        asOf: "2026-10-18",
        note: "A dated summary of AWS's pages: the model providers whose models Bedrock serves do not receive the data sent to them there.",
      },
    ],
  },
  {
    provider: "azure",
    name: "Azure OpenAI / Azure AI Foundry",
    zeroDataRetention: {
      value: "on-request",
      sourceUrl: "https://learn.microsoft.com/en-us/answers/a/12368042",
      sourceKind: "secondary",
      asOf: "2025-11-19",
      note: "A Microsoft-moderated answer: modified abuse monitoring must be applied for and approved; only for Enterprise Agreement or Microsoft Customer Agreement customers.",
    },
    // Microsoft's own page is about the models Azure sells itself (Azure OpenAI); a partner's model
    // (Claude) is processed under its lab's terms, named in `processors` below.
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: AZURE_OPENAI_PRIVACY,
      sourceKind: "primary",
      asOf: PROCESSORS_READ,
      note: "Microsoft's data, privacy and security page for Azure OpenAI: prompts, completions, embeddings and training data are not used to train, retrain or improve its foundation models, nor made available to OpenAI.",
    },
    euDataResidency: {
      value: "yes",
      sourceUrl:
        "https://learn.microsoft.com/zh-tw/azure/foundry/foundry-models/concepts/models-sold-directly-by-azure-region-availability",
      sourceKind: "primary",
      asOf: READ,
      note: "Microsoft's region-availability page (Traditional Chinese edition): Global deployments may process anywhere; Data Zone deployments stay inside the Microsoft data zone (US, EU or APAC); regional deployments in their region. Data at rest stays in the chosen geography.",
    },
    baa: {
      value: "yes",
      sourceUrl: "https://learn.microsoft.com/en-in/answers/questions/2265200/azure-ai-baa-hipaa-compliance",
      sourceKind: "secondary",
      asOf: "2025-05-12",
      note: "An accepted Microsoft Q&A answer by a volunteer moderator: Microsoft's BAA comes with the Data Protection Addendum of Enterprise Agreement, Microsoft 365 and CSP licences, and Azure OpenAI is eligible for text inputs. Microsoft's own HIPAA offering page was not read.",
    },
    // Azure sells two kinds of model: its own ("sold directly by Azure", Azure OpenAI among them),
    // processed under Microsoft's terms above, and partners' (Claude), processed by the partner.
    processors: [
      {
        lab: "openai",
        processor: "azure",
        sourceUrl: FOUNDRY_DEPLOY,
        sourceKind: "primary",
        asOf: PROCESSORS_READ,
        note: "Microsoft's page on deploying Foundry Models: Foundry Models sold directly by Azure, such as Azure OpenAI in Foundry Models, need no Azure Marketplace subscription, unlike models from partners and community.",
      },
      {
        lab: "anthropic",
        processor: "anthropic",
        sourceUrl: FOUNDRY_CLAUDE,
        sourceKind: "primary",
        asOf: PROCESSORS_READ,
        note: "Microsoft's Claude hosting comparison for Foundry: hosted on Azure or on Anthropic's infrastructure, Anthropic is the seller of record and the data processor, and retention is governed by Anthropic's Data Processing Addendum and Commercial Terms of Service.",
      },
    ],
  },
  {
    provider: "mistral",
    name: "Mistral AI (La Plateforme)",
    zeroDataRetention: {
      value: "on-request",
      sourceUrl: "https://docs.mistral.ai/admin/monitor-comply",
      sourceKind: "primary",
      asOf: READ,
      note: "Zero data retention is available on paid plans for supported stateless API calls, on request.",
    },
    // Mistral's own help centre: the pay-per-use Scale plan (the one the catalogue's prices are) is
    // not used for training; the free Experiment plan is, unless the customer opts out.
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: MISTRAL_TRAINING,
      sourceKind: "primary",
      asOf: READ,
      note: "Scale plan (pay-per-use) inputs and outputs are not used to train Mistral's models; on the free Experiment plan they may be, unless the customer opts out in the Admin Console.",
    },
    freeTierTraining: {
      value: "opt-out",
      sourceUrl: MISTRAL_TRAINING,
      sourceKind: "primary",
      asOf: READ,
      note: "On the free Experiment plan inputs and outputs may be used to train Mistral's models unless the customer opts out in the Admin Console.",
    },
    // Mistral's page: regional inference is opt-in; without a regional endpoint the global one is
    // used, which names no geography (the gateway vendor's "hosted in the EU by default" is not
    // Mistral's word). Its list of geographies is complete: "currently the EU or the US".
    euDataResidency: {
      value: "yes",
      sourceUrl: MISTRAL_REGIONAL,
      sourceKind: "primary",
      asOf: RESIDENCY_READ,
      note: "Regional inference through Mistral's EU endpoint (api.eu.mistral.ai) keeps inference processing in the EU, at 1.1x list price; account, billing, key and usage data may be handled elsewhere.",
    },
    residency: {
      value: { places: ["EU", "US"], allListed: true },
      sourceUrl: MISTRAL_REGIONAL,
      sourceKind: "primary",
      asOf: RESIDENCY_READ,
      note: "Regional inference, an optional service through dedicated endpoints (api.eu.mistral.ai, api.us.mistral.ai), processes inference requests within a chosen geography: currently the European Union or the United States, billed at 1.1x standard list pricing. Requests without a region use the global endpoint, which guarantees none. It covers inference inputs and outputs, not control-plane data (account configuration, API keys, billing, usage analytics).",
    },
  },
  {
    provider: "deepseek",
    name: "DeepSeek API",
    euDataResidency: {
      value: "no",
      sourceUrl: "https://tnsafety.com/deepseeks-chinese-data-storage-policy-raises-global-privacy-concerns",
      sourceKind: "secondary",
      asOf: READ,
      note: "A report quoting DeepSeek's privacy policy: collected information is stored on servers in the People's Republic of China.",
    },
    processingRegions: {
      value: ["CN"],
      sourceUrl: "https://tnsafety.com/deepseeks-chinese-data-storage-policy-raises-global-privacy-concerns",
      sourceKind: "secondary",
      asOf: READ,
    },
    residency: {
      value: { places: ["CN"], allListed: true },
      sourceUrl: "https://tnsafety.com/deepseeks-chinese-data-storage-policy-raises-global-privacy-concerns",
      sourceKind: "secondary",
      asOf: READ,
      note: "A report quoting DeepSeek's privacy policy: what it collects is stored on servers in the People's Republic of China; no other location is offered.",
    },
    // DeepSeek's own privacy policy and Open Platform terms are not among the texts we hold, and the
    // readings of them we found disagree on API traffic: left unknown, with the disagreement said.
    trainsOnCustomerData: {
      value: "unknown",
      sourceUrl: "https://cncsmonster.github.io/en/posts/deepseek-api-data-training-policy/",
      sourceKind: "secondary",
      asOf: READ,
      note: "DeepSeek's own terms were not read. Third-party readings disagree: one finds the Open Platform terms silent on training with API data, one reads the privacy policy's training purpose (with an opt-out) as covering API traffic, another says API traffic is excluded.",
    },
    retentionDays: {
      value: null,
      sourceUrl: "https://meetily.ai/llm-privacy/deepseek",
      sourceKind: "secondary",
      asOf: READ,
      note: "Per a third party quoting DeepSeek's privacy policy: personal data is kept as long as the service and the policy's purposes need it, with no number of days for API traffic; DeepSeek's own text was not read.",
    },
  },
  {
    provider: "deepinfra",
    name: "Deep Infra",
    retentionDays: {
      value: 0,
      sourceUrl: DEEPINFRA_PRIVACY,
      sourceKind: "primary",
      asOf: READ,
      note: "Inputs are held only in memory during inference and outputs are deleted once returned; bulk (batch) requests and Google or Anthropic models routed through it are exceptions.",
    },
    zeroDataRetention: {
      value: "yes",
      sourceUrl: DEEPINFRA_PRIVACY,
      sourceKind: "primary",
      asOf: READ,
      note: "By default for ordinary inference: nothing submitted or generated is written to disk.",
    },
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: DEEPINFRA_PRIVACY,
      sourceKind: "primary",
      asOf: READ,
      note: "Deep Infra does not train on customer data (Google and Anthropic models follow those providers' terms).",
    },
  },
  {
    provider: "togetherai",
    name: "Together AI",
    zeroDataRetention: {
      value: "yes",
      sourceUrl: TOGETHER_PRIVACY,
      sourceKind: "primary",
      asOf: READ,
      note: "Inputs and outputs are not stored by default (temporary caching may be used for performance); passthrough third-party models follow the upstream provider's terms.",
    },
    trainsOnCustomerData: {
      value: "no",
      sourceUrl: TOGETHER_PRIVACY,
      sourceKind: "primary",
      asOf: READ,
      note: "Sharing data for training is opt-in and off by default, set per account or organisation.",
    },
    // Together's geo-specific endpoints pin inference for the models in its table only; the
    // default endpoint guarantees no geography. Its table names models by their own ids: GLM-5.2
    // (US, Canada) and MiniMax-M3 (US) are the catalogue's; its other rows (Kimi-K3, GLM-5.3,
    // DeepSeek-V4.1-Flash, a dated DeepSeek-V4-Pro-0813 snapshot) are not catalogue models.
    residency: {
      value: { places: ["US", "CA"], allListed: true, byModel: { "glm-5.2": ["US", "CA"], "minimax-m3": ["US"] } },
      sourceUrl: TOGETHER_GEO,
      sourceKind: "primary",
      asOf: RESIDENCY_READ,
      note: "Geo-specific inference: us-api.together.ai keeps processing in the United States and ca-api.together.ai in Canada, for the serverless models the page lists per geography, at 1.25x the standard rate; requests to api.together.ai guarantee neither. Only processing is covered, not storage or logs.",
    },
  },
  {
    provider: "fireworks-ai",
    name: "Fireworks AI",
    // Serverless (per-token) traffic is routed worldwide; only dedicated deployments (billed per
    // GPU hour, not the per-token price we show) or the US routers of its US-only page stay put.
    residency: {
      value: { places: ["US"], allListed: true, byModel: {} },
      sourceUrl: FIREWORKS_REGIONS,
      sourceKind: "primary",
      asOf: RESIDENCY_READ,
      note: "Serverless inference is routed across all regions and cannot be pinned; a region needs a dedicated deployment created with --region (US, EUROPE, APAC). The US-only serverless page (docs.fireworks.ai/serverless/us-only-serverless) lists one US router, for Kimi K3, which is not a catalogue model; EU-only serverless is by arrangement with sales.",
    },
  },
];
