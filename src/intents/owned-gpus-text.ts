// The GPUs a team says it has, in the ways teams say it: "we own 8 H100s", "the 4 A100s we own",
// "we bought 2 servers with 8 H100 each" (16), "two DGX systems (16 H100 total) that are half used
// for other work" (8 free), "each appliance has one L4", "we can only use 4 of the H100s", "we get
// access to 8 H100s", and with no count, "our own L4s" or "thousands of H100s" (as many as the
// estimate needs: costs/owned-gpus.ts). Texts are folded (lower case).
import { OWNED_AS_NEEDED, ownedAsNeeded } from "../costs/owned-gpus.js";
import { sameGpu } from "./gpu-count-text.js";
import { UNITS } from "./numbers.js";
import { gated } from "./reader-gates.js";

type Owned = { type: string; count: number; perServer?: number };

// NVIDIA's workstation cards: the 48 GB "RTX A6000" and "RTX 6000 Ada (Generation)" (also sold as
// "RTX A6000 Ada"), the "RTX PRO 6000 (Blackwell)" and the smaller RTX A5000 / A4000; never the 24 GB
// Quadro "RTX 6000" of 2018, which names no generation. Whether the GPU data holds a card's specs
// is the cost engine's question (costs/self-host.ts resolveGpu), not the reader's.
const WORKSTATION_CARD = String.raw`(?:rtx\s*)?a?6000\s*ada(?:\s+generation)?|rtx\s*pro\s*6000(?:\s*blackwell)?|(?:rtx\s*)?a[456]000`;

/** Same GPU names as assumptions-text.ts, reduced to what follows "we own 8 …". */
export const OWNED_GPU = String.raw`(h200|h100(?:\s*(?:sxm\d?|pcie|nvl))?|a100(?:\s*-?\s*(?:40|80)\s*gb?)?|l40s|l4|a10g?|(?:rtx\s*)?4090|${WORKSTATION_CARD}|mi\s*300\s*x?|b200|gh200)s?`;
const VENDOR = String.raw`(?:nvidia\s+|amd\s+)?`;

// A count in digits, or one GPU in words ("a single L40S", "one H100").
// "we bought 4 more L40S" counts the 4 bought (a thread adds them to those it knows: what-if-text.ts).
const COUNT_AND_GPU = String.raw`(\d{1,5}|one|a single|single|an?)\s*(?:x\s*)?(?:more\s+)?${VENDOR}${OWNED_GPU}`;
// "we have our own k8s with 16 A100 80GB", "a donated gaming PC with an RTX 4090": what holds the
// GPUs may come between.
const HOLDER = String.raw`(?:(?:our own|an?|the|some) [\w-]+(?: [\w-]+){0,2} (?:with|of)\s+)?`;
// The team's verbs of having: own, bought, will buy, has access to; also after "and" when the
// team is the subject of both verbs ("we run our own data centre and have a server with 4x A10",
// "we're a small lab and own 2 H100s"; not "we use AWS and they have …", where another subject
// comes between).
const SAME_SUBJECT_AND = String.raw`(?<=\b(?:we|i)\b[^.;?!]{1,60}?)\band\s+(?:also\s+|already\s+)?(?:own|have|bought|purchased|operate|(?:have|got) access to)`;
// "we already pay for 4 A100s we're not using": cards already paid for are the team's to use at no
// extra rent. "already" is needed: "we pay for 2 H100s on Lambda" is rent by the hour.
const ALREADY_PAID = String.raw`(?:we|i)(?:\s+are|'re)?\s+already\s+pay(?:ing)?\s+for`;
const HAVE = String.raw`(?:we|i)(?:\s+|(?='))(?:already\s+)?(?:own|have|bought|purchased|run|operate|(?:will |'ll |'d |would |could |might |are going to |are )?(?:buy|buying|purchase)|(?:get|got|have|gain(?:ed)?|will have) access to)|(?:we|i)(?:'ve| have)\s+got|${ALREADY_PAID}|${SAME_SUBJECT_AND}`;
const OWNED_BEFORE = new RegExp(String.raw`\b(?:${HAVE}|our(?:\s+own)?|owned|existing)\s+${HOLDER}${COUNT_AND_GPU}`);
// One item of what the team lists as its own: "we have literally no budget ($0), one volunteer
// developer, and a donated gaming PC with an RTX 4090", "we have two interns and a workstation with
// 2x RTX 4090". The list stays in its sentence.
const OWNED_IN_LIST = new RegExp(
  String.raw`\b(?:we|i)(?:\s+|(?='))(?:already\s+)?(?:have|own|'ve got|have got)\b[^.;?!]{1,100}?(?:,\s*(?:and\s+)?|\s+and\s+)${HOLDER}${COUNT_AND_GPU}`,
);
// "the 4 A100s we own", "2 H100s we already own", "16 H100s that we bought", "2 L40S (48GB) that
// we own", "the 2 H100s we're already paying for": the card's memory may stand between.
const CARD_MEMORY = String.raw`(?:\s*\(?\d{1,3}\s*gb(?:\s+each)?\)?)?`;
const OWNED_AFTER = new RegExp(
  String.raw`\b${COUNT_AND_GPU}${CARD_MEMORY}\s+(?:that\s+|which\s+)?(?:(?:we|i)\s+(?:already\s+)?(?:own|have|bought|purchased|run|operate)|${ALREADY_PAID})\b`,
);

