// The alert a watching thread gets after a refresh: what changed, old -> new, the source and its
// date, and whether the thread's decision would now rank differently (re-ranked on the same
// requirements against the refreshed catalogue).
import type { Catalog } from "../catalog/catalog.js";
import { rankOnly } from "./recommend-shortlist.js";
import type { OutboundMessage } from "../ports.js";
import { heading, message, sources, text } from "../render/builders.js";
import type { WatchChange } from "../watch/changes.js";
import type { Watch } from "../watch/watch.js";

export interface RankingCheck {
  changed: boolean;
  text: string;
  before: string[];
  after: string[];
}

/** Re-ranks the decision on the refreshed catalogue; null when the watch has no decision. */
export function rankingCheck(watch: Watch, catalog: Catalog): RankingCheck | null {
  const decision = watch.decision;
  if (!decision || decision.top.length === 0) return null;
  const after = rankOnly(catalog, decision.requirements, decision.assumptions)
    .ranking.ranked.slice(0, decision.top.length)
    .map((m) => m.id);
  const name = (id: string | undefined) =>
    id === undefined
      ? "no model"
      : (catalog.modelById.get(id)?.name ?? watch.models.find((m) => m.id === id)?.name ?? id);
  const [was, now] = [decision.top[0], after[0]];
  if (was !== now)
    return {
      changed: true,
      before: decision.top,
      after,
      text: `**The decision's ranking would now change:** on the same requirements, ${after.length > 0 ? `**${name(now)}** would be #1 instead of **${name(was)}**` : `no model meets them any more (#1 was **${name(was)}**)`}. Ask for the shortlist again to see it in full.`,
    };
  if (after.join() !== decision.top.join())
    return {
      changed: true,
      before: decision.top,
      after,
      text: `**The decision's ranking would change below #1:** **${name(was)}** stays #1; the top ${after.length} would now be ${after.map((id, i) => `${i + 1}. ${name(id)}`).join(", ")}.`,
    };
  return {
    changed: false,
    before: decision.top,
    after,
    text: `**The decision's ranking would not change:** **${name(was)}** is still #1 on the same requirements.`,
  };
}

function changeLine(c: WatchChange): string {
  const pct = c.pct === undefined ? "" : ` (${c.pct > 0 ? "+" : ""}${c.pct.toFixed(1)}%)`;
  const lifecycle =
    c.kind === "lifecycle" ? `: now **${c.now}** (was ${c.old}); plan a move before it is switched off` : "";
  const body = lifecycle || `: ${c.old} → **${c.now}**${pct}`;
  return `- **${c.modelName}** ${c.what}${body}, per ${c.source.label}, ${c.source.asOf}.`;
}

export function alertMessage(watch: Watch, changes: readonly WatchChange[], catalog: Catalog): OutboundMessage {
  const ranking = rankingCheck(watch, catalog);
  const names = [...new Set(changes.map((c) => c.modelName))];
  const blocks = [
    heading(`Catalogue update: ${names.join(", ")}`),
    text(
      `A catalogue refresh changed ${changes.length === 1 ? "a fact" : "facts"} this thread's choice rested on (watched since ${watch.since.slice(0, 10)}):`,
    ),
    text(changes.map(changeLine).join("\n")),
    ...(ranking ? [text(ranking.text)] : []),
    text(`_I post each change once. Say "stop watching" here to end these alerts._`),
    sources(changes.map((c) => c.source)),
  ];
  return message(blocks, {
    intent: "watch-alert",
    models: names.map((name) => ({ id: changes.find((c) => c.modelName === name)?.modelId ?? name, name })),
    changes: changes.map(({ id, kind, modelId, what, old, now, pct, source }) => ({
      id,
      kind,
      modelId,
      what,
      old,
      now,
      pct,
      source,
    })),
    ranking,
    catalogAsOf: catalog.asOf,
  });
}
