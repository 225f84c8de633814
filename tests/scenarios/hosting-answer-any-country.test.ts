// "Is GPT-4.1 available in Canada?" (Ontario, ninth tryout round), "… in India / Kenya / Australia /
// Singapore?", Riyadh's "is gemini 2.5 flash available in dammam?": a place the hosting question
// reads is any place a team may name for its data (catalog/places-elsewhere.ts), not only the
// dozen with cloud region ids listed in catalog/regions.ts. Those others were answered with the
// model card while Japan, Germany or the UK got "Where GPT-4.1 runs", though the ranking already
// checked the same hosts' records against "data must stay in Canada".
// Over every place of the table × phrasings × models: the question is a hosting question about
// that place's country; and over every country × models with records, each host is "yes", "known
// not to" (with its source's date) or neither exactly as the records the ranking reads say.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { hostName } from "../../src/catalog/hosts.js";
import { PLACES_ELSEWHERE } from "../../src/catalog/places-elsewhere.js";
import { understand } from "../../src/intents/understand.js";
import { CLOUD_NAMES, cloudOf } from "../../src/scoring/catalog-facts.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { residencyOracle } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();
const fresh = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };
const MODELS = ["GPT-4.1", "Claude Sonnet 4.5", "Gemini 2.5 Flash", "Llama 3.3 70B", "gpt-5 mini"];
const PHRASINGS = [
  (m: string, p: string) => `is ${m} available in ${p}?`,
  (m: string, p: string) => `can we get ${m} hosted in ${p}?`,
  (m: string, p: string) => `is ${m} offered in ${p}`,
  (m: string, p: string) => `does ${m} have a region in ${p}?`,
];
/** The country an answer's place stands for: its id is the country code (the UK's is "uk"). */
const countryOf = (id: string) => (id === "uk" ? "GB" : id.toUpperCase());

describe("a hosting question names any place a team may keep its data in", () => {
  const words = Object.entries(PLACES_ELSEWHERE);

  it(`${words.length} places × ${PHRASINGS.length} phrasings × ${MODELS.length} models: where the model runs, in that country`, () => {
    const wrong: string[] = [];
    for (const [word, place] of words)
      for (const say of PHRASINGS)
        for (const model of MODELS) {
          const text = say(model, word);
          const intent = understand(text, { catalog, session: fresh });
          const got = intent.kind === "hosting" && intent.place ? countryOf(intent.place.id) : intent.kind;
          // An EU member state may be read as the EU as a whole only where no state is named.
          if (got !== place.country) wrong.push(`${text} -> ${got}`);
        }
    expect(wrong).toEqual([]);
  });

  // One word per country: the first, the country's own name (cities come after their countries).
  // EU member states are left out: an EU-wide scope is said as "EU processing; <state> itself not
  // named", as for Germany or France, where the ranking's stricter rule reads it as a no.
  const countries = [...new Map([...words].reverse().map(([, p]) => [p.country, p])).values()].filter((p) => !p.inEu);
  const models = MODELS.map((name) => catalog.models.find((m) => m.name.toLowerCase() === name.toLowerCase())!);

  it(`${countries.length} countries × ${models.length} models: each host yes / known not to / not on record as its records say`, () => {
    const seen = new Set<string>();
    for (const m of models)
      for (const place of countries) {
        const text = textOf(chat(catalog).say(`is ${m.name} available in ${place.said}?`));
        const line = text.split("\n").find((l) => l.includes(`**${m.name}** in `)) ?? "";
        // The places with region ids listed say their city too: "in Japan (Tokyo):".
        expect(line.split(":")[0], `${m.name} in ${place.said}`).toContain(`in ${place.said}`);
        const yes = line.split(/ Known not to: | Not on record: /)[0]!;
        const known = `; ${line.match(/ Known not to: (.*?)(?: Not on record: |$)/)?.[1] ?? ""}`;
        for (const provider of new Set(m.offerings.map((o) => o.provider))) {
          // A cloud's offerings are answered under the cloud's name, from its per-model records.
          const cloud = cloudOf({ provider });
          const host = cloud ? CLOUD_NAMES[cloud] : hostName(provider, catalog);
          const state = residencyOracle(catalog, m, provider, place.country);
          const name = `${m.id} on ${provider} in ${place.said}: "${line}"`;
          if (state === "yes") expect(yes, name).toContain(host);
          if (state === "no") expect(known, name).toMatch(/\(.*\d{4}-\d{2}-\d{2}/);
          if (state === "no") expect(known, name).toContain(`; ${host} (`);
          if (state === "unknown") expect(known, name).not.toContain(`; ${host} (`);
          seen.add(state);
        }
      }
    expect([...seen].sort()).toEqual(["no", "unknown", "yes"]);
    // 200 whole answers: a few seconds on a quiet machine, over 20 s on a loaded one.
  }, 120_000);
});
