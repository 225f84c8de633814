// How each requirement is said back to the user ("coding · 50M tokens/month · excluding models
// from Chinese labs"): one table, one entry per slot, used for every echo ("Noted:"), every
// correction ("Changed:") and the shortlist's "Based on:" line.
import type { Catalog } from "../catalog/catalog.js";
import { CURRENCIES, languageName, parseBudget } from "../intents/requirements-text.js";
import { amountInUnsettledSign } from "../intents/currency-of-country.js";
import { foldCase } from "../catalog/normalize.js";
import { countriesOfRule } from "../catalog/places-elsewhere.js";
import { demonym } from "../catalog/demonyms.js";
import { sayOrigins } from "../catalog/origin-regions.js";
import { hostRuleWords } from "../scoring/host-rule.js";
import { formatCount, formatUsd } from "../render/format.js";
import { ownedGpusWords } from "../costs/owned-gpus.js";
import type { PerItem } from "../costs/volume.js";
import { describeLatencyTarget } from "../scoring/latency-target.js";
import { paramsForWeightsFileGb } from "../scoring/team-filters.js";
import { boundWorking, foreignBudgetBound } from "../scoring/budget.js";
import { assumedSplitWords } from "../scoring/job-split.js";
import {
  CRITERION_LABELS,
  DEPLOYMENT_LABELS,
  USE_CASE_LABELS,
  type CloudProvider,
  type Exclusions,
  type Requirements,
} from "../scoring/requirements.js";
import { displayNames, type DisplayNames } from "../catalog/display-names.js";
import { sayAllowed, sayExcludedLicences } from "../licensing/licence-kinds.js";

type Slot = keyof Requirements;
/** `names` says lab and model ids as the catalogue names them ("Meta", not "meta"). */
type Describe<K extends Slot> = (value: NonNullable<Requirements[K]>, names: DisplayNames) => string | null;
interface SlotLabel<K extends Slot> {
  name: string;
  describe: Describe<K>;
  /**
   * Understood and kept, but no part of the ranking: why, said beside it instead of under "Based
   * on". A function decides per value (null: this value is ranked on).
   */
  notRanked?: string | ((value: NonNullable<Requirements[K]>) => string | null);
  /** A stronger slot that says this one too: not said again while that one is set. */
  saidBy?: Slot;
}

/** A cloud account as its users write it ("your Azure account", not "AZURE"). */
const CLOUD_ACCOUNT: Record<CloudProvider, string> = { azure: "Azure", aws: "AWS", gcp: "GCP" };

function exclusions(x: Exclusions, names: DisplayNames): string | null {
  const parts = exclusionParts(x, names);
  return parts.length > 0 ? `excluding ${parts.join("; ")}` : null;
}

/** What the exclusions name, one phrase per kind ("models by Meta"). */
function exclusionParts(x: Exclusions, names: DisplayNames): string[] {
  const parts: string[] = [];
  if (x.countries?.length) parts.push(`models from ${x.countries.map(demonym).join(" or ")} labs`);
  // An allow-list is said as the rule it is: "excluding all but models from European labs (…)".
  if (x.originsOutside?.length) parts.push(`all but ${sayOrigins(x.originsOutside)}`);
  if (x.labs?.length) parts.push(`models by ${x.labs.map(names.lab).join(", ")}`);
  // A kind of licence ("no MAU cap") resolves to many ids: said as the kind, a few names, the rest counted.
  if (x.licenses?.length) {
    const said = sayExcludedLicences(x.licenses, names.catalog);
    parts.push(
      said.length > 4 ? `${said.slice(0, 3).join(", ")} and ${said.length - 3} more licences` : said.join(", "),
    );
  }
  if (x.models?.length) parts.push(x.models.map(names.model).join(", "));
  if (x.providers?.length)
    parts.push(`hosts on ${x.providers.map((p) => CLOUD_ACCOUNT[p as CloudProvider] ?? p).join(" or ")}`);
  parts.push(...hostRuleWords(x, names.catalog));
  return parts;
}

