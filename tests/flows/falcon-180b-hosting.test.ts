// Falcon 180B's licence (truth4, issue 12): offering it to third parties as shared instances or an
// inference API is "Hosting Use" (section 9), which the licence does not grant; apps that run it in
// the background are not Hosting Use. Before, the verdict said only that hosted services "may
// require a separate license" (the introductory note). Section 9 is read in a third party's copy of
// the licence, so every quote of it is shown as secondary. Through the real advisor and catalogue,
// over the model's names and several ways of asking.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const NAMES = ["Falcon 180B", "falcon-180b", "falcon 180b"];
const AS_AN_API = [
  "{m} as an API for our customers?",
  "can we host {m} and sell API access to other companies?",
  "could we run {m} as a paid API for developers?",
  "can we resell {m} as a hosted API?",
];
const IN_OUR_APP = [
  "can we build our customer support app on {m}?",
  "can we self-host {m} for our internal tools?",
  "can we use {m} in our commercial product?",
];
const ask = (shape: string, name: string) => shape.replace("{m}", name);

interface LicenceData {
  intent?: string;
  models?: { id: string }[];
  facts?: { serveAsApi?: boolean };
  verdicts?: { modelId: string; verdict: string }[];
}

describe("Falcon 180B: offering it as an API to third parties is Hosting Use, which needs TII's separate licence", () => {
  const apiCases = NAMES.flatMap((n) => AS_AN_API.map((s) => ask(s, n)));
  it.each(apiCases)("'%s' quotes section 9 (secondary) and says whom to apply to", (q) => {
    const reply = chat(catalog).say(q);
    const d = (reply.data ?? {}) as LicenceData;
    expect(d.intent).toBe("license");
    expect(d.models?.map((m) => m.id)).toEqual(["falcon-180b"]);
    expect(d.facts?.serveAsApi).toBe(true);
    expect(d.verdicts?.[0]?.verdict).toBe("conditional");
    const text = textOf(reply);
    expect(text).toMatch(
      /'Hosting Use', which the licence does not grant: apply to TII \(Falconllm\.partnerships@tii\.ae\)/,
    );
    expect(text).toMatch(
      /you are not licensed to use the Work or Derivative Work under this license for Hosting Use\."[^\n]*secondary source/,
    );
    expect(text).toMatch(/in the background shall not be considered Hosting Use\."[^\n]*secondary source/);
  });

  const appCases = NAMES.flatMap((n) => IN_OUR_APP.map((s) => ask(s, n)));
  it.each(appCases)("'%s' (no API for others) raises no hosting condition", (q) => {
    const reply = chat(catalog).say(q);
    const d = (reply.data ?? {}) as LicenceData;
    expect(d.models?.map((m) => m.id)).toEqual(["falcon-180b"]);
    expect(d.facts?.serveAsApi).not.toBe(true);
    expect(textOf(reply)).not.toMatch(/Hosting Use/);
  });

  // The fourth round's 'offer falcon 180b as a paid hosted api' is read as a model question: its card
  // now says the same (it said hosting "may need" a separate licence).
  it("'offer falcon 180b as a paid hosted api' (answered from the model card) says a separate licence from TII is needed", () => {
    const text = textOf(chat(catalog).say("offer falcon 180b as a paid hosted api"));
    expect(text).toMatch(
      /offering it to third parties as an API or shared instances needs a separate licence from TII/,
    );
    expect(text).not.toMatch(/may need a separate licence/);
  });

  it("the catalogue says which text each hosting quote was read in: section 9 only in a third party's copy", () => {
    const licence = catalog.licenseById.get("falcon-180b")!;
    const hosting = licence.clauses.filter((c) => c.topic === "serve-as-api");
    expect(hosting.some((c) => /not licensed .* for Hosting Use/.test(c.quote))).toBe(true);
    for (const c of hosting) expect(c.primary, c.source).toBe(false);
    expect(licence.terms.serveAsApi).toBe("conditional");
  });
});
