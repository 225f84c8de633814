// An EU company with regulated data that says nothing about where its data may be processed is
// assumed to keep it in the EU, and the answer says so with how to lift it (judged-defaults.ts
// assumesEuResidency). Found in the twenty-second round's review of issue 11 (rank21): "We're an EU
// company, we handle patient data, no ops staff" got DeepSeek-V3.2 via Deep Infra (a US host) at #2,
// unflagged. Checked over generated teams: every priced API pick's host is one the catalogue
// records as processing in the EU (residencyOracle, read from the records, not the scoring code).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { residencyOracle, rowsOf } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;

const TEAMS = [
  "We're an EU company, we handle patient data, no ops staff. We need a chatbot for patient questions, about 1.8B tokens a month.",
  "We're a hospital group in Germany. Which model should we use to draft discharge summaries from clinical notes, about 40M tokens a month?",
  "We're a bank in France with regulated customer data; we want to extract fields from loan applications, 200M tokens a month.",
];

describe("an EU team with regulated data and no word on where it may be processed", () => {
  it.each(TEAMS)("%s: EU processing is assumed and said, and every API pick processes in the EU", (message) => {
    const c = chat(catalog);
    const reply = c.say(message);
    const text = textOf(reply);
    expect(text).toMatch(
      /Assumed: the data is processed in the EU, since you are an EU company with (patient|regulated) data/,
    );
    expect(text).toMatch(/what if data can leave the EU\?/);
    for (const row of rowsOf(reply).slice(0, 3)) {
      if (row.costBasis !== "api" || !row.apiProvider) continue;
      expect(residencyOracle(catalog, modelOf(row.id), row.apiProvider, "EU"), `${row.id} via ${row.apiProvider}`).toBe(
        "yes",
      );
    }
  });

  it("'what if data can leave the EU?' lifts the assumption, and it stays lifted in the thread", () => {
    const c = chat(catalog);
    c.say(TEAMS[0]!);
    const lifted = textOf(c.say("what if data can leave the EU?"));
    expect(lifted).not.toMatch(/Assumed: the data is processed in the EU/);
    expect(c.session.requirements.euDataResidency).toBe(false);
    const again = textOf(c.say("double the traffic"));
    expect(again).not.toMatch(/Assumed: the data is processed in the EU/);
  });

  it("a team that said where its data may go, or runs on its own premises, is not given the assumption", () => {
    for (const message of [
      "We're an EU company with patient data; data must stay in Germany. A chatbot for patient questions, 20M tokens a month.",
      "We're a Dutch hospital; it must run on-premises in our own data centre. Discharge summaries, 20M tokens a month.",
      "We're a US clinic with patient data. A chatbot for patient questions, 20M tokens a month.",
    ])
      expect(textOf(chat(catalog).say(message)), message).not.toMatch(/Assumed: the data is processed in the EU/);
  });
});