const CURRENCY_SIGNS = new Map<string, string>(CURRENCIES.map((c) => [c.code, c.sign]));

/** One entry per slot, in the order they are said back. */
export const SLOT_LABELS: { [K in Slot]: SlotLabel<K> } = {
  useCase: { name: "use case", describe: (v) => USE_CASE_LABELS[v] },
  dataSensitivity: { name: "data sensitivity", describe: (v) => `${v} data` },
  deployment: {
    name: "where it may run",
    describe: (v) => DEPLOYMENT_LABELS[v],
  },
  cloudProvider: { name: "cloud", describe: (v) => `through your ${CLOUD_ACCOUNT[v]} account` },
  fedrampLevel: {
    name: "FedRAMP level",
    describe: (v) => `the cloud service must be FedRAMP ${v[0]!.toUpperCase()}${v.slice(1)} authorised`,
  },
  usGovernmentCloud: {
    name: "government cloud",
    describe: (v) => (v ? "in a US government cloud (AWS GovCloud (US) or Azure Government)" : null),
  },
  openWeightsOnly: { name: "open weights", describe: (v) => (v ? "open-weights models only" : null) },
  exclude: { name: "exclusions", describe: exclusions },
  avoidIfPossible: {
    name: "rather avoided",
    describe: (v, names) => {
      const parts = exclusionParts(v, names);
      return parts.length > 0 ? `avoiding ${parts.join("; ")} where possible` : null;
    },
    notRanked: "a preference, not a rule: those models are kept",
  },
  originsAllowed: {
    name: "origins let in",
    describe: (v) => `models from ${v.map(demonym).join(" or ")} labs allowed`,
  },
  allowedLicenses: { name: "licences allowed", describe: (v) => `${sayAllowed(v)} licences only` },
  preferredLicenses: {
    name: "licences preferred",
    describe: (v) => `${sayAllowed(v)} licences preferred`,
    notRanked: "a preference, not a rule: other licences are kept",
    saidBy: "allowedLicenses",
  },
  volume: {
    name: "monthly volume",
    describe: (v) => {
      const total = v.inputTokensPerMonth + v.outputTokensPerMonth;
      // A count times tokens each is said back with its arithmetic, so a misread count shows; a
      // size that was assumed says so.
      const kinds = v.perItem ? [v.perItem] : (v.kinds ?? []).map((k) => k.item);
      // Kinds whose splits were said and assumed, mixed: the assumption is said with its own kind
      // ("8M reviews … × 150 tokens each, 3:1 input:output assumed"), not of the whole month.
      const mixed = kinds.some((k) => k.splitAssumed) && kinds.some((k) => !k.splitAssumed);
      // Cached input is part of the input, priced at the cache-read rate: said with it.
      const cachedPart =
        v.cachedInputTokensPerMonth > 0 ? `of which ${formatCount(v.cachedInputTokensPerMonth)} cached, ` : "";
      // A split assumed for the job is said as the job's (the costs bill it), never as the default 3:1.
      const split =
        v.splitAssumed && !mixed
          ? v.splitJob !== undefined
            ? ` (${assumedSplitWords(v)})`
            : " (3:1 input:output assumed)"
          : ` (${formatCount(v.inputTokensPerMonth)} in, ${cachedPart}${formatCount(v.outputTokensPerMonth)} out)`;
      // A side the team has since said is said back as stated, not as assumed.
      const size = (each: PerItem) =>
        each.documentSize && v.statedSide === "input"
          ? `(${formatCount(each.inputTokens)} in stated + ${formatCount(each.outputTokens)} out assumed)`
          : each.sizeAssumed
            ? each.sideStated === "input"
              ? `(${formatCount(each.inputTokens)} in stated + ${formatCount(each.outputTokens)} out assumed)`
              : each.sideStated === "output"
                ? `(${formatCount(each.inputTokens)} in assumed + ${formatCount(each.outputTokens)} out stated)`
                : `(${formatCount(each.inputTokens)} in + ${formatCount(each.outputTokens)} out assumed)`
            : `${formatCount(each.inputTokens + each.outputTokens)} tokens`;
      const working =
        kinds.length > 0
          ? ` = ${kinds.map((each) => `${each.countWords} × ${size(each)} each${mixed && each.splitAssumed ? ", 3:1 input:output assumed" : ""}${each.inputParts ? `, input ${each.inputParts}` : ""}`).join(" + ")}`
          : "";
      // Things counted with no size are said as left out, with the question that would count them.
      const unsized = v.unsized?.length
        ? `; not counted: ${v.unsized.join(", ")} (no size said: how many tokens is one?)`
        : "";
      const unit = v.unitNote ? `, ${v.unitNote}` : "";
      return `${formatCount(total)} tokens/month${working}${split}${unit}${unsized}`;
    },
  },
  oneOffVolume: {
    name: "one-off job",
    // Its count said back with the tokens each, so a job rescaled by a what-if shows its arithmetic.
    describe: (v) =>
      `one-off job of ${formatCount(v.inputTokensPerMonth + v.outputTokensPerMonth)} tokens${v.perItem ? ` = ${v.perItem.countWords} × ${formatCount(v.perItem.inputTokens + v.perItem.outputTokens)} tokens each` : ""}`,
    notRanked: "the ranking prices monthly volumes, and this runs once",
  },
  monthlyBudgetUsd: { name: "monthly budget", describe: (v) => `budget ${formatUsd(v)}/month` },
  noCashBudget: {
    name: "no cash budget",
    describe: (v) => (v ? "no cash budget: only what runs on hardware you own" : null),
  },
  budgetPerUnit: {
    name: "budget per thing",
    describe: (v) =>
      `= ${v.usd < 1 ? `${Math.round(v.usd * 100_000) / 1000}¢` : formatUsd(v.usd)} per ${v.thing} × ${formatCount(v.count)} ${v.noun} a month`,
  },
  statedBudget: {
    name: "budget in another currency",
    describe: (v) => {
      const bound = foreignBudgetBound(v);
      return `budget ${CURRENCY_SIGNS.get(v.currency)}${v.perMonth.toLocaleString("en-US")}/month (${bound ? `at most ${formatUsd(bound.usd)}` : "not applied"})`;
    },
    notRanked: (v) => (foreignBudgetBound(v) ? null : "prices are in US dollars"),
  },
  oneOffBudget: {
    name: "one-off budget",
    describe: (v) =>
      `one-off budget ${CURRENCY_SIGNS.get(v.currency)}${v.amount.toLocaleString("en-US")} (the whole job)`,
    notRanked: "a sum for the whole job, set against its cost once, not a monthly cap",
  },
  monthlyActiveUsers: {
    name: "monthly users",
    describe: (v) => `${formatCount(v)} monthly users`,
    saidBy: "dailyActiveUsers",
  },
  dailyActiveUsers: {
    name: "daily users",
    describe: (v) => `${formatCount(v)} daily users (a daily count: at least as many monthly users)`,
  },
  secondUseCase: {
    name: "second job",
    describe: (v) => `also asked for: ${USE_CASE_LABELS[v]}`,
    // One shortlist ranks one job: the other is offered, with the words that rank it.
    notRanked: (v) => `one shortlist ranks one job; say "what if it's ${USE_CASE_LABELS[v]}?" to rank for this one`,
  },
  teamSize: {
    name: "team size",
    describe: (v) => `team of ${formatCount(v)}`,
    notRanked: "who builds it, not who uses it",
  },
  organisationSize: {
    name: "organisation size",
    describe: (v) => `${formatCount(v)} employees`,
    notRanked: "the whole organisation's headcount, not the team that builds it",
  },
  organisationBase: {
    name: "whom the organisation serves",
    describe: (v) => `${formatCount(v.count)} ${v.noun}`,
    notRanked: "the organisation's, not counted as users of the tool",
  },
  fineTuning: { name: "fine-tuning", describe: (v) => (v ? "fine-tuning needed" : "no fine-tuning") },
  fineTuningWanted: {
    name: "fine-tuning",
    describe: (v) => (v ? "fine-tuning wanted, not required" : null),
    saidBy: "fineTuning",
  },
  trainOnOutputs: {
    name: "training on outputs",
    describe: (v) => (v ? "outputs train other models" : "outputs not used for training"),
  },
  mlOpsExperience: { name: "ML-ops experience", describe: (v) => `ML-ops experience: ${v}` },
  contextTokens: { name: "context", describe: (v) => `${formatCount(v)} tokens of context` },
  languages: { name: "languages", describe: (v) => (v.length ? `languages: ${v.map(languageName).join(", ")}` : null) },
  writtenIn: { name: "language written in", describe: (v) => `written in ${languageName(v)}`, saidBy: "languages" },
  // Work that waits is priced at batch-API rates (scoring/hosting.ts pricedAtBatchRates): said where it is read back.
  latency: {
    name: "latency",
    describe: (v) => (v === "interactive" ? "interactive latency" : "batch is fine (batch-API prices where offered)"),
  },
  latencyTarget: { name: "latency target", describe: (v) => describeLatencyTarget(v) },
  batchOk: { name: "batch APIs", describe: (v) => (v ? "batch APIs are fine" : "no batch APIs") },
  onDevice: { name: "on-device", describe: (v) => (v ? "runs on-device" : null) },
  imageInput: { name: "image input", describe: (v) => (v ? "the model reads images" : null) },
  device: { name: "device", describe: (v) => (v === "phone" ? "runs on phones" : "runs on laptops and desktops") },
  maxParamsB: { name: "size cap", describe: (v) => `at most ${formatCount(v)}B parameters` },
  deviceMemoryGb: {
    name: "device memory",
    describe: (v) => `${formatCount(v)} GB of device memory (4-bit weights in three quarters of what the model gets)`,
  },
  weightsFileGb: {
    name: "weights file cap",
    describe: (v) =>
      `at most ${formatCount(v)} GB added to the download (a 4-bit weights file of at most ${formatCount(paramsForWeightsFileGb(v))}B parameters)`,
  },
  redistributeWeights: {
    name: "redistribution",
    describe: (v) => (v ? "you ship the weights to customers" : "weights not redistributed"),
  },
  serveAsApi: { name: "serving as an API", describe: (v) => (v ? "you offer the model as an API" : null) },
  needsBaa: { name: "BAA", describe: (v) => (v ? "provider must sign a HIPAA BAA" : null) },
  noRetention: {
    name: "zero-retention",
    describe: (v) => (v ? "API host must not train on or keep your data" : null),
  },
  noTrainingOnData: {
    name: "no training on your data",
    describe: (v) => (v ? "API host must not train on your data" : null),
    saidBy: "noRetention",
  },
  euDataResidency: { name: "EU residency", describe: (v) => (v ? "data must stay in the EU" : null) },
  residencyElsewhere: {
    name: "data residency",
    describe: (v) => `data must stay in ${v}`,
    // A place whose country is known is checked host by host (src/scoring/residency.ts).
    notRanked: (v) =>
      countriesOfRule(v) === undefined
        ? "I hold no hosting regions for that place to check it against; ask each host"
        : null,
  },
  preferredPlace: {
    name: "preferred place",
    describe: (v) => `${v} preferred`,
    notRanked: "a preference, not a rule: hosts elsewhere are kept",
  },
  inEu: { name: "EU", describe: (v) => (v ? "EU-based team" : "not EU-based") },
  commercial: { name: "use", describe: (v) => (v ? "commercial use" : "non-commercial use") },
  nonprofit: {
    name: "organisation",
    describe: (v) => (v ? "a nonprofit organisation" : null),
    notRanked: "who you are, not how the model is used: a non-commercial licence restricts the use",
  },
  qualityFloor: { name: "quality bar", describe: (v) => `quality no worse than ${v.name}` },
  priorities: {
    name: "priorities",
    describe: (v) => (v.length ? `priorities: ${v.map((c) => CRITERION_LABELS[c]).join(", ")}` : null),
  },
  gpuHourlyUsd: { name: "GPU price", describe: (v) => `GPUs at ${formatUsd(v)}/hour` },
  ownedGpus: { name: "owned GPUs", describe: (v) => `you own ${ownedGpusWords(v.count, v.type, " ", v.perServer)}` },
  namedGpus: {
    name: "GPUs named",
    // Kept by gpu_key, said by the catalogue's name for the card ("NVIDIA H200 SXM").
    describe: (v, names) =>
      v.count === undefined
        ? `runs on rented ${names.gpu(v.type)} (as many as the sizing needs)`
        : `runs on ${v.count}× ${names.gpu(v.type)} (rented unless you say you own it)`,
  },
  hardwareToBuy: {
    name: "hardware to buy",
    describe: (v) =>
      `GPUs to buy, not rent${
        v.capex
          ? ` (capex ${CURRENCY_SIGNS.get(v.capex.currency) ?? ""}${v.capex.amount.toLocaleString("en-US")}${v.capex.currency === "USD" ? "" : ": said back, not applied, as there is no sourced exchange rate"})`
          : ""
      }`,
  },
  peakOccasion: {
    name: "busy occasion",
    describe: (v) =>
      `${/^[aeiou]/.test(v.words) ? "an" : "a"} ${v.words} at ${formatCount(v.dayFactor)}× an average day's traffic (capacity: the monthly volume stays an ordinary month's)`,
  },
  peakToAverage: {
    name: "peak load",
    describe: (v) => (v === 1 ? "flat load (no peaks)" : `peaks ${v}× the average (self-hosting is sized for them)`),
  },
  fieldOfUse: { name: "field of use", describe: (v) => `field of use: ${v}` },
  minorUsers: { name: "users under 18", describe: (v) => (v ? "users under 18" : null) },
  selfHosted: { name: "self-hosting", describe: (v) => (v ? "you run the weights yourselves (no API)" : null) },
  moderation: { name: "moderation", describe: (v) => (v ? "content moderation" : null) },
};

