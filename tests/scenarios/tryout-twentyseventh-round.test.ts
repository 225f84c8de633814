// A twenty-seventh tryout round: three new teams in their own words (twentyseventh-round-teams.ts: an
// Almaty bank summarising Russian/Kazakh call transcripts in its own data centre, a Finnish nuclear
// power company's air-gapped Q&A over procedures on the 8 L40S it owns, a Colombo tour operator's
// WhatsApp bot for tourists on 60,000 rupees a month), each run as a whole conversation through the
// console and read as a sceptical ML lead would. What holds is asserted as properties an expert
// checks, not rankings.
//
// How a sceptical ML lead read them (tryoutseven): the bank's shortlist (Gemma 3 27B, Gemma 3 12B,
// Mistral Small 3.2 self-hosted on 2 bought L40S/L4, about $2,700–$2,950 a month, Gemma kept to
// summarising, never deciding on credit) would be signed; its budget in tenge was dropped unsaid and
// 'the top pick' cost follow-up priced another model as an API. The nuclear operator's shortlist
// (open weights, no Chinese lab, Llama ruled out for nuclear and critical infrastructure, each fits
// one of its 4× L40S servers) would be signed with reservations: no volume was read, so no cost, and
// #1 over #2 was decided by API hosts' terms it will never use. The tour operator's was not signed:
// read as a coding job (from its one part-time developer) at a twelfth of its volume. Still open:
// tryout-twentyseventh-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { labCountryOf } from "../../src/scoring/catalog-facts.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  ALMATY_BANK_CALLS,
  COLOMBO_TOURS_WHATSAPP,
  FINNISH_NUCLEAR_PROCEDURES,
  TWENTYSEVENTH_ROUND_FOLLOW_UPS,
  TWENTYSEVENTH_ROUND_TEAMS,
} from "./twentyseventh-round-teams.js";

const catalog = readCatalog();
const plain = (text: string) => text.replace(/\*\*/g, "");

