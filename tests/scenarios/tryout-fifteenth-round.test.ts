// A fifteenth tryout round: eight new teams in their own words (fifteenth-round-teams.ts: an Oslo
// public broadcaster's subtitling desk, a Lagos fintech on a small naira budget, an Osaka
// auto-parts maker writing in Japanese, a Chicago law firm under privilege, a Québec ministry
// writing in French, a Helsinki game studio moderating 400M chat messages a day, a Basel pharma R&D
// team extracting study data from PDFs, a Ho Chi Minh City edtech grading minors' essays), each run
// as a whole conversation through the compiled console and read as a sceptical ML lead would. What
// holds is asserted here as properties an expert checks (every top-3 pick meets every hard
// constraint the team stated, via firstShortlist → expectExpertShortlist; costs recompute from the
// line shown; budgets and rules hold after a what-if), several over generated phrasings rather than
// the one sentence. What is still open is in tryout-fifteenth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { thinksBeforeAnswering } from "../../src/scoring/latency-target.js";
import { chat, rankingOf, textOf, totalTokens } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  BASEL_PHARMA,
  CHICAGO_LAW_FIRM,
  FIFTEENTH_ROUND_FOLLOW_UPS,
  FIFTEENTH_ROUND_TEAMS,
  HCMC_EDTECH,
  HELSINKI_GAME_CHAT,
  LAGOS_FINTECH,
  OSAKA_PARTS_MAKER,
  OSLO_BROADCASTER,
  QUEBEC_MINISTRY,
} from "./fifteenth-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
/** Working days in a month as the volume readers count them: 5 a week × 30/7 weeks. */
const WORKING_DAYS = (5 * 30) / 7;
/** A model name as a literal in a pattern (names hold dots). */
const literal = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Team = keyof typeof FIFTEENTH_ROUND_TEAMS;

describe("fifteenth tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(FIFTEENTH_ROUND_TEAMS))(
    "%s: the first message and every follow-up the team sent get an answer, never an internal error or a stack trace",
    (team, message) => {
      const c = chat(catalog);
      for (const said of [message, ...FIFTEENTH_ROUND_FOLLOW_UPS[team as Team]]) {
        const text = textOf(c.say(said));
        expect(text.trim().length, said).toBeGreaterThan(0);
        expect(text, said).not.toMatch(/\bat \S+\.(?:ts|js):\d+|TypeError|undefined|NaN|\[object Object\]/);
      }
    },
  );

  // The teams whose first message got a shortlist at once (Lagos is in the open file; Osaka's
  // Japanese got 'I'm not sure what you're asking' until words19).
  it.each([
    ["Osaka parts maker", OSAKA_PARTS_MAKER],
    ["Oslo broadcaster", OSLO_BROADCASTER],
    ["Chicago law firm", CHICAGO_LAW_FIRM],
    ["Québec ministry", QUEBEC_MINISTRY],
    ["Helsinki game chat", HELSINKI_GAME_CHAT],
    ["Basel pharma", BASEL_PHARMA],
    ["Ho Chi Minh City edtech", HCMC_EDTECH],
  ])(
    "%s: a recommendation at once, every top-3 pick within the hard rules as understood, its costs worked out",
    (_team, message) => {
      const { text, top } = firstShortlist(catalog, message);
      expect(text).not.toMatch(/Question \d of \d/);
      expect(top.length).toBe(3);
    },
  );
});