// "we self-host on a single L40S", "we already run everything on 2 H100s": the team's own hardware,
// said as where it runs today (a question, "what would it cost to run X on 8 H100s?", is no "we").
const RUNS_ON = new RegExp(
  String.raw`(?<!\b(?:can|could|would|should|shall|will|may|might|do|if)\s)\bwe (?:already |currently |today )?(?:self-?host|run|serve|host)\w* (?:[\w.-]+ ){0,3}on (?:our (?:own )?)?${COUNT_AND_GPU}`,
);

// "our 4 owned L40S", "on 2 owned H100s", "4 of our own A100s", "our existing 2 H100s", and the
// part of them a team may use: "we can only use 4 of the H100s", "dedicate 2 of those A100s".
const OWNED_ADJECTIVE = [
  new RegExp(String.raw`\b(\d{1,5})\s*(?:x\s*)?(?:owned|existing|in-house)\s+${VENDOR}${OWNED_GPU}`),
  new RegExp(String.raw`\b(\d{1,5})\s+of\s+(?:our|my)\s+(?:own\s+)?${VENDOR}${OWNED_GPU}`),
  new RegExp(
    String.raw`\b(?:use|spare|free up|dedicate|set aside|give (?:it|this|them))\s+(?:only\s+)?(\d{1,5})\s+of\s+(?:the|those|these)\s+${VENDOR}${OWNED_GPU}`,
  ),
];
// One card said as mine or ours: "on my 4090", "my gaming pc with a 4090" (not "our a100 cluster"
// or "our L40S cards", which hold an unknown number of them).
const MINE = String.raw`\b(?:my|our)\s+(?:own\s+)?(?:(?:gaming\s+|home\s+|work\s+|local\s+|dev\s+)?(?:pc|rig|box|machine|desktop|workstation|server|tower)\s+with\s+(?:an?\s+|one\s+|a single\s+)?)?(?:single\s+|one\s+)?(?:nvidia\s+|geforce\s+)*`;
const ONE_MINE = new RegExp(
  String.raw`${MINE}((?:rtx\s*)?[34]090|l40s|l4|a10g?|h100|a100(?:\s*-?\s*(?:40|80)\s*gb?)?|h200)\b(?!s|\s+(?:cluster|fleet|nodes?|servers?|farm|pool|machines|boxes|instances|rigs|cards|gpus)\b)`,
);
// "our L40S" is one card or several (the name's plural is itself): a count, not one, when nothing
// says one ("our server with an L40S", "my L40S" stay one).
const SAME_IN_PLURAL = /^our\s+(?:own\s+)?(?:nvidia\s+)?l40s$/;
// GPUs counted beside on-premises words are the team's own hardware (on premises nothing is
// rented): "on-prem, 8x H100 80GB", "8x H100 in our datacenter", "our own DC with 16 H100s".
const ON_PREM_WORDS = String.raw`(?:on[- ]?prem\w*|on premises?|in-?house|air-?gapped|(?:in |on )?our (?:own )?(?:data ?cent(?:er|re)s?|dc|servers?|cluster|hardware|basement|rack))`;
const ON_PREM_GPUS = [
  new RegExp(String.raw`\b${ON_PREM_WORDS}[^.;?!\d]{0,25}?${COUNT_AND_GPU}`),
  new RegExp(String.raw`\b${COUNT_AND_GPU}(?:\s*\d+\s*gb)?[^.;?!\d]{0,12}?\b${ON_PREM_WORDS}`),
];

