// The intent registry: one descriptor per intent kind, in one list. Help text and command
// descriptions are generated from it, and understand() scores a message against every
// recognizer here, and the model intents' question rungs read it in the one order of questions/order.ts (QUESTIONS).
import { z } from "zod";
import { SLOT_SCHEMAS } from "../slot-view.js";
import type { IntentKind } from "../types.js";
import {
  recognizeChatter,
  recognizeDecisionRecord,
  recognizeFlowControl,
  recognizeHelp,
  recognizeReset,
  recognizeSources,
} from "./commands.js";
import { QUESTION_SCORE, type IntentDescriptor, type Recognition, type RecognizerInput } from "./descriptor.js";
import { BREAK_EVEN_QUESTIONS } from "./questions/break-even.js";
import { COMPARE_QUESTIONS } from "./questions/compare.js";
import { COST_QUESTIONS } from "./questions/cost.js";
import { LICENSE_QUESTIONS } from "./questions/license.js";
import { MODEL_INFO_QUESTIONS } from "./questions/model-info.js";
import { PRICE_QUESTIONS } from "./questions/price.js";
import { questionRecognizer } from "./questions/recognize.js";
import { RECOMMEND_QUESTIONS } from "./questions/recommend.js";
import { WHAT_IF_QUESTIONS } from "./questions/what-if.js";
import { recognizeProfile } from "../profile-command.js";
import { recognizeHosting } from "./hosting.js";
import { recognizeWatch } from "./team.js";
import { recognizeTradeoffs } from "./tradeoffs.js";

const none = z.object({});
const models = z.object({ models: SLOT_SCHEMAS.models.optional() });
const S = SLOT_SCHEMAS;
const requirementSlots = z
  .object({
    useCase: S.useCase,
    tokensPerMonth: S.tokensPerMonth,
    contextTokens: S.contextTokens,
    monthlyActiveUsers: S.monthlyActiveUsers,
    monthlyBudgetUsd: S.monthlyBudgetUsd,
    noCashBudget: S.noCashBudget,
    dataSensitivity: S.dataSensitivity,
    deployment: S.deployment,
    cloudProvider: S.cloudProvider,
    needsBaa: S.needsBaa,
    euDataResidency: S.euDataResidency,
    noRetention: S.noRetention,
    noTrainingOnData: S.noTrainingOnData,
    inEu: S.inEu,
    "exclude.labs": S["exclude.labs"],
    "exclude.countries": S["exclude.countries"],
    "exclude.originsOutside": S["exclude.originsOutside"],
    "exclude.licenses": S["exclude.licenses"],
    "exclude.models": S["exclude.models"],
    "exclude.providers": S["exclude.providers"],
    "exclude.hostCountries": S["exclude.hostCountries"],
    "exclude.hosts": S["exclude.hosts"],
    openWeightsOnly: S.openWeightsOnly,
    fineTuning: S.fineTuning,
    trainOnOutputs: S.trainOnOutputs,
    redistributeWeights: S.redistributeWeights,
    commercial: S.commercial,
    languages: S.languages,
    latency: S.latency,
    batchOk: S.batchOk,
    mlOpsExperience: S.mlOpsExperience,
    onDevice: S.onDevice,
    maxParamsB: S.maxParamsB,
    priorities: S.priorities,
    gpuHourlyUsd: S.gpuHourlyUsd,
    ownedGpus: S.ownedGpus,
  })
  .partial();

