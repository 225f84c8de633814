// The guided recommendation as data: each step names the requirement it fills, its question,
// its choices (buttons `flow:<step>:<value>`), how free text answers it, when it is already
// known (so it is skipped) and, for optional steps, when it is worth asking at all.
import type { Catalog } from "../../catalog/catalog.js";
import { DEFAULT_INPUT_SHARE, type Volume } from "../../costs/volume.js";
import {
  NO_BUDGET_LIMIT,
  parseBudget,
  parseMonthlyBudget,
  parseRequirements,
} from "../../intents/requirements-text.js";
import { parseVolume } from "../../intents/volume.js";
import { formatCount } from "../../render/format.js";
import { USE_CASE_LABELS, USE_CASES, type Requirements, type UseCase } from "../../scoring/requirements.js";
import { budgetUsdOf } from "../../scoring/budget.js";

export type StepId =
  | "use-case"
  | "data"
  | "deployment"
  | "volume"
  | "budget"
  | "users"
  | "fine-tuning"
  | "ml-ops"
  | "context"
  | "languages"
  | "latency"
  | "train-on-outputs";

export interface StepChoice {
  value: string;
  label: string;
  /** Words that pick this choice in free text. */
  words: RegExp;
  patch: Partial<Requirements>;
}

export interface FlowStep {
  id: StepId;
  slot: keyof Requirements;
  /** A few words for lists ("data sensitivity"). */
  label: string;
  question: string;
  choices: StepChoice[];
  /** Optional steps are asked only when relevant and when the question budget allows. */
  optional: boolean;
  /** Dropped first when there are more open steps than questions left (higher = keep). */
  priority: number;
  relevant?: (req: Requirements) => boolean;
  /** Whether the step's question is settled by other fields than its slot (default: its slot is set). */
  known?: (req: Requirements) => boolean;
  /** Free text that is not one of the choices (a number, an amount): parsed by the step itself. */
  parseFree?: (text: string, catalog: Catalog) => Partial<Requirements> | null;
}

/** "help me choose" plus at most this many answers reach the shortlist (8 messages in all). */
export const MAX_QUESTIONS = 7;

const tokensPerMonth = (total: number, label: string): Volume => ({
  inputTokensPerMonth: total * DEFAULT_INPUT_SHARE,
  outputTokensPerMonth: total * (1 - DEFAULT_INPUT_SHARE),
  cachedInputTokensPerMonth: 0,
  splitAssumed: true,
  description: `${label} tokens a month (assumed 3:1 input:output)`,
});

/** "20M", "1.5 billion", "300k" as a bare quantity. */
export function bareQuantity(text: string): number | null {
  const m = /^\s*\$?\s*(\d+(?:[.,]\d+)?)\s*(k|thousand|m|mn|million|b|bn|billion)?\b/i.exec(text);
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(",", "."));
  const unit = (m[2] ?? "").toLowerCase();
  const mult =
    unit.startsWith("k") || unit === "thousand" ? 1e3 : unit.startsWith("m") ? 1e6 : unit.startsWith("b") ? 1e9 : 1;
  const value = n * mult;
  return Number.isFinite(value) && value > 0 ? value : null;
}

