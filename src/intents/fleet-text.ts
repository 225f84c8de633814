// Fleet and ownership facts stated in words, for the self-hosting estimate: "no ops staff" (the
// team cannot run GPUs: a capacity, not a free operations budget), "we own 8 H100s", "we paid
// $25k per GPU", "written off over 3 years", "peak is 2× average", "no redundancy" / "N+1".
import type { AssumptionEdits } from "../costs/assumptions.js";
import { QUANTITY, quantityValue } from "./numbers.js";
import { opsCapacityIn } from "./ops-capacity.js";

/** Same GPU names as assumptions-text.ts, reduced to what follows "we own 8 …". */
const OWNED_GPU = String.raw`(h200|h100(?:\s*(?:sxm\d?|pcie|nvl))?|a100(?:\s*-?\s*(?:40|80)\s*gb?)?|l40s|l4|a10g?|(?:rtx\s*)?4090|mi\s*300\s*x?|b200|gh200)s?`;

// A count in digits, or one GPU in words ("a single L40S", "one H100").
// "we bought 4 more L40S" counts the 4 bought (a thread adds them to those it knows: what-if-text.ts).
const COUNT_AND_GPU = String.raw`(\d{1,5}|one|a single|single|an?)\s*(?:x\s*)?(?:more\s+)?(?:nvidia\s+|amd\s+)?${OWNED_GPU}`;
// "we have our own k8s with 16 A100 80GB": what holds the GPUs may come between.
const HOLDER = String.raw`(?:(?:our own|an?|the|some) [\w-]+(?: [\w-]+)? (?:with|of)\s+)?`;
const OWNED_BEFORE = new RegExp(
  String.raw`\b(?:(?:we|i)(?:\s+|(?='))(?:already\s+)?(?:own|have|bought|purchased|run|operate|(?:will |'ll |'d |would |could |might |are going to |are )?(?:buy|buying|purchase))|(?:we|i)(?:'ve| have)\s+got|our(?:\s+own)?|owned|existing)\s+${HOLDER}${COUNT_AND_GPU}`,
);
// "the 4 A100s we own", "2 H100s we already own", "16 H100s that we bought".
const OWNED_AFTER = new RegExp(
  String.raw`\b${COUNT_AND_GPU}\s+(?:that\s+|which\s+)?(?:we|i)\s+(?:already\s+)?(?:own|have|bought|purchased|run|operate)\b`,
);

// "we self-host on a single L40S", "we already run everything on 2 H100s": the team's own hardware,
// said as where it runs today (a question, "what would it cost to run X on 8 H100s?", is no "we").
const RUNS_ON = new RegExp(
  String.raw`(?<!\b(?:can|could|would|should|shall|will|may|might|do|if)\s)\bwe (?:already |currently |today )?(?:self-?host|run|serve|host)\w* (?:[\w.-]+ ){0,3}on (?:our (?:own )?)?${COUNT_AND_GPU}`,
);

