// GPUs a message names as where the model runs, without saying they are the team's own: "best
// open-weights model for summarising tickets on a single A100 80GB?", "something that runs on one
// RTX 4090", "which model fits on 2x L40S?", or the cards alone as one item of a list ("open
// weights, one L40S, classify 100k emails"). The weights are then self-hosted on those cards: only
// a model that loads there is a candidate, and the cards are priced as rented (a team that owns
// them says so, and owned-gpus-text.ts reads that instead). A count must be said ("one", "a
// single", "2x"): "on an H100" names a kind of card, not the hardware the model must fit; only
// cards said to be rented ("we rent H200s") are read without one, the count left to sizing.
// Texts are folded (lower case).
import { gpuAtStart } from "./gpu-count-text.js";
import { gated } from "./reader-gates.js";

const COUNTS: Record<string, number> = { "a single": 1, single: 1, one: 1, two: 2, four: 4, eight: 8 };
const COUNT = String.raw`(${Object.keys(COUNTS).join("|")}|\d{1,2})\s*(?:x|×)?\s*(?:nvidia\s+|geforce\s+)?`;

// The place words before the count: the card is where it runs or what it must fit, not what it
// is compared with or what a price is quoted for.
const ON_CARDS = new RegExp(
  String.raw`\b(?:(?:runs?|running|run|hosted|served|deployed|fits?|fitting|loads?)\s+(?:on|in|into|within)|on|onto|within)\s+(?:just\s+|only\s+)?${COUNT}`,
  "g",
);
// The cards as a whole item of a list: after the start or a comma, and followed by the item's end.
const CARDS_ITEM = new RegExp(String.raw`(?:^|[,;:(]\s*)${COUNT}`, "g");
// After the name, its memory or the word "gpu" at most: "one l40s (48gb),", "2x a100 gpus."
const ITEM_END = /^(?:\s*\(?\d{2,3}\s*gb\)?|\s*gpus?|\s*cards?)*\s*(?:[,;:.!?)]|$)/;

// Cards the team says it rents, with or without a count: "we rent H200s at $3.50/h", "renting 2
// H100s", "we lease A100s". Rented cards are where it runs; without a count, how many is left to
// sizing (a stated price is then that card's price, not a default card's).
const RENTED = new RegExp(
  String.raw`\b(?:rent|rents|renting|rented|lease|leases|leasing|leased|hire|hiring)\s+(?:some\s+|our\s+|the\s+|cloud\s+)?(?:(${Object.keys(COUNTS).join("|")}|\d{1,2})\s*(?:x|×)?\s*)?(?:nvidia\s+|geforce\s+)?`,
  "g",
);

// Every GPU name the reader knows holds one of these (gpu-count-text.ts GPUS).
const NAMES_A_GPU = /h[12]00|a10|l4|[34]090|6000|mi\s*300|b200/;

/** The GPUs (gpu_key of catalog/selfhost.json, count) a folded text says the model runs on. */
export const namedGpusIn = gated(
  "named GPUs",
  (t) => NAMES_A_GPU.test(t),
  readNamedGpus,
  () => undefined,
);

function readNamedGpus(t: string): { type: string; count?: number } | undefined {
  return cardsAfter(t, ON_CARDS, false) ?? cardsAfter(t, CARDS_ITEM, true) ?? rentedCards(t);
}

function rentedCards(t: string): { type: string; count?: number } | undefined {
  for (const m of t.matchAll(RENTED)) {
    const gpu = gpuAtStart(t.slice(m.index + m[0].length));
    if (gpu === undefined) continue;
    const said = m[1];
    const count = said === undefined ? undefined : /^\d/.test(said) ? Number(said) : COUNTS[said];
    return count !== undefined && count >= 1 ? { type: gpu.key, count } : { type: gpu.key };
  }
  return undefined;
}

function cardsAfter(t: string, pattern: RegExp, wholeItem: boolean): { type: string; count: number } | undefined {
  for (const m of t.matchAll(pattern)) {
    const said = m[1];
    if (said === undefined) continue;
    const rest = t.slice(m.index + m[0].length);
    const gpu = gpuAtStart(rest);
    if (gpu === undefined) continue;
    // "one L40S, classify …" is the item; "2 A100s cost us too much" is a sentence about them.
    if (wholeItem && !ITEM_END.test(rest.slice(gpu.length))) continue;
    const count = /^\d/.test(said) ? Number(said) : COUNTS[said];
    if (count !== undefined && count >= 1) return { type: gpu.key, count };
  }
  return undefined;
}
