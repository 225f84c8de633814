// A top three from one line (Gemma 3 27B, Gemma 4 26B A4B, Gemma 4 31B) or one lab (Mistral Large 3,
// Small 3.2, Small 4) gives a team one supplier's strengths and blind spots three times. When a
// model of another lab (or, the three sharing a lab but not a line, of another line) scores within
// the precision of these scores (CLOSE_CALL) of #3, in #3's rank group (so it meets every hard
// constraint and the same quality minimum), the answer names it as the one to also consider, with
// the rule said. The order stays the scores' order: the note adds a choice, it re-ranks nothing.
// Measured over 840 generated teams (7 jobs x 4 priorities x 10 constraint sets x 3 volumes): the
// top three were one line in 11 (1.3 %) and one lab, with other labs allowed, in 11; another
// line scored within 0.01 of #3 in 7 of the 11.
import type { Catalog } from "../catalog/catalog.js";
import { CLOSE_CALL, fmtScore } from "../scoring/explain.js";
import { rankTier } from "../scoring/rank-groups.js";
import type { Ranking } from "../scoring/rank.js";

export function otherLineNote(catalog: Catalog, ranking: Ranking): string | null {
  const top = ranking.ranked.slice(0, 3).map((r) => ({ r, m: catalog.modelById.get(r.id) }));
  const third = top[2];
  if (!third?.m || top.some((t) => !t.m)) return null;
  const oneLab = top.every((t) => t.m!.lab === third.m!.lab);
  const oneLine = top.every((t) => t.m!.family === third.m!.family && t.m!.lab === third.m!.lab);
  if (!oneLab) return null;
  const tier = rankTier(third.r);
  // Ranked is ordered by group, then score: stop at the first model of another group or too far below.
  for (const r of ranking.ranked.slice(3)) {
    if (rankTier(r) !== tier || third.r.score - r.score >= CLOSE_CALL) return null;
    const m = catalog.modelById.get(r.id);
    if (!m) continue;
    const otherLab = m.lab !== third.m.lab;
    if (!otherLab && !(oneLine && m.family !== third.m.family)) continue;
    const same = oneLine ? `${third.m.family} models (${third.m.lab})` : `${third.m.lab} models`;
    return `**Also consider, from another ${otherLab ? "lab" : "line"}:** the top three are all ${same}. ${m.name} (${m.lab}, #${r.rank}) scores ${fmtScore(r.score)} against #3's ${fmtScore(third.r.score)}, within the precision of these scores (${CLOSE_CALL}), and meets every requirement #3 does: a second supplier to try on your own material.`;
  }
  return null;
}
