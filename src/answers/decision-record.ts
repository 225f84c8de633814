// "summarize": the thread's decision as a Markdown record, ready to paste into a design doc:
// requirements, shortlist with scores and costs, why #1, what would change it, licence verdicts,
// what was ruled out, and every source with its date.
import type { Catalog } from "../catalog/catalog.js";
import type { IntentHandler } from "../conversation/handler.js";
import { mergeRequirements, notAsked } from "../conversation/flows/flow-state.js";
import type { Session } from "../conversation/session.js";
import { askChoices, heading, message, text } from "../render/builders.js";
import { fmtScore } from "../scoring/explain.js";
import { CRITERIA, CRITERION_LABELS, USE_CASE_LABELS } from "../scoring/requirements.js";
import { costWorkingLines } from "./cost-working.js";
import { describeRequirements } from "./recommend-question.js";
import {
  apiOnlyNote,
  COST_WORKING_HEADING,
  costCell,
  excludedSummary,
  runRecommendation,
  shortlistSources,
  verdictLabel,
  type Recommendation,
} from "./recommend-shortlist.js";

/** Table cells must not break the Markdown table. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function decisionRecordMarkdown(
  session: Session,
  catalog: Catalog,
  now: Date,
  rec: Recommendation = runRecommendation(catalog, session.requirements, session.assumptions),
  chosen: readonly string[] = [],
): string {
  const req = session.requirements;
  const r = rec.ranking;
  const top = r.ranked.slice(0, 3);
  const date = now.toISOString().slice(0, 10);
  const lines: string[] = [];
  lines.push(`# Decision record: choosing an LLM${req.useCase ? ` for ${USE_CASE_LABELS[req.useCase]}` : ""}`);
  lines.push("");
  lines.push(
    `Date: ${date}. Catalogue data as of ${catalog.asOf}. Prepared with modelwise; scores are deterministic for these inputs.`,
  );
  if (chosen.length > 0) lines.push("", "## Decision", ...chosen.map((id) => choiceLine(id, rec, catalog)));
  lines.push("");
  lines.push("## Requirements");
  const reqs = describeRequirements(req, catalog);
  lines.push(...(reqs.length > 0 ? reqs.map((x) => `- ${x}`) : ["- none stated (general ranking)"]));
  const skipped = notAsked(req, session.flow);
  if (req.commercial === undefined) lines.push("- Commercial use (assumed)");
  if (skipped.length > 0) lines.push(`- Not stated: ${skipped.map((s) => s.label).join(", ")}`);
  lines.push("");
  lines.push("## Shortlist");
  if (top.length === 0) {
    lines.push("No model in the catalogue meets all the requirements.");
  } else {
    lines.push("| # | Model | Score | Monthly cost | Licence |", "|---|---|---|---|---|");
    for (const m of top)
      lines.push(
        `| ${m.rank} | ${cell(m.name)} | ${fmtScore(m.score)} | ${cell(costCell(m))} | ${cell(`${m.licenseName}: ${verdictLabel(m)}`)} |`,
      );
    const working = costWorkingLines(top, catalog, req.volume);
    if (working.length > 0) lines.push("", `### ${COST_WORKING_HEADING}`, ...working);
    lines.push("");
    lines.push("### Score breakdown");
    lines.push(
      `| Criterion | Weight | ${top.map((m) => cell(m.name)).join(" | ")} |`,
      `|---|---|${top.map(() => "---|").join("")}`,
    );
    for (const c of CRITERIA.filter((k) => r.weights[k] > 0))
      lines.push(
        `| ${CRITERION_LABELS[c]} | ${fmtScore(r.weights[c])} | ${top.map((m) => fmtScore(m.breakdown[c])).join(" | ")} |`,
      );
    if (r.weightAdjustments.length > 0) lines.push("", `Weight adjustments: ${r.weightAdjustments.join("; ")}.`);
  }
  if (rec.explanation) {
    lines.push("", `## Why ${rec.explanation.first.name} over ${rec.explanation.second.name}`, rec.explanation.text);
  }
  if (top.length >= 2) {
    lines.push("", "## What would change the decision");
    lines.push(`- ${rec.flip.weight ? rec.flip.weight.text : "No single weight change swaps #1 and #2."}`);
    lines.push(
      `- ${rec.flip.requirement ? rec.flip.requirement.text : "No single requirement change tried swaps #1 and #2."}`,
    );
  }
  if (top.length > 0) {
    lines.push("", "## Licence verdicts");
    for (const m of top) {
      const v = m.license;
      lines.push(`- **${m.name}** (${m.licenseName}): ${verdictLabel(m)}. ${apiOnlyNote(m)}${v.reasons.join(" ")}`);
      for (const d of v.duties) lines.push(`  - Duty: ${d}`);
      for (const q of v.questions ?? []) lines.push(`  - Open question: ${q}`);
    }
    lines.push("", "## Quality signals used");
    for (const m of top) lines.push(`- ${m.name}: ${m.notes.quality}`);
  }
  const excluded = excludedSummary(r, 5);
  if (excluded.length > 0) lines.push("", `## Ruled out (${r.excluded.length})`, ...excluded);
  lines.push("", "## Sources");
  const seen = new Set<string>();
  for (const s of shortlistSources(r, catalog, top)) {
    const key = `${s.label}|${s.asOf}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`- ${s.url ? `[${s.label}](${s.url})` : s.label}, as of ${s.asOf}`);
  }
  return lines.join("\n");
}

/** Where the chosen model stands for these requirements: its rank and score, or why it is ruled out. */
function choiceLine(id: string, rec: Recommendation, catalog: Catalog): string {
  const name = catalog.modelById.get(id)?.name ?? id;
  const ranked = rec.ranking.ranked.find((m) => m.id === id);
  if (ranked)
    return `- Chosen: **${name}**, ranked #${ranked.rank} of ${rec.ranking.ranked.length} for these requirements (score ${fmtScore(ranked.score)}).`;
  const out = rec.ranking.excluded.find((x) => x.id === id);
  if (out) return `- Chosen: **${name}**, although these requirements rule it out: ${out.reason}`;
  return `- Chosen: **${name}** (not among the models ranked for these requirements).`;
}

export const handleDecisionRecord: IntentHandler<"decision-record"> = (intent, ctx) => {
  // What the request itself states ("ADR for Llama 3.3 70B on-prem") is part of the record.
  const s = intent.requirements
    ? { ...ctx.session, requirements: mergeRequirements(ctx.session.requirements, intent.requirements) }
    : ctx.session;
  const chosen = (intent.modelIds ?? []).filter((id) => ctx.catalog.modelById.has(id));
  if (s.flow === null && Object.keys(s.requirements).length === 0 && chosen.length === 0) {
    return {
      replies: [
        message(
          [
            text(
              'There\'s no recommendation in this conversation to summarize yet. Once we have a shortlist, "summarize" gives you a decision record to paste into a design doc.',
            ),
            askChoices("Start with:", ["help me choose a model"]),
          ],
          { intent: "decision-record", models: [] },
        ),
      ],
    };
  }
  const rec = runRecommendation(ctx.catalog, s.requirements, s.assumptions);
  const markdown = decisionRecordMarkdown(s, ctx.catalog, ctx.now, rec, chosen);
  return {
    replies: [
      message([heading("Decision record"), text("Copy this Markdown into your design doc:"), text(markdown)], {
        intent: "decision-record",
        models: rec.ranking.ranked.slice(0, 3).map((m) => ({ id: m.id, name: m.name })),
        markdown,
        date: ctx.now.toISOString().slice(0, 10),
      }),
    ],
  };
};
