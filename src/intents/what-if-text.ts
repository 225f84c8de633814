// What a what-if changes in an ongoing recommendation ("what if volume triples?", "what if we
// self-host?", "drop the budget"): a patch on the thread's requirements and the keys it removes.
// Read once, when the message is understood, so the answer and the understanding evaluator see
// the same change (a relative change needs the thread's current requirements).
import { fineTuningWishIn } from "./fine-tune-plan.js";
import { WISH_LEFT } from "./hedges.js";
import { sameGpu } from "./gpu-count-text.js";
import { multiplierIn } from "./multipliers.js";
import type { Catalog } from "../catalog/catalog.js";
import { scaleVolume as scaleBy, type Volume } from "../costs/volume.js";
import { factsNamedIn } from "../profile/describe.js";
import { formatCount } from "../render/format.js";
import { mustSelfHost } from "../scoring/monthly-cost.js";
import { pricedAtBatchRates } from "../scoring/hosting-rules.js";
import type { Exclusions, Requirements } from "../scoring/requirements.js";
import { parseMonthlyBudget, parseRequirements, sensitivityReadingOf } from "./requirements-text.js";
import { replacesSensitivity } from "./sensitivity-text.js";
import { parseTeamFacts } from "./team-facts.js";
import { parseBareVolume } from "./bare-volume.js";
import { countAtAssumedSize } from "./assumed-request-size.js";
import { moreGpusIn, parseFleetEdits } from "./fleet-text.js";
import { ownedKeepingCount, ownedOnFewerMachines } from "./owned-gpus-text.js";
import { liftedExclusions } from "./lift-exclusion-text.js";
import { parseVolume, rescaledCount } from "./volume.js";
import { countInThread, threadItemFor, threadPeople, threadVolumeScaled } from "./thread-volume.js";
import { peopleForms } from "./people-words.js";
import { peopleCountIn, peopleMultipliedIn, shareOfThread, usersFactorIn } from "./thread-share.js";
import { foldCase } from "../catalog/normalize.js";
import { useCaseIn } from "./use-case-text.js";
import { EITHER_PLACE, PLACE_WORDS_ALTERNATION, PLACES_ELSEWHERE } from "../catalog/places-elsewhere.js";
import { resizedItems } from "./item-size-text.js";
import { cachedInThread } from "./cached-prompt-text.js";
import { countsFollowUps, resentVolume } from "./resend-text.js";
import { deviceMemoryGbIn, paramsForMemoryGb, weightsFileCap, weightsFileCapGbIn } from "./device-memory.js";
import { droppedLanguages } from "./language-edits.js";
import { liftsResidency } from "./residency-text.js";
import { allowsPlaceAsWell, placeRuleWidened, placeRulesReplaced } from "./place-rule-edits.js";
import { assistantProductNamed } from "../catalog/assistant-products.js";
import { WHY_NOT_AFTER } from "./cues.js";
import { targetKeepingMeasure } from "./latency-text.js";
import { fleetPeakFor, peakOccasionIn } from "./peak-occasion-text.js";

/** "why not X?", "what about X?": X, a model (or family, or product) asked about in a thread. */
const ASKS_WHY_NOT = /\b(?:why not|why isn'?t|why wasn'?t|why no|what about|how about)\s+(.+?)[?.!]*$/i;
const ASKS_WHY_NOT_AFTER = new RegExp(WHY_NOT_AFTER.source, "i");
// After the model, a clause about the model itself: "with its 1M context", "given its price",
// "since it has open weights", "as it's cheaper".
const ITS_OWN_REASON =
  /(?:,|\s)\s*(?:with|given|since|as|because|considering|seeing as)\s+(?:of\s+)?(?:its|it'?s|it\s+(?:has|is|was|does|supports|offers|costs)|they|their|they'?re)\b/i;

/** X in "why not X?" or "and X, why not?" (the why-not said after it), else undefined. */
export function whyNotAsked(said: string): string | undefined {
  return ASKS_WHY_NOT_AFTER.exec(said)?.[1] ?? ASKS_WHY_NOT.exec(said)?.[1];
}

