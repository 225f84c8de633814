// Fleet and ownership facts stated in words, for the self-hosting estimate: "no ops staff" (the
// team cannot run GPUs: a capacity, not a free operations budget), "we own 8 H100s", "we paid
// $25k per GPU", "written off over 3 years", "peak is 2× average", "no redundancy" / "N+1".
import type { AssumptionEdits, OpsCapacity } from "../costs/assumptions.js";
import { QUANTITY, quantityValue } from "./numbers.js";

/** Same GPU names as assumptions-text.ts, reduced to what follows "we own 8 …". */
const OWNED_GPU = String.raw`(h200|h100(?:\s*(?:sxm\d?|pcie|nvl))?|a100(?:\s*-?\s*(?:40|80)\s*gb?)?|l40s|l4|a10g?|(?:rtx\s*)?4090|mi\s*300\s*x?|b200|gh200)s?`;

const NO_OPS =
  /\b(?:no|zero|without|lack|don'?t have|do not have|have no)\s+(?:an?\s+)?(?:dedicated\s+)?(?:ops|operations|devops|sre|mlops|ml ?ops|infra(?:structure)?)\s*(?:staff|people|engineers?|team|headcount|capacity|experience|person)?\b/;
const SOME_OPS =
  /\b(?:some|a little|limited|junior|small)\s+(?:ops|devops|sre|mlops|infra)\s*(?:experience|staff|team|capacity)?\b/;
const STRONG_OPS =
  /\b(?:(?:strong|experienced|dedicated|full)\s+(?:ops|devops|sre|mlops|ml ?ops|infra(?:structure)?|platform)\s*(?:team|staff|engineers?|experience)|we have an? (?:ops|sre|mlops|platform|infra) team)\b/;

export function parseOpsCapacity(t: string): OpsCapacity | undefined {
  if (NO_OPS.test(t)) return "none";
  if (STRONG_OPS.test(t)) return "strong";
  if (SOME_OPS.test(t)) return "some";
  return undefined;
}

const COUNT_AND_GPU = String.raw`(\d{1,5})\s*(?:x\s*)?(?:nvidia\s+|amd\s+)?${OWNED_GPU}`;
const OWNED_BEFORE = new RegExp(
  String.raw`\b(?:(?:we|i)\s+(?:already\s+)?(?:own|have|bought|purchased|run|operate)|(?:we|i)(?:'ve| have)\s+got|our(?:\s+own)?|owned|existing)\s+${COUNT_AND_GPU}`,
);
// "the 4 A100s we own", "2 H100s we already own", "16 H100s that we bought".
const OWNED_AFTER = new RegExp(
  String.raw`\b${COUNT_AND_GPU}\s+(?:that\s+|which\s+)?(?:we|i)\s+(?:already\s+)?(?:own|have|bought|purchased|run|operate)\b`,
);

/** GPUs the team says it owns ("we own 8 H100s", "the 4 A100s we own", "we've got 4 L40S"). */
export function ownedGpusIn(t: string): { type: string; count: number } | undefined {
  const m = OWNED_BEFORE.exec(t) ?? OWNED_AFTER.exec(t);
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  const count = Number(m[1]);
  if (!Number.isInteger(count) || count < 1) return undefined;
  return { type: m[2].replace(/\s+/g, " ").trim(), count };
}

// "we paid $25k per GPU", "bought them for $30,000 each", "$25k each".
const PAID_FOR = new RegExp(
  String.raw`\b(?:paid|bought (?:them|it) for|cost us)\s*\$\s*${QUANTITY}\s*(?:each|per (?:gpu|card)|a (?:gpu|card))`,
);
const PAID_EACH = new RegExp(String.raw`\$\s*${QUANTITY}\s*(?:each|per (?:gpu|card))\b`);

export function parseFleetEdits(t: string): AssumptionEdits {
  const out: AssumptionEdits = {};
  const ops = parseOpsCapacity(t);
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

  const peak =
    /\bpeaks?\s*(?:load|traffic)?\s*(?:is|of|at|=|:)?\s*(\d+(?:\.\d+)?)\s*(?:x|×|times)\s*(?:the\s+)?(?:average|avg|mean)?/.exec(
      t,
    ) ??
    /(\d+(?:\.\d+)?)\s*(?:x|×|times)\s*(?:the\s+)?(?:average|avg|mean)\s+(?:at|in|during)?\s*(?:the\s+)?peaks?/.exec(t);
  if (peak?.[1] !== undefined) {
    const v = Number(peak[1]);
    if (v >= 1 && v <= 100) out.peakToAverage = v;
  } else if (/\b(?:flat|steady|constant|even) (?:load|traffic)\b|\bno peaks?\b/.test(t)) out.peakToAverage = 1;

  if (/\bno (?:redundancy|spare|failover)\b|\bwithout (?:redundancy|a spare|failover)\b/.test(t)) out.spareReplicas = 0;
  else {
    const n = /\bn\s*\+\s*(\d)\b/.exec(t);
    if (n?.[1] !== undefined) out.spareReplicas = Number(n[1]);
  }
  return out;
}
