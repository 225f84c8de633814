// A fourteenth tryout round: eight new teams in their own words (fourteenth-round-teams.ts: a
// federal statistics office writing in German with its own H100 server, a Jakarta startup on a
// tight budget at 6M messages a month, a South African medical scheme under POPIA, a Tel Aviv
// email-security company that wants to fine-tune, a Kyiv software house asking only licence
// questions, a Bogotá telco's voice agent with a 500 ms target, a Cebu BPO for US clients, a Greek
// shipping company with one GPU per ship), each run as a whole conversation through the compiled
// console and read as a sceptical ML lead would. What holds is asserted here as properties an
// expert checks (every top-3 pick meets every hard constraint the team stated, via firstShortlist
// → expectExpertShortlist; costs recompute from the line shown; budgets bind after a what-if),
// several over generated phrasings rather than the one sentence. What is still open is in
// tryout-fourteenth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { thinksBeforeAnswering } from "../../src/scoring/latency-target.js";
import { chat, textOf, totalTokens } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  BOGOTA_VOICE_AGENT,
  CEBU_BPO,
  FOURTEENTH_ROUND_FOLLOW_UPS,
  FOURTEENTH_ROUND_TEAMS,
  JAKARTA_SELLER_BOT,
  JOHANNESBURG_MEDICAL_SCHEME,
  KYIV_LICENCE_QUESTIONS,
  PIRAEUS_SHIPPING,
  STATISTICS_AUSTRIA,
  TEL_AVIV_EMAIL_SECURITY,
} from "./fourteenth-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
/** Total parameters in billions; a size not in the catalogue fails any memory check. */
const sizeOf = (id: string) => modelOf(id).parameters?.totalB ?? Infinity;
/** Working days in a month as the volume readers count them: 5 a week × 30/7 weeks. */
const WORKING_DAYS = (5 * 30) / 7;

type Team = keyof typeof FOURTEENTH_ROUND_TEAMS;

describe("fourteenth tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(FOURTEENTH_ROUND_TEAMS))(
    "%s: the first message and every follow-up the team sent get an answer, never an internal error or a stack trace",
    (team, message) => {
      const c = chat(catalog);
      for (const said of [message, ...FOURTEENTH_ROUND_FOLLOW_UPS[team as Team]]) {
        const text = textOf(c.say(said));
        expect(text.trim().length, said).toBeGreaterThan(0);
        expect(text, said).not.toMatch(/\bat \S+\.(?:ts|js):\d+|TypeError|undefined|NaN|\[object Object\]/);
      }
    },
  );

  // The teams whose first message got a shortlist at once (the others are in the open file).
  // Statistics Austria (German) and Bogotá (Spanish) got 'Which open model should I cost …?' and
  // 'Question 1 of 7' until words19 read their languages' numbers and words.
  it.each([
    ["Statistics Austria", STATISTICS_AUSTRIA],
    ["Bogotá voice agent", BOGOTA_VOICE_AGENT],
    ["Jakarta seller bot", JAKARTA_SELLER_BOT],
    ["Johannesburg medical scheme", JOHANNESBURG_MEDICAL_SCHEME],
    ["Cebu BPO", CEBU_BPO],
    ["Piraeus shipping", PIRAEUS_SHIPPING],
  ])(
    "%s: a recommendation at once, every top-3 pick within the hard rules as understood, its costs worked out",
    (_team, message) => {
      const { text, top } = firstShortlist(catalog, message);
      expect(text).not.toMatch(/Question \d of \d/);
      expect(top.length).toBeGreaterThan(0);
    },
  );
});

