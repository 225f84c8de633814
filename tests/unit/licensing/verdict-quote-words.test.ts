// A verdict that rests on a licence's words quotes those words, not the lead-in to them. Llama 4's
// EU block once quoted "With respect to any multimodal models included in Llama 4, the rights granted
// under Section 1(a)", which stops before "are not being granted to you if you are … a company with a
// principal place of business in, the European Union": the reader saw no clause saying what blocked
// them. Checked for every catalogue model whose licence has a regional rule or a user threshold: the
// team that trips the rule gets a verdict whose first quote on the rule's topic names what it rests on.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Clause, License } from "../../../src/catalog/schema.js";
import { licenseVerdict, pickClauses } from "../../../src/licensing/verdict.js";

const catalog = readCatalog();

/** How a licence text names each region the catalogue's regional rules use (the region's own words or its code). */
const PLACE_WORDS: Readonly<Record<string, RegExp>> = {
  EU: /\b(European Union|EU)\b/,
  EEA: /\b(European Economic Area|EEA)\b/,
  UK: /\b(United Kingdom|UK)\b/,
  Switzerland: /\bSwitzerland\b/,
};
/** An exclusion withholds rights; a condition says what one must or may only do. */
const EFFECT_WORDS = {
  excluded: /\b(not (being )?granted|excluded|may not|shall not|not permitted)\b/i,
  condition: /\b(only|must)\b/i,
};

const placesOf = (region: string) => region.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);

/** "700 million" or "700,000,000": the ways a licence writes a user count. */
function countWords(count: number): RegExp {
  const grouped = count.toLocaleString("en-US");
  const inMillions = count % 1_000_000 === 0 ? `|${count / 1_000_000} million` : "";
  return new RegExp(`\\b(${grouped.replace(/,/g, ",?")}${inMillions})\\b`, "i");
}

const quoteOf = (clauses: readonly Clause[]) => clauses[0]?.quote.replace(/\s+/g, " ") ?? "(no quote)";

describe("a verdict's quote carries the words the verdict rests on", () => {
  const models = catalog.models.flatMap((model) => {
    const license = catalog.licenseById.get(model.licenseId);
    return license ? [{ model, license }] : [];
  });
  const withRegional = models.filter(({ license }) => license.terms.regionalExclusions.length > 0);
  const withThreshold = models.filter(({ license }) => license.terms.userThreshold !== null);

  it("the place words below cover every region a catalogue regional rule names", () => {
    for (const { license } of withRegional)
      for (const item of license.terms.regionalExclusions)
        for (const place of placesOf(item.region)) expect(PLACE_WORDS, `${license.id}: ${place}`).toHaveProperty(place);
  });

  it("a team established in the EU that a regional rule reaches is shown the clause naming the place and the effect", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { model, license } of withRegional) {
      const verdict = licenseVerdict(model, license, { commercial: true, inEu: true });
      const onRegional = verdict.clauses.filter((c) => c.topic === "regional");
      const quote = quoteOf(onRegional);
      for (const item of license.terms.regionalExclusions) {
        // Reached when the verdict's reasons or duties speak of the region (a retired model is
        // blocked for retirement before any regional rule is weighed).
        if (![...verdict.reasons, ...verdict.duties].some((text) => text.includes(item.region))) continue;
        checked++;
        const effect = item.effect ?? "excluded";
        const missing = placesOf(item.region).filter((place) => !PLACE_WORDS[place]?.test(quote));
        if (!EFFECT_WORDS[effect].test(quote)) missing.push(`the words of its effect (${effect})`);
        if (missing.length > 0)
          wrong.push(`${model.id} (${license.id}, ${verdict.verdict}): "${quote}" lacks ${missing.join(", ")}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it("a team over a licence's user threshold is shown the clause stating that count", () => {
    const wrong: string[] = [];
    for (const { model, license } of withThreshold) {
      const max = license.terms.userThreshold!.maxMonthlyActiveUsers;
      const verdict = licenseVerdict(model, license, { commercial: true, monthlyActiveUsers: max + 1 });
      expect(verdict.verdict, model.id).toBe("blocked");
      const quote = quoteOf(pickClauses({ clauses: verdict.clauses } as License, ["user-threshold"]));
      if (!countWords(max).test(quote)) wrong.push(`${model.id} (${license.id}): "${quote}" does not state ${max}`);
    }
    expect(wrong).toEqual([]);
    expect(withThreshold.length).toBeGreaterThan(0);
  });
});
