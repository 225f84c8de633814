// A twelfth tryout round: eight new teams in their own words (twelfth-round-teams.ts: a French
// regional press group writing in French, a Saudi electricity utility, a Polish freight forwarder, a
// one-shot licence-and-size question, a Maltese gaming operator, an Argentine notary SaaS, a Māori
// education trust, a Portuguese game studio), each run as a whole conversation through the compiled
// console and read as a sceptical ML lead would. What holds is asserted here as properties an expert
// checks (every top-3 model meets every hard constraint the team stated, via firstShortlist →
// expectExpertShortlist; costs recompute from the line shown; hosts fit the team's cloud and
// residency), some over generated phrasings rather than the one sentence. What is still open is in
// tryout-twelfth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { licencesOfKind } from "../../src/licensing/licence-kinds.js";
import { thinksBeforeAnswering } from "../../src/scoring/latency-target.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { expectResidencyChecked, rowsOf, type ScenarioRow } from "../flows/recommend-scenarios-checks.js";
import { expectCostsWorkedOut, firstShortlist } from "./cost-working-checks.js";
import {
  AUCKLAND_TRUST,
  BUENOS_AIRES_NOTARIES,
  GDANSK_FORWARDER,
  LISBON_GAME_STUDIO,
  LYON_PRESS,
  MALTA_GAMING,
  ONE_SHOT_FINE_TUNE,
  RIYADH_UTILITY,
  TWELFTH_ROUND_FOLLOW_UPS,
  TWELFTH_ROUND_TEAMS,
} from "./twelfth-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
const licenceOf = (id: string) => catalog.licenseById.get(modelOf(id).licenseId)!;
/** Total parameters in billions; a size not in the catalogue fails any cap. */
const sizeOf = (id: string) => modelOf(id).parameters?.totalB ?? Infinity;

type Team = keyof typeof TWELFTH_ROUND_TEAMS;
// Left out of the shortlist checks until its open findings are fixed: it gets no shortlist at all
// (Gdańsk: its €1,500 binds since rank10 (at most $1,894); its own 2× A6000 workstation is read
// since rank14, but the cards' amortised purchase and the ops time still come to ~$2,055 a month). Buenos Aires, whose provider's fine-tuning
// API was read as self-hosting, gets one since words21.
const OPEN_FIRST_MESSAGES: readonly string[] = [GDANSK_FORWARDER];
/** Gdańsk with its budget left out: the shortlist its open findings would give once the workstation is read. */
const GDANSK_WITHOUT_BUDGET = GDANSK_FORWARDER.replace(
  " Budget for any extra hardware or API: 1,500 EUR a month max.",
  "",
);
const SHORTLISTED = Object.entries(TWELFTH_ROUND_TEAMS).filter(([, m]) => !OPEN_FIRST_MESSAGES.includes(m));

/** Every top-3 pick runs where the team said: self-hosted from open weights, or an API on its own cloud. */
function expectOnCloud(top: ScenarioRow[], host: RegExp) {
  for (const r of top) {
    if (r.costBasis === "api") expect(r.apiProvider, r.id).toMatch(host);
    else expect(modelOf(r.id).openWeights, r.id).toBe(true);
  }
}

describe("twelfth tryout round: every team gets an answer an expert can check", () => {
  it.each(SHORTLISTED)(
    "%s: a recommendation at once, every top-3 pick within the hard rules, its costs worked out",
    (_team, message) => {
      const { text, top } = firstShortlist(catalog, message);
      expect(text).not.toMatch(/Question \d of \d/);
      expect(top.length).toBe(3);
    },
  );

  it("Gdańsk forwarder: its €1,500 binds at the most it can be worth, so with the rented GPUs it is priced on no pick fits, and the answer names the best without the budget", () => {
    const text = textOf(chat(catalog).say(GDANSK_FORWARDER));
    expect(text).toContain("I read it as at most $1,894.00");
    expect(text).toMatch(/No model in the catalogue meets all of your requirements/);
    expect(text).toMatch(
      /Without the budget, the best match would be \*\*[^*]+\*\* \(score 0\.\d\d, \$[\d,.]+ \(self-hosted\)\)/,
    );
  });

  it.each(Object.entries(TWELFTH_ROUND_TEAMS))(
    "%s: every follow-up the team sent gets an answer, never an internal error or a stack trace",
    (team, message) => {
      const c = chat(catalog);
      c.say(message);
      for (const followUp of TWELFTH_ROUND_FOLLOW_UPS[team as Team]) {
        const text = textOf(c.say(followUp));
        expect(text.trim().length, followUp).toBeGreaterThan(0);
        expect(text, followUp).not.toMatch(/\bat \S+\.(?:ts|js):\d+|TypeError|undefined|NaN|\[object Object\]/);
      }
    },
  );
});

