// An eighteenth tryout round: eight new teams in their own words (eighteenth-round-teams.ts: a Geneva
// humanitarian organisation with protection data, a Hsinchu fab on the GPUs it owns, a Bangkok pharmacy
// chain on a baht budget, a Stockholm startup asking licence questions about fine-tuning, distilling and
// shipping weights, a terse one-shot about a 600k-token monorepo, a Rotterdam housing association
// writing in Dutch, a Texas school district whose users are minors, a Lahore fashion store), each run as
// a whole conversation through the compiled console and read as a sceptical ML lead would. What holds
// is asserted here as properties an expert checks (every top-3 pick meets every hard constraint the team
// stated, via firstShortlist → expectExpertShortlist; costs recompute from the line shown; budgets bound
// in dollars), several over generated phrasings rather than the one sentence. What is still open is in
// tryout-eighteenth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { chat, textOf, totalTokens } from "../flows/recommend-helpers.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  BANGKOK_PHARMACY,
  EIGHTEENTH_ROUND_FOLLOW_UPS,
  EIGHTEENTH_ROUND_TEAMS,
  GENEVA_HUMANITARIAN,
  HSINCHU_FAB,
  LAHORE_FASHION_STORE,
  MONOREPO_ONE_SHOT,
  ROTTERDAM_HOUSING,
  STOCKHOLM_CLINICAL_NOTES,
  TEXAS_SCHOOL_DISTRICT,
} from "./eighteenth-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
/** The dollar bound a foreign budget was read as, from the line said back ("… (at most $13,548.00)"). */
const boundUsd = (text: string) => Number(/\(at most \$([\d,]+\.\d\d)\)/.exec(text)![1]!.replace(/,/g, ""));
/** A model name as a literal in a pattern. */
const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Team = keyof typeof EIGHTEENTH_ROUND_TEAMS;

describe("eighteenth tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(EIGHTEENTH_ROUND_TEAMS))(
    "%s: the first message and every follow-up the team sent get an answer, never an internal error or a stack trace",
    (team, message) => {
      const c = chat(catalog);
      for (const said of [message, ...EIGHTEENTH_ROUND_FOLLOW_UPS[team as Team]]) {
        const text = textOf(c.say(said));
        expect(text.trim().length, said).toBeGreaterThan(0);
        expect(text, said).not.toMatch(/\bat \S+\.(?:ts|js):\d+|TypeError|undefined|NaN|\[object Object\]/);
      }
    },
  );
});

