// "Which open models can we fine-tune with 1B monthly users?": every open-weights model's verdict
// for the team's facts, one line per family and licence, grouped allowed / conditional / blocked,
// with the unstated facts that would move lines.
import type { Catalog } from "../catalog/catalog.js";
import type { TeamFacts } from "../licensing/facts.js";
import { shortLicenseName } from "../licensing/format.js";
import { listModelsForFacts } from "../licensing/list-models.js";
import type { ModelListEntry } from "../licensing/list-models.js";
import { describeFacts } from "../licensing/terms-text.js";
import type { VerdictLevel } from "../licensing/verdict.js";
import type { HandlerOutput } from "../conversation/handler.js";
import type { Block, SourceRef } from "../ports.js";
import { heading, message, sources, text } from "../render/builders.js";
import { formatCount } from "../render/format.js";
import type { VerdictData } from "./license-common.js";
import { shorten, VERDICT_LABEL, verdictData } from "./license-common.js";
import { bullets, clauseSources } from "./license-quotes.js";

const MAX_LIST_LINES = 60;
// Names of the groups past the line limit, said in one line each (labels only, no verdict text).
const MAX_UNLISTED_NAMES = 20;

export function listReply(catalog: Catalog, facts: TeamFacts, maxParamsB?: number): HandlerOutput {
  const list = listModelsForFacts(catalog, facts, {
    openOnly: true,
    ...(maxParamsB !== undefined ? { maxParamsB } : {}),
  });
  const told = describeFacts(facts);
  const size = maxParamsB !== undefined ? ` of at most ${formatCount(maxParamsB)}B parameters` : "";
  const blocks: Block[] = [heading(`Open-weights models${size}${told.length > 0 ? ` for ${told.join(", ")}` : ""}`)];
  if (maxParamsB !== undefined) {
    const unknown = list.skipped.filter((s) => s.why === "size unknown").length;
    if (unknown > 0)
      blocks.push(
        text(
          `_${unknown} open model${unknown === 1 ? "" : "s"} left out: the catalogue does not hold ${unknown === 1 ? "its" : "their"} parameter count._`,
        ),
      );
  }
  const order: string[] = [];
  const verdicts: (VerdictData & { modelIds: string[]; label: string })[] = [];
  const srcs: SourceRef[] = [];
  let n = 0;
  for (const level of ["allowed", "conditional", "blocked"] as const) {
    const entries = list[level];
    if (entries.length === 0) continue;
    const lines: string[] = [];
    for (const e of entries) {
      const first = catalog.modelById.get(e.modelIds[0] ?? "");
      const license = catalog.licenseById.get(e.licenseId);
      if (!first || !license) continue;
      verdicts.push({ ...verdictData(first, license, e.verdict), modelIds: e.modelIds, label: e.label });
      if (n >= MAX_LIST_LINES) continue;
      n += 1;
      order.push(first.id);
      lines.push(`${n}. ${listLine(level, e)}`);
      const decisive = e.verdict.clauses[0];
      if (level !== "allowed" && decisive) srcs.push(...clauseSources(license, [decisive]));
    }
    // Past the line limit a group is still named, never an empty heading: a blocked model is
    // the one a team most needs to see, and it comes last.
    const unlisted = entries.slice(lines.length).map((e) => e.label);
    if (unlisted.length > 0)
      lines.push(
        `${lines.length > 0 ? "Also" : "Not itemised"}: ${unlisted.slice(0, MAX_UNLISTED_NAMES).join("; ")}${unlisted.length > MAX_UNLISTED_NAMES ? `; and ${unlisted.length - MAX_UNLISTED_NAMES} more` : ""}.`,
      );
    // One text block per group keeps each block well under platform text limits.
    blocks.push(text(`**${VERDICT_LABEL[level]} (${entries.length})**\n${lines.join("\n")}`));
  }
  if (n >= MAX_LIST_LINES)
    blocks.push(text(`Showing the first ${MAX_LIST_LINES} lines; ask about a model by name for its full verdict.`));
  const open = openQuestions(list.allowed.concat(list.conditional), facts, catalog);
  if (open.length > 0) blocks.push(text(`**Would change some answers**\n${bullets(open)}`));
  blocks.push(
    text("_A summary of the licence texts, not legal advice. Ask about one model for its duties and quoted clauses._"),
    sources(srcs.slice(0, 12)),
  );
  return {
    replies: [message(blocks, { intent: "license", models: [], verdicts, facts, list: order, openOnly: true })],
  };
}

function listLine(level: VerdictLevel, e: ModelListEntry): string {
  const flag = e.verdict.unverified ? " — unverified" : "";
  const base = `**${e.label}** (${shortLicenseName(e.licenseName)}${flag})`;
  if (level === "allowed") return base;
  const why = level === "blocked" ? e.verdict.reasons[0] : (e.verdict.duties[0] ?? e.verdict.reasons[0]);
  return why ? `${base}: ${shorten(why, 160)}` : base;
}

/** Unstated facts that would move lines of the list, each with the lines it would block. */
function openQuestions(entries: ModelListEntry[], facts: TeamFacts, catalog: Catalog): string[] {
  const nonCommercial: string[] = [];
  const eu: string[] = [];
  const users: string[] = [];
  for (const e of entries) {
    const terms = catalog.licenseById.get(e.licenseId)?.terms;
    if (!terms) continue;
    if (facts.commercial === undefined && terms.commercialUse === "no") nonCommercial.push(e.label);
    if (facts.inEu === undefined && (e.verdict.questions ?? []).some((q) => /\bEU\b/.test(q))) eu.push(e.label);
    if (facts.monthlyActiveUsers === undefined && terms.userThreshold)
      users.push(`${e.label} (${formatCount(terms.userThreshold.maxMonthlyActiveUsers)})`);
  }
  const out: string[] = [];
  if (nonCommercial.length > 0)
    out.push(`Is it a commercial product? That would block the non-commercial licences: ${nonCommercial.join("; ")}.`);
  if (eu.length > 0)
    out.push(`Is your company established in the EU? That would block the multimodal models: ${eu.join("; ")}.`);
  if (users.length > 0)
    out.push(`How many monthly active users? Above the threshold these need a separate licence: ${users.join("; ")}.`);
  return out;
}
