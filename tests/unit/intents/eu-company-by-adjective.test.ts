import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

// "a German Mittelstand manufacturer": an EU nationality before the kind of organisation, with up
// to two words of what kind between, places the team in the EU. German-speaking customers do not.
describe("an EU company named by its nationality", () => {
  it.each([
    "we're a German Mittelstand manufacturer, RAG over our service manuals",
    "a French logistics company wants a chatbot for drivers",
    "a Dutch public broadcaster needs subtitles summarised",
    "we're an Irish insurer, claims extraction",
  ])("%s", (text) => {
    expect(parseRequirements(text).inEu).toBe(true);
  });

  it("customers who speak an EU language do not place the company", () => {
    expect(
      parseRequirements("a US company with German-speaking customers wants a support chatbot").inEu,
    ).toBeUndefined();
  });
});
