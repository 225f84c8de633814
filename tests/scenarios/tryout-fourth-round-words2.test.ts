// The fourth tryout round's understanding findings (second half of "words" in
// tryout-fourth-round-open.test.ts, and the rest of the third round's), each now a test over the
// teams' own phrasing and paraphrases of it: what a message states is read, said back when it
// cannot be applied, and never read as something it does not say.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { residencyElsewhere } from "../../src/intents/residency-text.js";
import { chat, rankingOf, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();

describe("fourth tryout round (words, second half): what teams say is kept", () => {
  it("a budget in yen, rupees, yuan or francs is said back and applied at the most it can be worth, never read as dollars nor dropped", () => {
    for (const [text, said] of [
      ["budget ¥150,000/month, chatbot for support, which model?", "¥150,000"],
      ["150000 yen a month budget, support bot, which model?", "¥150,000"],
      ["support bot, spend capped at ₹2,00,000 a month", "₹200,000"],
      ["rag over policies, budget 3 lakh rupees per month", "₹300,000"],
      ["our budget is 20k rmb per month for a chatbot, which model?", "CNY 20,000"],
      ["max CHF 4000 a month, extraction from claim forms, which model?", "CHF 4,000"],
    ] as const) {
      const c = chat(catalog);
      const reply = textOf(c.say(text));
      expect(c.session.requirements.monthlyBudgetUsd, text).toBeUndefined();
      expect(c.session.requirements.statedBudget, text).toBeDefined();
      expect(reply, text).toContain(`Budget ${said} a month`);
      expect(reply, text).toMatch(/I read it as at most \$[\d,]+\.00 \(1 (JPY|INR|CNY|CHF) bought at most/);
    }
    // Dollars are still applied.
    const c = chat(catalog);
    c.say("support bot, budget $1,500 a month");
    expect(c.session.requirements.monthlyBudgetUsd).toBe(1500);
  });

  it("data that must stay in a place outside the EU is kept and checked host by host, not dropped nor read as EU", () => {
    for (const [text, place] of [
      ["data cannot leave Singapore (MAS)", "Singapore"],
      ["must be hosted in india", "India"],
      ["everything has to stay in japan", "Japan"],
      ["patient data must be stored in australia", "Australia"],
      ["need US data residency", "the US"],
      ["it should remain within the UK", "the UK"],
    ] as const)
      expect(residencyElsewhere(text.toLowerCase()), text).toBe(place);
    // A pronoun, a lab's origin or a team's home is no place the data must stay.
    for (const text of [
      "our data never leaves us",
      "no models from china",
      "we're a team in india",
      "hosted in the eu",
    ])
      expect(residencyElsewhere(text), text).toBeUndefined();

    const c = chat(catalog);
    const reply = textOf(c.say("data cannot leave Singapore (MAS). rag over policies, which model?"));
    expect(c.session.requirements.euDataResidency).toBeUndefined();
    expect(reply).toMatch(/data must stay in Singapore/);
    expect(reply).toMatch(/Where the data is processed\*\* \(it must stay in Singapore/);
  });

  it("'nothing may leave our network' is on-prem and 'quality is the only thing that matters' puts quality first", () => {
    const c = chat(catalog);
    const reply = c.say(
      "quant fund: nothing may leave our network, we own 8x H200. quality is the only thing that matters, cost irrelevant within reason. coding assistant, which model?",
    );
    expect(c.session.requirements.deployment).toBe("on-prem");
    expect(c.session.requirements.priorities).toEqual(["quality"]);
    // On-prem: every pick runs on the team's own GPUs, none through an API host.
    const top = rankingOf(reply).slice(0, 3);
    expect(top).toHaveLength(3);
    for (const row of top) expect(catalog.modelById.get(row.id)?.openWeights, row.id).toBe(true);
    expect(textOf(reply)).not.toMatch(/via Deep Infra/);

    for (const text of [
      "no data can leave our network. rag over research notes, which llm?",
      "everything stays behind our firewall, extraction from trade tickets, what model?",
      "nothing is allowed to leave the building. summarise board minutes, which model?",
    ]) {
      const other = chat(catalog);
      other.say(text);
      expect(other.session.requirements.deployment, text).toBe("on-prem");
    }
    // "us" here is the team, not a place; no network is named.
    const team = chat(catalog);
    team.say("our data never leaves us, chatbot");
    expect(team.session.requirements.deployment).toBeUndefined();
  });

  it("a product for children notes users under 18 (age terms apply) and children's data as regulated", () => {
    for (const text of [
      "edtech for kids 8-12, tutoring chatbot, COPPA applies. which model?",
      "homework helper for K-12 students, which llm?",
      "reading tutor chatbot for children, we store the children's data. what model should we use?",
    ]) {
      const c = chat(catalog);
      const reply = c.say(text);
      expect(c.session.requirements.minorUsers, text).toBe(true);
      expect(textOf(reply), text).toMatch(/users under 18/);
      // The Gemini API's terms forbid apps likely used by people under 18: none is picked.
      for (const row of rankingOf(reply).slice(0, 3)) expect(row.id, text).not.toMatch(/^gemini/);
      expect(c.session.requirements.monthlyActiveUsers, text).toBeUndefined();
    }
    const coppa = chat(catalog);
    coppa.say("edtech for kids 8-12, tutoring chatbot, COPPA applies. which model?");
    expect(coppa.session.requirements.dataSensitivity).toBe("regulated");
    const adults = chat(catalog);
    adults.say("our dating app is adults only; chat assistant for profiles, which model");
    expect(adults.session.requirements.minorUsers).toBeUndefined();
  });

  it("a purpose with no use case of ours and 'which model?' starts a recommendation, not 'I'm not sure'", () => {
    for (const text of [
      "reasoning model for math research, which model?",
      "we need an llm to grade olympiad proofs. which model?",
    ]) {
      const reply = textOf(chat(catalog).say(text));
      expect(reply, text).not.toMatch(/I'm not sure what you're asking/);
      expect(reply, text).toMatch(/find the right model|Shortlist/);
    }
    // A question about the word itself asks for no model.
    expect(textOf(chat(catalog).say("what is a model?"))).toMatch(/I'm not sure what you're asking/);
  });
});
