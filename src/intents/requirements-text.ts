// Requirements for a recommendation, from free text. One sentence may fill several:
// "a cheap open-weights model for coding, 20M tokens a month, data must stay in the EU" ->
// useCase coding, priorities [cost], openWeightsOnly, volume, inEu.
import { governmentCloudIn } from "./government-cloud-text.js";
import { fedrampLevelIn } from "./fedramp-text.js";
import { needsImageInput } from "./image-input-text.js";
import type { Catalog } from "../catalog/catalog.js";
import { countriesOfRule } from "../catalog/places-elsewhere.js";
import { LANGUAGE_CODES, MIXED_LANGUAGE_CODES, NATIONALITY_FIRST, languageName } from "../catalog/languages.js";
import { foldCase } from "../catalog/normalize.js";
import type { Currency, Requirements, UseCase } from "../scoring/requirements.js";
import { QUANTITY, hasDigit, quantityValue, spellOutNumbers, cleanMessage } from "./numbers.js";
import { contextNamedIn, parseAssumptionEdits, parseContextTokens } from "./assumptions-text.js";
import { parseExclusions } from "./exclusions.js";
import { hostsOwnedOutsideIn } from "./host-exclusion-text.js";
import { spellGpu } from "../costs/selfhost-data.js";
import { peakToAverageIn } from "./fleet-text.js";
import { ownedGpusIn } from "./owned-gpus-text.js";
import { namedGpusIn } from "./named-gpus-text.js";
import { buysHardwareIn, CAPEX_WORDS } from "./hardware-purchase-text.js";
import { peakOfVolume } from "./request-rates.js";
import { handsOverWeights } from "./distribution-text.js";
import { allowedLicencesIn } from "./licence-classes.js";
import { firstWord, mayHold } from "./message-words.js";
import { gated } from "./reader-gates.js";
import { negatedScopes, withoutNegated } from "./negation.js";
import { isSoftExclusion } from "./hedges.js";
import { fineTuningWishIn } from "./fine-tune-plan.js";
import { opsCapacityIn } from "./ops-capacity.js";
import { timingIn } from "./latency-text.js";
import { placementIn, withoutDeviceOffline } from "./placement-text.js";
import { openWeightsIn } from "./open-weights-text.js";
import { prioritiesIn } from "./priorities-text.js";
import { qualityFloorIn } from "./quality-floor-text.js";
import { needsEuResidency, residencyElsewhere, residencyPreferredIn } from "./residency-text.js";
import { forbidsRetention, forbidsTraining } from "./retention-text.js";
import { HIPAA_WORDS, readSensitivity, sensitivityIn, type SensitivityReading } from "./sensitivity-text.js";
import { commercialUseIn, organisationBaseIn, parseTeamFacts } from "./team-facts.js";
import { teamSizesIn } from "./team-size.js";
import {
  deviceMemoryGbIn,
  paramsForMemoryGb,
  PHONE_MEMORY_MAX_GB,
  weightsFileCap,
  weightsFileCapGbIn,
} from "./device-memory.js";
import { moderationIn, secondJobIn, useCaseIn } from "./use-case-text.js";
import { countsItems, parseVolume } from "./volume.js";
import { atJobSplit } from "../scoring/job-split.js";
import { DEVICE_CAPS } from "../scoring/team-filters.js";
import { countAtAssumedSize } from "./assumed-request-size.js";
import { saysUnitBudget, unitBudgetIn } from "./unit-budget-text.js";
import { saysOneOffBudget, saysOneOffJob } from "./one-off-text.js";
import { signsOfTheTeamsCountry } from "./currency-of-country.js";
import { languageWrittenIn } from "./foreign-words.js";

export { languageName };

// "a German company", "Chinese labs", "a German car manufacturer", "a Japanese auto parts
// supplier": a country, not a language. Up to two words may say what kind of business it is,
// but not a joining word or another language ("German and English company docs" names both).
// A public body (a French hospital, a Spanish broadcaster, a city council) works in its country's
// language, so it is not on this list: its nationality still names the language.
// Built once, not per message.
const ORGANISATION = String.raw`(?:manufacturers?|carmakers?|automakers?|makers?|suppliers?|subcontractors?|retailers?|insurers?|telcos?|operators?|corporations?|conglomerates?|enterprises?|businesses|business|utilit(?:y|ies)|airlines?|companies|company|startups?|banks?|firms?)`;
const DESCRIBING_WORD = String.raw`(?!(?:and|or|to|into|in|for|with|by|from|${Object.keys(LANGUAGE_CODES).join("|")})\b)[a-z][a-z-]*`;
const LANGUAGE_WORDS = Object.entries(LANGUAGE_CODES).map(([name, code]) => ({
  code,
  // Its pattern starts with the name: a message without the name's first word is not read for it.
  first: firstWord(name),
  word: NATIONALITY_FIRST.has(name)
    ? languageMeant(name)
    : new RegExp(
        String.raw`\b${name}\b(?!\s*(-|\s)?\s*(company|startup|team|bank|firm|labs?|models?|origin|based|vendors?|providers?|companies|government|law|customers? data|made|developed|llms?|ones|ai\b))(?!\s+(?:${DESCRIBING_WORD}\s+){0,2}${ORGANISATION}\b)`,
      ),
}));

/** `name` where a language is plainly meant: "in Irish", "speaks Welsh", "Irish and English", "Irish (Gaeilge)". */
function languageMeant(name: string): RegExp {
  const other = String.raw`(?:${Object.keys(LANGUAGE_CODES).join("|")})`;
  return new RegExp(
    String.raw`\b(?:in|into|speaks?|speaking|at|from|to) ${name}\b|\b${other}(?:,| and| or| &| \+|\/) ${name}\b|\b${name}(?: language| speakers?| text|[- ]speaking| translations?| \(|,? and ${other}|,? or ${other}| ?\/ ?${other}| ?& ?${other}| ?\+ ?${other})\b`,
  );
}

/** The code of the language a message is written in ("tr" for Turkish), when not English and the tables hold it. */
export function writtenInCode(text: string): string | undefined {
  const name = languageWrittenIn(text);
  return name === undefined ? undefined : LANGUAGE_CODES[name.toLowerCase()];
}

/** The languages a (folded, lower-case) text names, by word or code, in the order of the table. */
const NATION_OWNS = /\b[a-z]+(?:-(?:owned|based|headquartered)| (?:owned|headquartered))\b/g;

// "Hinglish", "Taglish": one word for two languages, each read (patterns made once, at load).
const MIXED_LANGUAGE_WORDS = Object.entries(MIXED_LANGUAGE_CODES).map(([name, codes]) => ({
  word: new RegExp(String.raw`\b${name}\b`),
  codes,
}));