describe("eighteenth tryout round: what held, asserted so it keeps holding", () => {
  it("Geneva humanitarian: Switzerland, no training, no US-owned hosts, its own data centre and 'CHF 10,000' (francs bound in dollars above face value) are read; 9,000 × (5,000 + 800) is 52.2M tokens; a non-profit is who they are, not a non-commercial use; every pick runs on premises within the bound", () => {
    const { c, req, top, text } = firstShortlist(catalog, GENEVA_HUMANITARIAN);
    expect(req).toMatchObject({
      residencyElsewhere: "Switzerland",
      noTrainingOnData: true,
      deployment: "on-prem",
      nonprofit: true,
      statedBudget: { currency: "CHF", perMonth: 10_000 },
    });
    expect(req.exclude?.hostCountries).toContain("US");
    expect(req.commercial).not.toBe(false);
    expect(req.volume?.inputTokensPerMonth).toBe(9_000 * 5_000);
    expect(req.volume?.outputTokensPerMonth).toBe(9_000 * 800);
    expect(req.languages).toEqual(expect.arrayContaining(["en", "fr", "ar"]));
    expect(text).toMatch(/a nonprofit organisation \(who you are, not how the model is used/);
    const bound = boundUsd(text);
    expect(bound).toBeGreaterThan(10_000);
    for (const r of top) {
      expect(r.costBasis, r.id).toBe("self-host");
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(bound);
      expect(modelOf(r.id).openWeights, r.id).toBe(true);
    }
    expect(textOf(c.say("why not mistral large 3?"))).toMatch(/^\*\*Why not Mistral Large 3\?\*\*/);
  });

  // Swiss francs and Thai baht, the ways Swiss and Thai teams write them: their own currency, never
  // dollars. Since words31 also the Swiss thousands mark ("10'000"), "Fr." and "Thai baht", which
  // names no language (currency-of-country.property.test.ts generates more).
  it("over generated franc and baht budgets (11 phrasings): the amount in its own currency, bound in dollars on the right side of its face value", () => {
    const cases: [string, string, number][] = [
      ["Budget CHF 10,000 per month.", "CHF", 10_000],
      ["Budget 10,000 CHF a month.", "CHF", 10_000],
      ["Our budget is 10,000 Swiss francs a month.", "CHF", 10_000],
      ["We can spend up to CHF 10k monthly.", "CHF", 10_000],
      ["Budget 10'000 CHF a month.", "CHF", 10_000],
      ["Budget Fr. 10,000 per month.", "CHF", 10_000],
      ["Budget Fr. 10'000.– per month.", "CHF", 10_000],
      ["Budget is tight: 30,000 baht a month.", "THB", 30_000],
      ["Budget ฿30,000 per month.", "THB", 30_000],
      ["Budget THB 30,000 monthly.", "THB", 30_000],
      ["Our budget is 30k Thai baht a month.", "THB", 30_000],
    ];
    for (const [words, currency, amount] of cases) {
      const c = chat(catalog);
      const text = textOf(c.say(`We want a customer support chatbot, 100,000 chats a month. ${words}`));
      expect(c.session.requirements.statedBudget, words).toEqual({ currency, perMonth: amount });
      expect(c.session.requirements.languages, words).toBeUndefined();
      // A franc has been worth more than a dollar, a baht far less: the bound says which way.
      if (currency === "CHF") expect(boundUsd(text), words).toBeGreaterThan(amount);
      else expect(boundUsd(text), words).toBeLessThan(amount / 10);
    }
  });

  // The Lahore store wrote PKR; a Pakistani team that writes "Rs" means its own rupee too.
  it("Lahore fashion store: 'Rs 150,000 per month' in a message from Lahore is Pakistani rupees, said back and not applied (no rate on file), never Indian rupees or dollars", () => {
    const message = LAHORE_FASHION_STORE.replace("PKR 150,000", "Rs 150,000");
    const c = chat(catalog);
    const text = textOf(c.say(message));
    expect(c.session.requirements.statedBudget).toEqual({ currency: "PKR", perMonth: 150_000 });
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
    expect(text).toContain("PKR 150,000");
    expect(text).not.toContain("₹");
  });

  it("Hsinchu fab: 1,200 engineers × 10 questions a day × 30 × (6,000 in + 500 out) is 2.34B tokens; RAG, air-gapped (on premises), Chinese and English; every pick self-hosted with open weights; 'can we use qwen3 32b commercially in the fab?' is allowed under Apache 2.0; 'how good is the top pick at traditional chinese?' gives #1's Chinese rating", () => {
    const { c, req, top } = firstShortlist(catalog, HSINCHU_FAB);
    expect(req.useCase).toBe("rag");
    expect(req.deployment).toBe("on-prem");
    expect(req.volume?.inputTokensPerMonth).toBe(1_200 * 10 * 30 * 6_000);
    expect(req.volume?.outputTokensPerMonth).toBe(1_200 * 10 * 30 * 500);
    expect(req.languages).toEqual(expect.arrayContaining(["en", "zh"]));
    for (const r of top) {
      expect(r.costBasis, r.id).toBe("self-host");
      expect(modelOf(r.id).openWeights, r.id).toBe(true);
    }
    const licence = textOf(c.say("can we use qwen3 32b commercially in the fab?"));
    expect(licence).toMatch(/^Allowed: Qwen3 32B/);
    expect(licence).toMatch(/Apache License 2\.0/);
    expect(textOf(c.say("how good is the top pick at traditional chinese?"))).toMatch(
      new RegExp(`${escapeName(top[0]!.name)}\\W+in Chinese: LMArena Chinese \\d+`),
    );
  });

  // devices17: one machine with its cards counted is owned hardware (one-machine-owned.property.test.ts
  // has the generated phrasings); it was priced as bought ('$16,000.00 up front') and the what-if sized on 4.
  it("Hsinchu fab: 'hardware we already own: one server with 4x NVIDIA L40S 48GB' is 4 owned L40S, every self-hosted pick priced as the team's own; 'what if we buy another 4 L40S?' sizes the picks on 8 (384 GB)", () => {
    const { c, req, text } = firstShortlist(catalog, HSINCHU_FAB);
    expect(req.ownedGpus).toEqual({ type: "L40S", count: 4 });
    expect(text).toMatch(/Noted:.*you own 4 L40S/);
    const lines = text.split("\n").filter((l) => / self-hosted, always on /.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/NVIDIA L40S \(.*\), all yours at/);
      expect(line).not.toMatch(/up front|all bought|rented at/);
    }
    expect(text).toMatch(/fits your 4× NVIDIA L40S \(192 GB/);
    const more = textOf(c.say("what if we buy another 4 L40S?"));
    expect(more).toMatch(/fits your 8× NVIDIA L40S \(384 GB/);
    expect(more).not.toMatch(/your 4× NVIDIA L40S/);
  });

  // Engineers × questions a day, said the ways an engineering group says it: × 30 days, every engineer counted.
  it("over generated per-engineer rates (4 phrasings): engineers × questions a day × 30 days × (tokens in + out)", () => {
    for (const words of [
      "About 1,200 engineers, each asks about 10 questions a day, ~6,000 tokens in and 500 out.",
      "1,200 engineers ask about 10 questions a day each, 6,000 tokens in and 500 out per question.",
      "Each of our 1,200 engineers asks around 10 questions per day (6,000 tokens in, 500 out).",
      "We have 1,200 engineers; every engineer asks about 10 questions a day, 6,000 tokens in and 500 out.",
    ]) {
      const c = chat(catalog);
      c.say(`We want a RAG assistant over our equipment manuals. ${words}`);
      expect(totalTokens(c.session.requirements.volume), words).toBe(1_200 * 10 * 30 * 6_500);
    }
  });

  // With no tokens said, each question is sized as assumed and the engineers still multiply it.
  it("Hsinchu fab (other phrasings): 'for 1,200 engineers, 10 questions a day each' with no sizes is 1,200 × 10 × 30 × (1,000 in + 300 out assumed), the engineers as users", () => {
    const c = chat(catalog);
    c.say("We want a RAG assistant over our equipment manuals for 1,200 engineers, 10 questions a day each.");
    const volume = c.session.requirements.volume;
    expect(volume?.inputTokensPerMonth).toBe(1_200 * 10 * 30 * 1_000);
    expect(volume?.outputTokensPerMonth).toBe(1_200 * 10 * 30 * 300);
    expect(volume?.perItem?.sizeAssumed).toBe(true);
    expect(c.session.requirements.monthlyActiveUsers).toBe(1_200);
  });

  // A count of people followed by each of them asking is who uses it, not who builds it.
  it("Hsinchu fab (other phrasings, todosnew): 'We have 1,200 engineers; every engineer asks about 10 questions a day' counts the engineers as users, no team size; a team that builds stays a team", () => {
    for (const words of [
      "We have 1,200 engineers; every engineer asks about 10 questions a day.",
      "We have 1,200 engineers, each one asks around 10 questions a day.",
      "Our company has 1,200 engineers: every engineer sends about 10 questions a day.",
    ]) {
      const c = chat(catalog);
      c.say(`We want a RAG assistant over our equipment manuals. ${words}`);
      expect(c.session.requirements.teamSize, words).toBeUndefined();
      expect(c.session.requirements.monthlyActiveUsers, words).toBe(1_200);
      expect(totalTokens(c.session.requirements.volume), words).toBe(1_200 * 10 * 30 * 1_300);
    }
    const c = chat(catalog);
    c.say("We want a support chatbot for 5,000 customers. We have 4 engineers; each builds one service.");
    expect(c.session.requirements.teamSize).toBe(4);
  });

  it("Bangkok pharmacy chain: 40,000 × (600 + 200) is 32M tokens; Thai; '30,000 baht' bound in dollars and every pick within it; customers' symptoms make it medical, so every API pick's host rules out training on the data; 'how good is the top pick at thai?' says no Thai rating is held", () => {
    const { c, req, top, text } = firstShortlist(catalog, BANGKOK_PHARMACY);
    expect(req.volume?.inputTokensPerMonth).toBe(40_000 * 600);
    expect(req.volume?.outputTokensPerMonth).toBe(40_000 * 200);
    expect(req.languages).toContain("th");
    expect(req.statedBudget).toEqual({ currency: "THB", perMonth: 30_000 });
    expect(req.fieldOfUse).toBe("medical");
    const bound = boundUsd(text);
    for (const r of top) {
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(bound);
      if (r.costBasis === "api")
        expect(text, r.id).toMatch(new RegExp(`${escapeName(r.name)}\\W+via [^\\n]*no training on API data`));
    }
    c.say("what if it grows to 100,000 messages a month?");
    expect(totalTokens(c.session.requirements.volume)).toBe(100_000 * 800);
    expect(textOf(c.say("how good is the top pick at thai?"))).toMatch(/no Thai rating in the catalogue/);
  });

  it("Stockholm clinical-notes startup: open weights only, fine-tuning, training on a larger model's outputs, shipping the weights and the EU are read; every pick is open and its licence allows it; Gemma 3 12B shipped to hospitals carries the pass-through duty and the automated-decisions clause; Mistral Small 3.2 is Apache 2.0", () => {
    const { c, req, top } = firstShortlist(catalog, STOCKHOLM_CLINICAL_NOTES);
    expect(req).toMatchObject({
      openWeightsOnly: true,
      fineTuning: true,
      trainOnOutputs: true,
      redistributeWeights: true,
      inEu: true,
      deployment: "on-prem",
    });
    for (const r of top) {
      expect(modelOf(r.id).openWeights, r.id).toBe(true);
      expect(r.licenseVerdict, r.id).not.toMatch(/blocked|no/);
    }
    const gemma = textOf(c.say("can we ship gemma 3 12b weights to the hospitals?"));
    expect(gemma).toMatch(/^Allowed with conditions: Gemma 3 12B/);
    expect(gemma).toMatch(/Pass the terms on to recipients/);
    expect(gemma).toMatch(/automated decisions/);
    const mistral = textOf(c.say("what about mistral small 3.2?"));
    expect(mistral).toMatch(/^Allowed: Mistral Small 3\.2/);
    expect(mistral).toMatch(/Apache License 2\.0/);
  });

  // In a thread that plans to self-host, fine-tune and ship its own model, a closed model asked about only
  // as the teacher is called through its API: the thread's facts about the team's model are not its use.
  it("over closed teachers (3) × phrasings (3) after Stockholm's plan: the teacher's outputs clause is the answer, never 'Self-hosting … is not possible' or 'Distributing … weights'", () => {
    const phrasings = [
      "can we generate the synthetic training data with {m}?",
      "can we use {m} outputs to train our model?",
      "can we train our own model on {m} outputs?",
    ];
    const teachers: [string, string][] = [
      ["gpt-4.1", "GPT-4.1"],
      ["claude sonnet 4.5", "Claude Sonnet 4.5"],
      ["gemini 2.5 pro", "Gemini 2.5 Pro"],
    ];
    teachers.forEach(([m, name], i) => {
      const asked = phrasings[i % phrasings.length]!.replace("{m}", m);
      const c = chat(catalog);
      c.say(STOCKHOLM_CLINICAL_NOTES);
      const text = textOf(c.say(asked));
      const why = text.split("**Why**\n")[1]?.split("\n")[0] ?? "";
      expect(why, asked).toMatch(new RegExp(`^- Training your model on ${escapeName(name)}'s outputs`));
      expect(text, asked).not.toMatch(
        /Self-hosting .* is not possible|Distributing .* weights or derivatives is not possible/,
      );
    });
  });

  // Training on another model's outputs, asked the ways a team planning distillation asks it: each
  // teacher's own clause decides (DeepSeek-R1 invites distillation, OpenAI's terms forbid competing models).
  it.each([
    "can we train our own model on {m} outputs?",
    "can we use {m} outputs to train our model?",
    "can we generate the synthetic training data with {m}?",
  ])("over teachers: '%s' answers with the teacher's own clause on training other models", (phrasing) => {
    const ask = (model: string) => textOf(chat(catalog).say(phrasing.replace("{m}", model)));
    const r1 = ask("deepseek-r1");
    expect(r1, phrasing).toMatch(/^Allowed: DeepSeek-R1/);
    expect(r1, phrasing).toMatch(/distillation for training other LLMs/);
    expect(ask("gpt-4.1"), phrasing).toMatch(/develop artificial intelligence models that compete with OpenAI/);
    expect(ask("mistral small 3.2"), phrasing).toMatch(/^Allowed: Mistral Small 3\.2/);
  });

  // The name a team would give its fine-tuned model, written as a family word joined to a stand-in
  // ("llama-something"), is no model to look up: the question is the licence's naming clause.
  it("over generated naming questions (3 models × 4 stand-ins × phrasings): the fine-tuned model's licence verdict, Llama's 'Llama' naming clause first among its duties, never 'I don't know a model called …'", () => {
    const phrasings = [
      "if we fine-tune {m}, do we have to call it {f}-{p}?",
      "do we need to name our fine-tuned {m} {f}-{p}?",
      "if we fine-tune {m}, must we call it {f}-{p}?",
      "after fine-tuning {m}, do we have to name it {f}-{p}?",
    ];
    const models: [string, string, string][] = [
      ["llama 3.1 8b", "llama", "Llama 3.1 8B"],
      ["llama 3.3 70b", "Llama", "Llama 3.3 70B"],
      ["gemma 3 12b", "gemma", "Gemma 3 12B"],
    ];
    ["something", "whatever", "anything", "xyz"].forEach((placeholder, i) => {
      for (const [m, family, name] of models) {
        const asked = phrasings[(i + name.length) % phrasings.length]!.replace("{m}", m)
          .replace("{f}", family)
          .replace("{p}", placeholder);
        const text = textOf(chat(catalog).say(asked));
        expect(text, asked).not.toMatch(/I don't know a model called/);
        expect(text, asked).toMatch(new RegExp(`^Allowed with conditions: ${escapeName(name)}`));
        if (family.toLowerCase() === "llama")
          expect(
            text
              .split("**Duties**")[1]
              ?.split("\n")
              .find((l) => l.startsWith("- ")),
            asked,
          ).toMatch(/must start its name with "Llama"/);
      }
    });
  });

  // With the volume read (3.6B input tokens a month), Gemini 2.5 Flash's list price is over the $500
  // (it was ranked while the volume went unread).
  it("Monorepo one-shot: a coding shortlist at once, cost first, the $500 budget read; 'why not gemini 2.5 flash?' says it is over the budget at the team's volume", () => {
    const { c, req } = firstShortlist(catalog, MONOREPO_ONE_SHOT);
    expect(req.useCase).toBe("coding");
    expect(req.priorities).toContain("cost");
    expect(req.monthlyBudgetUsd).toBe(500);
    expect(textOf(c.say("why not gemini 2.5 flash?"))).toMatch(
      /^\*\*Why not Gemini 2\.5 Flash\?\*\* It was ruled out before scoring: .*over your \$500\.00 budget/,
    );
  });

  // Geneva's load (52M tokens a month) is light: a pick that costs far more than a near-equal one
  // (more than 10 % of the bound) must lead on more than the scores' precision, or rank after it.
  it("Geneva humanitarian: no top-3 pick costs over 10 % of the bound more than a pick below it unless it leads by more than a near-tie", () => {
    const { top, text } = firstShortlist(catalog, GENEVA_HUMANITARIAN);
    const bound = boundUsd(text);
    expect(top.length).toBe(3);
    for (let i = 0; i < top.length; i++)
      for (let j = i + 1; j < top.length; j++) {
        const [hi, lo] = [top[i]!, top[j]!];
        if (hi.monthlyCostUsd! - lo.monthlyCostUsd! > bound * 0.1)
          expect(hi.score - lo.score, `${hi.id} over ${lo.id}`).toBeGreaterThan(0.01);
      }
  });

  // Each question sends the same 600K-token repository: a lead expects prompt caching said, with what
  // each pick's host would bill for the repeated part, never a saving made up where no price is on file.
  it("Monorepo one-shot: the same 600K-token repository sent 200 times a day says prompt caching for every top-3 pick, its cached cost below the list cost or 'no cache-read price on file'", () => {
    const { text, top } = firstShortlist(catalog, MONOREPO_ONE_SHOT);
    expect(text).toMatch(
      /Prompt caching, not counted above:\W*each of the 6,000 requests a month sends a 600K-token prompt/,
    );
    for (const row of top) {
      const line = new RegExp(`${escapeName(row.name)}\\W* via [^\\n]*`).exec(
        text.slice(text.indexOf("Prompt caching")),
      )?.[0];
      expect(line, row.id).toBeDefined();
      const cached = /→ at least \$([\d,]+\.\d\d) a month/.exec(line!);
      if (cached) expect(Number(cached[1]!.replace(/,/g, "")), row.id).toBeLessThan(row.monthlyCostUsd!);
      else expect(line, row.id).toMatch(/no cache-read price on file/);
    }
  });

  // A repository sized in tokens is a context need ('~600k-token monorepo', 'a 300k-token repository'),
  // as a codebase was: its window rules models out and each question sends it.
  it("Monorepo one-shot (todosnew): '~600k-token monorepo in one prompt' is 600K of context, '~200 questions a day' × 30 × 600K is 3.6B input tokens priced within the $500; every pick's window holds 600K; 'what if we only send the 150k tokens that matter?' cuts each question to 150K", () => {
    const { c, req, top } = firstShortlist(catalog, MONOREPO_ONE_SHOT);
    expect(req.contextTokens).toBe(600_000);
    expect(req.volume?.inputTokensPerMonth).toBe(200 * 30 * 600_000);
    for (const r of top) {
      expect(catalog.modelById.get(r.id)!.contextWindow, r.id).toBeGreaterThanOrEqual(600_000);
      expect(r.monthlyCostUsd, r.id).toBeLessThanOrEqual(500);
    }
    c.say(EIGHTEENTH_ROUND_FOLLOW_UPS["Monorepo one-shot"][0]!);
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(200 * 30 * 150_000);
    // The question's 150K and its answer (150.3K), as thread-sent-size.property.test.ts reads it.
    expect(c.session.requirements.contextTokens).toBeGreaterThanOrEqual(150_000);
    expect(c.session.requirements.contextTokens).toBeLessThan(151_000);
    for (const [words, size] of [
      ["the whole 300k-token repository", 300_000],
      ["our 1M token monorepo", 1_000_000],
    ] as const)
      expect(
        parseRequirements(`Which API model can take ${words} in one prompt? 50 questions a day.`).contextTokens,
        words,
      ).toBe(size);
  });

  it("Rotterdam housing association (in Dutch): 'We zitten op Azure (West Europe)' is its cloud and 'Budget: 4.000 euro per maand' is euros bound in dollars", () => {
    const c = chat(catalog);
    const text = textOf(c.say(ROTTERDAM_HOUSING));
    expect(c.session.requirements.cloudProvider).toBe("azure");
    expect(c.session.requirements.statedBudget).toEqual({ currency: "EUR", perMonth: 4_000 });
    expect(boundUsd(text)).toBeGreaterThan(4_000);
  });

  it("Rotterdam housing association (in Dutch, since words33): 25,000 reports × (900 + 300) is 30M tokens, classification, personal data kept in the EU and not for training, two developers and no ML-ops, a shortlist at once; every pick through Azure within the euro bound; the Dutch what-if doubles the reports, 'waarom niet gpt-4.1 mini?' answers its rank, 'wat kost de eerste optie per melding?' is #1's cost per report", () => {
    const { c, req, rows, text } = firstShortlist(catalog, ROTTERDAM_HOUSING);
    expect(req).toMatchObject({
      useCase: "extraction",
      euDataResidency: true,
      noTrainingOnData: true,
      mlOpsExperience: "none",
      cloudProvider: "azure",
      writtenIn: "nl",
    });
    expect(req.volume?.inputTokensPerMonth).toBe(25_000 * 900);
    expect(req.volume?.outputTokensPerMonth).toBe(25_000 * 300);
    const bound = boundUsd(text);
    for (const r of rows.slice(0, 3)) expect(r.monthlyCostUsd, r.id).toBeLessThanOrEqual(bound);
    const [double, whyNot, perReport] = EIGHTEENTH_ROUND_FOLLOW_UPS["Rotterdam housing association"];
    c.say(double!);
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(2 * 25_000 * 900);
    expect(textOf(c.say(whyNot!))).toMatch(/^\*\*Why not GPT-4\.1 mini\?\*\* It ranks #\d+/);
    expect(textOf(c.say(perReport!))).toMatch(/Per report, at 50,000 reports a month/);
  });

  it("Texas school district: 9,000 students × 15 questions a week × 30/7 × (1,200 + 400) tokens; Google Cloud, minors, no training, English and Spanish, no ML team, $6,000; every pick within budget, on Vertex or self-hosted; 'can we use llama 3.1 8b for this instead?' answers its licence", () => {
    const { c, req, top, text } = firstShortlist(catalog, TEXAS_SCHOOL_DISTRICT);
    expect(totalTokens(req.volume)).toBeCloseTo((9_000 * 15 * 30 * 1_600) / 7, -3);
    expect(req).toMatchObject({
      cloudProvider: "gcp",
      minorUsers: true,
      noTrainingOnData: true,
      mlOpsExperience: "none",
      monthlyBudgetUsd: 6_000,
    });
    expect(req.languages).toEqual(expect.arrayContaining(["en", "es"]));
    for (const r of top) {
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(6_000);
      if (r.costBasis === "api") expect(text, r.id).toMatch(new RegExp(`${escapeName(r.name)}\\W+via Vertex`));
    }
    expect(textOf(c.say("can we use llama 3.1 8b for this instead?"))).toMatch(
      /^Allowed with conditions: Llama 3\.1 8B/,
    );
  });

  // A school's users said the ways a district says it: under 18 is read, and school work is education.
  it("over generated school-age phrasings (4): users under 18 and the field of use education", () => {
    for (const words of [
      "Students are 11 to 18, so many are minors.",
      "Most of our students are under 18.",
      "Our students are minors.",
      "It is for high-school students aged 14 to 18.",
    ]) {
      const c = chat(catalog);
      c.say(`We want a tutoring chatbot for our students, 100,000 chats a month. ${words}`);
      expect(c.session.requirements, words).toMatchObject({ minorUsers: true, fieldOfUse: "education" });
    }
  });

  it("Lahore fashion store: 6,000 messages a day × 30 × (350 + 120) is 84.6M tokens; Urdu and English; no GPUs is no ML-ops; 'why not deepseek v3.2?' answers its rank", () => {
    const c = chat(catalog);
    c.say(LAHORE_FASHION_STORE);
    const req = c.session.requirements;
    expect(req.volume?.inputTokensPerMonth).toBe(6_000 * 30 * 350);
    expect(req.volume?.outputTokensPerMonth).toBe(6_000 * 30 * 120);
    expect(req.languages).toEqual(expect.arrayContaining(["en", "ur"]));
    expect(req.mlOpsExperience).toBe("none");
    // Read as customer-support chat since words28 (it was coding), DeepSeek-V3.2 may lead: its rank either way.
    expect(textOf(c.say("why not deepseek v3.2?"))).toMatch(
      /^\*\*(?:Why not DeepSeek-V3\.2\?\*\* It ranks #\d+ of \d+|DeepSeek-V3\.2\*\* is already #1)/,
    );
  });
});

// words40: the tagging is the second job (secondJobIn in use-case-text.ts), said back with how to rank for it.
describe("eighteenth tryout round: the second job in Lahore's message", () => {
  it("Lahore fashion store: 'answer them and tag each message (order status / return / …)' ranks the support chat and says the tagging (classification) back with the words that rank it; asking for it swaps the two", () => {
    const c = chat(catalog);
    const first = textOf(c.say(LAHORE_FASHION_STORE));
    expect(c.session.requirements).toMatchObject({ useCase: "chat", secondUseCase: "extraction" });
    expect(first).toMatch(
      /also asked for: extraction \/ classification \(one shortlist ranks one job; say "what if it's extraction \/ classification\?"/,
    );
    const swapped = textOf(c.say("what if it's extraction / classification?"));
    expect(c.session.requirements.useCase).toBe("extraction");
    expect(swapped).toMatch(/also asked for: chat assistant/);
  });
});

// words28 (ops-experience-said.property.test.ts has the generated phrasings).
describe("eighteenth tryout round: who runs it, read from the first message", () => {
  it("Lahore fashion store: 'No GPUs, 2 developers.' is no ML-ops experience and who builds it: not coding, not users; Hsinchu fab: 'Our MLOps team of 3 already runs Triton' is strong; Bangkok pharmacy chain: 'one freelance developer and no servers' is none", () => {
    const lahore = parseRequirements(LAHORE_FASHION_STORE);
    expect(lahore).toMatchObject({ mlOpsExperience: "none", useCase: "chat" });
    expect(lahore.monthlyActiveUsers).toBeUndefined();
    expect(parseRequirements("We want a bot to answer them. No GPUs, 2 developers.").useCase).not.toBe("coding");
    expect(parseRequirements(HSINCHU_FAB).mlOpsExperience).toBe("strong");
    expect(parseRequirements(BANGKOK_PHARMACY).mlOpsExperience).toBe("none");
  });
});

describe("eighteenth tryout round: what the data is and what the work is (words32)", () => {
  it("Geneva humanitarian: 'This is protection data about vulnerable people' is regulated data, and 'our legal service does not accept US cloud providers' is who decides, not legal work (no field of use, no 'since this is legal work')", () => {
    const { req, text } = firstShortlist(catalog, GENEVA_HUMANITARIAN);
    expect(req.dataSensitivity).toBe("regulated");
    expect(req.fieldOfUse).toBeUndefined();
    expect(text).not.toMatch(/this is legal work/);
    expect(req.exclude?.hostCountries).toContain("US");
  });

  it("Stockholm clinical-notes startup: 'a clinical documentation assistant' writes the clinical notes (summarisation), not a chat, in the team's message and alone", () => {
    const { req } = firstShortlist(catalog, STOCKHOLM_CLINICAL_NOTES);
    expect(req.useCase).toBe("summarization");
    const alone = chat(catalog);
    alone.say("We're building a clinical documentation assistant for hospitals, 20M tokens a month.");
    expect(alone.session.requirements.useCase).toBe("summarization");
  });
});

describe("eighteenth tryout round: the vision models the team already runs (words32)", () => {
  it("Hsinchu fab: 'Our MLOps team of 3 already runs Triton for vision models.' sends the model no images; text-only models stay in, and the volume is the engineers' questions alone", () => {
    const { req } = firstShortlist(catalog, HSINCHU_FAB);
    expect(req.imageInput).toBeUndefined();
    expect(req.volume?.inputTokensPerMonth).toBe(1_200 * 10 * 30 * 6_000);
  });
});
