// An eleventh tryout round: eight new teams in their own words (eleventh-round-teams.ts: a
// Brazilian bank, a Nordic broadcaster, an Indian agritech, a US ITAR subcontractor, a German
// carmaker, a Kenyan telco, Australian accountants, a Japanese pharma), each run as a whole
// conversation through the compiled console and read as a sceptical ML lead would. What holds is
// asserted here as properties an expert checks (every top-3 model meets every hard constraint the
// team stated, via firstShortlist → expectExpertShortlist; costs recompute from the line shown;
// residency and licence verdicts fit the team), some over generated teams rather than the one
// sentence. What is still open is in tryout-eleventh-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { labCountry } from "../../src/catalog/labs.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { rankModels } from "../../src/scoring/rank.js";
import { chat, textOf, totalTokens } from "../flows/recommend-helpers.js";
import { expectResidencyChecked, residencyOracle, rowsOf } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import {
  BRISBANE_ACCOUNTANTS,
  ELEVENTH_ROUND_FOLLOW_UPS,
  ELEVENTH_ROUND_TEAMS,
  INGOLSTADT_CARMAKER,
  NAIROBI_TELCO,
  OHIO_AEROSPACE,
  OSAKA_PHARMA,
  OSLO_BROADCASTER,
  PUNE_AGRITECH,
  SAO_PAULO_BANK,
} from "./eleventh-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
const isLlama = (id: string) => modelOf(id).licenseId.startsWith("llama");

type Team = keyof typeof ELEVENTH_ROUND_TEAMS;
// Left out of the shortlist checks until its open findings are fixed: the Ingolstadt carmaker's
// #1 is Kimi K2 (0905), a deprecated checkpoint, with no volume to cost it self-hosted.
const OPEN_FIRST_MESSAGES: readonly string[] = [INGOLSTADT_CARMAKER];
const SHORTLISTED = Object.entries(ELEVENTH_ROUND_TEAMS).filter(([, m]) => !OPEN_FIRST_MESSAGES.includes(m));

describe("eleventh tryout round: every team's first message gets a shortlist an expert can check", () => {
  it.each(SHORTLISTED)(
    "%s: a recommendation at once, every top-3 pick within the hard rules, its costs worked out",
    (_team, message) => {
      const { text, top } = firstShortlist(catalog, message);
      expect(text).not.toMatch(/Question \d of \d/);
      expect(top.length).toBe(3);
    },
  );

  it.each(Object.entries(ELEVENTH_ROUND_TEAMS))(
    "%s: every follow-up the team sent gets an answer, never an internal error or a stack trace",
    (team, message) => {
      const c = chat(catalog);
      c.say(message);
      for (const followUp of ELEVENTH_ROUND_FOLLOW_UPS[team as Team]) {
        const text = textOf(c.say(followUp));
        expect(text.trim().length, followUp).toBeGreaterThan(0);
        expect(text, followUp).not.toMatch(/\bat \S+\.(?:ts|js):\d+|TypeError|undefined|NaN|\[object Object\]/);
      }
    },
  );
});