export function languagesNamedIn(text: string): string[] {
  const languages: string[] = [];
  // "30k Thai baht", "Korean won": a currency named by its country's word, no language.
  const money = CURRENCY_NAMED_BY_NATION.test(text) ? text.replace(CURRENCY_NAMED_BY_NATION_ALL, " ") : text;
  // "Turkish-owned providers", "German-based hosts": the nation owns a company, it names no language.
  const t = money.replace(NATION_OWNS, " ");
  for (const { code, first, word } of LANGUAGE_WORDS)
    if (mayHold(t, first) && word.test(t) && !languages.includes(code)) languages.push(code);
  for (const code of languageCodes(t)) if (!languages.includes(code)) languages.push(code);
  for (const { word, codes } of MIXED_LANGUAGE_WORDS)
    if (word.test(t)) for (const code of codes) if (!languages.includes(code)) languages.push(code);
  return languages;
}

/** ISO 639-1 codes people type for languages ("EN→DE/FR", "(ar, fa, ur)", "en ↔ vi"). */
const LANGUAGE_ISO = new Set(Object.values(LANGUAGE_CODES));
// Two or more codes joined by arrows, slashes, commas or "and"/"to": a list of languages, not words.
const CODE_LIST =
  /(?<![\p{L}\d])([a-z]{2})((?:\s*(?:→|->|↔|<->|<>|\/|,|&|\+|-|\band\b|\bto\b|\bor\b)\s*[a-z]{2}(?![\p{L}\d]))+)/gu;

const CODE_LIKE_WORD =
  /^(it|no|to|in|on|or|an|as|at|be|he|is|id|my|me|so|we|do|go|us|am|hi|ta|et|la|el|ca|ko|mr|ms|km|mi|mg|ml|mt|ha|yo|si|pa|ne|az|ln|om|ka)$/;

function languageCodes(t: string): string[] {
  const out: string[] = [];
  for (const m of t.matchAll(CODE_LIST)) {
    // The joining words ("en to de and fr") are not codes themselves.
    const codes = [m[1] ?? "", ...(m[2] ?? "").replace(/\b(?:and|to|or)\b/g, " ").split(/[^a-z]+/)].filter(
      (c) => c.length === 2,
    );
    // Every item must be a language code, and at least one must not be an English word, a title
    // or a unit ("Mr/Ms", "km/mi", "mg/ml", "ha ha", "yo").
    if (!codes.every((c) => LANGUAGE_ISO.has(c))) continue;
    if (codes.every((c) => CODE_LIKE_WORD.test(c))) continue;
    for (const c of codes) if (!out.includes(c)) out.push(c);
  }
  return out;
}

const NON_COMMERCIAL_USE = /\b(non-?commercial|research[- ]only)\b/;

/** The forms of a message the slot readers take. */
function readings(text: string, catalog?: Catalog) {
  const raw = cleanMessage(text);
  const t = spellOutNumbers(foldCase(codesInCapitals(raw)));
  const scopes = negatedScopes(t, catalog);
  // Inclusion slots read the text with negated phrases blanked; slots whose own patterns carry
  // their negation ("no ops staff", "no fine-tuning") read `t`.
  return { raw, t, scopes, pos: withoutNegated(t, scopes) };
}

/** The data sensitivity a message states, and whether it names the level or only a kind of data. */
export function sensitivityReadingOf(text: string, catalog?: Catalog): SensitivityReading | undefined {
  const { t, pos } = readings(text, catalog);
  return readSensitivity(pos, t);
}

/** Who the team is ("a studio with 45 developers") says nothing about what the model will do. */
function jobTextOf(pos: string, teams: ReturnType<typeof teamSizesIn>): string {
  return teams.length > 0 ? blank(pos, teams) : pos;
}

/**
 * The job a message names, read as parseRequirements reads it, without the other slots: a cost
 * question splits its total by the job and needs nothing else of the requirements.
 */
export function jobNamedIn(text: string, catalog?: Catalog): UseCase | undefined {
  const { t, pos } = readings(text, catalog);
  return useCaseIn(jobTextOf(pos, teamSizesIn(t)));
}