// Hardware in each of the team's machines, which every deployment must run on: "each appliance
// has one NVIDIA L4", "one L4 in every appliance", "2 A100s per site".
const UNIT = String.raw`(?:appliances?|devices?|boxe?s?|servers?|nodes?|sites?|units?|machines?|robots?|stores?|branch(?:es)?|locations?|gateways?|kiosks?|vehicles?)`;
const PER_UNIT = [
  new RegExp(
    String.raw`\beach\s+(?:[\w-]+\s+)?${UNIT}\s+(?:has|have|comes with|ships with|runs on|gets|holds|carries|is fitted with)\s+${COUNT_AND_GPU}`,
  ),
  new RegExp(
    String.raw`\b${COUNT_AND_GPU}\s+(?:per|in each|in every|on each|on every|for each)\s+(?:[\w-]+\s+)?${UNIT}\b`,
  ),
];

// Machines × the GPUs in each, or a total, after a verb of having in the same sentence: "we bought
// 2 servers with 8 H100 each", "we own two DGX H100 systems (16 H100 total)", "hardware we already
// own: one server with 4x L40S" or "…: a single server with 2x L40S" (one machine counts its cards too).
// Counts in words are numbers.ts's (zero counts nothing); "a" and "a single" are one machine.
const WORD_NUMBER: Readonly<Record<string, number>> = {
  "a single": 1,
  a: 1,
  ...Object.fromEntries(Object.entries(UNITS).filter(([, n]) => n > 0)),
};
const MACHINES = String.raw`(\d{1,4}|${Object.keys(WORD_NUMBER).join("|")})\s+(?:[\w-]+\s+){0,2}?(?:servers?|nodes?|box(?:es)?|machines?|systems?|hosts?|dgxs?|workstations?)`;
const PER_MACHINE = new RegExp(
  String.raw`^[^.;?!]*?\b${MACHINES}\s*,?\s*(?:each\s+)?(?:with|of|having|holding)\s+(\d{1,3}|${Object.keys(WORD_NUMBER).join("|")})\s*(?:x\s*|×\s*)?${VENDOR}${OWNED_GPU}`,
);
const TOTAL = new RegExp(
  String.raw`^[^.;?!]*?\b(?:(\d{1,5})\s*(?:x\s*)?${VENDOR}${OWNED_GPU}\s+(?:gpus?\s+)?(?:in\s+)?total\b|total of\s+(\d{1,5})\s*(?:x\s*)?${VENDOR}${OWNED_GPU})`,
);
const HAVE_AT = new RegExp(String.raw`\b(?:${HAVE})\b`, "g");

// Owned GPUs with no count ("our own L4s", "we have thousands of H100s", "we run H100s"): as many as
// the estimate needs. A plural is needed ("our a100 cluster" names a cluster, not its cards; "our
// h100 gpus" and "our l40s cards" are plurals), and
// a question ("do we have H100s?") owns nothing.
const GPU_PLURAL = String.raw`(h200|h100|a100|l40|l4|a10g?|(?:rtx\s*)?4090|(?:rtx\s*)?a6000|mi\s*300\s*x?|b200|gh200)(?:s\b|\s+(?:gpus|cards)\b)`;
const MANY = String.raw`(?:(?:tens of )?thousands of |hundreds of |dozens of |lots of |loads of |plenty of |many |a lot of |a fleet of )`;
const UNCOUNTED = [
  new RegExp(String.raw`\bour\s+(?:own\s+)?${MANY}?${VENDOR}${GPU_PLURAL}`),
  new RegExp(
    String.raw`(?<!\b(?:do|does|did|if|can|could|whether)\s)\b(?:we|i)(?:\s+|(?='))(?:already\s+)?(?:own|have|run|operate|'ve got|have got)\s+${MANY}?${VENDOR}${GPU_PLURAL}`,
  ),
];

// How much of the hardware is free for this: "half used for other work" leaves half, "a quarter
// free" a quarter.
const SHARES: Record<string, number> = { half: 0.5, "a third": 1 / 3, "a quarter": 0.25, "two thirds": 2 / 3 };
const SHARE_SAID = new RegExp(
  String.raw`^[^.;?!]*?\b(${Object.keys(SHARES).join("|")}|\d{1,2}\s*%)\s+(?:of\s+(?:them|it|those|these)\s+)?(?:is\s+|are\s+)?(used|busy|taken|reserved|booked|allocated|in use|free|available|idle|spare)\b`,
);

