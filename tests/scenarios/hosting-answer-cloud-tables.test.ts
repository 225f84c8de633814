// "Is GPT-4.1 available in Japan East?" answered from Microsoft's own per-geography region tables.
// The catalogue keeps one Azure record per table (Americas, Asia Pacific, Europe, Middle East and
// Africa), listing the table's regions and the ones it lists the model version in, none when the
// table has no row for it. The ranking already read "no" from those complete tables, while the
// hosting answer said "Not on record: Azure" for every place no record named (Osaka pharma, Japan
// East). Over every model with Azure records × the places outside the EU: the answer says "yes" on
// Azure exactly when a record (read directly) lists a region there, "known not to" exactly when
// the complete tables rule it out, with the date and the table whose columns hold the place.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { countryOfRegion } from "../../src/catalog/region-countries.js";
import type { Model } from "../../src/catalog/schema.js";
import type { OutboundMessage } from "../../src/ports.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { residencyOracle } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();
const AZURE = "Azure (Azure OpenAI / AI Foundry)";
const PLACES = [
  { said: "Japan", country: "JP" },
  { said: "the UK", country: "GB" },
  { said: "Switzerland", country: "CH" },
  { said: "Brazil", country: "BR" },
  { said: "the US", country: "US" },
];
const onAzure = catalog.models.filter((m) => (m.clouds ?? []).some((c) => c.cloud === "azure"));
/** The record of the table whose columns hold a region of the country, read directly. */
const coveringTable = (m: Model, country: string) =>
  (m.clouds ?? []).find((c) => c.cloud === "azure" && c.tableRegions?.some((g) => countryOfRegion(g) === country));

/** The pages an answer cites under "Sources". */
const cited = (reply: OutboundMessage) =>
  reply.blocks.flatMap((b) => (b.kind === "sources" ? b.items.map((i) => i.url ?? "") : []));

/** The verdict line of a hosting answer, split into its yes, known-not-to and not-on-record parts. */
function verdictOf(text: string, model: Model) {
  const line = text.split("\n").find((l) => l.includes(`**${model.name}** in `)) ?? "";
  return {
    line,
    yes: line.split(/ Known not to: | Not on record: /)[0]!,
    known: line.match(/ Known not to: (.*?)(?: Not on record: |$)/)?.[1] ?? "",
    unknown: line.match(/ Not on record: (.*)$/)?.[1] ?? "",
  };
}

describe("the hosting answer reads Azure's complete region tables", () => {
  it(`${onAzure.length} models on Azure × ${PLACES.length} places: yes, known not to (with the covering table), or not on record`, () => {
    expect(onAzure.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    const c = chat(catalog);
    for (const m of onAzure)
      for (const place of PLACES) {
        const reply = c.say(`is ${m.name} available in ${place.said}?`);
        const v = verdictOf(textOf(reply), m);
        const state = residencyOracle(catalog, m, "azure", place.country);
        const name = `${m.id} in ${place.said}: "${v.line}"`;
        expect(v.line, name).not.toBe("");
        if (state === "yes") expect(v.yes, name).toContain(AZURE);
        else expect(v.yes, name).not.toContain(`${AZURE} (`);
        if (state === "no") {
          expect(v.known, name).toMatch(/^.*Azure \(Azure OpenAI \/ AI Foundry\) \(.*\d{4}-\d{2}-\d{2}/);
          const table = coveringTable(m, place.country);
          if (table) expect(cited(reply), name).toContain(table.sourceUrl);
        } else expect(v.known, name).not.toContain(AZURE);
        if (state === "unknown") expect(v.unknown, name).toContain(AZURE);
        seen.add(state);
      }
    expect([...seen].sort()).toEqual(["no", "unknown", "yes"]);
  }, 60_000);

  it("Osaka pharma: GPT-4.1 in Japan East is known not to be on Azure per Microsoft's Asia Pacific table; GPT-4.1 mini is", () => {
    const c = chat(catalog);
    const reply = c.say("is gpt-4.1 available in japan east?");
    const gpt41 = verdictOf(textOf(reply), catalog.modelById.get("gpt-4.1")!);
    expect(gpt41.known).toContain(AZURE);
    expect(gpt41.known).toContain("Asia Pacific table (2026-04-30)");
    expect(gpt41.known).toMatch(/Global deployments \(which may process anywhere\)/);
    expect(gpt41.unknown).not.toContain(AZURE);
    expect(cited(reply).some((u) => u.endsWith("region-asia-pacific.md"))).toBe(true);
    const mini = verdictOf(
      textOf(c.say("is gpt-4.1 mini available in japan east?")),
      catalog.modelById.get("gpt-4.1-mini")!,
    );
    expect(mini.yes).toContain(`${AZURE} (japaneast`);
  });
});