export function parseRequirements(text: string, catalog?: Catalog): Partial<Requirements> {
  const { raw, t, scopes, pos } = readings(text, catalog);
  const req: Partial<Requirements> = {};

  const teams = teamSizesIn(t);
  const jobText = jobTextOf(pos, teams);
  const useCase = useCaseIn(jobText);
  if (useCase !== undefined) req.useCase = useCase;
  if (useCase === "extraction" && moderationIn(jobText)) req.moderation = true;
  const second = useCase !== undefined ? secondJobIn(jobText) : undefined;
  if (second !== undefined) req.secondUseCase = second;

  const sensitivity = sensitivityIn(pos, t);
  if (sensitivity !== undefined) req.dataSensitivity = sensitivity;

  const placement = placementIn(pos, t);
  Object.assign(req, placement);
  const place = withoutDeviceOffline(pos, placement);

  const provider = /\b(azure|aws|amazon web services|bedrock|gcp|google cloud|vertex( ai)?)\b/.exec(pos);
  if (provider?.[1] !== undefined)
    req.cloudProvider = /azure/.test(provider[1]) ? "azure" : /aws|amazon|bedrock/.test(provider[1]) ? "aws" : "gcp";
  // "must be FedRAMP Moderate authorized": the level every host must hold.
  const fedramp = fedrampLevelIn(pos);
  if (fedramp !== undefined) req.fedrampLevel = fedramp;
  // FedRAMP High is for data whose loss would be severe (as sensitivity-text.ts reads "fedramp high").
  if (fedramp === "high" && req.dataSensitivity === undefined) req.dataSensitivity = "regulated";
  // A government cloud names its cloud and binds the team to it, whichever other cloud is named.
  const governmentCloud = governmentCloudIn(pos);
  if (governmentCloud !== undefined) {
    req.usGovernmentCloud = true;
    req.cloudProvider = governmentCloud;
    req.deployment ??= "own-cloud";
  }

  // A vendor that handles HIPAA data (PHI) must sign a BAA; on premises or on a device no vendor sees it.
  const vendorSees = req.deployment !== "on-prem" && !req.onDevice;
  if (/\b(baa|business associate agreement)\b/.test(pos) || (vendorSees && HIPAA_WORDS.test(pos))) req.needsBaa = true;

  if (needsEuResidency(t)) req.euDataResidency = true;
  // Beside an EU rule, a rule that lets the data be anywhere in the EU and more ("no processing
  // outside the EEA") adds nothing: the narrower rule is the one to meet.
  const elsewhere = residencyElsewhere(t);
  if (elsewhere !== undefined && !(req.euDataResidency && countriesOfRule(elsewhere)?.includes("EU")))
    req.residencyElsewhere = elsewhere;
  const preferredPlace = residencyPreferredIn(t);
  if (preferredPlace !== undefined && !req.euDataResidency && elsewhere === undefined)
    req.preferredPlace = preferredPlace;
  if (forbidsRetention(t)) req.noRetention = true;
  if (forbidsTraining(t)) req.noTrainingOnData = true;

  // A job run once is no monthly volume ("we have 2M documents to summarise once").
  const volume = parseVolume(raw);
  // A total over a project is one-off only with no rate of its own ("20M tokens a month over the
  // project" is monthly): the volume reader decides that; job words make any volume the job's.
  // A total said without its split is split as the job named beside it reads and writes.
  const jobVolume = atJobSplit(volume ?? undefined, useCase);
  if (jobVolume && (jobVolume.oneOff || saysOneOffJob(t))) req.oneOffVolume = jobVolume;
  else if (jobVolume) req.volume = jobVolume;

  // A budget in euros or pounds is kept as said, never read as dollars (slot-labels.ts says why).
  // One per thing ("at most 0.3 cents per ticket") is monthly only through the things counted a month.
  const unit = unitBudgetIn(t, volume);
  const budget = saysUnitBudget(t) ? undefined : parseBudget(t);
  if (unit) {
    req.monthlyBudgetUsd = unit.perMonth;
    req.budgetPerUnit = { usd: unit.perThingUsd, thing: unit.thing, count: unit.count, noun: unit.noun };
  } else if (budget?.currency === "USD") req.monthlyBudgetUsd = budget.perMonth;
  else if (budget) req.statedBudget = { currency: budget.currency, perMonth: budget.perMonth };
  const oneOffBudget = parseOneOffBudget(t);
  if (oneOffBudget) req.oneOffBudget = oneOffBudget;
  // "literally no budget ($0)": no money at all, never a $0 cap (which would rule out every pick).
  if (NO_CASH_BUDGET.test(t)) {
    req.noCashBudget = true;
    if (req.monthlyBudgetUsd === 0) delete req.monthlyBudgetUsd;
    if (req.statedBudget?.perMonth === 0) delete req.statedBudget;
  }

  const written = writtenInCode(text);
  if (written !== undefined) req.writtenIn = written;

  const facts = parseTeamFacts(raw);
  if (facts.monthlyActiveUsers !== undefined) req.monthlyActiveUsers = facts.monthlyActiveUsers;
  if (facts.dailyActiveUsers !== undefined) req.dailyActiveUsers = facts.dailyActiveUsers;
  // Who builds it is the first size that is not the whole organisation's headcount.
  const builders = teams.find((size) => !size.organisation);
  if (builders) req.teamSize = builders.value;
  const headcount = teams.find((size) => size.organisation);
  if (headcount) req.organisationSize = headcount.value;
  const base = organisationBaseIn(raw);
  if (base) req.organisationBase = base;
  // A wish to fine-tune ("would be nice", "we might later") is weighed, never a rule (fine-tune-plan.ts).
  if (facts.fineTune !== undefined && fineTuningWishIn(t) !== undefined) req.fineTuningWanted = true;
  else if (facts.fineTune !== undefined) req.fineTuning = facts.fineTune;
  if (facts.trainOnOutputs !== undefined) req.trainOnOutputs = facts.trainOnOutputs;
  // "nothing non-commercial" rules a licence class out; it says nothing about the team's own use.
  const ruledOut = facts.commercial === false && !NON_COMMERCIAL_USE.test(pos) && NON_COMMERCIAL_USE.test(t);
  // The recommendation assumes commercial use already; it records only a use said outright, not
  // the business use a licence reads (team-facts.ts).
  const commercial = commercialUseIn(ruledOut ? pos : t);
  if (commercial !== undefined) req.commercial = commercial;
  if (facts.serveAsApi === true) req.serveAsApi = true;
  if (facts.inEu !== undefined) req.inEu = facts.inEu;

  // "300k tokens per request" is the size of one request, unless a count of requests or people
  // makes it part of the volume ("2,000 requests a day of 1,500 tokens", "250 reps, 400k each").
  const context = parseContextTokens(t, volume === null || !countsItems(raw));
  if (context !== undefined) req.contextTokens = context;
  // "maybe 30 queries a day across the whole team", "(RAG, ~3k tokens context) … ~200,000 queries
  // a month": a rate of questions with no size is priced at an assumed size, said back as assumed
  // (assumed-request-size.ts); documents and other things of any size are not.
  if (!volume) {
    // In a retrieval job a document's length ("some manuals are 300 pages") is no question's input:
    // each question sends the passages it finds, at a question's assumed size.
    const sent = useCase === "rag" && !contextNamedIn(t) ? undefined : context;
    const assumed = countAtAssumedSize(raw, sent, true, context !== undefined);
    if (assumed?.volume) req.volume = assumed.volume;
  }

  const languages = languagesNamedIn(pos);
  // "multilingual (ar, fa, ur)": the languages named are the need.
  if (/\b(multilingual|many languages|several languages|multiple languages)\b/.test(pos) && languages.length === 0)
    languages.push("multilingual");
  if (languages.length > 0) req.languages = languages;

  const ops = opsCapacityIn(t);
  if (ops !== undefined) req.mlOpsExperience = ops;

  Object.assign(req, timingIn(place, pos, t));
  // Work done once waits for no one: a batch, unless the message says otherwise.
  if (saysOneOffJob(t) && req.latency === undefined) req.latency = "batch";

  const open = openWeightsIn(pos, t);
  if (open !== undefined) req.openWeightsOnly = open;

  const maxParams = parseMaxParams(t);
  if (maxParams !== undefined) req.maxParamsB = maxParams;
  // On a device, its memory caps the size: "players' gaming PCs (6GB VRAM)".
  const memory = req.onDevice && maxParams === undefined ? deviceMemoryGbIn(t) : undefined;
  // "rugged tablets / edge boxes with an NVIDIA Jetson AGX Orin 64GB": a tablet named beside a
  // board with more memory than a phone has is no phone app.
  if (memory !== undefined && req.device === "phone" && memory > PHONE_MEMORY_MAX_GB) delete req.device;
  if (memory !== undefined)
    Object.assign(req, { deviceMemoryGb: memory, maxParamsB: paramsForMemoryGb(memory, req.device) });
  // "The model can add at most 3 GB to the download": the weights file, beside the memory.
  const file = req.onDevice && maxParams === undefined ? weightsFileCapGbIn(t) : undefined;
  // A phone app keeps its own cap when no memory was said (a big download lifts no phone's chip).
  const deviceCap = req.device === "phone" ? DEVICE_CAPS.phone.maxB : undefined;
  if (file !== undefined) Object.assign(req, weightsFileCap(file, req.maxParamsB ?? deviceCap));

  if (handsOverWeights(t)) req.redistributeWeights = true;
  if (needsImageInput(pos)) req.imageInput = true;

  const edits = parseAssumptionEdits(raw);
  if (edits.gpuHourlyUsd !== undefined) req.gpuHourlyUsd = edits.gpuHourlyUsd;
  const peak = peakToAverageIn(t) ?? peakOfVolume(t, req.volume);
  if (peak !== undefined) req.peakToAverage = peak;
  const owned = ownedGpusIn(t);
  // Said back as the catalogue spells the chip ("you own 4 H100"), not as typed.
  if (owned) req.ownedGpus = catalog ? { ...owned, type: spellGpu(catalog.selfhost, owned.type) } : owned;
  // "on a single A100 80GB" with nothing saying the card is theirs: the hardware it runs on, rented.
  const named = owned ? undefined : namedGpusIn(pos);
  if (named) req.namedGpus = named;
  if (buysHardwareIn(t)) {
    const capex = hardwareCapexIn(t);
    req.hardwareToBuy = capex ? { capex } : {};
  }

  const floor = catalog ? qualityFloorIn(t, catalog) : undefined;
  if (floor) req.qualityFloor = floor;

  // A scope said as a wish ("we'd rather avoid Meta", "no US models if possible") is a preference:
  // its words are no inclusion either (`pos` blanks every scope), but they rule nothing out.
  const soft = scopes.filter((s) => isSoftExclusion(t, s.start, s.end));
  const exclude = parseExclusions(
    t,
    scopes.filter((s) => !soft.includes(s)),
    catalog,
  );
  const avoid = soft.length > 0 ? parseExclusions(t, soft, catalog) : {};
  if (Object.keys(avoid).length > 0) req.avoidIfPossible = avoid;
  // "no foreign providers": hosts owned outside the country named, or the one the data stays in.
  const homes = hostsOwnedOutsideIn(t, elsewhere);
  if (homes.length > 0) exclude.hostsOwnedOutside = homes;
  if (Object.keys(exclude).length > 0) req.exclude = exclude;
  const { allowed, preferred } = allowedLicencesIn(t);
  if (allowed) req.allowedLicenses = allowed;
  if (preferred) req.preferredLicenses = preferred;

  const priorities = prioritiesIn(pos, t);
  if (priorities.length > 0) req.priorities = priorities;
  return req;
}

