// A vision-language model on the shortlist of a job that sends no images: a lead reads "Qwen3-VL"
// at #1 for a text-only customer chat as a mistake unless the answer says why it is there. It is
// there on its own text ratings (say which, beside its text-only sibling's), or, when it has none,
// on a vision board or a relative's estimate, which says nothing of how it does the team's text
// job: then the answer says so, so the team tries it before choosing it over a measured text model.
import type { Catalog } from "../catalog/catalog.js";
import type { Model, QualitySignal } from "../catalog/schema.js";
import { qualityTable } from "../scoring/quality.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";

/** Names labs give their vision-language variants: "Qwen3-VL 235B-A22B", "Llama 3.2 90B Vision". */
const VISION_NAMED = /(^|[^a-z])(vl|vision)([^a-z]|$)/i;
const isVisionVariant = (m: Pick<Model, "name">): boolean => VISION_NAMED.test(m.name);

const textSignals = (signals: readonly QualitySignal[]) => signals.filter((s) => !/vision|image/i.test(s.name));

/** The sibling of the same family built for text alone that reports `signal`, nearest in size. */
function textSibling(catalog: Catalog, m: Model, signal: string): { model: Model; value: number } | null {
  let best: { model: Model; value: number; d: number } | null = null;
  for (const o of catalog.models) {
    if (o.family !== m.family || o.id === m.id || isVisionVariant(o)) continue;
    const s = o.quality.find((q) => q.name === signal);
    if (!s) continue;
    const d = Math.abs(Math.log2((o.parameters?.totalB ?? 1) / (m.parameters?.totalB ?? 1)));
    if (!best || d < best.d) best = { model: o, value: s.value, d };
  }
  return best;
}

/** One line per vision-language pick of a text job, or null when none is on the shortlist. */
export function visionModelNote(catalog: Catalog, req: Requirements, top: readonly RankedModel[]): string | null {
  if (req.imageInput) return null;
  const table = qualityTable(catalog);
  const lines: string[] = [];
  for (const r of top) {
    const m = catalog.modelById.get(r.id);
    if (!m || !isVisionVariant(m)) continue;
    const q = table.scores.get(m.id);
    const own = q?.evidence === "measured" ? textSignals(m.quality.filter((s) => q.signals.includes(s))) : [];
    const first = own[0];
    if (first) {
      const sib = textSibling(catalog, m, first.name);
      const beside = sib
        ? `; its text-only sibling ${sib.model.name}: ${sib.value}${sib.value < first.value ? ", lower" : sib.value > first.value ? ", higher" : ""}`
        : "";
      lines.push(
        `${m.name} also reads images, which your job does not use: it is here on its own text rating (${first.name} ${first.value}${beside}), not on vision.`,
      );
    } else {
      lines.push(
        `${m.name} also reads images, which your job does not use, and has no text rating of its own: its place rests on ${q?.evidence === "estimated" ? "an estimate from a relative" : "a vision or other proxy benchmark"}, so try it on your own text before choosing it over a measured text model.`,
      );
    }
  }
  return lines.length === 0 ? null : `**A vision-language model for a text job:** ${lines.join(" ")}`;
}