describe("fourteenth tryout round: what held, asserted so it keeps holding", () => {
  it("Kyiv software house (licence questions only): a fine-tuned Llama 3.1 8B sold in an on-prem appliance is allowed with the distribution duties; Gemma outputs may train a smaller model, which is then a Gemma derivative; Qwen3 32B the same question is allowed under Apache 2.0", () => {
    const c = chat(catalog);
    const llama = textOf(c.say(KYIV_LICENCE_QUESTIONS));
    expect(llama).toMatch(/^Allowed with conditions: Llama 3\.1 8B/);
    expect(llama).toMatch(/distributing weights or derivatives/);
    expect(llama).toMatch(/give a copy of the licence/);
    expect(llama).toMatch(/must start its name with "Llama"/);
    expect(llama).toMatch(/Built with Llama/);
    const gemma = textOf(c.say("can we use gemma 3 outputs to train our own smaller model?"));
    expect(gemma).toMatch(/^Allowed with conditions: Gemma 3/);
    expect(gemma).toMatch(/Training another model on Gemma 3 .*outputs is allowed/);
    expect(gemma).toMatch(/Model Derivative/);
    const qwen = textOf(c.say("and qwen3 32b, same question?"));
    expect(qwen).toMatch(/^Allowed: Qwen3 32B/);
    expect(qwen).toMatch(/Training other models on Qwen3 32B's outputs is allowed under the Apache License 2\.0/);
    // The family the question names, not the last model asked: the thread's Llama, its duty quoted first.
    const credit = textOf(c.say("do we have to show 'Built with Llama' in our product?"));
    expect(credit).toMatch(/^Allowed with conditions: Llama 3\.1 8B/);
    expect(credit).not.toMatch(/Qwen3 32B/);
    expect(credit).toMatch(/Show "Built with Llama" on a related website/);
    const quotes = credit.slice(credit.indexOf("The licence says"));
    expect(quotes.split("\n")[1]).toMatch(/prominently display “Built with Llama” on a related website/);
  });

  // A defence customer in the ways a software house says it: blocked exactly where the licence (or
  // its acceptable use policy) rules out military use, allowed where the licence has no field rule.
  it("over generated military phrasings (4) × 4 open-weights models: DeepSeek-V3 and Llama 3.1 8B blocked for military use, quoting it; Apache-2.0 Qwen3 32B and Mistral Small 3.2 allowed", () => {
    const uses = [
      "for a defence customer",
      "for the military",
      "in a weapons targeting system",
      "for a defense contractor",
    ];
    const blocked = ["DeepSeek-V3", "Llama 3.1 8B"];
    const allowed = ["Qwen3 32B", "Mistral Small 3.2"];
    for (const model of [...blocked, ...allowed])
      for (const use of uses) {
        const q = `can we use ${model.toLowerCase()} ${use}?`;
        const reply = chat(catalog).say(q);
        expect(reply.data?.intent, q).toBe("license");
        const text = textOf(reply);
        if (blocked.includes(model)) {
          expect(text.split("\n")[0], q).toBe(`Blocked: ${model}`);
          expect(text, q).toMatch(/[Mm]ilitary/);
        } else expect(text.split("\n")[0], q).toBe(`Allowed: ${model}`);
      }
  });

  it("Johannesburg medical scheme: '3,000 requests every working day, each ~3,500 tokens in … and ~700 tokens out' is 3,000 × 21.4 working days × 4,200 tokens; the data stays in South Africa on Azure; English, Afrikaans and isiZulu are read; 'an ML team of 4 that has deployed models on Azure ML' is ML-ops experience (words17); 'what if volume doubles at year-end?' doubles it", () => {
    const { c, req } = firstShortlist(catalog, JOHANNESBURG_MEDICAL_SCHEME);
    expect(req.mlOpsExperience).toBeDefined();
    expect(req.mlOpsExperience).not.toBe("none");
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(3_000 * WORKING_DAYS * 3_500, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(3_000 * WORKING_DAYS * 700, -4);
    expect(req).toMatchObject({ cloudProvider: "azure", residencyElsewhere: "South Africa" });
    expect(req.dataSensitivity).toBe("regulated");
    expect(req.languages).toEqual(expect.arrayContaining(["en", "af", "zu"]));
    const before = totalTokens(req.volume)!;
    c.say("what if volume doubles at year-end?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(2 * before, -4);
    expect(c.session.requirements.residencyElsewhere).toBe("South Africa");
  });

  it("Johannesburg medical scheme: 'why not gpt-4.1?' says it is ruled out because it is known not to process in South Africa, from Microsoft's own table, and 'is the top pick available in south africa north?' answers where #1 runs in South Africa", () => {
    const { c } = firstShortlist(catalog, JOHANNESBURG_MEDICAL_SCHEME);
    const whyNot = textOf(c.say("why not gpt-4.1?"));
    expect(whyNot).toMatch(/^\*\*Why not GPT-4\.1\?\*\* It was ruled out before scoring/);
    expect(whyNot).toMatch(/known not to be offered with processing in South Africa \(Microsoft's/);
    const where = textOf(c.say("is the top pick available in south africa north?"));
    expect(where).toMatch(/^Where .+ runs/);
    expect(where).toMatch(/in South Africa/);
  });

  // At 548c700 'Budget R250,000 a month.' was $250,000 and the Azure ML team 'not stated' (words17).
  it("Johannesburg medical scheme: 'Budget R250,000 a month.' is rand, bound at the most it can be worth, and 'an ML team of 4 that has deployed models on Azure ML' is some ML-ops experience", () => {
    const { req, text } = firstShortlist(catalog, JOHANNESBURG_MEDICAL_SCHEME);
    expect(req.statedBudget).toEqual({ currency: "ZAR", perMonth: 250_000 });
    expect(req.monthlyBudgetUsd ?? 0).toBeLessThan(25_000);
    expect(req.mlOpsExperience).toBe("some");
    expect(text).not.toMatch(/budget \$250,000/);
  });

  // At 548c700 'Budget PHP 1.5 million a month' was unread (words17).
  it("Cebu BPO: 'Budget PHP 1.5 million a month' is ₱1,500,000, said back and bound at the most it can be worth", () => {
    const { req, text } = firstShortlist(catalog, CEBU_BPO);
    expect(req.statedBudget).toEqual({ currency: "PHP", perMonth: 1_500_000 });
    expect(text).toMatch(/budget ₱1,500,000\/month \(at most \$[\d,]+\.\d\d\)/);
  });

  // At 548c700 the English 'a voice agent that answers billing questions on the phone' was
  // 'runs on-device · runs on phones': Gemma 3 4B at $0 for 10.8B tokens a month (words17).
  it("Bogotá voice agent, in English: answering billing questions on the phone is a call, not a model on a phone", () => {
    const c = chat(catalog);
    c.say(
      "We're a telecom operator in Bogotá. We want a voice agent that answers billing questions on the phone: speech is already turned into text and back, the model only writes the answer. About 35,000 calls a day, each about 8 turns, ~1,200 tokens in per turn and 80 out. We're on Google Cloud.",
    );
    expect(c.session.requirements.onDevice).toBeUndefined();
    expect(c.session.requirements.device).toBeUndefined();
  });

  // At 9b3c378 the German message was answered 'Which open model should I cost for
  // self-hosting?' (nothing read) and its what-if 'There's no recommendation in this conversation
  // yet'; in English 'code … into ISCO occupation codes' was coding and 'Two colleagues run
  // Kubernetes' 2 monthly users (words19).
  it("Statistics Austria (in German): '120.000 Antworten pro Monat … 400 Tokens Eingabe und 60 Tokens Ausgabe' is 120,000 × 460 tokens; coding answers into ISCO/NACE codes is classification; 'keine Cloud' and the own 2× H100 are on premises; the two Kubernetes colleagues are ops experience, not users; 'und wenn es 300.000 Antworten pro Monat werden?' is 300,000 × 460", () => {
    const { c, req, top, text } = firstShortlist(catalog, STATISTICS_AUSTRIA);
    expect(req.useCase).toBe("extraction");
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(120_000 * 400, -3);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(120_000 * 60, -3);
    expect(req).toMatchObject({
      deployment: "on-prem",
      ownedGpus: { type: "H100", count: 2 },
      mlOpsExperience: "some",
    });
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(text).not.toMatch(/monthly users/);
    for (const r of top) expect(r.costBasis, r.id).not.toBe("api");
    c.say("und wenn es 300.000 Antworten pro Monat werden?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(300_000 * 460, -3);
    // The same team in English reads the same.
    const english = firstShortlist(
      catalog,
      "We are Statistics Austria. We want to automatically code the free-text answers from our household surveys into ISCO occupation codes and NACE industries. That is about 120,000 answers a month, about 400 tokens in and 60 tokens out. The data must not leave our house, so no cloud. We have our own server with 2x NVIDIA H100 80 GB in our data centre. Two colleagues run Kubernetes, we have no experience with LLMs yet.",
    ).req;
    expect(english).toMatchObject({ useCase: "extraction", deployment: "on-prem" });
    expect(english.monthlyActiveUsers).toBeUndefined();
    expect(totalTokens(english.volume)).toBeCloseTo(totalTokens(req.volume)!, -3);
  });

  // At 9b3c378 the Spanish message got 'Question 1 of 7' (no volume, no use case), its what-if
  // 'I couldn't tell which requirement to change', and the English voice agent was 'agents with
  // tools' (words19).
  it("Bogotá voice agent (in Spanish): '35.000 llamadas al día, cada una de unos 8 turnos, con unos 1.200 tokens de entrada por turno … y 80 de salida' is 35,000 × 30 × 8 × 1,280 tokens; the voice agent answering on the phone is a chat; 'la primera palabra … en menos de 500 ms' is a first-token target; '¿y si las llamadas suben a 60.000 al día?' is 60,000 calls a day at the same turns", () => {
    const { c, req, text } = firstShortlist(catalog, BOGOTA_VOICE_AGENT);
    expect(req.useCase).toBe("chat");
    expect(totalTokens(req.volume)).toBeCloseTo(35_000 * 30 * 8 * 1_280, -5);
    expect(req.latencyTarget).toEqual({ seconds: 0.5, measure: "first-token" });
    expect(text).toMatch(/first token within 500 ms/);
    c.say("¿y si las llamadas suben a 60.000 al día?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(60_000 * 30 * 8 * 1_280, -5);
    const english = chat(catalog);
    english.say("We want a voice agent that answers billing questions on the phone. Which model?");
    expect(english.session.requirements.useCase).toBe("chat");
  });

  // At 9b3c378 'sekitar 6 juta pesan per bulan' was unread: DeepSeek-V3.2 #1 by list price, about
  // $1,210 a month at the real volume against $600; the what-if then assumed 1K in + 300 out (words19).
  it("Jakarta seller bot (Indonesian and English): 'sekitar 6 juta pesan per bulan, each message ~600 tokens in … ~120 tokens out' is 6M × 720 tokens; every priced pick is within $600 at that volume; 'what if we grow to 20 million messages a month?' keeps the 600 in and 120 out", () => {
    const { c, req, top } = firstShortlist(catalog, JAKARTA_SELLER_BOT);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(6e6 * 600, -5);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(6e6 * 120, -5);
    for (const r of top) if (r.monthlyCostUsd !== null) expect(r.monthlyCostUsd, r.id).toBeLessThanOrEqual(600);
    c.say("what if we grow to 20 million messages a month?");
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBeCloseTo(20e6 * 600, -5);
    expect(c.session.requirements.volume?.outputTokensPerMonth).toBeCloseTo(20e6 * 120, -5);
  });

  // Rand budgets written with the ISO code or a bare R: read as rand and bound at the most they can be worth.
  it("over generated ZAR budgets (6 phrasings): the amount in rand, bound in dollars at the most it can be worth, never read as dollars", () => {
    const cases: [string, number][] = [
      ["Budget ZAR 250,000 a month.", 250_000],
      ["We can spend 250,000 ZAR per month.", 250_000],
      ["Budget: ZAR 1.2 million a month.", 1_200_000],
      ["Budget ZAR 80 000 monthly.", 80_000],
      // The bare R South Africans write was read as dollars at 548c700 (words17).
      ["Budget R250,000 a month.", 250_000],
      ["Budget R 250 000 per month.", 250_000],
    ];
    for (const [words, rand] of cases) {
      const c = chat(catalog);
      c.say(
        `We are an insurer in Cape Town and want to summarise claim notes, 100,000 claims a month, 2,000 tokens in and 300 out. ${words}`,
      );
      const req = c.session.requirements;
      expect(req.statedBudget, words).toEqual({ currency: "ZAR", perMonth: rand });
      // A rand has never been worth a tenth of a dollar in the ECB window the bound reads.
      expect(req.monthlyBudgetUsd ?? 0, words).toBeLessThan(rand / 10);
    }
  });

  it("Cebu BPO: '2,500 agents … about 60 calls or chats a day; a transcript is ~1,800 tokens and the summary or draft ~250 tokens' is 2,500 × 60 × 30 × 2,050 tokens; the BAA and no-training rules hold for every API pick; 'what if only 1,000 agents use it?' scales the volume to 1,000/2,500", () => {
    const { c, req, top } = firstShortlist(catalog, CEBU_BPO);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(2_500 * 60 * 30 * 1_800, -5);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(2_500 * 60 * 30 * 250, -5);
    expect(req).toMatchObject({ needsBaa: true, noTrainingOnData: true, mlOpsExperience: "none" });
    for (const r of top) expect(r.costBasis, r.id).toBe("api");
    const before = totalTokens(req.volume)!;
    c.say("what if only 1,000 agents use it?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(before * (1_000 / 2_500), -5);
    const baa = textOf(c.say("which of these will sign a BAA?"));
    expect(baa).toMatch(/^\*\*Signs a HIPAA BAA\*\*, for the 3 picks shown/);
  });

  // The training term is asked the other way round: 'no' is what the team wants, and the first line
  // says so (it said 'yes for' all three picks while each line said 'no', fixed by thread12). 'do
  // any of these use our data for training?' got Claude Opus 4.5's model card (fixed by thread13;
  // tests/flows/data-terms-of-picks.property.test.ts).
  it("Cebu BPO, over 4 phrasings of the training question: the lead line names the picks on record as not training on API data, never 'yes for'", () => {
    for (const ask of [
      "do any of these train on our data?",
      "which of these train on our data?",
      "does the top pick train on our data?",
      "do any of these use our data for training?",
    ]) {
      const { c, top } = firstShortlist(catalog, CEBU_BPO);
      const lead = textOf(c.say(ask)).split("\n")[0]!;
      expect(lead, ask).toMatch(/^\*\*Trains on your API data\*\*/);
      expect(lead, ask).not.toMatch(/yes for/);
      expect(lead, ask).toMatch(/on record as not training on it by default/);
      expect(lead, ask).toContain(top[0]!.name);
    }
  });

  it("Jakarta seller bot ($600 a month at most, cost first): Indonesian is read; after 'what if we grow to 20 million messages a month?' every priced pick stays within $600; 'why not gemini 2.5 flash-lite?' is ruled out on cost; 'how good is the top pick at indonesian?' says no Indonesian rating is on record", () => {
    const { c, req } = firstShortlist(catalog, JAKARTA_SELLER_BOT);
    expect(req.monthlyBudgetUsd).toBe(600);
    expect(req.languages).toEqual(expect.arrayContaining(["id"]));
    const grown = c.say("what if we grow to 20 million messages a month?");
    for (const r of rowsOf(grown).slice(0, 3))
      if (r.monthlyCostUsd !== null) expect(r.monthlyCostUsd, r.id).toBeLessThanOrEqual(600);
    const whyNot = textOf(c.say("why not gemini 2.5 flash-lite?"));
    expect(whyNot).toMatch(/^\*\*Why not Gemini 2\.5 Flash-Lite\?\*\* It was ruled out before scoring/);
    expect(whyNot).toMatch(/over your \$600\.00 budget/);
    expect(textOf(c.say("how good is the top pick at indonesian?"))).toMatch(/no Indonesian rating in the catalogue/);
  });

  // A budget in dollars binds at any volume the team says later: over generated message counts.
  it("over generated message counts (4) said as a what-if: no priced top-3 pick ever exceeds the team's $600", () => {
    for (const count of ["2 million", "8 million", "20 million", "50 million"]) {
      const c = chat(catalog);
      c.say(JAKARTA_SELLER_BOT);
      const said = `what if we grow to ${count} messages a month?`;
      const reply = c.say(said);
      expect(c.session.requirements.monthlyBudgetUsd, said).toBe(600);
      for (const r of rowsOf(reply).slice(0, 3))
        if (r.monthlyCostUsd !== null) expect(r.monthlyCostUsd, `${said}: ${r.id}`).toBeLessThanOrEqual(600);
    }
  });

  it("Piraeus shipping (one RTX 4000 Ada, 20 GB, per ship, no connection): every pick runs on the ship and its weights fit the card at 4-bit; 'what if we put in an RTX 6000 Ada with 48 GB instead?' raises the memory and lets a larger model in; 'is qwen3 14b good at greek?' says no Greek rating is on record", () => {
    const { c, req, top } = firstShortlist(catalog, PIRAEUS_SHIPPING);
    expect(req.languages).toEqual(expect.arrayContaining(["en", "el"]));
    for (const r of top) {
      expect(r.costBasis, r.id).not.toBe("api");
      expect(sizeOf(r.id) * 0.5, r.id).toBeLessThanOrEqual(20);
    }
    const bigger = c.say("what if we put in an RTX 6000 Ada with 48 GB instead?");
    expect(c.session.requirements.deviceMemoryGb).toBe(48);
    const after = rowsOf(bigger).slice(0, 3);
    for (const r of after) expect(sizeOf(r.id) * 0.5, r.id).toBeLessThanOrEqual(48);
    expect(Math.max(...after.map((r) => sizeOf(r.id)))).toBeGreaterThan(Math.max(...top.map((r) => sizeOf(r.id))));
    // No Greek rating is held: said plainly, not a model card (thread12).
    expect(textOf(c.say("is qwen3 14b good at greek?"))).toMatch(/Qwen3 14B.*no Greek rating in the catalogue/);
  });

  // 'why not gpt-4.1 mini over the satellite link?' answered with the catalogue's sources, as any
  // message ending in 'link' did (fixed by thread13; tests/flows/why-not-over-a-link.property.test.ts).
  it("Piraeus shipping (must work with no connection): 'why not gpt-4.1 mini over the satellite link?' is the why-not answer: an API only, ruled out because it cannot run on board", () => {
    const { c } = firstShortlist(catalog, PIRAEUS_SHIPPING);
    const text = textOf(c.say("why not gpt-4.1 mini over the satellite link?"));
    expect(text).toMatch(
      /^\*\*Why not GPT-4\.1 mini\?\*\* It was ruled out before scoring: GPT-4\.1 mini has no downloadable weights/,
    );
    expect(text).not.toMatch(/Where modelwise's facts come from/);
  });

  // One GPU per site in the ways a fleet's IT writes it: the card's memory caps the model.
  it("over generated single-card phrasings (4 cards): the card's memory is read and every pick's 4-bit weights fit it", () => {
    const cases: [string, number][] = [
      ["one small server with a single NVIDIA RTX 4000 Ada (20 GB)", 20],
      ["one server with an RTX 4090 (24 GB)", 24],
      ["a box with one NVIDIA L4 (24 GB)", 24],
      ["a workstation with one RTX A4000 16 GB", 16],
    ];
    for (const [words, gb] of cases) {
      const c = chat(catalog);
      const reply = c.say(
        `We run cargo ships with no connection at sea. An assistant on board answers crew questions from the manuals, in English, on ${words} per ship. 100 questions a day, 3,000 tokens in and 300 out. It must work with no connection at all.`,
      );
      expect(c.session.requirements.deviceMemoryGb, words).toBe(gb);
      for (const r of rowsOf(reply).slice(0, 3)) {
        expect(r.costBasis, `${words}: ${r.id}`).not.toBe("api");
        expect(sizeOf(r.id) * 0.5, `${words}: ${r.id}`).toBeLessThanOrEqual(gb);
      }
    }
  });

  it("Bogotá voice agent (in Spanish, on Google Cloud): 'la primera palabra tiene que salir en menos de 500 ms' is a 500 ms target, so no model that always reasons first is a pick; '¿por qué no gpt-4.1 mini?' says it is not offered on the team's Vertex", () => {
    const c = chat(catalog);
    c.say(BOGOTA_VOICE_AGENT);
    const req = c.session.requirements;
    expect(req).toMatchObject({ cloudProvider: "gcp", languages: ["es"] });
    expect(req.latencyTarget?.seconds).toBe(0.5);
    // Asked while the guided questions are open: the answer comes first, then the question again.
    c.say("¿por qué no gpt-4.1 mini?");
    const whyNot = c.replies.map(textOf).join("\n");
    expect(whyNot).toMatch(/^\*\*Why not GPT-4\.1 mini\?\*\* It was ruled out before scoring/m);
    expect(whyNot).toMatch(/not listed as offered on Google Vertex AI/);
    c.say("what is the time to first token of the top pick?");
    const top = c.replies.flatMap(rowsOf).slice(0, 3);
    expect(top.length).toBeGreaterThan(0);
    for (const r of top) expect(thinksBeforeAnswering(modelOf(r.id)), r.id).toBe(false);
  });

  it("Johannesburg medical scheme: 'about 400,000 members' are the scheme's members, said back as its base, not 400K monthly users; Piraeus shipping: 'Our fleet IT is 3 people' is a team of 3, not 3 monthly users (words20)", () => {
    const johannesburg = firstShortlist(catalog, JOHANNESBURG_MEDICAL_SCHEME);
    expect(johannesburg.req.monthlyActiveUsers).toBeUndefined();
    expect(johannesburg.req.organisationBase).toEqual({ count: 400_000, noun: "members" });
    expect(johannesburg.text).toMatch(/400K members \(the organisation's, not counted as users of the tool\)/);
    const piraeus = firstShortlist(catalog, PIRAEUS_SHIPPING);
    // The users are the crew of the 40 ships (words23), never the fleet IT's 3.
    expect(piraeus.req.monthlyActiveUsers).toBe(40 * 25);
    expect(piraeus.req.teamSize).toBe(3);
  });

  it("Piraeus shipping: '40 bulk carriers … About 25 crew per ship, maybe 6 questions each a day, ~3,000 tokens … in and ~300 out' is 40 × 25 crew × 6 × 30 × 3,300 ≈ 594M tokens a month, the ships said back (words23; it read 594K: 'crew' was no people word and the ships did not multiply them)", () => {
    const { req, text } = firstShortlist(catalog, PIRAEUS_SHIPPING);
    expect(totalTokens(req.volume!)).toBeCloseTo(40 * 25 * 6 * 30 * 3_300, -3);
    expect(text).toMatch(/1,000 crew \(40 bulk carriers × 25 each\) × 6 questions a day/);
  });

  it("Tel Aviv email security: 'We have 5 ML engineers who have fine-tuned BERT models and run GPU inference on EKS' is the team's experience (strong ML-ops), not a BERT question: the first message is a shortlist for classifying 2M emails × 980 tokens, and 'what if we have 10 million emails a month?' scales it (words20)", () => {
    const c = chat(catalog);
    const first = textOf(c.say(TEL_AVIV_EMAIL_SECURITY));
    expect(first).not.toMatch(/^== .*BERT/m);
    expect(first).toMatch(/^Noted: extraction \/ classification/);
    expect(first).toMatch(/ML-ops experience: strong/);
    expect(first).toMatch(/2M emails a month × 980 tokens each/);
    const rows = c.replies.flatMap(rowsOf).slice(0, 3);
    expect(rows.length).toBe(3);
    for (const r of rows) expect(modelOf(r.id).openWeights, r.id).toBe(true);
    const tenMillion = textOf(c.say("what if we have 10 million emails a month?"));
    expect(tenMillion).not.toMatch(/^== .*BERT/m);
    expect(tenMillion).toMatch(/10M emails a month × 980 tokens each|9\.8B tokens/);
  });

  it("Tel Aviv email security: 'can we fine-tune gemma 3 12b and keep the weights?' allows fine-tuning with Gemma's duties, and 'will qwen3 32b fit on one A100 80GB?' answers the fit for that one card", () => {
    const c = chat(catalog);
    c.say(TEL_AVIV_EMAIL_SECURITY);
    const gemma = textOf(c.say("can we fine-tune gemma 3 12b and keep the weights?"));
    expect(gemma).toMatch(/^Allowed with conditions: Gemma 3 12B/);
    expect(gemma).toMatch(/Fine-tuning Gemma 3 12B is allowed under the Gemma Terms of Use/);
    const fit = textOf(c.say("will qwen3 32b fit on one A100 80GB?"));
    expect(fit).toMatch(/Does Qwen3 32B fit 1× NVIDIA A100 80GB[^?]*\?\*?\*? Yes/);
  });
});
