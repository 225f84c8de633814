// What the three rank groups about the tool itself did to a shortlist (rank-groups.ts): a model built
// for code weighed for a job that is not code (scoring/built-for-code.ts), a release its lab has
// deprecated or retired (scoring/withdrawn-release.ts), and a release a later one of its line
// supersedes where the team runs (scoring/superseded.ts). The models a rule moved out of the top
// picks are named with the rule, so a team that knows one of them sees why it is not there; a
// withdrawn release still in the top picks (nothing current placed as well) is named too, with what
// its lab offers instead. Said only when a rule touched the top picks.
import type { Catalog } from "../catalog/catalog.js";
import { laterInLine } from "../catalog/model-line.js";
import { formatUsd } from "../render/format.js";
import { fmtScore, codeModelsLastRule } from "../scoring/explain.js";
import { rankTier, TIER_BIT } from "../scoring/rank-groups.js";
import type { RankedModel, Ranking } from "../scoring/rank.js";
import { ownSignalForJob } from "../scoring/superseded.js";
import { successorsOf } from "../scoring/withdrawn-release.js";

type ToolRule = "builtForOtherJob" | "withdrawnByLab" | "supersededInLine";

/** The models `rule` kept out of `top`: listed before its last pick if that rule were not applied. */
function movedOut(ranking: Ranking, top: readonly RankedModel[], rule: ToolRule): RankedModel[] {
  const last = top[top.length - 1];
  if (!last || last[rule]) return [];
  // The group a model would be in if `rule` were not applied: its group's number without the rule's bit.
  const without = (m: RankedModel) => rankTier(m) & ~TIER_BIT[rule];
  const tl = without(last);
  return ranking.ranked.filter((m) => {
    if (!m[rule] || top.includes(m)) return false;
    const tm = without(m);
    return tm < tl || (tm === tl && m.score > last.score);
  });
}

/** "Qwen3-Coder 480B-A35B (score 0.67, listed #16)" for each model. */
const named = (ms: readonly RankedModel[]) =>
  ms.map((m) => `${m.name} (score ${fmtScore(m.score)}, listed #${m.rank})`).join(", ");

/** The note on code models kept out of the top picks, or null when the rule kept none out. */
export function codeModelNote(ranking: Ranking, top: readonly RankedModel[]): string | null {
  const job = ranking.requirements.useCase;
  const moved = movedOut(ranking, top, "builtForOtherJob");
  if (moved.length === 0) return null;
  const one = moved.length === 1;
  return `**Built for code:** ${named(moved)} would be in the top ${top.length} on ${one ? "its score" : "their scores"}, but ${one ? "it is" : "they are"} built for code (so named by ${one ? "its lab" : "their labs"}), and ${codeModelsLastRule(job)}.`;
}

/** What became of a withdrawn release and what its lab offers instead ("deprecated by its lab, current instead: …"). */
function instead(catalog: Catalog, m: RankedModel): string {
  const model = catalog.modelById.get(m.id);
  const next = model ? successorsOf(catalog, model) : [];
  const status = model?.status === "retired" ? "retired" : "deprecated";
  // Open weights outlive the lab's endpoint: say whose API ends and when, so "retired" is not read as gone.
  const r = model?.retirement;
  const what =
    model?.openWeights && r
      ? `${model.lab} ${r.retiresOn <= catalog.asOf ? "retired" : "retires"} its own API for it on ${r.retiresOn}; other hosts and your own hardware still run the weights`
      : `${status} by its lab`;
  return `${what}${next.length > 0 ? `, current instead: ${next.join(", ")}` : ""}`;
}

/** What a note on one later-group rule says: its title, why the rule holds, and each model's detail. */
interface LaterGroupWords {
  title: string;
  why: string;
  detail: (m: RankedModel) => string;
  /** Why a model the rule would move stays in the top picks. */
  keptBecause: string;
  /** What the team should do about such a model. */
  advice: string;
}

/** The note on models a rule kept out of the top picks (`moved`) or left in them (`kept`), or null when neither. */
function laterGroupNote(
  top: readonly RankedModel[],
  moved: readonly RankedModel[],
  kept: readonly RankedModel[],
  w: LaterGroupWords,
): string | null {
  if (moved.length === 0 && kept.length === 0) return null;
  const parts: string[] = [];
  if (moved.length > 0)
    parts.push(
      `${moved.map((m) => `${m.name} (score ${fmtScore(m.score)}, listed #${m.rank}; ${w.detail(m)})`).join(", ")} would be in the top ${top.length} on ${moved.length === 1 ? "its score" : "their scores"}, but ${w.why}.`,
    );
  if (kept.length > 0)
    parts.push(
      `${kept.map((m) => `${m.name} (${w.detail(m)})`).join(", ")} ${kept.length === 1 ? "is" : "are"} on the shortlist because ${w.keptBecause}; ${moved.length > 0 ? w.advice : `${w.why}, so ${w.advice}`}.`,
    );
  return `**${w.title}:** ${parts.join(" ")}`;
}

/** The note on withdrawn releases kept out of (or left in) the top picks, or null when none touches them. */
export function withdrawnNote(ranking: Ranking, top: readonly RankedModel[], catalog: Catalog): string | null {
  return laterGroupNote(
    top,
    movedOut(ranking, top, "withdrawnByLab"),
    top.filter((m) => m.withdrawnByLab),
    {
      title: "Withdrawn by its lab",
      why: "a release its lab has withdrawn is ranked after every current one: its weights still run, but fixes and support go to the lab's current releases",
      detail: (m) => instead(catalog, m),
      keptBecause: "no current release is placed as well",
      advice: "plan a move to a current release",
    },
  );
}

/** The later release of m's line that supersedes it in this ranking: the best placed one at no higher cost. */
function successorIn(ranking: Ranking, m: RankedModel, catalog: Catalog): RankedModel | undefined {
  const model = catalog.modelById.get(m.id);
  if (!model) return undefined;
  return ranking.ranked.find((n) => {
    const next = catalog.modelById.get(n.id);
    return (
      next !== undefined &&
      !n.supersededInLine &&
      laterInLine(next, model) &&
      ownSignalForJob(n.evidence.quality, n.evidence.useCaseFit) &&
      (n.monthlyCostUsd === null || m.monthlyCostUsd === null || n.monthlyCostUsd <= m.monthlyCostUsd)
    );
  });
}

/** "Claude Opus 4.5 (#1, $410.00 a month against $1,230.00)": the successor and what each costs the team. */
function successorWords(ranking: Ranking, m: RankedModel, catalog: Catalog): string {
  const next = successorIn(ranking, m, catalog);
  if (!next) return "a later release of its line";
  const costs =
    next.monthlyCostUsd !== null && m.monthlyCostUsd !== null
      ? `, ${formatUsd(next.monthlyCostUsd)} a month against ${formatUsd(m.monthlyCostUsd)}`
      : "";
  return `${next.name} (#${next.rank}${costs})`;
}

/** The note on releases a later one of their line supersedes, kept out of (or left in) the top picks, or null. */
export function supersededNote(ranking: Ranking, top: readonly RankedModel[], catalog: Catalog): string | null {
  return laterGroupNote(
    top,
    movedOut(ranking, top, "supersededInLine"),
    top.filter((m) => m.supersededInLine),
    {
      title: "Superseded in its line",
      why: "a release is ranked after every other once a later release of the same line (same lab and tier) is usable where you run, at no higher cost and at least as good for the job on the evidence",
      detail: (m) => `superseded by ${successorWords(ranking, m, catalog)}`,
      keptBecause: "nothing else is placed as well",
      advice: "compare it with its successor before you choose",
    },
  );
}