export interface WhatIfChange {
  patch: Partial<Requirements>;
  /** Keys to remove ("no budget"). */
  remove: (keyof Requirements)[];
  /** A change that needs something the thread does not have yet (e.g. a volume to double). */
  missing: string[];
  /** The factor a relative volume change applied ("double the traffic" → 2), if any. */
  volumeFactor?: number;
  /** Facts the message says again that the thread already has ("it's non-commercial research"). */
  restated?: (keyof Requirements)[];
  /** The thread's exclusions it takes back ("what if we allow meta models"). */
  allow?: Exclusions;
  /** What it lets in that the thread never ruled out: nothing to take back. */
  neverExcluded?: Exclusions;
  /** Lists the patch adds to rather than replaces ("what if we also need ukrainian"). */
  addsTo?: "languages"[];
  /** The thread's languages it takes out ("what if we drop the asian languages?"). */
  droppedLanguages?: string[];
  /** How a prompt cache it says was counted ("2,500 of the 3,000 input tokens of each of 4M turns"). */
  cachedInput?: string;
  /**
   * "what about a smaller model?": smaller than the thread's #1, which only the ranking knows; the
   * answer sets the size cap from it (answers/what-if.ts).
   */
  smallerThanFirst?: true;
  /** Places the team would also serve ("what if we also serve Singapore?"), as said back: users, not a residency rule. */
  servesPlaces?: string[];
}

function scaleVolume(v: Volume, factor: number): Volume {
  // Still counted per item when it was ("5 × 2,500 PRs a week"), so later changes read it.
  const perItem = threadVolumeScaled(v, factor, `${factor} ×`);
  if (perItem) return perItem;
  const total = (v.inputTokensPerMonth + v.outputTokensPerMonth) * factor;
  // A fresh description (not "…, ×2, ×2"), so repeated what-ifs do not grow the session.
  if (v.oneOff)
    return {
      ...scaleBy(v, factor, `${formatCount(total)} tokens once (an earlier one-off job ×${factor})`),
      oneOff: true,
    };
  return scaleBy(v, factor, `${formatCount(total)} tokens a month (an earlier volume ×${factor})`);
}