// What follows GPUs the team runs but does not own: "(rented …)", "on demand", "cost us $2.75 per hour".
const RENTED_AFTER =
  /^(?:[^.;?!]|\.(?=\d))*?(?:\b(?:rent(?:ed|ing|al)?|leased|on[- ]demand|cloud)\b|\b(?:per|an|a|\/)\s*(?:gpu[- ])?h(?:ou)?rs?\b|\bhourly\b)/;

interface Said {
  count: number;
  gpu: string;
  /** GPUs in each of several machines ("2 servers with 2x L40S each"), when said. */
  perServer?: number;
  /** Where the phrase ends, to read what follows it ("(rented …)", "half used"). */
  end: number;
}

const countOf = (said: string): number => (/^\d/.test(said) ? Number(said) : (WORD_NUMBER[said] ?? 1));

function said(m: RegExpExecArray | null, countAt = 1, gpuAt = 2): Said | null {
  const count = m?.[countAt];
  const gpu = m?.[gpuAt];
  if (!m || count === undefined || gpu === undefined) return null;
  return { count: countOf(count), gpu, end: m.index + m[0].length };
}

function first(patterns: readonly RegExp[], t: string): Said | null {
  for (const pattern of patterns) {
    const hit = said(pattern.exec(t));
    if (hit) return hit;
  }
  return null;
}

/** Machines × GPUs in each, or a total, in the sentence after a verb of having. */
function grouped(t: string): Said | null {
  for (const verb of t.matchAll(HAVE_AT)) {
    const from = verb.index + verb[0].length;
    const rest = t.slice(from);
    const total = TOTAL.exec(rest);
    if (total) {
      const [count, gpu] = total[1] !== undefined ? [total[1], total[2]] : [total[3], total[4]];
      if (count !== undefined && gpu !== undefined) return { count: Number(count), gpu, end: from + total[0].length };
    }
    const each = PER_MACHINE.exec(rest);
    if (each?.[1] !== undefined && each[2] !== undefined && each[3] !== undefined) {
      const machines = countOf(each[1]);
      const perServer = countOf(each[2]);
      return {
        count: machines * perServer,
        gpu: each[3],
        end: from + each[0].length,
        ...(machines > 1 ? { perServer } : {}),
      };
    }
  }
  return null;
}

function uncounted(t: string): Said | null {
  for (const pattern of UNCOUNTED) {
    const m = pattern.exec(t);
    if (m?.[1] !== undefined)
      return { count: OWNED_AS_NEEDED, gpu: m[1] === "l40" ? "l40s" : m[1], end: m.index + m[0].length };
  }
  return null;
}

/** The share of the GPUs said free in the rest of their sentence (1 when none is said). */
function freeShare(after: string): number {
  const m = SHARE_SAID.exec(after);
  if (m?.[1] === undefined || m[2] === undefined) return 1;
  const share = SHARES[m[1]] ?? Number(m[1].replace(/\D/g, "")) / 100;
  if (!(share > 0 && share < 1)) return 1;
  return /^(?:free|available|idle|spare)$/.test(m[2]) ? share : 1 - share;
}

// Every pattern above names a GPU (OWNED_GPU, GPU_PLURAL or ONE_MINE's cards), and each of those
// names holds one of these: a text without any owns no GPU it names.
const NAMES_A_GPU = /h[12]00|a10|l4|[34]090|[456]000|mi\s*300|b200/;

/**
 * GPUs the team says it owns ("we own 8 H100s", "the 4 A100s we own", "we've got 4 L40S"), and
 * how many are in each server when it has several.
 */
export const ownedGpusIn = gated(
  "owned GPUs",
  (t) => NAMES_A_GPU.test(t),
  readOwnedGpus,
  () => undefined,
);

