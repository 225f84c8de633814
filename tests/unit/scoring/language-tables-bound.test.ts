// Quality tables for a set of languages are kept per catalogue for a bounded number of sets
// (quality.ts keptFor): teams name any combination of languages, and each set's tables are as long
// as the catalogue, so a bot asked by many teams grew without end. A set asked recently is kept
// (the same table), one pushed out by many others is built again, and what is built again scores
// every model exactly as a catalogue that never saw the other sets does.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { languageQualityTable, languagesTable, type CriterionTable } from "../../../src/scoring/quality.js";
import { qualityNeedOf } from "../../../src/scoring/quality-need.js";

const catalog = readCatalog();
const CODES = ["de", "fr", "es", "it", "pt", "ja", "ko", "zh", "ru", "ar", "hi", "nl", "pl", "tr", "sv", "uk"];
// More sets than any catalogue keeps (at most 32).
const pairs: string[][] = CODES.flatMap((a, i) => CODES.slice(i + 1).map((b) => [a, b])).slice(0, 40);
const need = qualityNeedOf({ useCase: "chat" });

/** Every model's score, note and evidence, as an answer would read them. */
const read = (t: CriterionTable) =>
  [...t.scores].map(([id, q]) => [id, q.score, q.note, q.evidence, q.estimatedFrom?.id ?? null]);

/** Every table a recommendation builds for a team with these languages. */
function askAbout(languages: string[]): void {
  languageQualityTable(catalog, "chat", languages, need);
  languagesTable(catalog, languages, need);
}

describe("quality tables per set of languages", () => {
  it("keeps a set asked recently, also between many others", () => {
    const first = languageQualityTable(catalog, "chat", ["de", "fr"], need);
    for (const p of pairs.slice(1)) {
      askAbout(p);
      // Asked on every other team's turn: never the oldest.
      expect(languageQualityTable(catalog, "chat", ["fr", "de"], need)).toBe(first);
    }
  });

  it("lets a set go after many others were asked, and builds it again to the same scores", () => {
    const first = languagesTable(catalog, ["de", "es"], need);
    const firstQuality = languageQualityTable(catalog, "summarization", ["de", "es"]);
    for (const p of pairs) if (p.join() !== "de,es") askAbout(p);
    const again = languagesTable(catalog, ["de", "es"], need);
    expect(again).not.toBe(first);
    const fresh = { ...catalog };
    expect(read(again)).toEqual(read(languagesTable(fresh, ["de", "es"], need)));
    expect(read(again)).toEqual(read(first));
    const quality = languageQualityTable(catalog, "summarization", ["de", "es"]);
    expect(quality).not.toBe(firstQuality);
    expect(read(quality)).toEqual(read(languageQualityTable(fresh, "summarization", ["de", "es"])));
  });
});