// A requirement the what-if lifts: "what if we dropped the on-prem requirement", "without the
// BAA", "what if open weights weren't required". The words inside name the requirement and are
// never read as a new value for it.
const DROPPED_BEFORE =
  /\b(?:drop(?:ped|s|ping)?|remov(?:e|ed|es|ing)|forget|lift(?:ed|s)?|relax(?:ed|es)?|scrap(?:ped|s)?|ditch(?:ed|es)?|los(?:e|t)|without|no longer (?:need|require|have)|(?:do|does|did)(?:n'?t| not) (?:need|require|have))\s+(?:the |our |that |this |any )?([^,.;?!]{1,50}?)(?:\s+(?:requirement|constraint|rule|restriction|condition|limit|cap|part))?(?=\s*(?:[,.;?!]|$|\band\b|\bbut\b))/g;
const DROPPED_AFTER =
  /(?:^|[,.;?!]|\bif\b)\s*([^,.;?!]{1,50}?)\s+(?:(?:(?:is|are|was|were)\s+(?:not|no longer)|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:required|needed|necessary|mandatory|a (?:requirement|must|constraint))|(?:goes|went) away|(?:is|are|was|were) (?:gone|lifted|dropped|removed))\b/g;
// Dropping models is excluding them ("drop chinese models"); only a named rule is lifted.
const EXCLUSION_RULE = /\b(exclu\w*|ban\w*|rule|restriction|block\w*)\b/;
// "drop the budget to $500", "cut volume by half": a requirement lowered to a new amount, not lifted.
const LOWERED_TO = /\b(?:to|by)\s+(?:[$€£]\s*)?\d/;
// "what if we only do english and thai", "just german instead": the list narrowed on purpose.
const NARROWS = /\b(only|just|solely|exclusively|instead|first|switch|replace)\b/;
// "what if we also had to support ukrainian", "add ukrainian": more of a list, not a new one.
const ADDS_TO_LIST = /\b(also|add|adding|added|plus|too|as well|in addition|additionally|another|extra)\b/;

// A smaller model with no size said: "what about a smaller model?", "something lighter?".
const SMALLER =
  /\b(?:smaller|lighter|tinier|less heavy|fewer parameters)\b(?:\s+(?:models?|ones?|options?|llms?|versions?|alternatives?|picks?))?|\bsomething (?:smaller|lighter)\b/;
// Users somewhere else: "what if we also serve Singapore?", "launch in Japan", "customers in the UK".
const SERVES_PLACE = new RegExp(
  String.raw`\b(?:serve|serving|launch(?:ing)?\s+in|expand(?:ing)?\s+(?:in)?to|go(?:ing)?\s+live\s+in|sell(?:ing)?\s+in|(?:users|customers|clients)\s+in)\s+(?:users\s+in\s+|customers\s+in\s+)?(?:the\s+)?(${PLACE_WORDS_ALTERNATION}|eu|europe|us|usa|united states)\b`,
  "g",
);
const SERVED_SAID: Record<string, string> = {
  eu: "the EU",
  europe: "Europe",
  us: "the US",
  usa: "the US",
  "united states": "the US",
};

/** The places a message says the team would serve, as said back ("Singapore", "the UK"). */
function placesServed(t: string): string[] {
  const out: string[] = [];
  for (const m of t.matchAll(SERVES_PLACE)) {
    const word = m[1] ?? "";
    const said = PLACES_ELSEWHERE[word]?.said ?? SERVED_SAID[word];
    if (said !== undefined && !out.includes(said)) out.push(said);
  }
  return out;
}

/** Requirements that are not standing team facts (profile/describe.ts names those). */
const OTHER_WORDS: { pattern: RegExp; key: keyof Requirements }[] = [
  { pattern: /\b(size|params|parameters?|\d+ ?b)\b/, key: "maxParamsB" },
  { pattern: /\b(on-?device|phones?|laptops?|edge)\b/, key: "onDevice" },
  { pattern: /\b(latency|real-?time|speed)\b/, key: "latency" },
  { pattern: /\b(latency|real-?time|speed)\b/, key: "latencyTarget" },
  { pattern: /\bcontext\b/, key: "contextTokens" },
  // "drop the residency rule" lifts any place the data had to stay in; "switzerland isn't
  // required" the place named (Dropped.places), when it is the thread's.
  { pattern: /\bresiden(?:cy|t)\b/, key: "residencyElsewhere" },
  { pattern: new RegExp(String.raw`\b(?:${PLACE_WORDS_ALTERNATION})\b`), key: "residencyElsewhere" },
];
const PLACE_WORD = new RegExp(String.raw`\b(?:${PLACE_WORDS_ALTERNATION})\b`, "g");

interface Dropped {
  /** The text with the dropping phrases blanked (same length). */
  kept: string;
  keys: (keyof Requirements)[];
  /** Places the lifted phrases name, as said back ("switzerland isn't required" -> Switzerland). */
  places: string[];
}

function droppedRequirements(text: string): Dropped {
  const chars = text.split("");
  const keys = new Set<keyof Requirements>();
  const places = new Set<string>();
  for (const pattern of [DROPPED_BEFORE, DROPPED_AFTER]) {
    for (const m of text.toLowerCase().matchAll(pattern)) {
      const phrase = m[1] ?? "";
      // "drop the latency target to 5 seconds": the requirement set to a new value, so its verb
      // is blanked (it would otherwise negate the requirement's own words) and the rest read.
      if (LOWERED_TO.test(phrase)) {
        if (pattern === DROPPED_BEFORE) blank(chars, m.index, m.index + m[0].indexOf(phrase, 1));
        continue;
      }
      const named: (keyof Requirements)[] = [
        ...factsNamedIn(phrase).filter((k) => k !== "fieldOfUse" && (k !== "exclude" || EXCLUSION_RULE.test(m[0]))),
        ...OTHER_WORDS.filter((w) => w.pattern.test(phrase)).map((w) => w.key),
      ] as (keyof Requirements)[];
      if (named.length === 0) continue;
      // "drop the EU requirement" lifts where the data must stay, not where the company is: a
      // team's own place is a fact, not a requirement (licence terms such as Llama's EU
      // multimodal clause read it).
      const aboutCompany = /\b(based|company|team|located|headquarter\w*|incorporated)\b/.test(phrase);
      for (const k of named) if (!(k === "inEu" && named.includes("euDataResidency") && !aboutCompany)) keys.add(k);
      for (const [word] of phrase.matchAll(PLACE_WORD)) places.add(PLACES_ELSEWHERE[word]?.said ?? word);
      blank(chars, m.index, m.index + m[0].length);
    }
  }
  return { kept: chars.join(""), keys: [...keys], places: [...places] };
}

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) chars[i] = " ";
}