const ORDER = Object.keys(SLOT_LABELS) as Slot[];

function describeSlot<K extends Slot>(
  slot: K,
  value: Requirements[K],
  req: Partial<Requirements>,
  names: DisplayNames,
): string | null {
  if (value === undefined || value === null) return null;
  const by = SLOT_LABELS[slot].saidBy;
  if (by !== undefined && req[by]) return null;
  return (SLOT_LABELS[slot].describe as Describe<K>)(value as NonNullable<Requirements[K]>, names);
}

/**
 * Requirements in a few words each, in table order ("coding · under $500/month"). With the
 * catalogue, labs and models are said by name; every answer passes it.
 */
/** The slot whose rule `key` is a softer form of (a wish about fine-tuning is about the fine-tuning rule), else `key`. */
export function ruleSlotOf(key: Slot): Slot {
  return SLOT_LABELS[key]?.saidBy ?? key;
}

export function describeRequirements(req: Partial<Requirements>, catalog?: Catalog): string[] {
  const names = displayNames(catalog);
  return ORDER.flatMap((slot) => describeSlot(slot, req[slot], req, names) ?? []);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a ranking was based on, and what was understood but did not enter it (each with why):
 * "Based on" must list only what changed the ranking. With what the team stated (`stated`), a
 * value the ranking assumed is never said back as the team's: a slot the team left unsaid is
 * marked "(assumed)" ("priorities: quality (assumed)"), and one it stated is said as stated (what
 * was added to it is in the answer's "Assumed:" line).
 */
export function describeBasis(
  req: Partial<Requirements>,
  catalog?: Catalog,
  stated?: Partial<Requirements>,
): { used: string[]; unused: string[] } {
  const names = displayNames(catalog);
  const used: string[] = [];
  const unused: string[] = [];
  for (const slot of ORDER) {
    const assumed = stated !== undefined && !same(stated[slot], req[slot]);
    const said = assumed && stated[slot] !== undefined ? stated : req;
    const described = describeSlot(slot, said[slot], said, names);
    const text = described && assumed && stated[slot] === undefined ? `${described} (assumed)` : described;
    if (!text) continue;
    const why = notRankedWhy(slot, said[slot]);
    if (why) unused.push(`${text.replace(/ \(not applied\)$/, "")} (${why})`);
    else used.push(text);
  }
  return { used, unused };
}

function notRankedWhy<K extends Slot>(slot: K, value: Requirements[K]): string | null {
  const why = SLOT_LABELS[slot].notRanked;
  if (typeof why !== "function") return why ?? null;
  return value === undefined || value === null ? null : why(value);
}

export interface RequirementChanges {
  /** Slots newly stated, described ("Noted: …"). */
  added: string[];
  /** Slots whose value was replaced: "monthly volume: 50M → 5M tokens/month" ("Changed: …"). */
  changed: string[];
}

/** What a merge added and what it replaced, each said once. */
export function requirementChanges(before: Requirements, after: Requirements, catalog?: Catalog): RequirementChanges {
  const names = displayNames(catalog);
  const added: string[] = [];
  const changed: string[] = [];
  for (const slot of ORDER) {
    const [was, now] = [before[slot], after[slot]];
    if (now === undefined || same(was, now)) continue;
    const text = describeSlot(slot, now, after, names);
    if (!text) continue;
    const old = describeSlot(slot, was, before, names);
    if (old) changed.push(`${SLOT_LABELS[slot].name}: ${old} → ${text}`);
    else added.push(text);
  }
  return { added, changed };
}

/** "Noted: … ." and/or "Changed: … ." lines for a merge (none when nothing new was said). */
export function echoLines(before: Requirements, after: Requirements, catalog?: Catalog): string[] {
  const { added, changed } = requirementChanges(before, after, catalog);
  const lines: string[] = [];
  if (added.length > 0) lines.push(`Noted: ${added.join(" · ")}.`);
  if (changed.length > 0) lines.push(`Changed: ${changed.join(" · ")}.`);
  return lines;
}

/**
 * A budget stated in another currency than dollars is said back, not silently read as dollars:
 * prices here are in US dollars and no exchange rate is assumed. Where the currency has a rate on
 * record, the budget is applied at the most it can be worth (scoring/budget.ts), and this says how.
 */
export function foreignBudgetLines(text: string): string[] {
  const budget = parseBudget(text);
  // "20 000 kr a month" with no country named: a crown, but whose? Said, never dropped unsaid.
  const unsettled = budget ? undefined : amountInUnsettledSign(foldCase(text));
  if (unsettled)
    return [
      `Budget ${unsettled.said}: "kr" is the currency of several countries (${unsettled.mayBe.join(", ")}) and your message names none of them, so I have not applied it. Say which (e.g. "${unsettled.said.replace(/\s*kr\.?\s*/, " ").trim()} SEK a month") or give it in US dollars to use it.`,
    ];
  if (!budget || budget.currency === "USD") return [];
  const amount = `${CURRENCY_SIGNS.get(budget.currency) ?? ""}${budget.perMonth.toLocaleString("en-US")}`;
  const bound = foreignBudgetBound({ currency: budget.currency, perMonth: budget.perMonth });
  if (bound)
    return [
      `Budget ${amount} a month: prices here are in US dollars and I don't assume today's exchange rate, so I read it as at most ${formatUsd(bound.usd)} (${boundWorking(budget.currency, bound)}). Picks over that are over your budget at any of those rates and are ruled out; cost gaps are read against it. Say it in US dollars (e.g. "under $2,000 a month") for an exact budget.`,
    ];
  return [
    `Budget ${amount} a month: prices here are in US dollars and I hold no sourced exchange rate for ${budget.currency}, so I have not applied it. Say it in US dollars (e.g. "under $2,000 a month") to use it.`,
  ];
}