// "our 4 owned L40S", "on 2 owned H100s", "4 of our own A100s", "our existing 2 H100s".
const VENDOR = String.raw`(?:nvidia\s+|amd\s+)?`;
const OWNED_ADJECTIVE = [
  new RegExp(String.raw`\b(\d{1,5})\s*(?:x\s*)?(?:owned|existing|in-house)\s+${VENDOR}${OWNED_GPU}`),
  new RegExp(String.raw`\b(\d{1,5})\s+of\s+(?:our|my)\s+(?:own\s+)?${VENDOR}${OWNED_GPU}`),
];
// One card said as mine or ours: "on my 4090", "my gaming pc with a 4090" (not "our a100 cluster",
// which holds an unknown number of them).
const MINE = String.raw`\b(?:my|our)\s+(?:own\s+)?(?:(?:gaming\s+|home\s+|work\s+|local\s+|dev\s+)?(?:pc|rig|box|machine|desktop|workstation|server|tower)\s+with\s+(?:an?\s+|one\s+|a single\s+)?)?(?:single\s+|one\s+)?(?:nvidia\s+|geforce\s+)*`;
const ONE_MINE = new RegExp(
  String.raw`${MINE}((?:rtx\s*)?[34]090|l40s|l4|a10g?|h100|a100(?:\s*-?\s*(?:40|80)\s*gb?)?|h200)\b(?!s|\s+(?:cluster|fleet|nodes?|servers?|farm|pool|machines|boxes|instances|rigs)\b)`,
);
// GPUs counted beside on-premises words are the team's own hardware (on premises nothing is
// rented): "on-prem, 8x H100 80GB", "8x H100 in our datacenter", "our own DC with 16 H100s".
const ON_PREM_WORDS = String.raw`(?:on[- ]?prem\w*|on premises?|in-?house|air-?gapped|(?:in |on )?our (?:own )?(?:data ?cent(?:er|re)s?|dc|servers?|cluster|hardware|basement|rack))`;
const ON_PREM_GPUS = [
  new RegExp(String.raw`\b${ON_PREM_WORDS}[^.;?!\d]{0,25}?${COUNT_AND_GPU}`),
  new RegExp(String.raw`\b${COUNT_AND_GPU}(?:\s*\d+\s*gb)?[^.;?!\d]{0,12}?\b${ON_PREM_WORDS}`),
];

const RENTED_AFTER = /^[^.;?!]*?\b(?:rent(?:ed|ing|al)?|leased|on[- ]demand|cloud)\b/;

const MORE_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, six: 6, eight: 8 };
const MORE_GPUS = new RegExp(
  String.raw`\b(\d{1,5}|${Object.keys(MORE_WORDS).join("|")})\s+more\s+(?:nvidia\s+|amd\s+)?(?:gpus?\b|${OWNED_GPU})`,
);

/** "4 more L40S", "two more h100s": the GPUs added to those the team has. */
export function moreGpusIn(t: string): number | undefined {
  const said = MORE_GPUS.exec(t)?.[1];
  if (said === undefined) return undefined;
  return /^\d/.test(said) ? Number(said) : MORE_WORDS[said];
}

/** GPUs the team says it owns ("we own 8 H100s", "the 4 A100s we own", "we've got 4 L40S"). */
export function ownedGpusIn(t: string): { type: string; count: number } | undefined {
  const one = ONE_MINE.exec(t);
  const m =
    OWNED_BEFORE.exec(t) ??
    OWNED_AFTER.exec(t) ??
    RUNS_ON.exec(t) ??
    ownedAdjective(t) ??
    (one ? Object.assign([one[0], "1", one[1]], { index: one.index }) : null) ??
    onPremGpus(t);
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  // "we run our vLLM cluster on 8x H100 (rented, $2.10/GPU-hour)": GPUs the team runs, not owns.
  const end = (m.index ?? 0) + (m[0] ?? "").length;
  if (RENTED_AFTER.test(t.slice(end, end + 30))) return undefined;
  const count = /^\d/.test(m[1]) ? Number(m[1]) : 1;
  if (!Number.isInteger(count) || count < 1) return undefined;
  // A bare "4090" is the RTX card, named as the catalogue names it.
  const type = m[2]
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?=[34]090$)/, "rtx ");
  return { type, count };
}

function ownedAdjective(t: string): RegExpExecArray | null {
  for (const pattern of OWNED_ADJECTIVE) {
    const m = pattern.exec(t);
    if (m) return m;
  }
  return null;
}

function onPremGpus(t: string): RegExpExecArray | null {
  for (const pattern of ON_PREM_GPUS) {
    const m = pattern.exec(t);
    if (m) return m;
  }
  return null;
}

// "we paid $25k per GPU", "bought them for $30,000 each", "$25k each".
const PAID_FOR = new RegExp(
  String.raw`\b(?:paid|bought (?:them|it) for|cost us)\s*\$\s*${QUANTITY}\s*(?:each|per (?:gpu|card)|a (?:gpu|card))`,
);
const PAID_EACH = new RegExp(String.raw`\$\s*${QUANTITY}\s*(?:each|per (?:gpu|card))\b`);