/** Requirement changes stated in a what-if, on top of the thread's requirements. */
export function parseWhatIf(said: string, current: Requirements, catalog?: Catalog): WhatIfChange {
  // "why not copilot?": a product in a model's place asks about it, and changes nothing (its
  // name is no use case); the answer says what it is (why-not.ts).
  const asked = whyNotAsked(said);
  if (asked !== undefined && assistantProductNamed(asked)) return { patch: {}, remove: [], missing: [] };
  // "why not gpt-4.1, with its 1M context?", "… since it has open weights?": what the model has is
  // the reason the team suggests it, not a requirement of the thread. Only the why-not is asked.
  if (asked !== undefined && ITS_OWN_REASON.test(asked)) return { patch: {}, remove: [], missing: [] };
  // Exclusions taken back first, so "drop the no-meta rule" is never read as excluding Meta.
  const lift = liftedExclusions(said, current.exclude, catalog);
  // Languages taken out of the thread's list next, so "drop the asian languages" is never read as
  // dropping every language, nor "without korean" as Korean alone.
  const langDrop = droppedLanguages(lift.kept, current.languages);
  const dropped = droppedRequirements(langDrop?.kept ?? lift.kept);
  const textIn = dropped.kept;
  const t = textIn.toLowerCase();
  const general = parseRequirements(textIn, catalog);
  // A peak said in a thread is a self-hosting assumption the what-if answer applies (below), over
  // the requirement a first message may have stated; it is not a second requirement change.
  delete general.peakToAverage;
  const commercial = parseTeamFacts(textIn).commercial;
  if (commercial !== undefined) general.commercial = commercial;
  const patch: Partial<Requirements> = {};
  const remove: (keyof Requirements)[] = [];
  const missing: string[] = [];
  const restated: (keyof Requirements)[] = [];
  let volumeFactor: number | undefined;

  const trafficWords = /\b(traffic|volume|usage|load|tokens|requests|calls)\b/.test(t);
  // "what if peak is 10x average" sizes the fleet for a higher peak (a self-hosting assumption,
  // fleet-text.ts); the month's volume stays as it is.
  const peakOnly = parseFleetEdits(t).peakToAverage !== undefined;
  // "what if a storm day brings 200,000 conversations?": a busy day is capacity for the fleet, not
  // a new month (peak-occasion-text.ts); its counts and factors are no volume. "chat" in "what if
  // chat doubles during an event weekend" is the traffic, not a new job.
  const occasion = peakOnly ? null : peakOccasionIn(t, current.volume);
  if (occasion) {
    patch.peakOccasion = occasion;
    patch.peakToAverage = fleetPeakFor(occasion, current);
    if (current.useCase !== undefined) delete general.useCase;
  }
  const volumeText = occasion ? "" : textIn;
  // "we own 4x A100" counts cards; it does not multiply the volume (multipliers.ts).
  const multiplier = peakOnly || occasion ? undefined : multiplierIn(t);
  // The thread's volume, or the job it runs once when it has no monthly one ("what if we label
  // 5 million posts instead?" rescales the one-off job; oneOff marks the volumes read of it).
  const threadVolume = current.volume ?? current.oneOffVolume;
  // A bare "600 million a month" is in the unit of the thread's volume, when it has one.
  // "what if we only do 5M calls": a new count at the thread's tokens per call.
  const perItem = threadItemFor(volumeText, threadVolume);
  // "what if we cache the 2,500-token system prompt?": part of each request's input is cached; the
  // size is not the request's whole input (cached-prompt-text.ts).
  const cache = cachedInThread(volumeText, current.volume);
  if (cache && "missing" in cache) missing.push(cache.missing);
  // A count with tokens each of its own ("also 20 chats a day, 6k in, 800 out") is no resize.
  const countedWhole = cache ? null : parseVolume(volumeText);
  // "what if output is 3k tokens" in a thread of 8,000 reports × (12K + 1K): each report's size.
  const resized = countedWhole?.perItem || cache ? null : resizedItems(volumeText, current.volume);
  // A request must fit the context: a larger item raises the thread's need (or the one said),
  // chunks lower it to one chunk.
  const need = general.contextTokens ?? current.contextTokens;
  if (resized && need !== undefined)
    patch.contextTokens =
      resized.chunked || resized.capped ? resized.requestTokens : Math.max(need, resized.requestTokens);
  // "5 follow-up questions" count requests per thing (resend-text.ts), not things.
  const counted =
    countedWhole ?? (perItem && !cache && !countsFollowUps(volumeText) ? rescaledCount(volumeText, perItem) : null);
  // "what if we reach 1M queries a month?" in a thread with no volume: questions at an assumed
  // size; documents and the like need their size said (assumed-request-size.ts).
  const assumed =
    !counted && !threadVolume && !resized && !cache ? countAtAssumedSize(volumeText, current.contextTokens) : null;
  if (assumed && !assumed.volume)
    missing.push(
      `the tokens in and out for each of the ${assumed.noun} (say them with the rate, e.g. "${assumed.rate}, 3k tokens in and 300 out each")`,
    );
  const resent = cache ? null : resentVolume(volumeText, current.volume);
  // "also 20 chat requests a day" in a coding thread counts a kind of request, "5 follow-ups
  // re-send the document" says what is sent and "what if the source documents are 400k tokens?"
  // how large it is (or how much context it needs): the thread's use case stays unless the
  // message names a task of its own.
  const sizesSent = resent !== null || resized !== null || general.contextTokens !== undefined;
  if (
    (counted || assumed || sizesSent) &&
    current.useCase !== undefined &&
    general.useCase !== undefined &&
    !useCaseIn(sizesSent ? withoutCountedNouns(t).replace(SENT_THING, blanked) : withoutCountedNouns(t))
  )
    delete general.useCase;
  // "what if we need to also write the letters in French?": the work it names is the thread's own
  // ("the letters", "those summaries"), so only a language is added; a new kind of thing ("write
  // marketing letters in Spanish") is a new job.
  if (
    current.useCase !== undefined &&
    general.useCase !== undefined &&
    general.languages !== undefined &&
    useCaseIn(t.replace(THREAD_WORK_AGAIN, blanked)) === undefined
  )
    delete general.useCase;
  const explicitVolume =
    (cache && "volume" in cache ? cache.volume : null) ??
    resent ??
    resized?.volume ??
    (counted ? countInThread(volumeText, counted, threadVolume) : null) ??
    assumed?.volume ??
    (current.volume ? parseBareVolume(volumeText) : null);
  // "only 15% of them", "and at 20k users?" in a thread counted per item (thread-share.ts).
  const kept = explicitVolume ? null : keptShare(volumeText, current, general.monthlyActiveUsers);
  if (kept) {
    // The people counted are the thread's people: the monthly users move only as keptShare says
    // ("what if only 3,000 students use it daily?" leaves the district's 18K users as they were).
    delete general.monthlyActiveUsers;
    // "what if we have 1,000 devs?" in a thread of 400 developers' requests counts the people the
    // volume is per, who use the tool: no team of 1,000 that builds it.
    if (kept.people !== undefined && general.teamSize === kept.people) delete general.teamSize;
    patch.volume = kept.volume;
    volumeFactor = kept.factor;
    if (kept.users !== undefined) patch.monthlyActiveUsers = kept.users;
  } else if (multiplier && (trafficWords || !/\bbudget\b/.test(t)) && !explicitVolume) {
    if (threadVolume) {
      putVolume(patch, scaleVolume(threadVolume, multiplier.factor));
      volumeFactor = multiplier.factor;
    } else missing.push('a volume to scale (say e.g. "20M tokens a month")');
    // "what if users double?" with a volume counted per no one: the users are more too.
    const usersFactor = usersFactorIn(t);
    if (
      usersFactor !== undefined &&
      current.monthlyActiveUsers !== undefined &&
      general.monthlyActiveUsers === undefined
    )
      patch.monthlyActiveUsers = Math.round(current.monthlyActiveUsers * usersFactor);
  } else if (explicitVolume) {
    putVolume(patch, explicitVolume);
  }
  if (multiplier && /\bbudget\b/.test(t) && !trafficWords && current.monthlyBudgetUsd !== undefined) {
    patch.monthlyBudgetUsd = current.monthlyBudgetUsd * multiplier.factor;
  }

  // Where it runs is read by the one home of placement words (placement-text.ts): "our own
  // servers" is on-premises there, "used an API instead" any API. Running the weights ourselves
  // with no place named keeps them in our own cloud.
  // GPUs of its own in a thread that used APIs ("what if we get access to 8 H100s instead") mean
  // running the weights on them.
  if (general.deployment !== undefined) patch.deployment = general.deployment;
  else if (general.selfHosted || (general.ownedGpus && !mustSelfHost(current))) patch.deployment = "own-cloud";

  if (
    /\b(don'?t|do not|no longer|won'?t|not) (need|do|want)( to)? fine-?tun\w*|\bno fine-?tun\w*|\bwithout fine-?tun\w*/.test(
      t,
    )
  )
    patch.fineTuning = false;
  else if (/\b(need|want|will|plan) (to )?fine-?tun\w*|\bwith fine-?tun\w*|\bfine-?tuned\b/.test(t))
    patch.fineTuning = true;

  if (
    /\b(closed|proprietary) (models? )?(too|are fine|are ok|were (fine|ok|allowed)|allowed)|\b(any|all) models\b|\binclude closed\b|\bnot only open\b/.test(
      t,
    )
  )
    patch.openWeightsOnly = false;
  else if (general.openWeightsOnly || /\bonly open\b|\bopen(-weights?| source)? (models )?only\b/.test(t))
    patch.openWeightsOnly = true;

  const budget = parseMonthlyBudget(textIn);
  if (budget !== undefined) patch.monthlyBudgetUsd = budget;
  else if (/\b(no|without( a)?|(?:drop|remove|delete|forget|lift|scrap)(?: about)? (?:the|our|that)) budget\b/.test(t))
    remove.push("monthlyBudgetUsd");

  // "our source code stays on our servers" in a bank's thread: a kind of data never lowers the
  // level the thread already has; only a level said outright does ("what if it were only internal?").
  const sensitivity = general.dataSensitivity !== undefined ? sensitivityReadingOf(textIn, catalog) : undefined;
  if (sensitivity && !replacesSensitivity(sensitivity, current.dataSensitivity)) delete general.dataSensitivity;

  // "what if we bought 4 more L40S?" in a thread that owns 4: 8 owned, not 4.
  const more = moreGpusIn(t);
  const owned = current.ownedGpus;
  if (more !== undefined && owned && (general.ownedGpus === undefined || sameGpu(general.ownedGpus.type, owned.type)))
    general.ownedGpus = { type: owned.type, count: owned.count + more };
  else if (general.ownedGpus) general.ownedGpus = ownedKeepingCount(owned, general.ownedGpus);
  // "what if we run it on only one of the two servers?": fewer of the machines the thread knows.
  else if (more === undefined && owned) {
    const fewer = ownedOnFewerMachines(t, owned);
    if (fewer) general.ownedGpus = fewer;
  }

  // In a thread on a device, a new memory is a new size cap: "what if min spec is 8gb vram".
  // The download cap stays beside it ("what if users have 16 GB RAM?" with 3 GB to the download
  // still caps the file), and a new download cap is read the same way ("what if the installer
  // can grow by 5 GB?") beside the memory the thread has.
  if (current.onDevice && general.maxParamsB === undefined) {
    const memory = deviceMemoryGbIn(t);
    const device = general.device ?? current.device;
    if (memory !== undefined)
      Object.assign(general, { deviceMemoryGb: memory, maxParamsB: paramsForMemoryGb(memory, device) });
    const file = weightsFileCapGbIn(t) ?? (memory !== undefined ? current.weightsFileGb : undefined);
    const memoryCap =
      memory !== undefined
        ? general.maxParamsB
        : current.deviceMemoryGb !== undefined
          ? paramsForMemoryGb(current.deviceMemoryGb, device)
          : undefined;
    if (file !== undefined) Object.assign(general, weightsFileCap(file, memoryCap));
  }

  // Everything else the requirements parser found (use case, data, users, priorities...).
  for (const [k, v] of Object.entries(general) as [keyof Requirements, unknown][]) {
    if (
      k in patch ||
      k === "volume" ||
      k === "monthlyBudgetUsd" ||
      k === "openWeightsOnly" ||
      k === "deployment" ||
      // Self-hosting is read above, with the place it implies (and what-if.ts for a cloud team).
      k === "selfHosted" ||
      k === "fineTuning" ||
      k === "fineTuningWanted"
    )
      continue;
    // What the thread already has is no change ("our repos ..." in a coding thread). A government
    // cloud names its cloud, so "move to GovCloud" in an AWS thread keeps AWS as said: without it the
    // move reads as running the weights ourselves in that account (answers/what-if.ts).
    const namesItsCloud = k === "cloudProvider" && general.usGovernmentCloud === true;
    if (typeof v !== "object" && current[k] === v && !namesItsCloud) restated.push(k);
    else (patch as Record<string, unknown>)[k] = v;
  }
  if (general.fineTuning !== undefined && patch.fineTuning === undefined) patch.fineTuning = general.fineTuning;
  // In a what-if, "could" and "later" are the question's own mood ("what if we could fine-tune
  // it?" asks for tuning); only words that say it is not required make the thread's need a wish.
  if (general.fineTuningWanted && patch.fineTuning === undefined) {
    if (fineTuningWishIn(foldCase(t)) === "preference") {
      patch.fineTuningWanted = true;
      if (current.fineTuning !== undefined) remove.push("fineTuning");
    } else patch.fineTuning = true;
  }
  if (patch.latencyTarget) patch.latencyTarget = targetKeepingMeasure(patch.latencyTarget, current.latencyTarget, t);
  // "what if we use the batch API?" in a thread whose work waits is priced at batch rates already
  // (hosting.ts): said again, not a second fact beside "batch is fine".
  if (patch.batchOk === true && current.batchOk === undefined && pricedAtBatchRates(current)) {
    delete patch.batchOk;
    restated.push("latency");
  }
  // Work that may wait ("what if it runs overnight") has no response-time target left.
  if (patch.latency === "batch" && current.latencyTarget) remove.push("latencyTarget");
  const addsTo: "languages"[] =
    !langDrop && patch.languages && current.languages && ADDS_TO_LIST.test(t) ? ["languages"] : [];
  if (langDrop && langDrop.codes.length === 0) restated.push("languages");
  else if (langDrop && current.languages) {
    // What stays, and any language the same message brings in ("drop korean, add arabic").
    const rest = current.languages.filter((c) => !langDrop.codes.includes(c));
    const languages = [...new Set([...rest, ...(patch.languages ?? [])])];
    if (languages.length > 0) patch.languages = languages;
    else {
      delete patch.languages;
      remove.push("languages");
    }
  } else if (patch.languages && current.languages && !addsTo.length && !NARROWS.test(t)) {
    // "whats the cheapest that is still good at swahili" in an English + Swahili thread: a
    // language the thread has, named without "only", narrows nothing.
    const languages = patch.languages;
    if (languages.every((c) => current.languages?.includes(c))) {
      delete patch.languages;
      restated.push("languages");
    }
  }

  // "what if we allow data to go anywhere?": no rule on where the data is, and no cloud account
  // it had to stay in; a thread that used its cloud's model services may use any API.
  if (liftsResidency(foldCase(t))) {
    for (const key of ["euDataResidency", "residencyElsewhere", "cloudProvider"] as const) {
      // An EU team's residency may be assumed rather than said (judged-defaults.ts): lifted too.
      const held = current[key] !== undefined || (key === "euDataResidency" && current.inEu === true);
      if (held && !(key in patch) && !remove.includes(key)) remove.push(key);
    }
    if (current.deployment === "own-cloud" && !current.selfHosted && patch.deployment === undefined)
      patch.deployment = "any-api";
  }
  // A place allowed as well as the thread's: one rule of either place, not a second rule beside it.
  const widened = allowsPlaceAsWell(t) ? placeRuleWidened(general, current) : undefined;
  if (widened !== undefined) {
    delete patch.euDataResidency;
    delete patch.residencyElsewhere;
    if (widened === "held")
      restated.push(current.residencyElsewhere !== undefined ? "residencyElsewhere" : "euDataResidency");
    else
      for (const key of ["euDataResidency", "residencyElsewhere"] as const) {
        const v = widened[key];
        if (v !== undefined) (patch as Record<string, unknown>)[key] = v;
        else if (current[key] !== undefined && !remove.includes(key)) remove.push(key);
      }
  } else if (!ADDS_TO_LIST.test(t))
    for (const key of placeRulesReplaced(general, current))
      if (!(key in patch) && !remove.includes(key)) remove.push(key);
  // Lifted requirements: a lifted place to run means any API will do; a lifted "open weights
  // only" or fine-tuning need is false; anything else is simply no longer required.
  for (const key of dropped.keys) {
    if (key in patch || remove.includes(key)) continue;
    // A place the thread's rule does not name lifts nothing ("what if germany isn't required?"
    // where the data must stay in Switzerland).
    if (key === "residencyElsewhere" && !placeHeld(current.residencyElsewhere, dropped.places)) continue;
    if (key === "deployment") patch.deployment = "any-api";
    else if (key === "openWeightsOnly") patch.openWeightsOnly = false;
    else if (key === "fineTuning") {
      // "fine-tuning isn't a must, just a nice-to-have": no longer a rule, still a wish.
      if (WISH_LEFT.test(t)) {
        patch.fineTuningWanted = true;
        remove.push("fineTuning");
      } else patch.fineTuning = false;
    } else if (key !== "cloudProvider" || current.cloudProvider !== undefined) remove.push(key);
  }
  // "a smaller model" with no size of its own: the thread's #1 sets it when answered.
  const smaller = patch.maxParamsB === undefined && SMALLER.test(t);
  // Users in another place change no requirement; a rule on where the data goes is read as one above.
  const served = patch.residencyElsewhere === undefined && patch.euDataResidency === undefined ? placesServed(t) : [];
  return {
    patch,
    remove,
    missing,
    ...(smaller ? { smallerThanFirst: true as const } : {}),
    ...(served.length > 0 ? { servesPlaces: served } : {}),
    ...(volumeFactor !== undefined ? { volumeFactor } : {}),
    ...(restated.length > 0 ? { restated } : {}),
    ...(addsTo.length > 0 ? { addsTo } : {}),
    ...(langDrop && langDrop.codes.length > 0 ? { droppedLanguages: langDrop.codes } : {}),
    ...(cache && "volume" in cache ? { cachedInput: cache.how } : {}),
    ...(Object.keys(lift.lifted).length > 0 ? { allow: lift.lifted } : {}),
    ...(Object.keys(lift.neverExcluded).length > 0 ? { neverExcluded: lift.neverExcluded } : {}),
  };
}