describe("twelfth tryout round: what held, asserted so it keeps holding", () => {
  it("the one-shot question (open weights, under 15B, fine-tuned and shipped, no monthly-user cap) is answered at once within every rule; 'and under 4B?' narrows it and keeps the rest; 'is phi-4 ok for that?' is a licence verdict for distributing the weights ('ship inside a commercial product', licence14; generated in ship-inside-sold-product.property.test.ts)", () => {
    const { c, req, top } = firstShortlist(catalog, ONE_SHOT_FINE_TUNE);
    expect(req).toMatchObject({ openWeightsOnly: true, fineTuning: true, maxParamsB: 15, commercial: true });
    // 'ship inside a commercial product' hands the weights to the buyers (licence14).
    expect(req.redistributeWeights).toBe(true);
    for (const r of top) {
      expect(modelOf(r.id).openWeights, r.id).toBe(true);
      expect(sizeOf(r.id), r.id).toBeLessThanOrEqual(15);
      expect(licenceOf(r.id).terms.userThreshold, r.id).toBeNull();
    }
    const smaller = c.say("and under 4B?");
    expect(c.session.requirements).toMatchObject({ openWeightsOnly: true, fineTuning: true, maxParamsB: 4 });
    for (const r of rowsOf(smaller).slice(0, 3)) {
      expect(sizeOf(r.id), r.id).toBeLessThanOrEqual(4);
      expect(licenceOf(r.id).terms.userThreshold, r.id).toBeNull();
    }
    const phi = c.say("is phi-4 ok for that?");
    expect(phi.data?.intent).toBe("license");
    expect(textOf(phi)).toMatch(/^Allowed: Phi-4/);
    expect(textOf(phi)).toMatch(/What you told me:\*\*[^\n]*distributing weights or derivatives/);
    expect(textOf(phi)).toMatch(/Distributing Phi-4 or its derivatives is allowed/);
  });

  // The one-shot shape, generated: a size cap, open weights, fine-tuning and no user cap, in the
  // words teams use, gets a shortlist at once whose every pick keeps all four rules.
  it("over generated one-shot questions (3 caps × 4 phrasings): a shortlist at once, every top-3 pick open, within the cap and under a licence with no user cap", () => {
    const shapes = [
      (b: number) =>
        `which open-weights model under ${b}B parameters can we fine-tune and ship in a commercial app with no monthly-user cap?`,
      (b: number) =>
        `quick one: best open model under ${b}B params we can fine-tune and embed in our product, no MAU limit please`,
      (b: number) =>
        `which open model with at most ${b}B parameters can we fine-tune for a commercial product with no user cap?`,
      (b: number) =>
        `what's the best open-weights model below ${b}B parameters that we can fine-tune and sell inside our product, with no monthly active user cap?`,
    ];
    for (const cap of [8, 15, 30])
      for (const shape of shapes) {
        const question = shape(cap);
        const c = chat(catalog);
        const reply = c.say(question);
        expect(reply.data?.intent, question).toBe("recommend");
        expect(textOf(reply), question).not.toMatch(/Question \d of \d/);
        expect(c.session.requirements.maxParamsB, question).toBe(cap);
        const top = rowsOf(reply).slice(0, 3);
        expect(top.length, question).toBe(3);
        for (const r of top) {
          expect(modelOf(r.id).openWeights, `${question}: ${r.id}`).toBe(true);
          expect(sizeOf(r.id), `${question}: ${r.id}`).toBeLessThanOrEqual(cap);
          expect(licenceOf(r.id).terms.userThreshold, `${question}: ${r.id}`).toBeNull();
        }
      }
  });

  it("'which open weights model under 4B parameters can we fine-tune?' gets the same shortlist as 'open-weights' hyphenated (it got the customisation explainer): every top-3 pick open and within 4B (words21)", () => {
    const ids = (question: string) => {
      const c = chat(catalog);
      const reply = c.say(question);
      expect(reply.data?.intent, question).toBe("recommend");
      expect(c.session.requirements, question).toMatchObject({
        openWeightsOnly: true,
        fineTuning: true,
        maxParamsB: 4,
      });
      return rowsOf(reply)
        .slice(0, 3)
        .map((r) => r.id);
    };
    const spaced = ids("which open weights model under 4B parameters can we fine-tune?");
    expect(spaced).toHaveLength(3);
    for (const id of spaced) {
      expect(modelOf(id).openWeights, id).toBe(true);
      expect(sizeOf(id), id).toBeLessThanOrEqual(4);
    }
    expect(ids("which open-weights model under 4B parameters can we fine-tune?")).toEqual(spaced);
  });

  it("the one-shot question: 'no attribution requirement' rules out licences that ask for a 'Built with' line or a Notice file, said back, so no Gemma or Llama pick is in the top 3 (Gemma 3 12B was #2) (words21)", () => {
    const { text, top } = firstShortlist(catalog, ONE_SHOT_FINE_TUNE);
    expect(text).toMatch(/excluding licences with an attribution duty/);
    const credited = licencesOfKind("attribution", catalog);
    expect(credited).toEqual(expect.arrayContaining(["gemma", "llama-3.1", "llama-3.3"]));
    for (const r of top) expect(credited, r.id).not.toContain(modelOf(r.id).licenseId);
  });

  it("Auckland trust: '60 teachers, each maybe 15 requests a week, ~1,000 tokens in and ~800 out' is 60 × 15 × 30/7 × (1,000 + 800); 'what if we use an API hosted in australia?' keeps every pick off hosts known to process elsewhere", () => {
    const { c, req } = firstShortlist(catalog, AUCKLAND_TRUST);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo((60 * 15 * 30 * 1000) / 7, -1);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo((60 * 15 * 30 * 800) / 7, -1);
    expect(req.languages).toEqual(expect.arrayContaining(["en", "mi"]));
    const api = c.say("what if we use an API hosted in australia?");
    expect(c.session.requirements).toMatchObject({ deployment: "any-api", residencyElsewhere: "Australia" });
    const top = rowsOf(api).slice(0, 3);
    for (const r of top) expect(r.costBasis, r.id).toBe("api");
    expectResidencyChecked(catalog, textOf(api), "Australia", top);
  });

  it("Riyadh utility (moving to Google Cloud): every API pick is on Vertex; 'what if we self-host in our own data centre in Riyadh?' leaves only open weights, self-hosted", () => {
    const { c, req, top } = firstShortlist(catalog, RIYADH_UTILITY);
    expect(req.cloudProvider).toBe("gcp");
    expect(req.languages).toEqual(expect.arrayContaining(["ar", "en"]));
    expectOnCloud(top, /^google-vertex/);
    const onPrem = c.say("what if we self-host in our own data centre in Riyadh?");
    for (const r of rowsOf(onPrem).slice(0, 3)) {
      expect(r.costBasis, r.id).toBe("self-host");
      expect(modelOf(r.id).openWeights, r.id).toBe(true);
    }
  });

  it("Malta operator (on AWS, special-category data): every API pick is on Bedrock under vetted data terms, and the cost per conversation divides the month's cost by 90,000 × 30/7 conversations", () => {
    const { c, req, top } = firstShortlist(catalog, MALTA_GAMING);
    expect(req).toMatchObject({ cloudProvider: "aws", dataSensitivity: "regulated" });
    expect(req.languages).toEqual(expect.arrayContaining(["en", "de", "fi", "pt"]));
    expectOnCloud(top, /^amazon-bedrock/);
    const perUnit = textOf(c.say("what does the top pick cost per conversation?"));
    const m = perUnit.match(/at ([\d,]+) conversations a month/);
    expect(m, perUnit).not.toBeNull();
    expect(Number(m![1]!.replace(/,/g, ""))).toBe(Math.round((90_000 * 30) / 7));
  });

  // words15: the residency rules of four teams, each said its own way (the phrasings generated in
  // tests/unit/intents/residency-rule-phrasings.property.test.ts).
  it.each([
    ["Riyadh utility ('all customer data must be processed inside the Kingdom')", RIYADH_UTILITY, "Saudi Arabia"],
    ["Auckland trust ('should stay in Aotearoa New Zealand')", AUCKLAND_TRUST, "New Zealand"],
  ])("%s: the data stays in that country, said back", (_team, message, place) => {
    const { req, text } = firstShortlist(catalog, message);
    expect(req.residencyElsewhere).toBe(place);
    expect(text).toContain(`data must stay in ${place}`);
  });

  it("Auckland trust: 'and not be used to train anyone's model' is the no-training rule, said back (words15)", () => {
    const { req, text } = firstShortlist(catalog, AUCKLAND_TRUST);
    expect(req.noTrainingOnData).toBe(true);
    expect(text).toContain("API host must not train on your data");
  });

  it("Auckland trust: 'No developers, I'm the part-time IT person' is no ML-ops experience, said back", () => {
    const { req, text } = firstShortlist(catalog, AUCKLAND_TRUST);
    expect(req.mlOpsExperience).toBe("none");
    expect(text).toContain("ML-ops experience: none");
  });

  it.each([
    ["Malta operator ('legal wants no processing outside the EU')", MALTA_GAMING],
    ["Lyon press ('la direction veut rester sur un cloud européen')", LYON_PRESS],
  ])("%s: EU processing, said back, and never 'not EU-based'", (_team, message) => {
    const { req, text } = firstShortlist(catalog, message);
    expect(req.euDataResidency).toBe(true);
    expect(req.inEu).not.toBe(false);
    expect(text).toContain("data must stay in the EU");
    expect(text).not.toContain("not EU-based");
  });

  it("Lyon press: 'pas d'hébergeur américain' rules out US-owned hosts (all three picks were via Deep Infra, Deep Infra, Inc., a Delaware corporation), not the models of US labs", () => {
    const { req, text, top } = firstShortlist(catalog, LYON_PRESS);
    expect(req.exclude?.hostCountries).toEqual(["US"]);
    expect(req.exclude?.countries ?? []).not.toContain("US");
    expect(text).toContain("excluding US-owned hosts");
    // expectExpertShortlist checks each API pick's owner from the records; Deep Infra is on record as US-owned.
    for (const r of top) expect(r.apiProvider, r.id).not.toBe("deepinfra");
  });

  // 'is the top pick hosted on OVHcloud?' answered with the model card (fixed by thread13;
  // tests/flows/unlisted-host.property.test.ts).
  it("Lyon press: 'is the top pick hosted on OVHcloud?' names the hosts on record for #1 and says OVHcloud is not among the catalogue's hosts", () => {
    const { c, top } = firstShortlist(catalog, LYON_PRESS);
    const name = modelOf(top[0]!.id).name;
    const text = textOf(c.say("is the top pick hosted on OVHcloud?"));
    expect(text).toContain(`Where ${name} runs`);
    expect(text).toContain(
      `**${name}** is not offered on OVHcloud in our sources: OVHcloud is not among the hosts in the catalogue`,
    );
    expect(text).toMatch(/the hosts on record for it are Mistral\b/);
  });

  it("Malta operator (90,000 conversations a week screened, €12k): a model that reasons first is priced with 1,000 hidden reasoning tokens a conversation (the low end, said with its source), so none leads at its answer tokens' price: #1 answers without hidden reasoning", () => {
    expect(thinksBeforeAnswering(modelOf(firstShortlist(catalog, MALTA_GAMING).top[0]!.id))).toBe(false);
    // Without its EU rule (which since words15 leaves DeepSeek-R1 no EU host on Bedrock), R1 is
    // ranked at its price with the reasoning counted. An EU team with special-category data is
    // assumed to keep it in the EU when it says nothing (rank21, judged-defaults.ts), so the rule is
    // lifted in the thread, as the answer says to.
    const withoutEu = MALTA_GAMING.replace(" and legal wants no processing outside the EU", "");
    expect(withoutEu).not.toBe(MALTA_GAMING);
    const thread = chat(catalog);
    expect(textOf(thread.say(withoutEu))).toMatch(/Assumed: the data is processed in the EU/);
    const lifted = thread.say("what if data can leave the EU?");
    const rows = rowsOf(lifted);
    const top = rows.slice(0, 3);
    const text = textOf(lifted);
    expectCostsWorkedOut(top, text);
    expect(thinksBeforeAnswering(modelOf(top[0]!.id)), top[0]!.id).toBe(false);
    const conversations = (90_000 * 30) / 7;
    const thinking = rows.filter((r) => thinksBeforeAnswering(modelOf(r.id)) && r.costBasis === "api");
    expect(thinking.length).toBeGreaterThan(0);
    for (const r of thinking) {
      // At least the reasoning tokens at the cheapest output price any of its hosts asks.
      const cheapestOut = Math.min(...modelOf(r.id).offerings.map((o) => o.outputPerMTok));
      expect(r.monthlyCostUsd!, r.id).toBeGreaterThan((conversations * 1_000 * cheapestOut) / 1e6);
    }
    for (const r of top.filter((p) => thinksBeforeAnswering(modelOf(p.id)))) {
      const line = text.split("\n").find((l) => l.startsWith(`- **${r.name}** `)) ?? "";
      expect(line, r.id).toMatch(/out includes 386M tokens of hidden reasoning/);
      expect(text).toMatch(/Hidden reasoning counted: .*386K conversations a month .*the low end/);
    }
  });

  it("Lisbon studio: 'each line ~300 tokens of context in, ~60 out' is 300 tokens of context (it was read as 300K, which ruled out every model), so the team gets a shortlist within its on-device cap (8B: the 7 GB the game leaves)", () => {
    const { req, top, text } = firstShortlist(catalog, LISBON_GAME_STUDIO);
    expect(req.contextTokens).toBe(300);
    expect(top.length).toBe(3);
    expect(text).toMatch(/· 300 tokens of context ·/);
    for (const r of top) expect(sizeOf(r.id), r.id).toBeLessThanOrEqual(8);
  });

  it("Buenos Aires notaries: '~180 notary offices pay us, each drafts maybe 60 deeds a month, a deed is ~4k tokens out with ~2k tokens of form+instructions in' is 180 × 60 × (2K in + 4K out), said back with the offices", () => {
    const c = chat(catalog);
    const text = textOf(c.say(BUENOS_AIRES_NOTARIES));
    expect(c.session.requirements.volume).toMatchObject({
      inputTokensPerMonth: 180 * 60 * 2_000,
      outputTokensPerMonth: 180 * 60 * 4_000,
    });
    expect(text).toMatch(/180 offices × 60 deeds a month/);
  });

  it("Lisbon studio: 'an RTX 3060 with 12 GB VRAM, and the game itself needs about 5 GB of that' leaves 7 GB for the model (at most 8B), said back as a laptop-or-desktop app", () => {
    const { req, text, top } = firstShortlist(catalog, LISBON_GAME_STUDIO);
    expect(req).toMatchObject({ deviceMemoryGb: 7, maxParamsB: 8 });
    expect(text).toMatch(/runs on laptops and desktops · at most 8B parameters · 7 GB of device memory/);
    for (const r of top) expect(sizeOf(r.id), r.id).toBeLessThanOrEqual(8);
  });

  it("Lisbon studio: no top-3 place goes to a model far below the quality floor (ChatGLM3-6B, general ability 0.01 and rated in Chinese only, was #3 beside Gemma 3 4B and Phi-4-mini); each pick has a quality a lead can take to a test", () => {
    const { top } = firstShortlist(catalog, LISBON_GAME_STUDIO);
    expect(top.length).toBe(3);
    for (const r of top) {
      expect(r.id).not.toBe("chatglm3-6b");
      expect(r.breakdown.quality, r.id).toBeGreaterThanOrEqual(0.3);
    }
  });

  it("Riyadh utility: 'we have two data scientists, no GPU operations experience' is who builds it (no monthly users) and no ML-ops experience; Buenos Aires' 'small startup in Buenos Aires, 6 people' is a team of 6, not 6 users", () => {
    const riyadh = chat(catalog);
    riyadh.say(RIYADH_UTILITY);
    expect(riyadh.session.requirements.monthlyActiveUsers).toBeUndefined();
    expect(riyadh.session.requirements.mlOpsExperience).toBe("none");
    const notaries = chat(catalog);
    notaries.say(BUENOS_AIRES_NOTARIES);
    expect(notaries.session.requirements.monthlyActiveUsers).toBeUndefined();
    expect(notaries.session.requirements.teamSize).toBe(6);
  });

  it("Riyadh utility: 'Calls: about 45,000 a day, transcripts ~1,500 tokens, summary ~200 tokens' is a second job added to the chat: 20,000 × 30 × 6 × 850 + 45,000 × 30 × 1,700", () => {
    const { req, text } = firstShortlist(catalog, RIYADH_UTILITY);
    expect(req.volume).toMatchObject({
      inputTokensPerMonth: 20_000 * 30 * 6 * 700 + 45_000 * 30 * 1_500,
      outputTokensPerMonth: 20_000 * 30 * 6 * 150 + 45_000 * 30 * 200,
    });
    expect(text).toMatch(/45,000 calls a day/);
  });

  it("Riyadh utility: 'We want two things. First, a customer-facing chat assistant … Second, after each call-centre call, a summary' leads with the chat assistant, the job named first (it was 'summarisation') (words21)", () => {
    const { req, text } = firstShortlist(catalog, RIYADH_UTILITY);
    expect(req.useCase).toBe("chat");
    expect(text).toMatch(/^Noted: chat assistant ·/);
  });

  it("Gdańsk forwarder: 'We bought a workstation with 2x RTX A6000 (48 GB each)' is 2 owned RTX A6000, said back, and every self-hosted pick is sized and costed on those two cards as owned (amortised), nothing rented (rank14)", () => {
    const { req, text, top } = firstShortlist(catalog, GDANSK_WITHOUT_BUDGET);
    expect(req.ownedGpus).toEqual({ type: "RTX A6000", count: 2 });
    expect(text).toMatch(/you own 2 RTX A6000/);
    expect(top.length).toBe(3);
    for (const r of top) expect(r.costBasis, r.id).toBe("self-host");
    const workings = text.split("\n").filter((l) => /self-hosted, always on/.test(l));
    expect(workings).toHaveLength(3);
    for (const w of workings) expect(w).toMatch(/: 2× NVIDIA RTX A6000 \(.*all yours at \$0\.38\/GPU-hour/);
    expect(text).not.toMatch(/rented at/);
  });

  it("Gdańsk forwarder: documents that come 'as PDF scans or phone photos, often with handwritten fields' need image input, said back, and every top-3 pick reads images", () => {
    const { req, text, top } = firstShortlist(catalog, GDANSK_WITHOUT_BUDGET);
    expect(req.imageInput).toBe(true);
    expect(text).toMatch(/the model reads images/);
    for (const r of top) expect(modelOf(r.id).inputModalities, r.id).toContain("image");
  });

  it("Gdańsk forwarder (on-prem): every pick is open weights run on its premises, and 'what if volume triples in Q4?' triples the tokens", () => {
    const { c, req, top } = firstShortlist(catalog, GDANSK_WITHOUT_BUDGET);
    expect(top.length).toBe(3);
    expect(req.languages).toEqual(expect.arrayContaining(["pl", "de", "uk", "lt"]));
    for (const r of top) expect(r.costBasis, r.id).toBe("self-host");
    const before = req.volume!;
    c.say("what if volume triples in Q4?");
    const after = c.session.requirements.volume!;
    expect(after.inputTokensPerMonth).toBeCloseTo(3 * before.inputTokensPerMonth, -1);
    expect(after.outputTokensPerMonth).toBeCloseTo(3 * before.outputTokensPerMonth, -1);
  });

  it("hosting questions about any country: 'is gpt-4.1 available in canada central?' (Ontario) and in India, Kenya, Australia or Singapore, and Riyadh's 'is gemini 2.5 flash available in dammam?', say where the model runs there, as for Japan (they got the model card)", () => {
    const asks = [
      ["is gpt-4.1 available in canada central?", "GPT-4.1", "Canada"],
      ...["india", "kenya", "australia", "singapore"].map((p) => [`is gpt-4.1 available in ${p}?`, "GPT-4.1", p]),
      [TWELFTH_ROUND_FOLLOW_UPS["Riyadh electricity utility"][2]!, "Gemini 2.5 Flash", "Dammam"],
    ] as const;
    for (const [question, model, place] of asks) {
      const text = textOf(chat(catalog).say(question));
      expect(text.split("\n")[0], question).toBe(`Where ${model} runs`);
      expect(text.toLowerCase(), question).toContain(`**${model.toLowerCase()}** in ${place.toLowerCase()}:`);
    }
    // Ontario's: Azure's own Americas table lists GPT-4.1 in US regions only, the same no the ranking reads.
    expect(textOf(chat(catalog).say(asks[0][0]))).toMatch(/Known not to: Azure [^\n]*none of them in Canada/);
  });

  it("Lisbon studio: 'is gemma 3 4b ok to ship in a game?' after its shortlist is the licence verdict for shipping the weights to players (it got the model card): allowed with conditions, the terms passed on to every recipient and a Notice file", () => {
    const { c } = firstShortlist(catalog, LISBON_GAME_STUDIO);
    const question = TWELFTH_ROUND_FOLLOW_UPS["Lisbon game studio"][1]!;
    const reply = c.say(question);
    const text = textOf(reply);
    expect(reply.data?.intent, question).toBe("license");
    expect(text.split("\n")[0]).toBe("Allowed with conditions: Gemma 3 4B");
    expect(text).toContain("distributing weights or derivatives");
    expect(text).toMatch(/Pass the terms on to recipients/);
    expect(text).toMatch(/Notice file/);
  });

  it("Buenos Aires notaries: 'we'd rather use a provider's fine-tuning API than run anything ourselves' is an API with fine-tuning (it was self-hosting: no shortlist), drafting deeds is writing (it was 'RAG over documents'), and 'can we fine-tune gpt-4.1 mini and sell its drafts?' is allowed through OpenAI's own fine-tuning service (it was 'Blocked': not self-hostable) (words21)", () => {
    const { c, req, text, top } = firstShortlist(catalog, BUENOS_AIRES_NOTARIES);
    expect(req).toMatchObject({ deployment: "any-api", fineTuning: true, useCase: "creative" });
    expect(req.selfHosted).not.toBe(true);
    expect(text).toMatch(/^Noted: writing and drafting · any managed API/);
    expect(text).not.toMatch(/you run the weights yourselves/);
    for (const r of top) expect(r.costBasis, r.id).toBe("api");
    const verdict = textOf(c.say(TWELFTH_ROUND_FOLLOW_UPS["Buenos Aires notary SaaS"][1]!));
    expect(verdict.split("\n")[0]).toBe("Allowed with conditions: GPT-4.1 mini");
    expect(verdict).toMatch(/only through OpenAI's own fine-tuning service/);
    expect(verdict).not.toMatch(/Self-hosting GPT-4.1 mini is not possible/);
  });

  it("Buenos Aires notaries: 'what if we grow to 1,000 notary offices?' scales the 180 offices' 64.8M tokens a month by 1,000/180 to 360M, said back as '1,000 offices (was 180)' (it answered 'I couldn't tell which requirement to change')", () => {
    const c = chat(catalog);
    c.say(BUENOS_AIRES_NOTARIES);
    const question = TWELFTH_ROUND_FOLLOW_UPS["Buenos Aires notary SaaS"][0]!;
    const text = textOf(c.say(question));
    const v = c.session.requirements.volume!;
    expect(v.inputTokensPerMonth + v.outputTokensPerMonth).toBeCloseTo(1000 * 60 * 6000, -3);
    expect(text).toContain("1,000 offices (was 180) × 60 deeds a month");
    expect(text).not.toMatch(/couldn't tell/);
  });

  it("Lyon press (in French): 'Environ 1 200 dépêches par jour, 600 mots en moyenne, et la sortie fait à peu près 150 mots' is 1,200 × 30 × (800 in + 200 out) tokens (was no volume, list prices only), and 'et si on passe à 3 000 dépêches par jour ?' scales it (it answered 'I couldn't tell which requirement to change')", () => {
    const { c, req, top } = firstShortlist(catalog, LYON_PRESS);
    expect(req.volume?.inputTokensPerMonth).toBe(1_200 * 30 * 800);
    expect(req.volume?.outputTokensPerMonth).toBe(1_200 * 30 * 200);
    for (const r of top) expect(r.monthlyCostUsd, r.id).toBeGreaterThan(0);
    const text = textOf(c.say("et si on passe à 3 000 dépêches par jour ?"));
    expect(text).not.toMatch(/couldn't tell/);
    const v = c.session.requirements.volume!;
    expect(v.inputTokensPerMonth + v.outputTokensPerMonth).toBe(3_000 * 30 * 1_000);
  });
});