const YES = /\b(yes|yep|yeah|sure|definitely|we do|we will|we'll|absolutely|probably)\b/;
const NO = /\b(no|nope|not needed|don'?t|do not|won'?t|never|no need|not really)\b/;

// The words that pick each use case when the flow asks for one. Keyed by every use case, so a new
// use case cannot be added without its choice (the choices are generated from USE_CASES).
const USE_CASE_CHOICE_WORDS: Record<UseCase, RegExp> = {
  chat: /\b(chat\w*|assistant|support|conversation\w*|helpdesk|bot)\b/,
  coding: /\b(cod(e|ing)|programming|developers?|software)\b/,
  rag: /\b(rag|documents?|docs|retrieval|knowledge base|search)\b/,
  extraction: /\b(extract\w*|classif\w*|tagging|label\w*|parsing)\b/,
  agents: /\b(agents?|agentic|tools?|function calling)\b/,
  creative: /\b(creative|writing|draft\w*|stories|story|marketing|copy)\b/,
  summarization: /\b(summar(y|ies|i[sz]\w*)|tl;?dr|digests?|recaps?|condens\w*)\b/,
  translation: /\b(translat\w*|locali[sz](e|ation|ing))\b/,
};

const useCaseChoices = (): StepChoice[] =>
  USE_CASES.map((value) => {
    const label = USE_CASE_LABELS[value];
    return {
      value,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      words: USE_CASE_CHOICE_WORDS[value],
      patch: { useCase: value },
    };
  });

export const STEPS: FlowStep[] = [
  {
    id: "use-case",
    label: "use case",
    slot: "useCase",
    question: "What will the model mostly do?",
    optional: false,
    priority: 100,
    choices: useCaseChoices(),
  },
  {
    id: "data",
    label: "data sensitivity",
    slot: "dataSensitivity",
    question: "How sensitive is the data the model will see?",
    optional: false,
    priority: 90,
    // The data's own words, read by the one home of sensitivity words (intents/sensitivity-text.ts):
    // the strongest level said wins ("internal only, but it's patient notes" is regulated).
    parseFree: (text, catalog) => {
      const level = parseRequirements(text, catalog).dataSensitivity;
      return level ? { dataSensitivity: level } : null;
    },
    choices: [
      {
        value: "public",
        label: "Public",
        words: /\b(public|nothing sensitive|not sensitive|open data)\b/,
        patch: { dataSensitivity: "public" },
      },
      {
        value: "internal",
        label: "Internal / confidential",
        words: /\b(internal|confidential|proprietary|company data)\b/,
        patch: { dataSensitivity: "internal" },
      },
      {
        value: "regulated",
        label: "Regulated (PII, health, finance)",
        words: /\b(regulated|hipaa|pii|health|medical|financial|finance|gdpr|personal data|customer data)\b/,
        patch: { dataSensitivity: "regulated" },
      },
    ],
  },
  {
    id: "deployment",
    label: "where it may run",
    slot: "deployment",
    question: "Where may the model run?",
    optional: false,
    priority: 85,
    // A model that runs on the team's device has its place: neither an API nor a server of theirs.
    known: (req) => req.deployment !== undefined || req.onDevice === true,
    choices: [
      {
        value: "any-api",
        label: "Any managed API is fine",
        words: /\b(any|api|saas|hosted|managed|don'?t care|whatever)\b/,
        patch: { deployment: "any-api" },
      },
      {
        value: "own-cloud",
        label: "Only in our own cloud",
        words: /\b(own cloud|our cloud|vpc|aws|azure|gcp|self-?host\w*|private cloud)\b/,
        patch: { deployment: "own-cloud" },
      },
      {
        value: "on-prem",
        label: "On-prem / air-gapped",
        words: /\b(on-?prem\w*|premises|air-?gapped|our (own )?servers|data ?cent(er|re))\b/,
        patch: { deployment: "on-prem" },
      },
    ],
  },
  {
    id: "volume",
    label: "monthly volume",
    slot: "volume",
    question:
      'Roughly how many tokens a month (input + output)? A number like "20M" or "2,000 requests a day of 1,500 tokens" works too.',
    optional: false,
    priority: 80,
    choices: [
      { value: "1M", label: "About 1M tokens", words: /^$/, patch: { volume: tokensPerMonth(1e6, "about 1M") } },
      { value: "20M", label: "About 20M tokens", words: /^$/, patch: { volume: tokensPerMonth(20e6, "about 20M") } },
      {
        value: "200M",
        label: "About 200M tokens",
        words: /^$/,
        patch: { volume: tokensPerMonth(200e6, "about 200M") },
      },
      { value: "2B", label: "About 2B tokens", words: /^$/, patch: { volume: tokensPerMonth(2e9, "about 2B") } },
    ],
    parseFree: (text) => {
      const v = parseVolume(text);
      if (v) return { volume: v };
      const q = bareQuantity(text);
      return q !== null && q >= 1000 ? { volume: tokensPerMonth(q, formatCount(q)) } : null;
    },
  },
  {
    id: "budget",
    label: "monthly budget",
    slot: "monthlyBudgetUsd",
    question: "What monthly budget should the model stay under (USD)?",
    optional: false,
    priority: 75,
    // A budget in another currency with a rate on record is applied (scoring/budget.ts): not asked again.
    // No money at all is an answer too: never asked again, never a $0 cap (no-cash-note.ts).
    known: (req) => budgetUsdOf(req) !== undefined || req.noCashBudget === true,
    choices: [
      { value: "100", label: "Under $100", words: /^$/, patch: { monthlyBudgetUsd: 100 } },
      { value: "500", label: "Under $500", words: /^$/, patch: { monthlyBudgetUsd: 500 } },
      { value: "2000", label: "Under $2,000", words: /^$/, patch: { monthlyBudgetUsd: 2000 } },
      { value: "10000", label: "Under $10,000", words: /^$/, patch: { monthlyBudgetUsd: 10000 } },
      {
        value: "none",
        label: "No fixed budget",
        words: new RegExp(
          String.raw`${NO_BUDGET_LIMIT.source}|\b(no limit|unlimited|doesn'?t matter|whatever it costs)\b`,
        ),
        patch: {},
      },
    ],
    parseFree: (text) => {
      // "€500" is no dollar amount: not an answer (the reply says why), never read as $500.
      if (parseBudget(text)?.currency !== undefined && parseBudget(text)?.currency !== "USD") return null;
      const b = parseMonthlyBudget(text);
      if (b !== undefined) return { monthlyBudgetUsd: b };
      const q = bareQuantity(text);
      return q !== null ? { monthlyBudgetUsd: q } : null;
    },
  },
  {
    id: "ml-ops",
    label: "ML-ops experience",
    slot: "mlOpsExperience",
    question: "How much experience does the team have running models (GPUs, inference servers)?",
    optional: false,
    priority: 65,
    choices: [
      {
        value: "none",
        label: "None",
        words: /\b(none|no(ne)? experience|never|zero|nothing|no)\b/,
        patch: { mlOpsExperience: "none" },
      },
      {
        value: "some",
        label: "Some",
        words: /\b(some|a bit|a little|moderate|basic|limited)\b/,
        patch: { mlOpsExperience: "some" },
      },
      {
        value: "strong",
        label: "Strong",
        words: /\b(strong|lots|a lot|experienced|experts?|dedicated|senior|plenty)\b/,
        patch: { mlOpsExperience: "strong" },
      },
    ],
  },
  {
    id: "fine-tuning",
    label: "fine-tuning",
    slot: "fineTuning",
    // A wish to tune is an answer already: asking "will you fine-tune?" again loses it.
    known: (req) => req.fineTuning !== undefined || req.fineTuningWanted === true,
    question: "Will you fine-tune the model on your own data?",
    optional: false,
    priority: 60,
    choices: [
      { value: "yes", label: "Yes", words: YES, patch: { fineTuning: true } },
      { value: "no", label: "No, prompting is enough", words: NO, patch: { fineTuning: false } },
    ],
  },
  {
    id: "users",
    label: "monthly active users",
    slot: "monthlyActiveUsers",
    question: "How many monthly active users will the product have? (Some licences change above a threshold.)",
    optional: false,
    priority: 50,
    choices: [
      {
        value: "1000",
        label: "Internal (under 1K)",
        words: /\b(internal|just us|only us|employees|staff)\b/,
        patch: { monthlyActiveUsers: 1_000 },
      },
      { value: "100000", label: "Up to 100K", words: /^$/, patch: { monthlyActiveUsers: 100_000 } },
      { value: "10000000", label: "Up to 10M", words: /^$/, patch: { monthlyActiveUsers: 10_000_000 } },
      { value: "200000000", label: "100M to 700M", words: /^$/, patch: { monthlyActiveUsers: 200_000_000 } },
      { value: "800000000", label: "Over 700M", words: /^$/, patch: { monthlyActiveUsers: 800_000_000 } },
    ],
    parseFree: (text) => {
      const q = bareQuantity(text);
      return q !== null ? { monthlyActiveUsers: Math.round(q) } : null;
    },
  },
  {
    id: "context",
    label: "context needed",
    slot: "contextTokens",
    question: "How much text must fit in one request (prompt + documents)?",
    optional: true,
    priority: 40,
    relevant: (req) => req.useCase === "rag" || req.useCase === "coding" || req.useCase === "agents",
    choices: [
      { value: "8000", label: "About 8K tokens", words: /^$/, patch: { contextTokens: 8_000 } },
      { value: "32000", label: "About 32K tokens", words: /^$/, patch: { contextTokens: 32_000 } },
      { value: "128000", label: "About 128K tokens", words: /^$/, patch: { contextTokens: 128_000 } },
      { value: "200000", label: "200K or more", words: /^$/, patch: { contextTokens: 200_000 } },
    ],
    parseFree: (text) => {
      const q = bareQuantity(text);
      return q !== null && q >= 512 ? { contextTokens: Math.round(q) } : null;
    },
  },
  {
    id: "languages",
    label: "languages",
    slot: "languages",
    question: "Which languages must it handle well?",
    optional: true,
    priority: 30,
    relevant: (req) => req.useCase === "chat" || req.useCase === "creative",
    choices: [
      { value: "en", label: "English only", words: /\benglish( only)?\b/, patch: { languages: ["English"] } },
      {
        value: "many",
        label: "Several languages",
        words: /\b(several|many|multi\w*|european|asian|other languages)\b/,
        patch: { languages: ["multilingual"] },
      },
    ],
  },
  {
    id: "latency",
    label: "latency",
    slot: "latency",
    question: "Do users wait for the answer, or does it run in the background?",
    optional: true,
    priority: 20,
    relevant: (req) => req.useCase === "extraction" || req.useCase === "agents",
    choices: [
      {
        value: "interactive",
        label: "Users wait (interactive)",
        words: /\b(interactive|wait|real-?time|live|fast)\b/,
        patch: { latency: "interactive" },
      },
      {
        value: "batch",
        label: "Background / batch",
        words: /\b(batch|background|offline|overnight|async\w*)\b/,
        patch: { latency: "batch" },
      },
    ],
  },
  {
    id: "train-on-outputs",
    label: "training on outputs",
    slot: "trainOnOutputs",
    question: "Will you use the model's outputs to train another model? (Some licences forbid it.)",
    optional: true,
    priority: 10,
    relevant: (req) => req.fineTuning === true,
    choices: [
      { value: "yes", label: "Yes", words: YES, patch: { trainOnOutputs: true } },
      { value: "no", label: "No", words: NO, patch: { trainOnOutputs: false } },
    ],
  },
];

/** The value of every step's skip button. */
export const SKIP_VALUE = "skip";

export const STEP_BY_ID: ReadonlyMap<string, FlowStep> = new Map(STEPS.map((s) => [s.id, s]));

export type StepAnswer =
  | { kind: "answer"; patch: Partial<Requirements>; value?: string }
  /** Several choices fit: their labels and values, and the words that matched each. */
  | { kind: "ambiguous"; labels: string[]; values: string[]; words: string[] }
  | { kind: "none" };

/** A choice by button value. "skip" is handled by the flow, not here. */
export function choiceByValue(step: FlowStep, value: string): StepChoice | undefined {
  return step.choices.find((c) => c.value === value);
}

/**
 * Free text as an answer to one step: a choice number ("2"), a choice label, the choice words
 * (several different choices matched = ambiguous), the step's own parser, then the general
 * requirements parser for this step's slot.
 */
export function answerStep(step: FlowStep, rawText: string, catalog: Catalog): StepAnswer {
  const text = rawText
    .toLowerCase()
    .trim()
    .replace(/[.!]+$/, "");
  const index = /^#?(\d{1,2})$/.exec(text);
  if (index?.[1]) {
    const choice = step.choices[Number(index[1]) - 1];
    if (choice) return { kind: "answer", patch: choice.patch, value: choice.value };
  }
  const byLabel = step.choices.find((c) => c.label.toLowerCase() === text || c.value.toLowerCase() === text);
  if (byLabel) return { kind: "answer", patch: byLabel.patch, value: byLabel.value };
  const own = step.parseFree?.(rawText, catalog);
  if (own) return { kind: "answer", patch: own };
  const hits = step.choices.filter((c) => c.words.test(text));
  if (hits.length === 1 && hits[0]) return { kind: "answer", patch: hits[0].patch, value: hits[0].value };
  if (hits.length > 1)
    return {
      kind: "ambiguous",
      labels: hits.map((c) => c.label),
      values: hits.map((c) => c.value),
      words: [...new Set(hits.map((c) => c.words.exec(text)?.[0] ?? c.label))],
    };
  const general = parseRequirements(rawText, catalog)[step.slot];
  if (general !== undefined) return { kind: "answer", patch: { [step.slot]: general } as Partial<Requirements> };
  return { kind: "none" };
}