/** Whether the thread's place rule names one of `places` (none named: any place rule is lifted). */
function placeHeld(rule: string | undefined, places: string[]): boolean {
  if (rule === undefined) return false;
  return places.length === 0 || rule.split(EITHER_PLACE).some((p) => places.includes(p));
}

/** A volume into the patch: a job run once is the thread's one-off job, any other its monthly volume. */
function putVolume(patch: Partial<Requirements>, volume: Volume): void {
  if (volume.oneOff) patch.oneOffVolume = volume;
  else patch.volume = volume;
}

interface Kept {
  volume: Volume;
  factor: number;
  /** The monthly users after the change, when the people the volume is per changed. */
  users?: number;
  /** The new count of the people the volume is per, when it is what changed. */
  people?: number;
}

/**
 * A share of the thread's things or people kept ("only 15% of them", "a quarter of them use it"),
 * or a new number of the people a per-person volume is for ("and at 20k users?"): the thread's
 * volume scaled, still per item, and its users with it.
 */
function keptShare(text: string, current: Requirements, usersSaid: number | undefined): Kept | null {
  const volume = current.volume;
  const people = threadPeople(volume);
  if (!volume) return null;
  // The users stay the people's count when they were it (or were not said).
  const usersFollow = current.monthlyActiveUsers === undefined || current.monthlyActiveUsers === people?.count;
  const share = shareOfThread(text, volume);
  if (share) {
    const count = share.ofPeople && people ? Math.round(people.count * share.factor) : undefined;
    const scaled = threadVolumeScaled(volume, share.factor, `${share.words} of`, count);
    if (!scaled) return null;
    return {
      volume: scaled,
      factor: share.factor,
      ...(count !== undefined && usersFollow ? { users: count } : {}),
      ...(count !== undefined ? { people: count } : {}),
    };
  }
  if (!people) return null;
  // Users said of the people's noun ("and at 20k users?"), or a new count of whatever the volume
  // is per, people or not ("what if we grow to 1,000 notary offices?": peopleCountIn).
  const asUsers = usersSaid !== undefined && peopleForms(people.noun).test(foldCase(text));
  // "what if students double next year?": a factor on the people is a new count of them.
  const count = asUsers ? usersSaid : (peopleCountIn(text, volume) ?? peopleMultipliedIn(text, volume, usersFollow));
  if (count === null || count <= 0 || count === people.count) return null;
  const factor = count / people.count;
  const scaled = threadVolumeScaled(volume, factor, "", count);
  if (!scaled) return null;
  // When the thread's users were its people, they are the new count; otherwise (6,000 students a
  // day of 18K) the users stay, unless more people now use it each day than the month held. A
  // count that was never users (offices, stores) leaves the users alone.
  const wereUsers = current.monthlyActiveUsers === people.count;
  const users = asUsers
    ? usersFollow || count > (current.monthlyActiveUsers ?? 0)
      ? count
      : undefined
    : wereUsers
      ? count
      : undefined;
  return { volume: scaled, factor, people: count, ...(users !== undefined ? { users } : {}) };
}

// A count's noun ("20 chat requests", "3,000 documents"): what is counted, not what is done.
const COUNTED_NOUN =
  /\d[\d,.]*\s*(?:k|m|thousand|million)?\s+(?:[a-z-]+\s+)?(?:chats?|documents?|docs|pdfs?|manuals)(?:\s+(?:requests?|messages?|queries|calls|sessions))?\b/g;
// In a message about re-sending, the thing re-sent ("the document", "the full file") is what is
// counted, not a task: a bare "document" would otherwise read as document search.
const SENT_THING = /\b(?:documents?|docs|pdfs?|manuals|files?|papers?)\b/g;
const blanked = (m: string) => " ".repeat(m.length);
const withoutCountedNouns = (t: string) => t.replace(COUNTED_NOUN, blanked);
/** Work done again on the thread's own things: "write the letters", "draft those summaries", "do them". */
const THREAD_WORK_AGAIN =
  /\b(?:writ(?:e|es|ing)|draft(?:s|ed|ing)?|compos(?:e|es|ing)|prepar(?:e|es|ing)|produc(?:e|es|ing)|generat(?:e|es|ing)|do(?:ing)?)\s+(?:the|those|these|them|all (?:the|of the|our))\b(?:\s+[\w-]+){0,2}/g;
