// How many cards a message says before a GPU's name ("2x 4090", "those 2 a6000s", "a single H100",
// "4×A100 40GB", "one h100"), for the fine-tuning fit and the serving fit alike, and whether a
// serving question asks if a model fits them ("does gpt-oss-120b fit on one h100?"), and the GPU names themselves (one table).

// Text -> gpu_key of catalog/selfhost.json. More specific patterns first.
const GPUS: { pattern: RegExp; key: string }[] = [
  { pattern: /\bh200s?\b/, key: "H200-SXM-141GB" },
  { pattern: /\bh100\s*(?:pcie|pci-e)\b/, key: "H100-PCIe-80GB" },
  { pattern: /\bh100(?:\s*sxm\d?)?(?:\s*80\s*gb)?s?\b/, key: "H100-SXM-80GB" },
  { pattern: /\ba100\s*(?:-|\s)?\s*40\s*gb?\b/, key: "A100-40GB" },
  { pattern: /\ba100(?:\s*(?:-|\s)?\s*80\s*gb?)?s?\b/, key: "A100-80GB" },
  { pattern: /\bl40s\b/, key: "L40S-48GB" },
  { pattern: /\bl4s?\b/, key: "L4-24GB" },
  { pattern: /\ba10g\b/, key: "A10G-24GB" },
  // The data's A10 row is the A10G (AWS G5's A10: same chip and 24 GB), named so in the answer.
  { pattern: /\ba10s?\b/, key: "A10G-24GB" },
  { pattern: /\b(?:rtx\s*)?4090s?\b/, key: "RTX4090-24GB" },
  // NVIDIA's 48 GB workstation cards (the Ada one before the Ampere one it contains).
  { pattern: /\b(?:rtx\s*)?a?6000\s*ada\b/, key: "RTX6000ADA-48GB" },
  { pattern: /\b(?:rtx\s*)?a6000s?\b/, key: "RTXA6000-48GB" },
  { pattern: /\bmi\s*300\s*x?\b/, key: "MI300X-192GB" },
  { pattern: /\bb200s?\b/, key: "B200-180GB" },
];

/** The first GPU named in folded text, and where. */
export function gpuMentionIn(t: string): { key: string; index: number } | undefined {
  for (const { pattern, key } of GPUS) {
    const m = pattern.exec(t);
    if (m) return { key, index: m.index };
  }
  return undefined;
}

/** The GPU named at the very start of folded text ("a100 80gb for …"), if one is: its gpu_key and the name's length. */
export function gpuAtStart(t: string): { key: string; length: number } | undefined {
  for (const { pattern, key } of GPUS) {
    const m = pattern.exec(t);
    if (m?.index === 0) return { key, length: m[0].length };
  }
  return undefined;
}

/** Two ways of naming a GPU ("l40s", "L40S-48GB", "A10" and "A10G") that are the same card in the data. */
export function sameGpu(a: string, b: string): boolean {
  const key = (name: string) => gpuMentionIn(name.toLowerCase())?.key ?? name.toLowerCase();
  return key(a) === key(b);
}

// "4x A100", "8× H100": a count of cards, never "4x the traffic".
const COUNTED_GPUS = new RegExp(
  String.raw`\b\d{1,5}\s*[x×]\s*(?:nvidia\s+|amd\s+|geforce\s+|rtx\s+)*(?=${GPUS.map((g) => g.pattern.source).join("|")})`,
  "g",
);

/** Folded text with the counts of cards ("4x A100") blanked, for readers of multipliers ("4x the volume"). */
export function withoutGpuCounts(t: string): string {
  return t.replace(COUNTED_GPUS, (m) => " ".repeat(m.length));
}

// A card's model number after its brand ("rtx 4090", "geforce 3090", "rtx 6000 ada", "rtx pro
// 6000", "rtx a6000") names the card: it is no count of things ("our 2 RTX 4090 run the model …
// 10M tokens" is not 4,090 runs).
const CARD_NUMBER = /\b(?:(?:geforce|quadro)\s+)?rtx\s*(?:pro\s*)?a?\d{4}\b|\bgeforce\s+(?:gtx\s+)?\d{4}\b/g;