function readOwnedGpus(t: string): Owned | undefined {
  const one = ONE_MINE.exec(t);
  const hit =
    grouped(t) ??
    first(PER_UNIT, t) ??
    said(OWNED_BEFORE.exec(t)) ??
    said(OWNED_AFTER.exec(t)) ??
    said(OWNED_IN_LIST.exec(t)) ??
    said(RUNS_ON.exec(t)) ??
    first(OWNED_ADJECTIVE, t) ??
    (one?.[1] !== undefined
      ? { count: SAME_IN_PLURAL.test(one[0]) ? OWNED_AS_NEEDED : 1, gpu: one[1], end: one.index + one[0].length }
      : null) ??
    first(ON_PREM_GPUS, t) ??
    uncounted(t);
  if (!hit) return undefined;
  // "we run our vLLM cluster on 8x H100 (rented, $2.10/GPU-hour)": GPUs the team runs, not owns.
  if (RENTED_AFTER.test(t.slice(hit.end, hit.end + 30))) return undefined;
  const share = hit.count === OWNED_AS_NEEDED ? 1 : freeShare(t.slice(hit.end));
  const count = Math.max(1, Math.floor(hit.count * share + 1e-9));
  if (!Number.isInteger(count) || count < 1) return undefined;
  // A bare "4090" or "a6000" is the RTX card, named as the catalogue names it ("rtx 6000 ada").
  const type = hit.gpu
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?=[34]090$|a?6000\b|a[45]000$)/, "rtx ")
    .replace(/^rtx(?=\d|a\d|pro)/, "rtx ")
    .replace(/^rtx a6000 ada\b/, "rtx 6000 ada")
    .replace(/ generation$/, "");
  // Part of the cards busy elsewhere: a server holds no more than those free.
  const perServer = hit.perServer !== undefined ? Math.min(hit.perServer, count) : undefined;
  return perServer !== undefined && perServer < count ? { type, count, perServer } : { type, count };
}

/**
 * The team's GPUs named again without a count ("will llama 3.1 8b fit on our A10s?" in a thread
 * that said "a server with 4x A10") are the ones it counted before: the known count stays, rather
 * than becoming as many as the estimate needs. Another card, or a count said, replaces it.
 */
export function ownedKeepingCount(known: Owned | undefined, said: Owned): Owned {
  return known && ownedAsNeeded(said.count) && !ownedAsNeeded(known.count) && sameGpu(known.type, said.type)
    ? known
    : said;
}

// "only one of the two servers", "on a single server", "just 1 of our 3 machines", "half the
// servers": a change to how many of its machines a team may use, said in a thread that knows them.
const KEPT_MACHINES = String.raw`(?:servers?|machines?|nodes?|boxes|box|hosts?|appliances?)`;
const MACHINE_COUNT = String.raw`(\d{1,3}|one|two|three|four|five|six|eight|a single|single|a)`;
const MACHINES_OF = new RegExp(
  String.raw`\b${MACHINE_COUNT}\s+of\s+(?:the|our|those|these|its|both)\s+(?:(\d{1,3}|two|three|four|five|six|eight)\s+)?(?:own(?:ed)?\s+|existing\s+|gpu\s+)?${KEPT_MACHINES}\b`,
);
const ON_MACHINES = new RegExp(
  String.raw`\b(?:on|with|to|use|using|run\w*|keep\w*)\s+(?:it\s+)?(?:on\s+)?(?:only\s+|just\s+)?${MACHINE_COUNT}\s+(?:of\s+(?:them|those)\s+)?(?:own(?:ed)?\s+|existing\s+|gpu\s+)?${KEPT_MACHINES}\b`,
);
const HALF_MACHINES = new RegExp(String.raw`\bhalf\s+(?:of\s+)?(?:the|our|those)\s+${KEPT_MACHINES}\b`);

/**
 * The team's GPUs on fewer of its machines, when `t` says how many it keeps ("what if we run it on
 * only one of the two servers?"): that many servers of `owned.perServer` each, or the same share
 * of the GPUs when the thread knows no per-server count but the message says how many there are.
 */
export function ownedOnFewerMachines(t: string, owned: Owned): Owned | undefined {
  const half = HALF_MACHINES.test(t);
  const m = half ? null : (MACHINES_OF.exec(t) ?? ON_MACHINES.exec(t));
  if (!half && m?.[1] === undefined) return undefined;
  const servers =
    owned.perServer !== undefined ? owned.count / owned.perServer : m?.[2] !== undefined ? countOf(m[2]) : undefined;
  if (servers === undefined || !(servers > 1)) return undefined;
  const kept = half ? servers / 2 : countOf(m![1]!);
  if (!(kept >= 1) || kept >= servers || !Number.isInteger(kept)) return undefined;
  const count = Math.round((owned.count * kept) / servers);
  return kept > 1 && owned.perServer !== undefined
    ? { type: owned.type, count, perServer: owned.perServer }
    : { type: owned.type, count };
}