// How much busier the peak is than the average, in the ways teams say it: "peak is 2× average",
// "peaks are 10x", "spiky traffic, 5x at lunch", "traffic spikes to 4x", "3x the average at peak",
// "bursts of 8x". Self-hosting sizes its GPUs for the peak (costs/fleet.ts).
const TIMES = String.raw`(\d+(?:\.\d+)?)\s*(?:x|×|times)`;
const BUSY_TIMES = String.raw`(?:lunch(?:time)?|peak(?:\s+hours?)?|rush(?:\s+hours?)?|launch|night|evenings?|mornings?|weekends?|month[- ]end|busy (?:hours?|times?|periods?)|black friday|the (?:peak|rush|busiest (?:hour|time)s?))`;
const PEAK_SAID = [
  new RegExp(
    String.raw`\bpeaks?\s*(?:load|traffic|usage)?\s*(?:is|are|of|at|=|:|hits?|reach(?:es)?|around|about|~)?\s*${TIMES}`,
  ),
  new RegExp(
    String.raw`${TIMES}\s*(?:the\s+)?(?:average|avg|mean|normal|baseline)\s+(?:at|in|during)?\s*(?:the\s+)?peaks?`,
  ),
  new RegExp(
    String.raw`${TIMES}\s+(?:the\s+)?(?:average\s+|avg\s+|normal\s+|baseline\s+)?(?:at|during|around|over|on|in)\s+${BUSY_TIMES}`,
  ),
  new RegExp(
    String.raw`\b(?:spikes?|spiking|surges?|surging|bursts?|bursting|jumps?)\s+(?:up\s+)?(?:to|of|by)?\s*${TIMES}`,
  ),
  new RegExp(String.raw`${TIMES}\s+(?:spikes?|surges?|bursts?|peaks?)\b`),
  /\bpeak[- ]to[- ]average(?:\s+ratio)?\s*(?:of|is|=|:|~)?\s*(\d+(?:\.\d+)?)/,
];
const FLAT = /\b(?:flat|steady|constant|even) (?:load|traffic)\b|\bno peaks?\b/;

/** Peak load ÷ average load said in `t` (folded), between 1 and 100; 1 for a flat load. */
export function peakToAverageIn(t: string): number | undefined {
  for (const pattern of PEAK_SAID) {
    const m = pattern.exec(t);
    if (m?.[1] === undefined) continue;
    const v = Number(m[1]);
    if (v >= 1 && v <= 100) return v;
  }
  return FLAT.test(t) ? 1 : undefined;
}

export function parseFleetEdits(t: string): AssumptionEdits {
  const out: AssumptionEdits = {};
  // The one home of ops-capacity words (ops-capacity.ts), as for the recommendation.
  const ops = opsCapacityIn(t);
  if (ops) out.opsCapacity = ops;

  const owned = ownedGpusIn(t);
  if (owned) {
    out.ownedGpuCount = owned.count;
    out.ownedGpuType = owned.type;
  }
  const paid = PAID_FOR.exec(t) ?? PAID_EACH.exec(t);
  if (paid?.[1] !== undefined) {
    const v = quantityValue(paid[1], paid[2]);
    if (v >= 100) out.ownedGpuPurchaseUsd = v;
  }
  const life = /\b(?:over|across|amorti[sz]ed over|written off over|depreciat\w* over|for)\s+(\d{1,2})\s+years?\b/.exec(
    t,
  );
  if (life?.[1] !== undefined && (out.ownedGpuCount !== undefined || /\b(amorti|depreci|written off|life)/.test(t)))
    out.ownedLifeYears = Number(life[1]);

  const peak = peakToAverageIn(t);
  if (peak !== undefined) out.peakToAverage = peak;

  if (/\bno (?:redundancy|spare|failover)\b|\bwithout (?:redundancy|a spare|failover)\b/.test(t)) out.spareReplicas = 0;
  else {
    const n = /\bn\s*\+\s*(\d)\b/.exec(t);
    if (n?.[1] !== undefined) out.spareReplicas = Number(n[1]);
  }
  return out;
}