/** `text` with the spans blanked (same length, so positions still agree). */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

/** "at most 8B", "under 10B params", "no bigger than 13B", "8B or smaller", "<= 7b". */
// Each pattern reads a size in digits.
export const parseMaxParams = gated("max params", hasDigit, maxParamsIn, () => undefined);

function maxParamsIn(t: string): number | undefined {
  const m =
    /(?:\b(?:at most|max(?:imum)?|under|below|up to|no (?:bigger|larger|more) than|not (?:bigger|larger|more) than|smaller than|less than|fits? in|limit(?:ed)?(?:\s+(?:it|that|them|this|the (?:size|models?|params|parameters)))?\s+to|cap(?:ped)?(?:\s+(?:it|that|them|this|the (?:size|models?|params|parameters)))?\s+at|nothing (?:over|above|bigger than|larger than|more than))|<=?|≤)\s*~?\s*(\d+(?:\.\d+)?)\s*b\b(?:\s*(?:params|parameters))?/.exec(
      t,
    ) ??
    // "1-3B params", "7 to 13b parameters": the upper end is the cap.
    /\b\d+(?:\.\d+)?\s*b?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*b\s*(?:params|parameters)\b/.exec(t) ??
    /\b(\d+(?:\.\d+)?)\s*b\s*(?:params |parameters )?(?:or (?:smaller|less|under|below)|max(?:imum)?|at most|tops)\b/.exec(
      t,
    ) ??
    /\b(?:at most|max(?:imum)?|under|below|up to|no (?:bigger|larger|more) than|smaller than|less than)\s*(\d+(?:\.\d+)?)\s*(?:billion|bn)\s*(?:params|parameters)\b/.exec(
      t,
    );
  if (m?.[1] === undefined) return undefined;
  const n = Number(m[1]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * "no budget", "no fixed budget", "budget isn't a concern": no limit on spend. It states no amount
 * and asks no cost: a team's answer about money, never a question of what something costs.
 */
export const NO_BUDGET_LIMIT =
  /\b(?:no (?:fixed |set |hard |real )?budget(?: limit| cap)?|unlimited budget|budget (?:is|isn'?t) (?:not )?(?:a concern|an issue|a constraint|a problem|no object)|money (?:is|isn'?t) (?:no object|an issue|a concern))\b/;

/**
 * No money to spend at all: "we have literally no budget ($0)", "zero budget", "no money for
 * APIs", "no budget for API fees, only electricity", "our budget is $0", "we can't spend any
 * money". Not NO_BUDGET_LIMIT's "no budget cap" / "no fixed budget" (no limit on spend, the
 * opposite), nor a bare "no budget", which says either and is left to those words.
 */
export const NO_CASH_BUDGET = new RegExp(
  [
    String.raw`\b(?:literally|absolutely|really|basically|practically|truly|simply) (?:no|zero) (?:budget|money|funds|funding)\b`,
    // "zero" is a digit by now (spellOutNumbers).
    String.raw`\b(?:zero|nil|0) (?:budget|money|funds|funding|dollars)\b`,
    // "no money for servers" (so an API, or the users' own laptops) is no money for one thing only.
    String.raw`\bno (?:money|funds|funding|cash)\b(?! (?:is|was) (?:no|not an?) )(?! for (?:(?:new|our own|own|extra|more|any) )?(?:servers?|hardware|gpus?|infra\w*|machines?|compute)\b)`,
    String.raw`\bno budget (?:at all|whatsoever|to speak of|for (?:any|paid|api|apis|the api|api fees|api costs|tokens|subscriptions?)\b)`,
    String.raw`\bbudget (?:is |of |= ?)?(?:\$|usd |us\$)\s?0(?![\d.,]*\d)(?! ?k\b)`,
    String.raw`\(\s?\$\s?0\s?\)`,
    String.raw`(?:^|[\s(])\$\s?0 (?:budget|a month|per month|\/ ?mo(?:nth)?)\b`,
    String.raw`\bonly (?:pay (?:for )?)?(?:the )?(?:electricity|power bill)\b`,
    String.raw`\b(?:can'?t|cannot|can not|won'?t be able to) (?:spend|pay) (?:any(?:thing)?|a (?:dime|cent|penny))\b`,
  ].join("|"),
);

/** A budget as stated: its currency is kept, since prices here are in US dollars. */
export interface StatedBudget {
  currency: Currency;
  /** The amount converted to a month (a day is 1/30 of a month, a year 12 months), in `currency`. */
  perMonth: number;
}

/** A currency word as a pattern that matches it as written ("rs." ends in a point, "us$" in a sign). */
const literal = (word: string): string => word.replace(/[.$]/g, "\\$&");

/**
 * Currencies a budget is said in, with the words written before and after the amount. Only USD
 * is applied (prices here are in US dollars); the rest are kept and said back, so "¥150,000" or
 * "150000 yen" is never read as $150,000 nor dropped. "¥" alone is read as yen: the renminbi
 * shares the sign, and a team that means it says "yuan" or "rmb".
 */
export const CURRENCIES = [
  { code: "USD", sign: "$", before: ["$", "usd", "us$"], after: ["dollars", "dollar", "usd", "bucks", "$"] },
  { code: "EUR", sign: "€", before: ["€", "eur"], after: ["euros", "euro", "eur", "€"] },
  { code: "GBP", sign: "£", before: ["£", "gbp"], after: ["pounds", "gbp", "£"] },
  { code: "JPY", sign: "¥", before: ["¥", "jpy"], after: ["yen", "jpy", "¥", "円"] },
  { code: "CNY", sign: "CNY ", before: ["rmb", "cny"], after: ["yuan", "rmb", "cny", "元"] },
  // "Rs" and "Rs." are how Indians write the rupee ("Rs 35 lakh"). Pakistan, Sri Lanka and Nepal
  // write it too, as China shares "¥" with Japan: read as the Indian rupee, said back as ₹, and a
  // team that means its own says PKR, LKR or NPR (codes not in this table, so never dollars).
  {
    code: "INR",
    sign: "₹",
    before: ["₹", "inr", "rs", "rs."],
    after: ["rupees", "rupee", "indian rupees", "inr", "₹"],
  },
  // A team in Pakistan, Sri Lanka or Nepal that writes "Rs" means its own rupee
  // (currency-of-country.ts): no rate for these is on file, so said back and not applied.
  { code: "PKR", sign: "PKR ", before: ["pkr"], after: ["pkr", "pakistani rupees"] },
  { code: "LKR", sign: "LKR ", before: ["lkr"], after: ["lkr", "sri lankan rupees"] },
  { code: "NPR", sign: "NPR ", before: ["npr"], after: ["npr", "nepalese rupees", "nepali rupees"] },
  // The Swiss write "Fr. 8'000" or "SFr. 8'000" as often as "CHF 8'000"; "francs" alone is left
  // out (West and Central Africa write the CFA franc).
  { code: "CHF", sign: "CHF ", before: ["chf", "fr.", "sfr.", "sfr"], after: ["chf", "swiss francs"] },
  // The Nordic crowns: "kr" alone is the crown of the country the message names
  // (currency-of-country.ts), else none of them.
  { code: "NOK", sign: "NOK ", before: ["nok"], after: ["nok", "norwegian kroner"] },
  { code: "SEK", sign: "SEK ", before: ["sek"], after: ["sek", "swedish kronor"] },
  { code: "DKK", sign: "DKK ", before: ["dkk"], after: ["dkk", "danish kroner"] },
  // Other dollars are not US dollars: "Budget AUD 20k a month" is about US$13k, never $20,000.
  { code: "AUD", sign: "A$", before: ["a$", "au$", "aud"], after: ["aud", "australian dollars", "aussie dollars"] },
  { code: "CAD", sign: "C$", before: ["c$", "ca$", "cad"], after: ["cad", "canadian dollars"] },
  { code: "NZD", sign: "NZ$", before: ["nz$", "nzd"], after: ["nzd", "new zealand dollars"] },
  { code: "SGD", sign: "S$", before: ["s$", "sgd"], after: ["sgd", "singapore dollars"] },
  { code: "HKD", sign: "HK$", before: ["hk$", "hkd"], after: ["hkd", "hong kong dollars"] },
  { code: "TWD", sign: "NT$", before: ["nt$", "twd"], after: ["twd", "taiwan dollars", "new taiwan dollars"] },
  { code: "KRW", sign: "₩", before: ["₩", "krw"], after: ["krw", "won", "korean won", "₩"] },
  { code: "NGN", sign: "₦", before: ["₦", "ngn"], after: ["ngn", "naira"] },
  // "TL" is how Turks write the lira; "try" is an English word: see codesInCapitals.
  { code: "TRY", sign: "₺", before: ["₺"], after: ["tl", "turkish lira", "lira", "₺"] },
  { code: "MXN", sign: "MX$", before: ["mx$", "mxn"], after: ["mxn", "mexican pesos", "pesos mexicanos"] },
  { code: "BRL", sign: "R$", before: ["r$", "brl"], after: ["brl", "reais", "reals"] },
  { code: "ZAR", sign: "ZAR ", before: ["zar"], after: ["zar", "rand"] },
  { code: "KES", sign: "KSh ", before: ["ksh", "kes"], after: ["kes", "ksh", "kenyan shillings"] },
  { code: "EGP", sign: "EGP ", before: ["egp", "e£"], after: ["egp", "egyptian pounds"] },
  { code: "IDR", sign: "Rp ", before: ["rp", "idr"], after: ["idr", "rupiah"] },
  { code: "THB", sign: "฿", before: ["฿", "thb"], after: ["thb", "thai baht", "baht", "฿"] },
  { code: "VND", sign: "₫", before: ["₫", "vnd"], after: ["vnd", "dong", "₫"] },
  { code: "PLN", sign: "PLN ", before: ["pln"], after: ["pln", "zł", "zloty", "złoty"] },
  { code: "ILS", sign: "₪", before: ["₪", "ils", "nis"], after: ["ils", "nis", "shekels", "₪"] },
  // "dirhams" alone is the UAE's unless the message names Morocco (currency-of-country.ts); Moroccans
  // write their dirham "5 000 DH". "mad" is an English word: "MAD" is read in capitals (codesInCapitals).
  { code: "AED", sign: "AED ", before: ["aed"], after: ["aed", "dirhams", "dirham"] },
  { code: "MAD", sign: "MAD ", before: ["dh"], after: ["mad", "moroccan dirhams", "moroccan dirham", "dh", "dhs"] },
  { code: "SAR", sign: "SAR ", before: ["sar"], after: ["sar", "riyals"] },
  { code: "RUB", sign: "₽", before: ["₽", "rub"], after: ["rub", "rubles", "roubles", "₽"] },
  // The Kazakh tenge: the ECB publishes no rate for it, so said back and not applied, never dollars.
  { code: "KZT", sign: "₸", before: ["₸", "kzt"], after: ["kzt", "tenge", "₸"] },
  // "PHP" is also a programming language ("our PHP 8 app"): see CODES_ALSO_WORDS. "pesos" alone is
  // left out (Mexico, Colombia, Chile and Argentina write it too).
  { code: "PHP", sign: "₱", before: ["₱", "php"], after: ["php", "philippine pesos", "₱"] },
  // The ECB publishes no Colombian peso rate, so a COP budget is said back and not applied.
  { code: "COP", sign: "COP ", before: ["cop", "col$"], after: ["cop", "colombian pesos", "pesos colombianos"] },
  // Neither do these, nor the naira and the dong above: said back and not applied, never dollars.
  // "Shillings" alone is left out (Kenya, Tanzania and Uganda all write it).
  { code: "TZS", sign: "TSh ", before: ["tsh", "tzs"], after: ["tzs", "tsh", "tanzanian shillings"] },
  { code: "UGX", sign: "USh ", before: ["ush", "ugx"], after: ["ugx", "ugandan shillings"] },
  // Peru writes its sol "S/ 150" (formerly "S/."); "pen" is an English word: see codesInCapitals.
  { code: "PEN", sign: "S/ ", before: ["s/", "s/."], after: ["soles", "peruvian soles", "nuevos soles"] },
  { code: "CLP", sign: "CLP ", before: ["clp"], after: ["clp", "chilean pesos", "pesos chilenos"] },
  { code: "ARS", sign: "ARS ", before: ["ars"], after: ["ars", "argentine pesos", "pesos argentinos"] },
  // Bangladeshis write the taka "Tk 150,000" as often as "৳".
  { code: "BDT", sign: "৳", before: ["৳", "bdt", "tk"], after: ["bdt", "taka", "৳"] },
  { code: "GHS", sign: "GH₵", before: ["gh₵", "₵", "ghs"], after: ["ghs", "cedis", "cedi", "ghana cedis"] },
] as const satisfies readonly { code: Currency; sign: string; before: readonly string[]; after: readonly string[] }[];

// A currency's name that starts with a language's word ("thai baht", "norwegian kroner").
const NATION_CURRENCY_NAMES = CURRENCIES.flatMap((c) => c.after as readonly string[]).filter((w) =>
  Object.hasOwn(LANGUAGE_CODES, w.split(" ")[0] ?? ""),
);
const CURRENCY_NAMED_BY_NATION = new RegExp(String.raw`\b(?:${NATION_CURRENCY_NAMES.join("|")})\b`);
const CURRENCY_NAMED_BY_NATION_ALL = new RegExp(CURRENCY_NAMED_BY_NATION.source, "g");

// Codes that are English words in lower case ("try", "pen") are none of their currency's words:
// written in capitals next to an amount ("Budget TRY 2,500,000", "150 PEN a month") they are the
// currency, so they become its own sign or word before the text is folded.
const CODES_ONLY_IN_CAPITALS = CURRENCIES.filter(
  (c) => !(c.before as readonly string[]).includes(c.code.toLowerCase()),
);
const CAPITAL_CODE_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z])(${CODES_ONLY_IN_CAPITALS.map((c) => c.code).join("|")})(?=\s*\d)`,
  "g",
);
const CAPITAL_CODE_AFTER = new RegExp(
  String.raw`(?<=\d\s*(?:[kKmM]|mn|bn|thousand|million|billion|lakh|crore)?\s*)(${CODES_ONLY_IN_CAPITALS.map((c) => c.code).join("|")})(?![A-Za-z])`,
  "g",
);
const BEFORE_OF_CODE = new Map<string, string>(CODES_ONLY_IN_CAPITALS.map((c) => [c.code, c.before[0]]));
const AFTER_OF_CODE = new Map<string, string>(CODES_ONLY_IN_CAPITALS.map((c) => [c.code, c.after[0]]));

/** `text` (not yet folded) with each capitals-only currency code next to an amount put as its currency's word. */
export function codesInCapitals(text: string): string {
  if (!/[A-Z]{3}/.test(text)) return text;
  return text
    .replace(CAPITAL_CODE_BEFORE, (code: string) => BEFORE_OF_CODE.get(code) ?? code)
    .replace(CAPITAL_CODE_AFTER, (code: string) => AFTER_OF_CODE.get(code) ?? code);
}

/**
 * The currency a message names for a budget without restating the amount: "sorry, the budget is
 * in euros", "that was pounds", "budget's in dollars". Undefined when none is named.
 */
export function budgetCurrencyNamed(text: string): Currency | undefined {
  const t = foldCase(text);
  for (const c of CURRENCIES)
    for (const word of new Set([...c.before, ...c.after])) {
      const w = literal(word);
      const named = new RegExp(
        String.raw`(?:\bbudget\b[^,.;!?]{0,20}|\b(?:in|was|is|were|it'?s|that'?s)\s+)(?<![a-z])${w}(?![a-z])`,
      );
      if (named.test(t)) return c.code;
    }
  return undefined;
}

// Codes that also name something else teams write before a number: "PHP 8" is a language version,
// "PHP 1.5 million" pesos. After one of these, only an amount written as money is a budget: a
// magnitude (k, million) or 100 and more.
const CODES_ALSO_WORDS = new Set(["php"]);

const CURRENCY_BEFORE = new Map<string, Currency>(CURRENCIES.flatMap((c) => c.before.map((w) => [w, c.code])));
const CURRENCY_AFTER = new Map<string, Currency>(CURRENCIES.flatMap((c) => c.after.map((w) => [w, c.code])));
// Longest first, so "us$" is tried before "$" and "euros" before "eur".
const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join("|");
// "R60,000 for the whole year", "$24k over the year", "€500 for a month": a sum said for a whole
// period is that period's, as "a year" is.
const PERIOD = String.raw`(?:\s*(?:\/|per|a|an|each|every|(?:for|over|across|in)\s+(?:the|a|one)(?:\s+(?:whole|entire|full))?)?\s*(month|mo|mth|monthly|year|yr|annum|yearly|annually|day|daily|week|wk|weekly)\b)?`;
// A bare amount after a currency sign not in CURRENCIES ("₩2,000,000") is no dollar amount.
// Groups: 1 currency before, 2-3 quantity, 4-5 quantity, 6 currency after, 7-8 bare quantity, 9 period.
const BUDGET_AMOUNT = String.raw`(?:(?<![a-z])(${alternation(CURRENCY_BEFORE.keys())})\s*${QUANTITY}|${QUANTITY}\s*(${alternation(CURRENCY_AFTER.keys())})|(?<![$€£¥₹₩₽₺฿₦₫₪])${QUANTITY})${PERIOD}`;
const BUDGET_AMOUNTS = new RegExp(BUDGET_AMOUNT, "g");
const PER_MONTH: Record<string, number> = { day: 30, daily: 30, week: 30 / 7, wk: 30 / 7, weekly: 30 / 7 };
const YEARLY = /^(year|yr|annum|yearly|annually)$/;

/**
 * A budget stated in text, in its own currency: "under $500 a month", "budget of $2k/month",
 * "$1,000 per month max", "$6k a year", "€300 a month", "budget capped at 150 a month",
 * "$20 a day". An amount without a currency counts only after a budget word and with a period.
 */
export function parseBudget(text: string): StatedBudget | undefined {
  const t = moneyAsRead(foldCase(codesInCapitals(text)));
  // A sum for the whole of a job run once is no monthly budget (parseOneOffBudget reads it).
  const [first, next] = budgetsIn(t).filter((b) => !b.once);
  // "budget 3k euro/mo, or $3,300": the same budget given again in dollars is the one to use.
  if (first && next && first.budget.currency !== "USD" && next.budget.currency === "USD")
    if (
      SAME_AMOUNT_AGAIN.test(t.slice(first.end, next.start)) ||
      SAME_AMOUNT_IN_BRACKETS.test(t.slice(first.end, next.start))
    )
      return next.budget;
  return first?.budget;
}

// Money is never written to three decimals: "€ 4.000" and "4.000 euro" group thousands with a
// point, as German, Turkish or Indonesian writers do ("Rp 150.000.000"), so the points go.
const POINT_GROUPED = String.raw`\d{1,3}(?:\.\d{3})+(?![\d.,])`;
const POINT_GROUPED_MONEY = new RegExp(
  String.raw`(?<=(?:^|[^a-z])(?:${alternation(CURRENCY_BEFORE.keys())})\s*)${POINT_GROUPED}|(?<![\d.,])${POINT_GROUPED}(?=\s*(?:${alternation(CURRENCY_AFTER.keys())})(?![a-z]))`,
  "g",
);
const thousandsGroupedByPoints = (t: string): string =>
  /\d\.\d{3}/.test(t) ? t.replace(POINT_GROUPED_MONEY, (n) => n.replace(/\./g, "")) : t;

// South Africans write the rand as a bare "R" before the amount ("Budget R250,000 a month", "R 250
// 000", "R1.5m"). A letter before a number also names models ("DeepSeek R1", "Command R 35B"), so
// only an amount written as money is the rand: thousands grouped, or a k / m / million after it.
// It becomes "zar", the rand's code in CURRENCIES, its space-set groups joined by commas (the
// number reader leaves "R250 000" apart, digits run into a letter).
const RAND_WRITTEN =
  /(?<![\w$-])r ?(\d{1,3}(?:[, ]\d{3})+(?![\d,])|\d+(?:\.\d+)? ?(?:k|m|mn|million|thousand)(?![a-z]))/g;
/** The folded text with amounts written the local way put in the forms BUDGET_AMOUNTS reads. */
// "Fr. 8,000.-" / "8,000.- CHF": the Swiss mark a whole sum with ".-" (".–"), no part of the number.
const SWISS_WHOLE_SUM = /(?<=\d)\.-(?![\d-])/g;
const moneyAsRead = (t: string): string =>
  thousandsGroupedByPoints(signsOfTheTeamsCountry(t))
    .replace(SWISS_WHOLE_SUM, "")
    .replace(RAND_WRITTEN, (_m, amount: string) => `zar ${amount.replace(/(\d) (?=\d{3})/g, "$1,")}`);

// An amount right after a code this table does not know ("NGN 6,000,000", "budget php 50k") is in
// that currency, never in dollars: three letters before it that are no English word before amounts.
const WORD_BEFORE_AMOUNT =
  /^(?:the|and|for|per|max|min|top|cap|set|say|our|its|was|are|has|had|got|use|pay|all|any|now|not|but|few|can|may|out|off|via|net|sum|low|est|ops|api|gpu|day|one|two|six|ten|big|new|old|see|get|run|try|too|who|why|how|via|vs)$/;
// "kr" that no country named makes Norwegian, Swedish or Danish (currency-of-country.ts) is a
// crown all the same.
const unknownCodeBefore = (before: string): boolean => {
  if (/(?:^|[^a-z])kr\.?\s*$/.test(before)) return true;
  const code = /(?:^|[^a-z])([a-z]{3})\s*$/.exec(before)?.[1];
  return code !== undefined && !WORD_BEFORE_AMOUNT.test(code);
};
// A generic dollar sign with the dollar named after the amount: "$20k AUD" is Australian dollars.
const DOLLAR_NAMED_AFTER = new RegExp(String.raw`^\s*(${alternation(CURRENCY_AFTER.keys())})(?![a-z])`);

// What joins one amount to the same amount in another currency: "€3k, or $3,300", "€3k (≈ $3,300)".
const SAME_AMOUNT_AGAIN = /^[\s,;(]*(?:or|i\.?e\.?|aka|that'?s|which is|about|around|roughly|approx\.?|≈|~|=)[\s~≈]*$/;
// The dollar figure in brackets right after the amount's own words, in any language: "R$ 150 mil
// por mês (~US$27k)", "€3k monatlich (≈ $3,300)". A few words without figures, then the bracket.
const SAME_AMOUNT_IN_BRACKETS = /^[^\d()]{0,24}\(\s*(?:~|≈|about|approx\.?|ca\.?)?\s*$/;

// "in usd that's about 2,200 a month", "in dollars it is roughly 1,800": the currency named before
// the amount, in the same clause, is the amount's.
const IN_CURRENCY = new RegExp(
  String.raw`\bin\s+(?:us\s+)?(${alternation(new Set([...CURRENCY_BEFORE.keys(), ...CURRENCY_AFTER.keys()]))})(?![a-z])[^.;!?\d]{0,25}$`,
);
const currencyNamedIn = (before: string): Currency | undefined => {
  const word = IN_CURRENCY.exec(before)?.[1];
  return word === undefined ? undefined : (CURRENCY_BEFORE.get(word) ?? CURRENCY_AFTER.get(word));
};

// "go up to", "grows up to": a rise to an amount, said of a count.
const GROWS_TO =
  /\b(?:go|goes|going|went|gone|grow|grows|growing|grew|rise|rises|rising|rose|climb\w*|ramp\w*|jump\w*|increas\w*)\s+up\s+to\s*~?\s*$/;

/** The first two budgets stated in `t` (folded), with where each ends and the next starts. */
// Each of BUDGET_AMOUNT's three forms holds an amount in digits (QUANTITY).
const budgetsIn = gated("budgets", hasDigit, readBudgets, () => []);

/** A budget as read: where it stands, and whether it is for a job run once ("a one-off budget of $40k"). */
interface BudgetRead {
  budget: StatedBudget;
  start: number;
  end: number;
  once: boolean;
}

function readBudgets(t: string): BudgetRead[] {
  const found: BudgetRead[] = [];
  for (const m of t.matchAll(BUDGET_AMOUNTS)) {
    if (found.length === 2) break;
    const before = t.slice(Math.max(0, m.index - 40), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "$2.10/h" is a GPU rate and "$3 per 1M tokens" a price, not a budget.
    if (/^\s*(?:\/|per|an?)\s*(?:gpu[- ]?)?(?:h|hr|hour|1?m|million|token|k|request|call|query)\b/.test(after))
      continue;
    // A sum for buying hardware is no monthly budget (hardwareCapexIn reads it).
    if (CAPEX_WORDS.test(aroundAmount(t, m.index, m.index + m[0].length))) continue;
    const namedAfter = m[1] === "$" ? DOLLAR_NAMED_AFTER.exec(after)?.[1] : undefined;
    const currency =
      namedAfter !== undefined
        ? CURRENCY_AFTER.get(namedAfter)
        : m[1] !== undefined
          ? CURRENCY_BEFORE.get(m[1])
          : m[6] !== undefined
            ? CURRENCY_AFTER.get(m[6])
            : currencyNamedIn(before);
    const digits = m[2] ?? m[4] ?? m[7];
    const magnitude = m[2] !== undefined ? m[3] : m[4] !== undefined ? m[5] : m[8];
    if (
      m[1] !== undefined &&
      CODES_ALSO_WORDS.has(m[1]) &&
      magnitude === undefined &&
      Number(digits?.replace(/,/g, "")) < 100
    )
      continue;
    const period = m[9];
    // With no period of its own, a sum said for the whole job is spent once ("$15k for the backfill").
    const once = period === undefined && saysOneOffBudget(aroundAmount(t, m.index, m.index + m[0].length));
    const budgetWords =
      once ||
      /\b(budget|under|below|less than|at most|max(imum)?|no more than|up to|within|cap|capped( at)?|spend|afford|limit|around|about)\b/.test(
        before,
      ) ||
      /^\s*(max|maximum|or less|tops|budget|at most)\b/.test(after);
    if (currency === undefined) {
      if (unknownCodeBefore(before)) continue;
      // A bare amount ("below 1k a month"): a budget word, a period, and nothing counted after it.
      // Growth to an amount ("tickets go up to 12k a day") is a count, not a cap.
      if (!budgetWords || period === undefined || /^[mbt]/.test(magnitude ?? "")) continue;
      // The cap word must be in the amount's own clause: "contracts up to 80k tokens each, about
      // 200 a month" caps the contracts' size; the 200 are contracts.
      const clause = before.split(CLAUSE_BREAK).pop() ?? before;
      if (!/\b(budget|spend|capped|cap|afford|under|below|max(imum)?|at most|no more than|up to|within)\b/.test(clause))
        continue;
      if (GROWS_TO.test(before) && !/\b(budget|spend|afford|cap|capped)\b/.test(before)) continue;
    } else if (!budgetWords && period === undefined) continue;
    if (digits === undefined) continue;
    const value = quantityValue(digits, magnitude);
    if (!Number.isFinite(value) || value <= 0) continue;
    const perMonth = period === undefined ? value : YEARLY.test(period) ? value / 12 : value * (PER_MONTH[period] ?? 1);
    found.push({
      budget: { currency: currency ?? "USD", perMonth: Math.round(perMonth * 100) / 100 },
      start: m.index,
      end: m.index + m[0].length,
      once,
    });
  }
  return found;
}

// Where a clause ends: a comma, semicolon, question or exclamation mark, or a full stop (not a decimal point).
const CLAUSE_BREAK = /[;!?,]|\.(?!\d)/;

/** The clause around an amount, up to 60 characters each side: where capex words are looked for. */
function aroundAmount(t: string, start: number, end: number): string {
  const before = t.slice(Math.max(0, start - 60), start).split(CLAUSE_BREAK);
  const after = t.slice(end, end + 60).split(CLAUSE_BREAK);
  return `${before[before.length - 1]}${t.slice(start, end)}${after[0]}`;
}

/**
 * A sum approved for buying hardware, in its currency: "the board approved CHF 400k capex for
 * hardware", "a hardware budget of $250k". One sum, never per month.
 */
export function hardwareCapexIn(text: string): { currency: Currency; amount: number } | undefined {
  return capexIn(moneyAsRead(foldCase(codesInCapitals(text))));
}

// Its amounts are BUDGET_AMOUNTS, in digits.
const capexIn = gated("capex", hasDigit, readCapex, () => undefined);

function readCapex(t: string): { currency: Currency; amount: number } | undefined {
  for (const m of t.matchAll(BUDGET_AMOUNTS)) {
    const currency =
      m[1] !== undefined ? CURRENCY_BEFORE.get(m[1]) : m[6] !== undefined ? CURRENCY_AFTER.get(m[6]) : undefined;
    const digits = m[2] ?? m[4];
    if (currency === undefined || digits === undefined) continue;
    if (!CAPEX_WORDS.test(aroundAmount(t, m.index, m.index + m[0].length))) continue;
    const amount = quantityValue(digits, m[2] !== undefined ? m[3] : m[5]);
    if (Number.isFinite(amount) && amount > 0) return { currency, amount };
  }
  return undefined;
}

/**
 * A budget for the whole of a job run once, in its currency: "a one-off budget of £40,000 for
 * this", "Total budget for the backfill about $15k", "$20,000 for the whole job". Never monthly.
 */
export function parseOneOffBudget(text: string): { currency: Currency; amount: number } | undefined {
  const once = budgetsIn(moneyAsRead(foldCase(codesInCapitals(text)))).find((b) => b.once);
  return once && { currency: once.budget.currency, amount: once.budget.perMonth };
}

/** A monthly budget in US dollars; a budget in another currency is not silently read as dollars. */
export function parseMonthlyBudget(text: string): number | undefined {
  const budget = parseBudget(text);
  return budget?.currency === "USD" ? budget.perMonth : undefined;
}
