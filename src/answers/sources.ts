// "where do your facts come from?": the catalogue's provenance, from the data itself (price lists
// and their snapshot dates, licence texts and when they were checked, self-hosting data), plus
// the upstream snapshot commits the catalogue records.
import type { IntentHandler } from "../conversation/handler.js";
import type { SourceRef } from "../ports.js";
import { heading, message, sources, table, text } from "../render/builders.js";
import { sourceLabel } from "./common.js";

export const sourcesHandler: IntentHandler<"sources"> = (_intent, ctx) => {
  const { catalog } = ctx;
  // Price lists: how many offerings each list supplied, and the snapshot dates.
  const priceLists = new Map<string, { count: number; dates: Set<string>; url: string | null }>();
  for (const m of catalog.models) {
    for (const o of m.offerings) {
      const entry = priceLists.get(o.source) ?? { count: 0, dates: new Set<string>(), url: o.sourceUrl };
      entry.count += 1;
      entry.dates.add(o.asOf);
      priceLists.set(o.source, entry);
    }
  }
  const verified = catalog.licenses.filter((l) => l.verified).length;
  const checkedDates = catalog.licenses.flatMap((l) => l.clauses.map((c) => c.checkedAt)).sort();
  const clauseCount = catalog.licenses.reduce((n, l) => n + l.clauses.length, 0);
  const provenance = catalog.provenance ?? [];

  const rows: string[][] = [...priceLists].map(([source, e]) => [
    `Prices: ${sourceLabel(source)}`,
    `${e.count} offerings`,
    [...e.dates].sort().join(", "),
  ]);
  rows.push([
    "Licences",
    `${catalog.licenses.length} licences (${verified} verified, ${catalog.licenses.length - verified} unverified), ${clauseCount} quoted clauses`,
    dateRange(checkedDates),
  ]);
  rows.push(["Self-hosting data", "GPU memory, $/GPU-hour, throughput", catalog.selfhost.asOf]);

  const items: SourceRef[] = provenance.map((p) => ({
    label: `${p.label}${p.commit ? ` @ ${p.commit.slice(0, 12)}` : ""}${p.note ? ` (${p.note})` : ""}`,
    ...(p.url ? { url: p.url } : {}),
    asOf: p.asOf,
  }));
  if (items.length === 0) {
    for (const [source, e] of priceLists)
      items.push({
        label: `${sourceLabel(source)} price snapshot`,
        ...(e.url ? { url: e.url } : {}),
        asOf: [...e.dates].sort().at(-1) ?? catalog.asOf,
      });
    items.push({
      label: "Licence texts (clauses quoted with their checked date)",
      asOf: checkedDates.at(-1) ?? catalog.asOf,
    });
    items.push({ label: "Self-hosting reference data", asOf: catalog.selfhost.asOf });
  }

  return {
    replies: [
      message(
        [
          heading("Where modelwise's facts come from"),
          text(
            `The catalogue holds ${catalog.models.length} models and ${catalog.licenses.length} licences, newest data as of ${catalog.asOf}. ` +
              "Prices are dated snapshots of public price lists, not live prices; where two lists disagree on a provider's price, answers show both. " +
              'Licence answers quote the clause they rely on with its source and checked date; licences found only in secondary sources are marked "unverified".',
          ),
          table(["Data", "What", "As of"], rows),
          sources(items),
        ],
        {
          intent: "sources",
          models: [],
          catalogAsOf: catalog.asOf,
          priceLists: [...priceLists].map(([source, e]) => ({ source, offerings: e.count, asOf: [...e.dates].sort() })),
          licenses: { total: catalog.licenses.length, verified },
          provenance,
        },
      ),
    ],
  };
};

function dateRange(sorted: string[]): string {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "-";
  return first === last ? first : `${first} to ${last}`;
}