/** Folded text with each card named by a number said as "gpu", for readers of counts and volumes. */
export function withoutCardNumbers(t: string): string {
  return t.replace(CARD_NUMBER, "gpu");
}

const WORD_COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  "a single": 1,
  two: 2,
  pair: 2,
  "a pair of": 2,
  three: 3,
  four: 4,
  six: 6,
  eight: 8,
};

// The count right before the GPU name, past "nvidia", "geforce", "rtx".
const COUNT_BEFORE = new RegExp(
  String.raw`(\d{1,3}|a pair of|a single|${Object.keys(WORD_COUNTS).join("|")})\s*(?:x|×)?\s*(?:nvidia\s+|geforce\s+|rtx\s+)*$`,
);

/** The cards said before the first GPU named in folded text; `said` is false when no count stands there (1 assumed). */
export function gpuCountIn(
  t: string,
): { key: string; gpus: number; said: boolean; word?: string | undefined } | undefined {
  const mention = gpuMentionIn(t);
  if (!mention) return undefined;
  const before = COUNT_BEFORE.exec(t.slice(0, mention.index).replace(/\b(?:those|these|the|our|my)\s+$/, ""));
  const said = before?.[1];
  const gpus = said === undefined ? 1 : /^\d/.test(said) ? Number(said) : (WORD_COUNTS[said] ?? 1);
  return { key: mention.key, gpus: gpus >= 1 ? gpus : 1, said: said !== undefined, word: said };
}

/**
 * The GPU group a message names for serving: a count said before the GPU ("2x a100", "8 h100s",
 * "a single L40S"). "an H100" alone names a GPU type, not a group of one.
 */
export function gpuGroupIn(t: string): { key: string; gpus: number } | undefined {
  const count = gpuCountIn(t);
  if (!count?.said || count.word === "a" || count.word === "an") return undefined;
  return { key: count.key, gpus: count.gpus };
}

/** Words that ask whether a model fits or runs on hardware, not what it costs there. */
const FIT_WORDS =
  /\b(?:fits?|fitting|enough (?:vram|memory|gpu memory)|run(?:s|ning)? (?:it |this |that )?on|load(?:ed)? (?:it |this )?on)\b/;

// The team's own machines named without a GPU: "one of our servers", "our box", "a single node of
// ours", "our on-prem cluster". In a thread that knows the team's GPUs, these are those GPUs.
const OWN_MACHINES =
  /\b(?:(?:one|each|either|any) of (?:our|the|those|these|them)|our|one|a single|a|each|either|the|that|this)\s+(?:own\s+)?(?:(?:gpu|inference|on-?prem|local)\s+)?(?:servers?|machines?|box(?:es)?|nodes?|cluster|hardware|rigs?|workstations?)\b(?:\s+of ours)?/;
const OURS = /\b(?:our|ours|we (?:have|own|got))\b/;
// "can we run llama 3.3 70b on our box?": the model named between the verb and the machine.
const RUN_X_ON = /\b(?:run|host|serve|deploy|load)\b(?:[^.?!]|\.(?=\d)){0,60}?\s(?:on|in)\s/;

/** "will gemma 3 27b fit on one of our servers?": a fit question about the team's own machines, no GPU named. */
export function fitOnOwnMachinesAsked(t: string): boolean {
  const m = OWN_MACHINES.exec(t);
  if (m === null || !(FIT_WORDS.test(t) || RUN_X_ON.test(t))) return false;
  return OURS.test(m[0]) || /\b(?:one|a single)\s+(?:servers?|machines?|box|nodes?)\b/.test(m[0]);
}

/**
 * A serving question about a number of cards: "does X fit on one h100?", "can we run X on 2x
 * A100?", "self-host X on 2 h100s" — a count said before the GPU, or fit words beside one.
 */
export function servingFitAskIn(t: string): { gpus: number } | undefined {
  const count = gpuCountIn(t);
  if (!count || (!count.said && !FIT_WORDS.test(t))) return undefined;
  return { gpus: count.gpus };
}