describe("eleventh tryout round: what held, asserted so it keeps holding", () => {
  it("Ohio aerospace (ITAR, US only, no Chinese models, $15k): no Chinese lab, every pick within budget and kept in the US, Llama blocked for its use; on its own 4 L40S every pick fits them and Mistral Large 3 is ruled out as too big", () => {
    const { c, req, top, text } = firstShortlist(catalog, OHIO_AEROSPACE);
    expect(req).toMatchObject({ monthlyBudgetUsd: 15_000, residencyElsewhere: "the US", dataSensitivity: "regulated" });
    expect(req.exclude?.countries).toContain("CN");
    expectResidencyChecked(catalog, text, "the US", top);
    for (const r of top) {
      expect(labCountry(catalog, modelOf(r.id)), r.id).not.toBe("CN");
      expect(isLlama(r.id), r.id).toBe(false);
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(15_000);
    }
    const llama = c.say("can we use llama 3.3 70b for this?");
    expect(llama.data?.intent).toBe("license");
    expect((llama.data?.verdicts as { verdict: string }[])[0]?.verdict).toBe("blocked");
    expect(textOf(llama)).toMatch(/International Traffic in Arms Regulations/);
    const onPrem = c.say("what if we go fully on-prem on 4x L40S?");
    expect(c.session.requirements.ownedGpus).toMatchObject({ type: "L40S", count: 4 });
    for (const r of rowsOf(onPrem).slice(0, 3)) {
      expect(r.costBasis, r.id).toBe("self-host");
      expect(textOf(onPrem), r.id).toMatch(new RegExp(`- \\*\\*${r.name}\\*\\*: fits your 4× NVIDIA L40S`));
    }
    const large = textOf(c.say("why not mistral large 3?"));
    expect(large).toMatch(/ruled out before scoring: Mistral Large 3 needs about \d+ GB even at 4-bit/);
  });

  // The Ohio subcontractor said 'defense primes': the Llama licences' use policy forbids military
  // use, so no Llama may lead such a team, whatever words it uses for its field.
  it("over generated defence teams: the field of use is military, every Llama model is blocked and none reaches a top 3", () => {
    const fields = [
      "a defense contractor",
      "a defence supplier to the armed forces",
      "machined parts for defense primes",
      "a military logistics unit",
      "a weapons test range",
    ];
    const shapes = [
      (f: string) =>
        `we're ${f}. engineers want a self-hosted assistant over our specs and manuals, about 200M tokens a month. which model?`,
      (f: string) => `${f} here, we need an on-prem model to summarise maintenance reports, 5,000 reports a month`,
      (f: string) =>
        `which open model should ${f} use for RAG over internal documents? 50M tokens a month, must self-host`,
    ];
    for (const field of fields)
      for (const shape of shapes) {
        const text = shape(field);
        const c = chat(catalog);
        const reply = c.say(text);
        expect(c.session.requirements.fieldOfUse, text).toBe("military");
        for (const r of rowsOf(reply).slice(0, 3)) expect(isLlama(r.id), `${text}: ${r.id}`).toBe(false);
        for (const llama of ["llama 3.1 8b", "llama 3.3 70b", "llama 4 maverick"]) {
          const answer = c.say(`can we use ${llama} for this?`);
          expect((answer.data?.verdicts as { verdict: string }[])[0]?.verdict, `${text}: ${llama}`).toBe("blocked");
        }
      }
  });

  it("São Paulo bank (data stays in Brazil, on AWS, US$ 9,000): no top-3 pick is known to process outside Brazil, one not checked ranks after every one known to process there, all within the budget; an API pick is on Bedrock, and GPT-4o mini is ruled out as not on Bedrock", () => {
    const { c, req, top, text } = firstShortlist(catalog, SAO_PAULO_BANK);
    expect(req).toMatchObject({ residencyElsewhere: "Brazil", monthlyBudgetUsd: 9000, dataSensitivity: "regulated" });
    expect(req.languages).toEqual(["pt"]);
    expectResidencyChecked(catalog, text, "Brazil", top);
    let notCheckedSeen = false;
    for (const r of top) {
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(9000);
      if (r.costBasis !== "api") continue;
      expect(r.apiProvider, r.id).toMatch(/^amazon-bedrock/);
      const state = residencyOracle(catalog, modelOf(r.id), r.apiProvider!, "BR");
      expect(state, r.id).not.toBe("no");
      if (state === "yes") expect(notCheckedSeen, `${r.id} known in Brazil after one not checked`).toBe(false);
      else notCheckedSeen = true;
    }
    expect(textOf(c.say("why not gpt-4o mini?"))).toMatch(/not listed as offered on AWS Bedrock/);
  });

  it("Oslo broadcaster (EU/EEA processing, five Nordic and English languages): each language kept, Icelandic added by a what-if, and a language question answers for #1 without re-ranking", () => {
    const { c, req } = firstShortlist(catalog, OSLO_BROADCASTER);
    expect(req).toMatchObject({ useCase: "translation", euDataResidency: true });
    expect(req.languages).toEqual(expect.arrayContaining(["en", "no", "sv", "da", "fi"]));
    const finnish = textOf(c.say("how good is the top pick at finnish?"));
    expect(finnish).toMatch(/no Finnish rating/);
    expect(c.session.requirements.languages).toEqual(req.languages);
    c.say("what if we add icelandic?");
    expect(c.session.requirements.languages).toEqual([...req.languages!, "is"]);
  });

  it("São Paulo bank: '~12,000 flagged PIX transactions a day … a case summary for each alert (~5k tokens in, ~300 out)' is 12,000 × 30 × (5K in + 300 out), and every top-3 cost recomputes from it", () => {
    const { req, top, text } = firstShortlist(catalog, SAO_PAULO_BANK);
    expect(req.volume).toMatchObject({
      inputTokensPerMonth: 12_000 * 30 * 5_000,
      outputTokensPerMonth: 12_000 * 30 * 300,
    });
    expect(text).toMatch(/12,000 transactions a day/);
    for (const r of top) expect(r.monthlyCostUsd ?? 0, r.id).toBeGreaterThan(100);
  });

  it("Oslo broadcaster: 'Budget NOK 50 000 a month' (a space groups the thousands) is kept and said back as NOK 50,000", () => {
    const { req, text } = firstShortlist(catalog, OSLO_BROADCASTER);
    expect(req.statedBudget).toEqual({ currency: "NOK", perMonth: 50_000 });
    expect(text).toMatch(/budget NOK 50,000\/month/);
    expect(text).not.toMatch(/NOK 50\b(?!,)/);
  });

  it("Nairobi telco (subscriber data stays in Kenya): 3M messages × (300 in + 60 out), and every top-3 pick runs where the team puts it (self-hosted), none on an API host not on record in Kenya", () => {
    const { req, top } = firstShortlist(catalog, NAIROBI_TELCO);
    expect(req.residencyElsewhere).toBe("Kenya");
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 3e6 * 300, outputTokensPerMonth: 3e6 * 60 });
    expect(req.languages).toEqual(expect.arrayContaining(["en", "sw"]));
    for (const r of top) {
      if (r.costBasis === "self-host") continue;
      expect(residencyOracle(catalog, modelOf(r.id), r.apiProvider!, "KE"), r.id).not.toBe("no");
    }
  });

  it("no team that ruled out Chinese models gets one, and a team that named none is not narrowed", () => {
    const ohio = firstShortlist(catalog, OHIO_AEROSPACE);
    for (const r of ohio.rows.slice(0, 10)) expect(labCountry(catalog, modelOf(r.id)), r.id).not.toBe("CN");
    expect(firstShortlist(catalog, SAO_PAULO_BANK).req.exclude?.countries ?? []).not.toContain("CN");
  });

  it("Pune agritech: 'the farmer is on the phone' is a call to the startup's servers, so no pick is a model on phones", () => {
    const { req, top, text } = firstShortlist(catalog, PUNE_AGRITECH);
    expect(req.onDevice).toBeUndefined();
    expect(text).not.toMatch(/on-device|runs on phones/);
    for (const r of top) expect(r.costBasis, r.id).not.toBe("on-device");
  });

  it("Ingolstadt carmaker: 'a German car manufacturer' is where the company is, not a language of the work", () => {
    const reply = chat(catalog).say(INGOLSTADT_CARMAKER);
    expect(textOf(reply)).not.toMatch(/languages: German/);
  });

  it("Osaka pharma: 'Accuracy and traceability to the source are essential' is the team's need, so its first message gets a shortlist (it was answered with modelwise's data sources), and 'what if the source documents are 400k tokens?' changes the thread's context need", () => {
    const { c, text } = firstShortlist(catalog, OSAKA_PHARMA);
    expect(text).toMatch(/Shortlist: summarisation/);
    expect(text).toMatch(/languages: English, Japanese/);
    const followUp = c.say("what if the source documents are 400k tokens?");
    expect(followUp.data?.intent).toBe("what-if");
    expect(c.session.requirements.contextTokens).toBeGreaterThanOrEqual(400_000);
  });

  it("Brisbane accountants: 'maybe 30 queries a day across the whole team' is 30 × 30 days × (1K in + 300 out), said back as assumed, and 'nobody here is technical, we want whatever is easiest to run' is no ML-ops experience, so every top-3 pick is an API", () => {
    const { req, top, text } = firstShortlist(catalog, BRISBANE_ACCOUNTANTS);
    expect(totalTokens(req.volume)).toBe(30 * 30 * 1_300);
    expect(text).toMatch(/30 queries a day × 30 days × \(1K in \+ 300 out assumed\)/);
    expect(req.mlOpsExperience).toBe("none");
    for (const r of top) expect(r.costBasis, r.id).toBe("api");
  });

  it("Brisbane accountants: at 30 queries a day every top-3 pick costs a few dollars a month, so cost scores tie and cost decides nothing (was: list prices per token, cost weight 0.20, Mistral Small 3.2 #1)", () => {
    const { top } = firstShortlist(catalog, BRISBANE_ACCOUNTANTS);
    for (const r of top) expect(r.monthlyCostUsd!, r.id).toBeLessThan(10);
    const costs = top.map((r) => r.breakdown.cost!);
    expect(Math.max(...costs) - Math.min(...costs)).toBeLessThan(0.01);
  });

  it("over generated teams at a few million tokens a month (no budget, cost not first): every priced pick in the top 10 costing under $20 a month is within 0.05 of the best cost score, so a dollar or two never decides, and a dearer one loses at most 0.1", () => {
    for (const useCase of ["chat", "rag", "summarization", "extraction"] as const)
      for (const total of [2e5, 1e6, 3e6])
        for (const dataSensitivity of ["internal", "regulated"] as const) {
          const req = { useCase, dataSensitivity, volume: volumeAtDefaultSplit(total, `${total} tokens a month`) };
          const rows = rankModels(catalog, req)
            .ranked.slice(0, 10)
            .filter((m) => m.monthlyCostUsd !== null);
          const name = `${useCase} ${total} ${dataSensitivity}`;
          expect(rows.length, name).toBeGreaterThan(3);
          // Claude Sonnet 4.5 at $18 a month (cost 0.952) held the chat top 10 while Anthropic's own API
          // was counted as serving it; since Anthropic retired it there (2026-11-30) its integration
          // is a reseller's, and Claude Opus 4.5 at $30 (cost 0.924) is #10: not a dollar or two.
          for (const m of rows)
            expect(m.breakdown.cost, `${name}: ${m.id} at $${m.monthlyCostUsd}`).toBeGreaterThan(
              m.monthlyCostUsd! < 20 ? 0.95 : 0.9,
            );
        }
  });

  it("Pune agritech: '~200,000 queries a month now' beside '(RAG, ~3k tokens context)' is 200,000 × (3K context in + 300 out assumed)", () => {
    const { req, text } = firstShortlist(catalog, PUNE_AGRITECH);
    expect(totalTokens(req.volume)).toBe(200_000 * 3_300);
    // The 3K is the team's own context: said as stated since words34.
    expect(text).toMatch(/200k queries a month × \(3K in stated \+ 300 out assumed\)/);
  });

  it("Ingolstadt carmaker: 'We don't have GPUs for this yet, hardware budget is about €2M' is hardware to buy with a €2M capex, said back", () => {
    const c = chat(catalog);
    const text = textOf(c.say(INGOLSTADT_CARMAKER));
    expect(c.session.requirements.hardwareToBuy).toEqual({ capex: { currency: "EUR", amount: 2_000_000 } });
    expect(text).toMatch(/GPUs to buy, not rent \(capex €2,000,000/);
  });

  it("Ohio aerospace: '~150 engineers, maybe 40 questions a day each, ~10k tokens of context per question and ~500 tokens out' is 150 × 40 × 30 × (10K context in + 500 out), the 10K still the context need", () => {
    const { req, text } = firstShortlist(catalog, OHIO_AEROSPACE);
    expect(req.volume).toMatchObject({
      inputTokensPerMonth: 150 * 40 * 30 * 10_000,
      outputTokensPerMonth: 150 * 40 * 30 * 500,
    });
    expect(req.contextTokens).toBe(10_000);
    expect(text).toMatch(/150 engineers × 40 questions a day × 30 days × 10\.5K tokens each/);
  });

  it("Osaka pharma: 'clinical study reports of 300-800 pages … About 200 drafting sessions a month, each with ~150k tokens of source documents and ~8k tokens of output' counts the sessions: 200 × (150K in + 8K out)", () => {
    const { req, text } = firstShortlist(catalog, OSAKA_PHARMA);
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 200 * 150_000, outputTokensPerMonth: 200 * 8_000 });
    expect(text).toMatch(/200 sessions a month/);
    expect(text).not.toMatch(/550 pages/);
  });

  it("ITAR without the word defence: handling ITAR-controlled data is a field Llama's use policy names, so Llama 3.3 70B is blocked for it", () => {
    const c = chat(catalog);
    c.say("we summarize our ITAR-controlled technical data packages");
    const followUp = textOf(c.say("can we use llama 3.3 70b for this?"));
    const oneShot = textOf(
      chat(catalog).say("our drawings are export-controlled under ITAR. can we use llama 3.3 70b to summarise them?"),
    );
    for (const answer of [followUp, oneShot]) {
      expect(answer).toMatch(/^Blocked: Llama 3\.3 70B/);
      expect(answer).toMatch(/Traffic in Arms Regulations/);
    }
  });
});

// words46: '(~4,000 employees, 9M customers) Our analysts review …' was said back as '9M monthly
// users'; the customers are the bank's, beside its headcount, and the tool is for its analysts.
describe("eleventh tryout round: the São Paulo bank's customers are not the tool's users", () => {
  it("no users read; the 4,000 employees are the organisation and the 2 data scientists the team", () => {
    const req = parseRequirements(SAO_PAULO_BANK);
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(req).toMatchObject({ organisationSize: 4000, teamSize: 2 });
  });
});