describe("twenty-seventh tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(TWENTYSEVENTH_ROUND_TEAMS))(
    "%s: the first message and every follow-up get an answer, never an internal error",
    { timeout: 120_000 },
    (team, first) => {
      const c = chat(catalog);
      for (const message of [
        first,
        ...TWENTYSEVENTH_ROUND_FOLLOW_UPS[team as keyof typeof TWENTYSEVENTH_ROUND_TEAMS],
      ]) {
        const said = textOf(c.say(message));
        expect(said.length).toBeGreaterThan(0);
        expect(said).not.toMatch(/internal error|stack trace|\bundefined\b|\bNaN\b/);
      }
    },
  );

  it("Almaty bank: on its own premises, regulated, 40,000 calls × (1,200 in, 150 out) a day, Russian and Kazakh; every pick self-hosted open weights, allowed, under 4M tenge (about $7,700) a month", () => {
    const { req, top, text } = firstShortlist(catalog, ALMATY_BANK_CALLS);
    expect(req.deployment).toBe("on-prem");
    expect(req.dataSensitivity).toBe("regulated");
    expect(req.useCase).toBe("summarization");
    expect(req.fieldOfUse).toBe("finance");
    expect(req.languages).toEqual(expect.arrayContaining(["ru", "kk"]));
    expect(req.volume?.inputTokensPerMonth).toBe(40_000 * 30 * 1_200);
    expect(req.volume?.outputTokensPerMonth).toBe(40_000 * 30 * 150);
    // The bank's 2.5M customers are whom it serves, not users of a back-office tool.
    expect(req.organisationBase).toEqual({ count: 2_500_000, noun: "customers" });
    expect(req.monthlyActiveUsers ?? 0).toBeLessThan(2_500_000);
    expect(top.length).toBe(3);
    for (const row of top) {
      expect(catalog.modelById.get(row.id)?.openWeights).toBe(true);
      expect(row.costBasis).toBe("self-host");
      expect(row.licenseVerdict).not.toBe("blocked");
      expect(row.monthlyCostUsd).not.toBeNull();
      // 4,000,000 tenge all in: under $7,000 at any rate of the last years (≈450–530 KZT a dollar).
      expect(row.monthlyCostUsd!).toBeLessThanOrEqual(7_000);
    }
    // No model is rated in Kazakh: said, with the advice to test on its own calls.
    expect(plain(text)).toMatch(/no candidate model has a rating in Kazakh/);
    expect(plain(text)).toMatch(/Test the finalists on your own material in Kazakh/);
    // A Gemma pick in a bank may summarise, never decide on credit by itself.
    for (const row of top.filter((r) => /^gemma/.test(r.id))) {
      expect(row.licenseVerdict).toBe("conditional");
      expect(plain(text)).toContain(`${row.name} may rank, summarise or draft, but must not decide who gets credit`);
    }
  });

  it("Almaty bank: its budget in tenge is said back as KZT and not applied (no sourced rate), never dropped, never dollars; so is 'KZT', '₸' or 'million tenge'", () => {
    const { req, text } = firstShortlist(catalog, ALMATY_BANK_CALLS);
    expect(req.statedBudget).toEqual({ currency: "KZT", perMonth: 4_000_000 });
    expect(req.monthlyBudgetUsd).toBeUndefined();
    expect(plain(text)).toMatch(/budget ₸4,000,000\/month \(not applied\)/);
    expect(plain(text)).toMatch(/I hold no sourced exchange rate for KZT, so I have not applied it/);
    for (const said of ["4,000,000 tenge", "4,000,000 KZT", "KZT 4,000,000", "₸4,000,000", "4 million tenge"]) {
      const message = `We summarise call transcripts, 40,000 calls a day. Budget is ${said} a month.`;
      const read = parseRequirements(message);
      expect(read.statedBudget, said).toEqual({ currency: "KZT", perMonth: 4_000_000 });
      expect(read.monthlyBudgetUsd, said).toBeUndefined();
    }
  });

  it("Almaty bank: 'customer data must stay in Kazakhstan' is said back as the place the data stays, and no host owned outside it is used", () => {
    const { req, text } = firstShortlist(catalog, ALMATY_BANK_CALLS);
    expect(req.residencyElsewhere).toBe("Kazakhstan");
    expect(plain(text)).toMatch(/data must stay in Kazakhstan/);
    expect(req.exclude?.hostsOwnedOutside).toEqual(["KZ"]);
  });

  it("Almaty bank: 'what if we only do the calls that are complaints, about 8,000 a day?' re-prices 8,000 calls a day at the same call size, still self-hosted", () => {
    const c = chat(catalog);
    c.say(ALMATY_BANK_CALLS);
    const reply = c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Almaty bank calls"][0]!);
    const said = plain(textOf(reply));
    expect(said).toMatch(/8,000 calls a day × 30 days/);
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(8_000 * 30 * 1_200);
    expect(c.session.requirements.volume?.outputTokensPerMonth).toBe(8_000 * 30 * 150);
    expect(c.session.requirements.deployment).toBe("on-prem");
    for (const row of rowsOf(reply).slice(0, 3)) expect(row.costBasis).toBe("self-host");
  });

  it("Almaty bank: Qwen3's open weights are Apache 2.0, so commercial self-hosting in a bank is allowed", () => {
    const c = chat(catalog);
    c.say(ALMATY_BANK_CALLS);
    const said = plain(textOf(c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Almaty bank calls"][1]!)));
    expect(said).toMatch(/^Allowed: Qwen3 32B/m);
    expect(said).toMatch(/Licence: Apache License 2\.0/);
    expect(said).toMatch(/Self-hosting .*Qwen3 32B.* is allowed/);
  });

  it("Almaty bank: 'why not Llama 3.3 70B?' gets its rank, the reason and its self-hosted cost", () => {
    const c = chat(catalog);
    c.say(ALMATY_BANK_CALLS);
    const said = plain(textOf(c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Almaty bank calls"][3]!)));
    expect(said).toMatch(/Why not Llama 3\.3 70B\? It ranks #\d+ of \d+/);
    expect(said).toMatch(/Monthly cost \$[\d,.]+ \(self-hosted\)/);
  });

  it("Finnish nuclear operator: air-gapped, open weights only, no Chinese lab, its 2 servers of 4× L40S, Finnish/Swedish/English; every pick open, not Chinese, not Llama, fits one server", () => {
    const c = chat(catalog);
    const reply = c.say(FINNISH_NUCLEAR_PROCEDURES);
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    const text = plain(textOf(reply));
    expect(req.deployment).toBe("on-prem");
    expect(req.openWeightsOnly).toBe(true);
    expect(req.exclude?.countries).toEqual(["CN"]);
    expect(req.ownedGpus).toEqual({ type: "L40S", count: 8, perServer: 4 });
    expect(req.languages).toEqual(expect.arrayContaining(["fi", "sv", "en"]));
    expect(req.inEu).toBe(true);
    expect(req.commercial).toBe(true);
    expect(req.fieldOfUse).toBe("critical-infrastructure");
    const top = rowsOf(reply).slice(0, 3);
    expect(top.length).toBe(3);
    for (const row of top) {
      const model = catalog.modelById.get(row.id)!;
      expect(model.openWeights).toBe(true);
      expect(labCountryOf(catalog, model)).not.toBe("CN");
      // Llama's acceptable use policy restricts nuclear and critical-infrastructure use.
      expect(row.id).not.toMatch(/^llama/);
      expect(row.licenseVerdict).not.toBe("blocked");
      expect(text).toContain(`${row.name}: fits one server's 4× NVIDIA L40S`);
    }
    expect(text).toMatch(/Test the finalists on your own material in Finnish and Swedish/);
  });

  it("Finnish nuclear operator: 'some procedures are 200 pages' never cancels '300 engineers would ask maybe 20 questions a day each': 300 × 20 × 30 questions at an assumed question size, and every pick priced on its own L40S", () => {
    const { req, top, text } = firstShortlist(catalog, FINNISH_NUCLEAR_PROCEDURES);
    expect(req.volume?.inputTokensPerMonth).toBe(300 * 20 * 30 * 1_000);
    expect(req.volume?.outputTokensPerMonth).toBe(300 * 20 * 30 * 300);
    expect(plain(text)).toMatch(/234M tokens\/month = 300 engineers × 20 questions a day/);
    expect(plain(text)).not.toMatch(/Assumed: nothing about[^.]*monthly volume/);
    for (const row of top) {
      expect(row.monthlyCostUsd, row.id).not.toBeNull();
      expect(row.costBasis, row.id).toBe("self-host");
    }
  });

  it("Finnish nuclear operator: Llama is ruled out for critical infrastructure, DeepSeek for its country, Mistral Small 3.1 is Apache 2.0", () => {
    const c = chat(catalog);
    c.say(FINNISH_NUCLEAR_PROCEDURES);
    const llama = plain(textOf(c.say("why not Llama 3.3 70B?")));
    expect(llama).toMatch(/ruled out before scoring/);
    expect(llama).toMatch(/Operation of critical infrastructure/);
    const deepseek = plain(textOf(c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Finnish nuclear procedures"][2]!)));
    expect(deepseek).toMatch(/Every DeepSeek model was ruled out before scoring/);
    expect(deepseek).toMatch(/DeepSeek \(CN\), a country you ruled out/);
    const mistral = plain(textOf(c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Finnish nuclear procedures"][1]!)));
    expect(mistral).toMatch(/Mistral Small 3\.1: Apache License 2\.0/);
    expect(mistral).toMatch(/commercial use, fine-tuning and self-hosting are allowed/);
  });

  it("Finnish nuclear operator: 'what if we also want to run it on only one of the two servers?' keeps one server of 4× L40S, and every pick still fits it", () => {
    const c = chat(catalog);
    c.say(FINNISH_NUCLEAR_PROCEDURES);
    const reply = c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Finnish nuclear procedures"][0]!);
    const said = plain(textOf(reply));
    expect(said).not.toMatch(/couldn't tell which requirement to change/);
    expect(c.session.requirements.ownedGpus).toEqual({ type: "L40S", count: 4 });
    expect(said).toMatch(/What if: you own 4 L40S/);
    for (const row of rowsOf(reply).slice(0, 3)) expect(said).toContain(`${row.name}: fits your 4× NVIDIA L40S`);
  });

  it("Colombo tour operator: English, German, Russian and Sinhala; 60,000 LKR said back as rupees, never read as dollars; every pick priced and allowed", () => {
    const c = chat(catalog);
    const reply = c.say(COLOMBO_TOURS_WHATSAPP);
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    const text = plain(textOf(reply));
    expect(req.languages).toEqual(expect.arrayContaining(["en", "de", "ru", "si"]));
    expect(req.statedBudget).toEqual({ currency: "LKR", perMonth: 60_000 });
    expect(req.monthlyBudgetUsd).not.toBe(60_000);
    expect(text).toMatch(/budget LKR 60,000\/month/);
    expect(text).toMatch(/Test the finalists on your own material in Sinhala/);
    const top = rowsOf(reply).slice(0, 3);
    expect(top.length).toBe(3);
    for (const row of top) {
      expect(row.monthlyCostUsd).not.toBeNull();
      expect(row.licenseVerdict).not.toBe("blocked");
    }
  });

  it("Colombo tour operator: its one part-time developer builds the bot, so the job is the WhatsApp chat with tourists, never coding (nor when it says 'we have one developer')", () => {
    const c = chat(catalog);
    const reply = c.say(COLOMBO_TOURS_WHATSAPP);
    expect(c.session.requirements.useCase).toBe("chat");
    expect(plain(textOf(reply))).not.toMatch(/Noted: coding|Shortlist: coding/);
    for (const builders of ["we have one developer", "one part-time developer", "our developer knows PHP"]) {
      const message = COLOMBO_TOURS_WHATSAPP.replace(/1 part time developer \([^)]*\)/, builders);
      expect(message).toContain(builders);
      const d = chat(catalog);
      d.say(message);
      expect(d.session.requirements.useCase, builders).toBe("chat");
    }
  });

  it("Colombo tour operator: 400 conversations a day, each maybe 12 messages of 200 in and 150 out, is 400 × 12 × 30 messages: 28.8M in + 21.6M out a month", () => {
    const { req, text } = firstShortlist(catalog, COLOMBO_TOURS_WHATSAPP);
    expect(req.volume?.inputTokensPerMonth).toBe(400 * 12 * 30 * 200);
    expect(req.volume?.outputTokensPerMonth).toBe(400 * 12 * 30 * 150);
    expect(plain(text)).toMatch(/50\.4M tokens\/month = 400 conversations a day × 30 days \(12 messages each\)/);
  });

  it("Colombo tour operator: doubling to 800 conversations a day doubles every pick's monthly cost", () => {
    const c = chat(catalog);
    const before = rowsOf(c.say(COLOMBO_TOURS_WHATSAPP)).slice(0, 3);
    const after = rowsOf(c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Colombo tours WhatsApp"][0]!));
    for (const row of before) {
      const now = after.find((r) => r.id === row.id);
      expect(now?.monthlyCostUsd).toBeCloseTo(row.monthlyCostUsd! * 2, 2);
    }
  });

  it("Colombo tour operator: Llama is allowed commercially with conditions, below 700M monthly active users", () => {
    const c = chat(catalog);
    c.say(COLOMBO_TOURS_WHATSAPP);
    const said = plain(textOf(c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Colombo tours WhatsApp"][1]!)));
    expect(said).toMatch(/Allowed with conditions: Llama 3\.1/);
    // Its 18 staff are no users of a bot for tourists (it was '18 monthly active users is within …'
    // while the job was read as coding): the 700M threshold is stated, the users asked for.
    expect(said).toMatch(/allowed below 700M monthly active users/);
    expect(said).toMatch(/Built with Llama/);
  });

  it("Colombo tour operator: asked straight after the shortlist, the top pick's cost per conversation is #1's monthly cost ÷ the thread's conversations", () => {
    const c = chat(catalog);
    const first = rowsOf(c.say(COLOMBO_TOURS_WHATSAPP));
    const said = plain(textOf(c.say(TWENTYSEVENTH_ROUND_FOLLOW_UPS["Colombo tours WhatsApp"][2]!)));
    const top = first[0]!;
    const perConversation = top.monthlyCostUsd! / (400 * 30);
    expect(said).toContain(`#1 ${top.name}:`);
    const shown = Number(said.match(new RegExp(`#1 ${top.name}: \\$([\\d.]+) a conversation`))?.[1]);
    expect(shown).toBeCloseTo(perConversation, 5);
  });

  it("Colombo tour operator: 'the top pick' after the Llama licence answer is still the shortlist's #1", () => {
    const c = chat(catalog);
    const top = rowsOf(c.say(COLOMBO_TOURS_WHATSAPP))[0]!;
    const [, licence, perConversation] = TWENTYSEVENTH_ROUND_FOLLOW_UPS["Colombo tours WhatsApp"];
    c.say(licence!);
    const said = plain(textOf(c.say(perConversation!)));
    expect(said).toContain(`#1 ${top.name}:`);
    expect(said).not.toMatch(/Llama 2/);
  });

  it("Almaty bank: 'how much does the top pick cost per month to run on our own servers?' after the Qwen licence answer is #1 self-hosted, no API price", () => {
    const c = chat(catalog);
    const top = rowsOf(c.say(ALMATY_BANK_CALLS))[0]!;
    const [, licence, cost] = TWENTYSEVENTH_ROUND_FOLLOW_UPS["Almaty bank calls"];
    c.say(licence!);
    const reply = c.say(cost!);
    expect((reply.data?.models as { id: string }[])[0]?.id).toBe(top.id);
    expect(reply.data?.selfHost).toBeTruthy();
    expect(plain(textOf(reply))).not.toMatch(/monthly API cost|Alibaba|Deep Infra|Groq/);
  });

  it("Finnish nuclear operator: a cost asked after a licence answer is the model on its own L40S (power and ops), never an API for an air-gapped plant", () => {
    const c = chat(catalog);
    c.say(FINNISH_NUCLEAR_PROCEDURES);
    const [, licence, whyNot, cost] = TWENTYSEVENTH_ROUND_FOLLOW_UPS["Finnish nuclear procedures"];
    c.say(licence!);
    c.say(whyNot!);
    const reply = c.say(cost!);
    expect(reply.data?.intent).toBe("cost");
    expect(reply.data?.selfHost).toBeTruthy();
    const said = plain(textOf(reply));
    expect(said).toMatch(/fit your 8× NVIDIA L40S\?/);
    expect(said).not.toMatch(/monthly API cost|Azure/);
  });

  it.each([
    ["Almaty bank", ALMATY_BANK_CALLS],
    ["Finnish nuclear operator", FINNISH_NUCLEAR_PROCEDURES],
  ])(
    "%s: an on-prem shortlist scores data control as self-hosted and names no API host, retired or not",
    (_team, first) => {
      const { top, text } = firstShortlist(catalog, first);
      for (const row of top) expect(row.breakdown.dataControl, row.name).toBeGreaterThanOrEqual(0.85);
      expect(text).not.toMatch(/No longer sold at these hosts|Where your data goes/);
    },
  );
});
