// "<place>-only processing" and "processing in <place> only" name where data must stay as surely
// as "data must stay in <place>" does: the seventh round's law firm said "US-only processing" and
// heard nothing back. Checked over places and the nouns teams put after "-only".
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { residencyElsewhere } from "../../../src/intents/residency-text.js";
import { LAW_FIRM } from "../../scenarios/seventh-round-teams.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();

describe("a place said with 'only' and what is kept there", () => {
  const places = [
    ["us", "the US"],
    ["india", "India"],
    ["australia", "Australia"],
    ["canada", "Canada"],
    ["uk", "the UK"],
  ] as const;
  const nouns = ["processing", "hosting", "servers", "data centres", "regions", "data"];

  it.each(places)("'%s-only <noun>' and 'processing in %s only' keep the place", (word, place) => {
    for (const noun of nouns) {
      expect(residencyElsewhere(`${word}-only ${noun}`), `${word}-only ${noun}`).toBe(place);
      expect(residencyElsewhere(`${word} only ${noun}`), `${word} only ${noun}`).toBe(place);
    }
    expect(residencyElsewhere(`processing in ${word === "us" ? "the us" : word} only`)).toBe(place);
    expect(residencyElsewhere(`all processing must happen in ${word === "us" ? "the us" : word}`)).toBe(place);
  });

  it("'only' about something else, a pronoun or a lab's origin names no place", () => {
    for (const text of [
      "us-only models",
      "let us only use open models",
      "only us engineers use it",
      "us-based labs only",
      "eu-only processing",
    ])
      expect(residencyElsewhere(text), text).toBeUndefined();
  });

  it("the law firm's 'US-only processing' is said back as a rule not checked, not dropped", () => {
    const c = chat(catalog);
    const said = textOf(c.say(LAW_FIRM));
    expect(c.session.requirements.residencyElsewhere).toBe("the US");
    expect(said).toMatch(/data must stay in the US/);
  });
});