export const REGISTRY: readonly IntentDescriptor[] = [
  {
    name: "help",
    help: null,
    examples: ["help", "what can you do?", "how does this work"],
    slots: none,
    recognize: recognizeHelp,
  },
  {
    name: "reset",
    help: null,
    examples: ["reset", "start over", "forget everything"],
    slots: none,
    recognize: recognizeReset,
  },
  {
    name: "flow-control",
    help: null,
    examples: ["back", "skip", "start over"],
    slots: z.object({ flowCommand: S.flowCommand }),
    recognize: recognizeFlowControl,
  },
  {
    name: "sources",
    help: null,
    examples: ["where do your prices come from?", "sources"],
    slots: none,
    recognize: recognizeSources,
  },
  {
    name: "decision-record",
    help: 'A decision record (ADR) of the recommendation, to paste into your docs: _"write it up as an ADR"_.',
    examples: ["write this up as a decision record", "ADR please"],
    summary: "a decision record to paste into your docs",
    slots: models.merge(requirementSlots),
    recognize: recognizeDecisionRecord,
  },
  {
    name: "profile",
    help: '**A team profile**: facts said once (EU, data, users, ops staff) apply to every thread of the workspace. _"remember: we\'re an EU company with 200 users"_, _"show our profile"_',
    examples: ["remember: we're an EU company with 200 users", "show our profile"],
    slots: requirementSlots.extend({ profileEdit: S.profileEdit.optional() }),
    recognize: recognizeProfile,
  },
  {
    name: "watch",
    help: '**Alerts** when a watched model\'s price, licence or lifecycle changes, posted in the thread: _"watch gpt-4o"_, _"stop watching"_ (a shortlist is watched by itself).',
    examples: ["watch gpt-4o and claude sonnet 4.5", "stop watching llama 3.3 70b"],
    summary: "alerts when a watched model's price, licence or status changes",
    slots: models,
    recognize: recognizeWatch,
  },
  {
    name: "tradeoffs",
    help: "**Open vs closed trade-offs**, criterion by criterion, with real models and numbers.",
    examples: ["is open source always cheaper?", "who owns what the model writes?"],
    summary: "open vs closed trade-offs with real models and numbers",
    slots: models.extend({ tradeoffTopic: S.tradeoffTopic.optional(), provider: S.provider.optional() }),
    recognize: recognizeTradeoffs,
  },
  {
    name: "hosting",
    help: '**Where a model runs**: its APIs, Azure / Bedrock / Vertex, and the regions our sources name. _"is claude sonnet 4.5 on bedrock in frankfurt?"_',
    examples: ["is claude on azure?", "does azure openai have a uk region?"],
    summary: "where a model is offered: APIs, clouds and regions",
    slots: models.extend({ cloudProvider: S.cloudProvider.optional(), provider: S.provider.optional() }),
    recognize: recognizeHosting,
  },
  {
    name: "model-info",
    help: '**Model facts**: licence, open weights, size, context window. _"tell me about Llama 3.3 70B"_',
    examples: ["tell me about llama 3.3 70b"],
    summary: "model facts (licence, size, context window)",
    questions: MODEL_INFO_QUESTIONS,
    slots: models,
  },
  {
    name: "license",
    help: '**Licence verdicts** for your situation (users, fine-tuning, training on outputs, EU). _"can we use Llama 3.1 with 800M monthly users?"_',
    examples: ["can we use llama 3.1 70b with 800M monthly users?"],
    summary: "licence verdicts for your situation, with the clauses quoted",
    command: { name: "license", description: "Can we use this model? Licence verdict for your team" },
    questions: LICENSE_QUESTIONS,
    slots: models.extend({ licenseTopic: S.licenseTopic.optional() }),
  },
  {
    name: "price",
    help: null,
    examples: ["price of gpt-4o"],
    questions: PRICE_QUESTIONS,
    slots: models,
  },
  {
    name: "cost",
    help: '**Prices and monthly cost**, API or self-hosted, and the break-even between them. _"cost of gpt-4o at 20M tokens a month"_',
    examples: ["cost of gpt-4o at 20M tokens a month"],
    summary: "API and self-hosting cost, and the break-even between them",
    command: { name: "cost", description: "Monthly cost through APIs or self-hosted" },
    questions: COST_QUESTIONS,
    slots: models.extend({ tokensPerMonth: S.tokensPerMonth.optional(), selfHost: S.selfHost.optional() }),
  },
  {
    name: "break-even",
    help: null,
    examples: ["when is self-hosting llama 3.3 70b cheaper than gpt-4o?"],
    questions: BREAK_EVEN_QUESTIONS,
    slots: models.extend({ tokensPerMonth: S.tokensPerMonth.optional() }),
  },
  {
    name: "compare",
    help: '**Side-by-side comparisons** of 2 to 4 models. _"compare gpt-4o and claude sonnet 4.5"_',
    examples: ["compare gpt-4o and claude sonnet 4.5"],
    summary: "side-by-side comparisons",
    command: { name: "compare", description: "Compare two or three models side by side" },
    questions: COMPARE_QUESTIONS,
    slots: models.extend({ tokensPerMonth: S.tokensPerMonth.optional() }),
  },
  {
    name: "recommend",
    help: '**A recommendation** in one message or a few questions, then a ranked shortlist with reasons. _"what should we use for a support bot, 20M tokens a month, no Chinese labs?"_',
    examples: ["recommend a model for coding, 50M tokens a month", "help me choose a model"],
    summary: "a recommendation in one message or a few questions, with a ranked shortlist",
    command: { name: "recommend", description: "Get a recommendation: a few questions, then a ranked shortlist" },
    questions: RECOMMEND_QUESTIONS,
    slots: requirementSlots,
  },
  {
    name: "what-if",
    help: null,
    examples: ["what if we self-host?", "double the traffic"],
    questions: WHAT_IF_QUESTIONS,
    slots: requirementSlots,
  },
  { name: "clarify-model", help: null, examples: [], slots: models },
  { name: "unknown-model", help: null, examples: [], slots: none },
  { name: "unclear", help: null, examples: ["thanks!", "👍"], slots: none, recognize: recognizeChatter },
];