describe("fifteenth tryout round: what held, asserted so it keeps holding", () => {
  it("Oslo broadcaster: 1,800 programme hours × (12,000 in + 10,000 out) is the volume, 'NOK 200,000' is kroner bound in dollars, the embargo is no training and no retention, 'processing must stay in the EEA' is the EEA (Norway is in it, not in the EU; it was 'data must stay in the EU'), the work is translation on the team's Azure, Norwegian is read; 'is gpt-4.1 available in norway east?' says no host has it in Norway", () => {
    const { c, req, top, text } = firstShortlist(catalog, OSLO_BROADCASTER);
    expect(req.volume?.inputTokensPerMonth).toBe(1_800 * 12_000);
    expect(req.volume?.outputTokensPerMonth).toBe(1_800 * 10_000);
    expect(req.statedBudget).toEqual({ currency: "NOK", perMonth: 200_000 });
    expect(text).toMatch(/budget NOK 200,000\/month \(at most \$[\d,]+\.\d\d\)/);
    expect(req).toMatchObject({
      useCase: "translation",
      cloudProvider: "azure",
      noTrainingOnData: true,
      noRetention: true,
    });
    expect(req.languages).toEqual(expect.arrayContaining(["no", "en", "sv", "da"]));
    expect(req.residencyElsewhere).toBe("the EEA");
    expect(req.euDataResidency).toBeUndefined();
    expect(text).toMatch(/it must stay in the EEA/);
    for (const r of top) expect(r.apiProvider, r.id).toBe("azure");
    const where = textOf(c.say("is gpt-4.1 available in norway east?"));
    expect(where).toMatch(/GPT-4\.1\W+in Norway\W+no host has it on record/);
  });

  // Nordic budgets in the ways a Nordic team writes them: the currency read, never dollars. Since
  // words31 "kr" is the crown of the city or country the message names (Oslo's 'We can spend
  // 200 000 kr a month' was unread); currency-of-country.property.test.ts generates more.
  it("over generated Nordic budgets (9 phrasings, NOK/SEK/DKK): the amount in its own currency, never taken as dollars", () => {
    const cases: [string, string, number, string][] = [
      ["Budget NOK 200,000 a month.", "NOK", 200_000, ""],
      ["Budget 200,000 NOK per month.", "NOK", 200_000, ""],
      ["Budget: 200,000 Norwegian kroner a month.", "NOK", 200_000, ""],
      ["Budget SEK 300,000 a month.", "SEK", 300_000, ""],
      ["Budget DKK 150,000 a month.", "DKK", 150_000, ""],
      ["We can spend 200 000 kr a month.", "NOK", 200_000, "We're a public broadcaster in Oslo. "],
      ["Budget kr 200 000 per month.", "NOK", 200_000, "We're a public broadcaster in Norway. "],
      ["We can spend 300 000 kr a month.", "SEK", 300_000, "We're a public broadcaster in Stockholm. "],
      ["Budget kr. 150.000 a month.", "DKK", 150_000, "We're a public broadcaster in Copenhagen. "],
    ];
    for (const [words, currency, amount, who] of cases) {
      const c = chat(catalog);
      c.say(
        `${who}We want to translate programme transcripts into subtitles, 1,800 programme hours a month, 12,000 tokens in and 10,000 out each. ${words}`,
      );
      const req = c.session.requirements;
      expect(req.statedBudget, words).toEqual({ currency, perMonth: amount });
      expect(req.monthlyBudgetUsd === amount, words).toBe(false);
    }
  });

  it("Chicago law firm: 600 lawyers × 6 documents a working day × (25,000 in + 1,500 out); no training, zero retention, processed in the US, on its Azure; every pick on Azure processed in the US; 'what if only 200 lawyers use it?' scales to a third; 'which of these offers zero data retention?' answers per pick", () => {
    const { c, req, top, text } = firstShortlist(catalog, CHICAGO_LAW_FIRM);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(600 * 6 * WORKING_DAYS * 25_000, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(600 * 6 * WORKING_DAYS * 1_500, -4);
    expect(req).toMatchObject({
      cloudProvider: "azure",
      noTrainingOnData: true,
      noRetention: true,
      residencyElsewhere: "the US",
      monthlyBudgetUsd: 80_000,
      fieldOfUse: "legal",
    });
    // Claude Sonnet 4.5 left Microsoft Foundry on 2026-11-30 with Anthropic's retirement (Anthropic's
    // dates cover Foundry) and Anthropic calls it deprecated, so the third pick is now self-hosted
    // (Qwen3-VL 235B-A22B) rather than a third API on Azure: an API pick is Azure's and processed in
    // the US, a self-hosted one is said to stay in the US where the team runs it.
    for (const r of top) {
      if (r.apiProvider === null) {
        expect(text, r.id).toMatch(
          new RegExp(
            `${literal(r.name)}\\W+self-hosted in this estimate: run it in a cloud region or data centre in the US`,
          ),
        );
        continue;
      }
      expect(r.apiProvider, r.id).toBe("azure");
      expect(text, r.id).toMatch(new RegExp(`${literal(r.name)}\\W+via Azure\\W+processed in the US`));
    }
    expect(top.filter((r) => r.apiProvider === "azure").length).toBeGreaterThanOrEqual(2);
    const before = totalTokens(req.volume)!;
    c.say("what if only 200 lawyers use it?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(before / 3, -4);
    const zdr = textOf(c.say("which of these offers zero data retention?"));
    expect(zdr).toMatch(/^\*\*Zero data retention\*\*, for the 3 picks shown/);
  });

  // 'why not gpt-4.1, with its 1M context?' set '1M tokens of context' for the thread (fixed by
  // thread13; tests/flows/why-not-with-its-reason.property.test.ts).
  // words34: 'Our IT has two people who have built Azure OpenAI prototypes' was unread (ML-ops not
  // stated) and its two people were read as users where the message says none
  // (ops-experience-by-trade.property.test.ts).
  it("Chicago law firm: 'Our IT has two people who have built Azure OpenAI prototypes' is some ML-ops experience and a team of 2; the 600 lawyers stay the users", () => {
    const c = chat(catalog);
    c.say(CHICAGO_LAW_FIRM);
    expect(c.session.requirements).toMatchObject({ mlOpsExperience: "some", teamSize: 2, monthlyActiveUsers: 600 });
  });

  it("Chicago law firm: 'why not gpt-4.1, with its 1M context?' is the why-not for GPT-4.1 (behind #1 on quality) and the thread's requirements stay as they were", () => {
    const { c, req, top } = firstShortlist(catalog, CHICAGO_LAW_FIRM);
    const text = textOf(c.say("why not gpt-4.1, with its 1M context?"));
    expect(text).toMatch(/^\*\*Why not GPT-4\.1\?\*\* It ranks #\d+ of \d+/);
    // Behind #1 on its score, or (rank17) listed after the others as superseded by a later release
    // of its line on the team's Azure at a lower cost (GPT-5.1: $3,568 a month against $4,783).
    expect(text).toMatch(
      new RegExp(`behind ${top[0]!.name}|${top[0]!.name}, #1.*has a later release of the same line`),
    );
    expect(text).not.toMatch(/What if:/);
    expect(c.session.requirements).toEqual(req);
  });

  // Privilege and embargo are said as 'must not train' and 'no retention' in several ways.
  it("over generated no-training/no-retention phrasings (3): both rules are kept, and every API pick's host is on record as neither training on nor keeping the data", () => {
    for (const words of [
      "The provider must not train on it and we need zero data retention.",
      "No data retention, and no training on our data.",
      "The provider must not keep or train on our documents.",
    ]) {
      const c = chat(catalog);
      const reply = c.say(
        `We're a law firm. We want summaries of deposition transcripts, 600 lawyers × 6 documents a working day, 25,000 tokens in and 1,500 out. We're on Azure East US. ${words}`,
      );
      expect(c.session.requirements, words).toMatchObject({ noTrainingOnData: true, noRetention: true });
      const text = textOf(reply);
      for (const r of rowsOf(reply).slice(0, 3))
        if (r.costBasis === "api") expect(text, `${words}: ${r.id}`).toMatch(/zero data retention/);
    }
  });

  it("Lagos fintech: 'We want an AI support agent in the app that answers questions …' is a chat assistant (it asked 'What will the model mostly do?') and 'We have no GPUs, just 4 backend developers, so an API is what we want' a managed API (it asked where the model may run), so the first message gets a shortlist of APIs at once (words21)", () => {
    const c = chat(catalog);
    const reply = c.say(LAGOS_FINTECH);
    expect(reply.data?.intent).toBe("recommend");
    expect(textOf(reply)).not.toMatch(/Question \d of \d/);
    expect(c.session.requirements).toMatchObject({ useCase: "chat", deployment: "any-api" });
    const top = rowsOf(reply).slice(0, 3);
    expect(top).toHaveLength(3);
    for (const r of top) expect(r.costBasis, r.id).toBe("api");
  });

  // Once the first message gets a shortlist, the thread's follow-ups are answered as asked (at 9b3c378
  // the what-if was taken as the answer to the guided questions' first question and the training
  // question showed the shortlist again without answering it).
  it("Lagos fintech: 'what if we reach 1 million conversations a month?' scales the 300k conversations to 1M (turns and tokens kept), and 'does the top pick train on our customers' chats?' answers the host's training term for #1, never 'yes for' one on record as not training", () => {
    const c = chat(catalog);
    c.say(LAGOS_FINTECH);
    const before = totalTokens(c.session.requirements.volume)!;
    c.say("what if we reach 1 million conversations a month?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(before * (1_000_000 / 300_000), -5);
    const training = textOf(c.say("does the top pick train on our customers' chats?"));
    expect(training).toMatch(/^\*\*Trains on your API data\*\*/);
    expect(training).not.toMatch(/yes for/);
  });

  // Fixed by thread13's 32e8fd1 (at 9b3c378 it answered DeepSeek-V3.2's model card).
  it("Québec ministry: 'is the top pick available in ca-central-1?' answers where #1 runs, for Canada, not a model card", () => {
    const { c, top } = firstShortlist(catalog, QUEBEC_MINISTRY);
    const where = textOf(c.say("is the top pick available in ca-central-1?"));
    expect(where).toMatch(new RegExp(`${literal(top[0]!.name)}\\W+in Canada`));
    expect(where).not.toMatch(/^Lab +:/m);
  });

  it("Québec ministry: 'can a government ministry use deepseek-v3.2?' (and 'can a government use …') is DeepSeek-V3.2's licence verdict, as 'can we use …' is, not its model card (licence14; generated phrasings in licence-asked-for-an-organisation.property.test.ts)", () => {
    for (const q of ["can a government ministry use deepseek-v3.2?", "can a government use deepseek-v3.2?"]) {
      const c = chat(catalog);
      c.say(QUEBEC_MINISTRY);
      const reply = c.say(q);
      const verdicts = (reply.data as { verdicts?: { modelId: string }[] }).verdicts ?? [];
      expect(reply.data?.intent, q).toBe("license");
      expect(verdicts.map((v) => v.modelId)).toEqual(["deepseek-v3.2"]);
      expect(textOf(reply)).toMatch(/Allowed[^\n]*DeepSeek-V3\.2/);
      expect(textOf(reply)).not.toMatch(/^Lab +:/m);
    }
  });

  it("Helsinki game chat: 'we want to moderate in-game chat with an LLM before a message is shown … ~5 tokens out (a label)' is classification (it was 'chat assistant': 'in-game' stopped the moderation words) (words21)", () => {
    const c = chat(catalog);
    const reply = c.say(HELSINKI_GAME_CHAT);
    expect(c.session.requirements.useCase).toBe("extraction");
    expect(textOf(reply)).toMatch(/^Noted: extraction \/ classification ·/);
  });

  it("Chicago law firm: 'a deposition transcript up to about 150,000 tokens' is a context need of 150K beside the firm's volume (it was none), and alone 'A deposition transcript is up to about 150,000 tokens.' is no month's volume (it was 150K tokens a month) (words21)", () => {
    const c = chat(catalog);
    c.say(CHICAGO_LAW_FIRM);
    expect(c.session.requirements.contextTokens).toBe(150_000);
    expect(totalTokens(c.session.requirements.volume!)).toBeCloseTo(600 * 6 * WORKING_DAYS * 26_500, -4);
    const alone = chat(catalog);
    alone.say(
      "We review depositions for our lawyers. A deposition transcript is up to about 150,000 tokens. which model?",
    );
    expect(alone.session.requirements.contextTokens).toBe(150_000);
    expect(alone.session.requirements.volume).toBeUndefined();
  });

  // Since words19 read 'doivent rester … au moins au Canada', a pick is either on Bedrock and on record
  // as processing in Canada or self-hosted there (none on Bedrock is, so far: the open file).
  it("Québec ministry (in French, on AWS): the picks run in the team's account, on Amazon Bedrock or self-hosted; 'et si le volume double pendant la période des impôts ?' doubles the volume; 'pourquoi pas gpt-4.1 mini ?' says it is not on Bedrock", () => {
    const { c, req, top } = firstShortlist(catalog, QUEBEC_MINISTRY);
    expect(req).toMatchObject({ cloudProvider: "aws", useCase: "chat" });
    expect(req.languages).toEqual(expect.arrayContaining(["fr", "en"]));
    for (const r of top)
      if (r.costBasis === "api") expect(r.apiProvider, r.id).toBe("amazon-bedrock");
      else expect(r.costBasis, r.id).toBe("self-host");
    const before = totalTokens(req.volume)!;
    c.say("et si le volume double pendant la période des impôts ?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(2 * before, -3);
    const whyNot = textOf(c.say("pourquoi pas gpt-4.1 mini ?"));
    expect(whyNot).toMatch(/^\*\*Why not GPT-4\.1 mini\?\*\* It was ruled out before scoring/);
    expect(whyNot).toMatch(/not listed as offered on AWS Bedrock/);
  });

  it("Helsinki game chat: 400M messages a day × (200 in + 5 out) is 2.46T tokens a month; the 150 ms target keeps every model that always reasons first out of the top 3; every priced pick is within $60,000; 'why not gpt-4.1 nano?' says it is not on the team's Vertex", () => {
    const { c, req, top } = firstShortlist(catalog, HELSINKI_GAME_CHAT);
    expect(req.volume?.inputTokensPerMonth).toBe(400e6 * 30 * 200);
    expect(req.volume?.outputTokensPerMonth).toBe(400e6 * 30 * 5);
    expect(req.latencyTarget?.seconds).toBe(0.15);
    for (const r of top) {
      expect(thinksBeforeAnswering(modelOf(r.id)), r.id).toBe(false);
      if (r.monthlyCostUsd !== null) expect(r.monthlyCostUsd, r.id).toBeLessThanOrEqual(60_000);
    }
    const whyNot = textOf(c.say("why not gpt-4.1 nano?"));
    expect(whyNot).toMatch(/^\*\*Why not GPT-4\.1 nano\?\*\* It was ruled out before scoring/);
    expect(whyNot).toMatch(/not listed as offered on Google Vertex AI/);
  });

  // A per-message latency target in the ways a games team writes it.
  it("over generated millisecond targets (4 phrasings): the target is read in seconds and no top-3 pick always reasons before answering", () => {
    const cases: [string, number][] = [
      ["It has to decide within 150 ms per message.", 0.15],
      ["Each decision must take under 150 milliseconds.", 0.15],
      ["Latency budget: 150ms per message.", 0.15],
      ["It must answer in less than 200 ms.", 0.2],
    ];
    for (const [words, seconds] of cases) {
      const c = chat(catalog);
      const reply = c.say(
        `We moderate in-game chat, 400 million messages a day, 200 tokens in and 5 out, on GCP. ${words}`,
      );
      expect(c.session.requirements.latencyTarget?.seconds, words).toBe(seconds);
      for (const r of rowsOf(reply).slice(0, 3))
        expect(thinksBeforeAnswering(modelOf(r.id)), `${words}: ${r.id}`).toBe(false);
    }
  });

  it("Basel pharma: 5,000 PDFs × (40 pages × 1,500 in + 2,000 out); 'CHF 30,000' is francs bound in dollars; overnight batch, no training, medical field; 'they must stay in Switzerland or the EU' lets either place keep the data (it was Switzerland only, which put Claude Sonnet 4.5 on Bedrock's EU inference at #25 behind self-hosted picks), and every pick keeps it in one of them; 'why not gemini 2.5 pro?' says it is not on Bedrock", () => {
    const { c, req, top, text } = firstShortlist(catalog, BASEL_PHARMA);
    expect(req.volume?.inputTokensPerMonth).toBe(5_000 * 40 * 1_500);
    expect(req.volume?.outputTokensPerMonth).toBe(5_000 * 2_000);
    expect(req.statedBudget).toEqual({ currency: "CHF", perMonth: 30_000 });
    expect(req).toMatchObject({
      latency: "batch",
      noTrainingOnData: true,
      fieldOfUse: "medical",
      cloudProvider: "aws",
    });
    expect(req.residencyElsewhere).toBe("Switzerland or the EU");
    expect(req.euDataResidency).toBeUndefined();
    for (const r of top)
      expect(text, r.id).toMatch(
        new RegExp(`${literal(r.name)}\\W+(self-hosted|via [^:]+: processed in (Switzerland|the EU):)`),
      );
    // An API processed in the EU is as good as one in Switzerland: the EU-processed Claude on Bedrock leads.
    expect(top.some((r) => r.costBasis !== "self-host" && /Claude/.test(r.name))).toBe(true);
    const whyNot = textOf(c.say("why not gemini 2.5 pro?"));
    expect(whyNot).toMatch(/^\*\*Why not Gemini 2\.5 Pro\?\*\* It was ruled out before scoring/);
  });

  // Licence questions asked mid-thread get the verdict with the team's facts, not a model card.
  it("licence questions in the thread: Oslo's 'can we use llama 3.3 70b to make subtitles we broadcast?' is allowed with Llama's naming and notice duties; Basel's 'can we use llama 3.3 70b outputs to train our own extraction model?' is allowed, the trained model's name starting with 'Llama' if it is distributed", () => {
    const oslo = chat(catalog);
    oslo.say(OSLO_BROADCASTER);
    const broadcast = textOf(oslo.say("can we use llama 3.3 70b to make subtitles we broadcast?"));
    expect(broadcast).toMatch(/^Allowed with conditions: Llama 3\.3 70B/);
    expect(broadcast).toMatch(/Built with Llama/);
    const basel = chat(catalog);
    basel.say(BASEL_PHARMA);
    const outputs = textOf(basel.say("can we use llama 3.3 70b outputs to train our own extraction model?"));
    expect(outputs).toMatch(/^Allowed with conditions: Llama 3\.3 70B/);
    expect(outputs).toMatch(/Training another model on Llama 3\.3 70B's outputs is allowed/);
    expect(outputs).toMatch(/must start its name with "Llama"/);
  });

  // At 9b3c378 'doivent rester au Québec, ou au moins au Canada' was unread (DeepSeek-V3.2 on
  // Bedrock #1, nowhere checked), '45 000 $ CA' was US dollars and 'Pas d'équipe ML' not stated (words19).
  it("Québec ministry (in French): personal data stays in Canada, '45 000 $ CA par mois' is Canadian dollars bound at the most they can be worth, 'Pas d'équipe ML' is no ML-ops experience; every pick is on record as processing in Canada", () => {
    const { req, top } = firstShortlist(catalog, QUEBEC_MINISTRY);
    expect(req.residencyElsewhere).toBe("Canada");
    expect(req.statedBudget).toEqual({ currency: "CAD", perMonth: 45_000 });
    expect(req.monthlyBudgetUsd ?? 0).toBeLessThan(45_000);
    expect(req.mlOpsExperience).toBe("none");
    expect(top.length).toBeGreaterThan(0);
  });

  // At 9b3c378 the Japanese message answered 'I'm not sure what you're asking', its what-if the same (words19).
  it("Osaka parts maker (in Japanese): '件数は月に約2万件、1件あたり入力は約3,000トークン、出力は約400トークン' is 20,000 × 3,400 tokens; 'クラウドは使えません' is on premises; the reports are Japanese and confidential; '月に5万件に増えたらどうなりますか？' is 50,000 × 3,400", () => {
    const { c, req, top } = firstShortlist(catalog, OSAKA_PARTS_MAKER);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(20_000 * 3_000, -3);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(20_000 * 400, -3);
    expect(req).toMatchObject({ deployment: "on-prem", languages: ["ja"], dataSensitivity: "internal" });
    for (const r of top) expect(r.costBasis, r.id).not.toBe("api");
    c.say("月に5万件に増えたらどうなりますか？");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(50_000 * 3_400, -3);
  });

  // At b0695a8 '社内にNVIDIA RTX 6000 Ada（48GB）を2枚積んだサーバーがあります' was unread (words22;
  // workstation-cards-owned.property.test.ts); the GPU data holds the card since rank14.
  it("Osaka parts maker: '社内にNVIDIA RTX 6000 Ada（48GB）を2枚積んだサーバーがあります' is 2 owned RTX 6000 Ada, said back, and the picks are checked against them", () => {
    const { req, text } = firstShortlist(catalog, OSAKA_PARTS_MAKER);
    expect(req.ownedGpus).toEqual({ type: "RTX 6000 Ada", count: 2 });
    expect(text).toMatch(/you own 2 RTX 6000 Ada/);
    expect(text).toMatch(/fits your 2× NVIDIA RTX 6000 Ada Generation \(96 GB/);
  });

  // At 9b3c378 the Vietnamese sentences were unread: no volume, no budget, English only (words19).
  it("Ho Chi Minh City edtech (Vietnamese and English): 'Khoảng 800.000 học sinh, mỗi em nộp 3 bài một tuần' with '~1,500 tokens in … ~700 tokens out' is 800,000 × 3 × 30/7 × 2,200 tokens; 'Ngân sách khoảng 250 triệu đồng một tháng' is ₫250,000,000 said back; 'tiếng Việt' adds Vietnamese", () => {
    const { req, text } = firstShortlist(catalog, HCMC_EDTECH);
    expect(totalTokens(req.volume)).toBeCloseTo(((800_000 * 3 * 30) / 7) * 2_200, -6);
    expect(req.statedBudget).toEqual({ currency: "VND", perMonth: 250_000_000 });
    expect(text).toMatch(/₫250,000,000/);
    expect(req.languages).toEqual(expect.arrayContaining(["en", "vi"]));
  });

  it("Ho Chi Minh City edtech (students are minors): no pick's terms forbid users under 18, each pick's duty for minors is said, and 'why not gemini 2.5 flash-lite?' says its terms rule out apps used by people under 18", () => {
    const { c, req, top, text } = firstShortlist(catalog, HCMC_EDTECH);
    expect(req).toMatchObject({ minorUsers: true, fieldOfUse: "education" });
    for (const r of top) {
      expect(r.id, r.id).not.toMatch(/^gemini/);
      expect(r.licenseVerdict, r.id).not.toBe("blocked");
    }
    expect(text).toMatch(/under 18/);
    const whyNot = textOf(c.say("why not gemini 2.5 flash-lite?"));
    expect(whyNot).toMatch(/^\*\*Why not Gemini 2\.5 Flash-Lite\?\*\* It was ruled out before scoring/);
    expect(whyNot).toMatch(/under 18/);
  });

  // Minors in the ways an edtech writes it: the rule read, and no pick whose terms forbid them.
  it("over generated phrasings of minors (4): users under 18 are read and no top-3 pick's licence blocks them", () => {
    for (const words of [
      "Students are minors.",
      "It's for high-school students under 18.",
      "The students are children aged 10 to 14.",
      "Most of our users are teenagers.",
    ]) {
      const c = chat(catalog);
      const reply = c.say(
        `Our app grades English essays, 800,000 students × 3 essays a week, 1,500 tokens in and 700 out. Budget $20,000 a month. ${words}`,
      );
      expect(c.session.requirements.minorUsers, words).toBe(true);
      for (const r of rowsOf(reply).slice(0, 3)) expect(r.licenseVerdict, `${words}: ${r.id}`).not.toBe("blocked");
    }
  });

  // Minors as an age range, and retention in the passive with the things sent as its subject
  // ('Prompts must not be stored or used for training.': both rules, one modal), over phrasings.
  it("over generated age ranges and passive rules (todosnew): users under 18, no retention and no training are read; where the data is stored is no retention rule", () => {
    for (const words of [
      "Our users are 13 to 17 years old.",
      "The players are 10-15 years old.",
      "It is used by 12 to 16 year olds.",
    ]) {
      const c = chat(catalog);
      c.say(`Our app grades English essays, 800,000 students × 3 essays a week, 1,500 tokens in and 700 out. ${words}`);
      expect(c.session.requirements.minorUsers, words).toBe(true);
    }
    for (const adults of ["Our users are 18 to 65 years old.", "Our users are 25-40 years old."]) {
      const c = chat(catalog);
      c.say(`We want a support bot, 10,000 chats a month. ${adults}`);
      expect(c.session.requirements.minorUsers, adults).not.toBe(true);
    }
    for (const [words, training] of [
      ["Prompts must not be stored or used for training.", true],
      ["Customer messages must never be logged or retained by the provider.", false],
      ["Our chats may not be stored.", false],
    ] as const) {
      const req = parseRequirements(`We want a support bot for our web shop, 10,000 chats a month. ${words}`, catalog);
      expect(req.noRetention, words).toBe(true);
      expect(req.noTrainingOnData === true, words).toBe(training);
    }
    const where = parseRequirements(
      "Support bot, 10,000 chats a month. Our data must not be stored outside Germany.",
      catalog,
    );
    expect(where.noRetention).toBeUndefined();
  });

  it("Oslo broadcaster: after 'add 600 hours …' (2,400 programme hours), 'what does the top pick cost per programme hour?' is #1's monthly cost ÷ 2,400, not the monthly cost page (thread14's count, thread15's per-unit answer checked)", () => {
    const c = chat(catalog);
    c.say(OSLO_BROADCASTER);
    const [add, , perHour] = FIFTEENTH_ROUND_FOLLOW_UPS["Oslo broadcaster"];
    const top = rankingOf(c.say(add!))[0]!;
    expect(top.monthlyCostUsd).not.toBeNull();
    const reply = c.say(perHour!);
    expect(reply.data?.asked).toMatchObject({ topic: "per-unit", perMonth: 2_400 });
    expect(textOf(reply)).toContain(`#1 ${top.name}`);
    expect(textOf(reply)).toMatch(/a programme hour \(\$[\d,.]+ a month ÷ 2,400; API via Azure\)/);
    expect(textOf(reply)).not.toMatch(/monthly API cost/);
  });
});

// words28 (ops-experience-said.property.test.ts has the generated phrasings).
describe("fifteenth tryout round: who runs it, read from the first message", () => {
  it("Lagos fintech: 'We have no GPUs, just 4 backend developers' is no ML-ops experience; Helsinki game chat: 'an ML team of 10 that runs GPU inference on GKE' is strong", () => {
    expect(parseRequirements(LAGOS_FINTECH).mlOpsExperience).toBe("none");
    expect(parseRequirements(HELSINKI_GAME_CHAT).mlOpsExperience).toBe("strong");
  });

  it("Helsinki game chat: 'about 25 million daily players' is a daily count, said back as daily (it was '25M monthly users')", () => {
    const req = parseRequirements(HELSINKI_GAME_CHAT);
    expect(req.dailyActiveUsers).toBe(25_000_000);
    const text = textOf(chat(catalog).say(HELSINKI_GAME_CHAT));
    expect(text).toMatch(/25M daily users/);
    expect(text).not.toMatch(/25M monthly users/);
  });
});

describe("fifteenth tryout round: privileged data (words32)", () => {
  it("Chicago law firm: 'Everything is covered by attorney-client privilege and client confidentiality' is regulated data, in the firm's message and in other words", () => {
    const { req } = firstShortlist(catalog, CHICAGO_LAW_FIRM);
    expect(req.dataSensitivity).toBe("regulated");
    for (const said of [
      "Everything is covered by attorney-client privilege. We want to summarise depositions, 10M tokens a month.",
      "The files are under legal professional privilege; which model for summarising them?",
    ])
      expect(parseRequirements(said, catalog).dataSensitivity, said).toBe("regulated");
  });
});