// The order help lists what modelwise does in: most asked first.
const HELP_ORDER: readonly IntentKind[] = [
  "model-info",
  "license",
  "cost",
  "compare",
  "tradeoffs",
  "hosting",
  "recommend",
  "decision-record",
];

function helpOrdered(): IntentDescriptor[] {
  const rank = (k: IntentKind): number => {
    const i = HELP_ORDER.indexOf(k);
    return i < 0 ? HELP_ORDER.length : i;
  };
  return [...REGISTRY].filter((d) => d.help !== null).sort((a, b) => rank(a.name) - rank(b.name));
}

/** Help lines, generated from the descriptors, for the help answer and the unclear reply. */
export function helpLines(): string[] {
  return helpOrdered().map((d) => d.help as string);
}

/** The free-text entry point every platform offers beside the intents' own subcommands. */
const ASK_COMMAND = {
  name: "ask",
  description: "Ask anything about choosing a model, in your own words",
} as const;

/** What modelwise is for, in one line: the slash command's description on every platform. */
export const APP_PURPOSE = "Choose a large language model: licences, costs, comparisons, recommendations";

/** The slash subcommands, generated from the descriptors: free text first, then by help order. */
export function slashCommands(): { name: string; description: string; intent: IntentKind | null }[] {
  const own = helpOrdered().flatMap((d) => (d.command ? [{ ...d.command, intent: d.name }] : []));
  return [{ ...ASK_COMMAND, intent: null }, ...own];
}

/** The summaries of what modelwise answers, in help order, for app descriptions. */
export function capabilitySummaries(): string[] {
  return helpOrdered().flatMap((d) => (d.summary ? [d.summary] : []));
}

export function descriptorOf(kind: IntentKind): IntentDescriptor | undefined {
  return REGISTRY.find((d) => d.name === kind);
}

/** Questions about models, read by the descriptors' question rungs in the order of questions/order.ts. */
export const QUESTIONS = questionRecognizer(REGISTRY);

/** The best recognizer claim that beats a model-question reading, or null. */
export function recognizeCommand(input: RecognizerInput): Recognition | null {
  let best: Recognition | null = null;
  for (const d of REGISTRY) {
    if (!d.recognize) continue;
    const r = d.recognize(input);
    if (r && r.score > QUESTION_SCORE && (best === null || r.score > best.score)) best = r;
  }
  return best;
}
