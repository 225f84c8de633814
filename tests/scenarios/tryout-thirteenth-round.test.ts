// A thirteenth tryout round: eight new teams in their own words (thirteenth-round-teams.ts: a
// Danish municipality's job centre, an Indian general insurer, a US health system under HIPAA on
// Azure, a Japanese pump maker with its own L40S server, a Brazilian marketplace writing in
// Portuguese, a two-person indie app, a one-shot Llama 4 licence question from Munich, an
// Australian mining-safety vendor shipping on tablets), each run as a whole conversation through
// the compiled console and read as a sceptical ML lead would. What holds is asserted here as
// properties an expert checks (every top-3 model meets every hard constraint the team stated, via
// firstShortlist → expectExpertShortlist; costs recompute from the line shown; hosts fit the team's
// cloud), several over generated phrasings rather than the one sentence. What is still open is in
// tryout-thirteenth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { thinksBeforeAnswering } from "../../src/scoring/latency-target.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { type ScenarioRow } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  AARHUS_JOBCENTRE,
  CURITIBA_MARKETPLACE,
  INDIE_MEAL_APP,
  MINNESOTA_HEALTH,
  MUMBAI_INSURER,
  MUNICH_LLAMA4_QUESTION,
  NIIGATA_PUMPS,
  PERTH_MINING_SAFETY,
  THIRTEENTH_ROUND_FOLLOW_UPS,
  THIRTEENTH_ROUND_TEAMS,
} from "./thirteenth-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
/** Total parameters in billions; a size not in the catalogue fails any cap. */
const sizeOf = (id: string) => modelOf(id).parameters?.totalB ?? Infinity;

type Team = keyof typeof THIRTEENTH_ROUND_TEAMS;
/** The one-shot licence question gets a verdict, not a shortlist. */
const SHORTLISTED = Object.entries(THIRTEENTH_ROUND_TEAMS).filter(([, m]) => m !== MUNICH_LLAMA4_QUESTION);

/** Every top-3 pick runs where the team said: self-hosted from open weights, or an API on its own cloud. */
function expectOnCloud(top: ScenarioRow[], host: RegExp) {
  for (const r of top) {
    if (r.costBasis === "api") expect(r.apiProvider, r.id).toMatch(host);
    else expect(modelOf(r.id).openWeights, r.id).toBe(true);
  }
}

describe("thirteenth tryout round: every team gets an answer an expert can check", () => {
  it.each(SHORTLISTED)(
    "%s: a recommendation at once, every top-3 pick within the hard rules as understood, its costs worked out",
    (_team, message) => {
      const { text, top } = firstShortlist(catalog, message);
      expect(text).not.toMatch(/Question \d of \d/);
      expect(top.length).toBeGreaterThan(0);
    },
  );

  it.each(Object.entries(THIRTEENTH_ROUND_TEAMS))(
    "%s: every follow-up the team sent gets an answer, never an internal error or a stack trace",
    (team, message) => {
      const c = chat(catalog);
      c.say(message);
      for (const followUp of THIRTEENTH_ROUND_FOLLOW_UPS[team as Team]) {
        const text = textOf(c.say(followUp));
        expect(text.trim().length, followUp).toBeGreaterThan(0);
        expect(text, followUp).not.toMatch(/\bat \S+\.(?:ts|js):\d+|TypeError|undefined|NaN|\[object Object\]/);
      }
    },
  );
});

describe("thirteenth tryout round: what held, asserted so it keeps holding", () => {
  it("the one-shot question from Munich: Llama 4 Scout's image understanding is blocked for a company established in the EU, and 'and llama 3.2 11b vision?' is the same verdict for the same reason", () => {
    const c = chat(catalog);
    const first = c.say(MUNICH_LLAMA4_QUESTION);
    expect(first.data?.intent).toBe("license");
    expect(textOf(first)).toMatch(/^Blocked: Llama 4 Scout/);
    expect(textOf(first)).toMatch(/established in the EU/);
    const next = textOf(c.say("and llama 3.2 11b vision?"));
    expect(next).toMatch(/^Blocked: Llama 3\.2 11B Vision/);
    expect(next).toMatch(/multimodal/);
    // The first quote is the clause the block rests on, through the words that withhold the rights
    // and name the EU (at 70828b1 it stopped at "the rights granted under Section 1(a)").
    for (const [text, version] of [
      [textOf(first), "4"],
      [next, "3\\.2"],
    ] as const)
      expect(text).toMatch(
        new RegExp(
          `The licence says\\*{0,2}\\n- "With respect to any multimodal models included in Llama ${version}, the rights granted under Section 1\\(a\\) [^"]*are not being granted to you [^"]*European Union\\."`,
        ),
      );
  });

  // The EU carve-out of Meta's multimodal licences, over where a company says it is: blocked for
  // EU member states in any of the usual phrasings, conditional (never blocked) elsewhere.
  it("over generated places (6 in the EU, 4 outside) × 4 multimodal Llama models: blocked exactly for companies established in the EU", () => {
    const inEu = [
      "headquartered in Munich",
      "based in Lyon, France",
      "a Dutch company in Utrecht",
      "registered in Ireland",
      "based in Milan",
      "a Polish startup from Kraków",
    ];
    const outside = ["headquartered in Zurich", "based in London", "based in Toronto", "based in Austin, Texas"];
    const models = ["Llama 4 Scout", "Llama 4 Maverick", "Llama 3.2 11B Vision", "Llama 3.2 90B Vision"];
    for (const model of models)
      for (const place of [...inEu, ...outside]) {
        const q = `We're a software company ${place}. Can we use ${model}'s image understanding in a commercial product we sell?`;
        const reply = chat(catalog).say(q);
        expect(reply.data?.intent, q).toBe("license");
        const head = textOf(reply).split("\n")[0]!;
        expect(head, q).toBe(`${inEu.includes(place) ? "Blocked" : "Allowed with conditions"}: ${model}`);
      }
  });

  // At 70828b1 'photos taken on a phone' was a phone app: 'runs on-device · runs on phones', a 4B
  // cap and Gemma 3 4B at $0 a month for 150,000 claims; the SageMaker team was 'not stated' and
  // the triage 'summarisation' of 'clinical work' (words17; phrasings in app-on-a-platform,
  // ops-experience-said and claims-read-not-summarised .property.test.ts).
  it("Mumbai insurer: the phone photos are image input, not a phone app; the SageMaker team is some ML-ops experience; claims triage is extraction in finance, not clinical summarisation", () => {
    const { req, top, text } = firstShortlist(catalog, MUMBAI_INSURER);
    expect(req.onDevice).toBeUndefined();
    expect(req.device).toBeUndefined();
    expect(req.imageInput).toBe(true);
    expect(req.mlOpsExperience).toBe("some");
    expect(req.useCase).toBe("extraction");
    expect(text).not.toMatch(/runs on phones|runs on-device|clinical work/);
    for (const r of top) {
      expect(modelOf(r.id).inputModalities, r.id).toContain("image");
      expect(r.monthlyCostUsd, r.id).toBeGreaterThan(0);
    }
  });

  it("Mumbai insurer: '₹20 lakh a month' is ₹2,000,000, the data stays in India, English/Hindi/Marathi are read; 'what if we add tamil and telugu?' adds both and keeps the rest", () => {
    const { c, req } = firstShortlist(catalog, MUMBAI_INSURER);
    expect(req.statedBudget).toEqual({ currency: "INR", perMonth: 2_000_000 });
    expect(req.residencyElsewhere).toBe("India");
    expect(req.cloudProvider).toBe("aws");
    expect(req.languages).toEqual(expect.arrayContaining(["en", "hi", "mr"]));
    c.say("what if we add tamil and telugu?");
    const after = c.session.requirements;
    expect(after.languages).toEqual(expect.arrayContaining(["en", "hi", "mr", "ta", "te"]));
    expect(after.residencyElsewhere).toBe("India");
    expect(after.statedBudget).toEqual(req.statedBudget);
  });

  // Indian amounts in lakh and crore, with the rupee sign, INR or Rs: the stated budget in rupees.
  it("over generated rupee budgets (lakh and crore, ₹, INR and Rs): the amount in rupees, never read as dollars", () => {
    const cases: [string, number][] = [
      ["Budget ₹20 lakh a month.", 2_000_000],
      ["We can spend ₹8 lakh monthly.", 800_000],
      ["Budget: INR 1.2 crore a month.", 12_000_000],
      ["Our budget is INR 35 lakh per month.", 3_500_000],
      // 'Rs' was read as dollars at 70828b1 (words17).
      ["Our budget is Rs 35 lakh per month.", 3_500_000],
      ["Budget Rs. 12 lakh a month.", 1_200_000],
    ];
    for (const [words, rupees] of cases) {
      const c = chat(catalog);
      c.say(
        `We're an insurer in Pune and want to summarise claim notes, 100,000 claims a month, 2,000 tokens in and 300 out. ${words}`,
      );
      const req = c.session.requirements;
      expect(req.statedBudget, words).toEqual({ currency: "INR", perMonth: rupees });
      expect(req.monthlyBudgetUsd, words).toBeUndefined();
    }
  });

  it("Curitiba marketplace (in Portuguese, on AWS São Paulo): 'R$ 120.000 por mês' is BRL 120,000, every API pick is on Bedrock within the budget at the most it can be worth, and 'por que não o gemini 2.5 flash?' says it is not on the team's cloud", () => {
    const { c, req, top } = firstShortlist(catalog, CURITIBA_MARKETPLACE);
    expect(req.statedBudget).toEqual({ currency: "BRL", perMonth: 120_000 });
    expect(req.cloudProvider).toBe("aws");
    expect(req.languages).toEqual(["pt"]);
    expectOnCloud(top, /^amazon-bedrock/);
    const whyNot = textOf(c.say("por que não o gemini 2.5 flash?"));
    expect(whyNot).toMatch(/^\*\*Why not Gemini 2\.5 Flash\?\*\*/);
    expect(whyNot).toMatch(/not listed as offered on AWS Bedrock/);
  });

  it("Curitiba marketplace: 'Queremos gerar descrições de produtos … Também queremos moderar as avaliações' leads with writing, the job named first (it read no use case) (words21)", () => {
    const { req, text } = firstShortlist(catalog, CURITIBA_MARKETPLACE);
    expect(req.useCase).toBe("creative");
    expect(text).toMatch(/^Noted: writing and drafting ·/);
  });

  it("Curitiba marketplace: '40 milhões de clientes' are the shop's customers, said back as its base, not 40M monthly users: the descriptions and the moderation are not used by them (words20)", () => {
    const { req, text } = firstShortlist(catalog, CURITIBA_MARKETPLACE);
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(req.organisationBase).toEqual({ count: 40_000_000, noun: "customers" });
    expect(text).toMatch(/40M customers \(the organisation's, not counted as users of the tool\)/);
    expect(text).not.toMatch(/monthly users/);
  });

  it("Curitiba marketplace (product descriptions at 3M a month): no model that always reasons before answering fills a top-3 place (DeepSeek-R1 was #3 at 70828b1 on its answer tokens alone; since rank11's 3becab6 its hidden reasoning is priced)", () => {
    const { top } = firstShortlist(catalog, CURITIBA_MARKETPLACE);
    for (const r of top) expect(thinksBeforeAnswering(modelOf(r.id)), r.id).toBe(false);
  });

  // "Why not" in Portuguese or English, for closed models the catalogue does not place on Bedrock:
  // the reason is the team's cloud, said before any score.
  it("Curitiba marketplace, over 6 closed models not on Bedrock × 2 phrasings ('por que não o X?', 'why not X?'): ruled out because it is not offered on the team's AWS", () => {
    const models: [string, string][] = [
      ["gemini 2.5 flash", "gemini-2.5-flash"],
      ["gemini 2.5 pro", "gemini-2.5-pro"],
      ["gpt-4.1", "gpt-4.1"],
      ["gpt-5 mini", "gpt-5-mini"],
      ["o3", "o3"],
      ["grok 4", "grok-4"],
    ];
    const c = chat(catalog);
    c.say(CURITIBA_MARKETPLACE);
    for (const [words, id] of models) {
      const model = modelOf(id);
      expect(model.openWeights, id).toBe(false);
      expect(
        model.offerings.some((o) => /^amazon-bedrock/.test(o.provider)),
        id,
      ).toBe(false);
      for (const ask of [`por que não o ${words}?`, `why not ${words}?`]) {
        const text = textOf(c.say(ask));
        expect(text, ask).toMatch(
          new RegExp(`^\\*\\*Why not ${model.name.replace(/\./g, "\\.")}\\?\\*\\* It was ruled out before scoring`),
        );
        expect(text, ask).toMatch(/not listed as offered on AWS Bedrock/);
      }
    }
  });

  // Brazilian amounts write thousands with a dot: 120.000 is a hundred and twenty thousand reais.
  it("over generated Brazilian budgets (R$ with dotted thousands, 3 phrasings): the amount in reais", () => {
    const cases: [string, number][] = [
      ["Orçamento: R$ 120.000 por mês.", 120_000],
      ["Temos R$ 45.000 por mês de orçamento.", 45_000],
      ["Orçamento de R$ 1.200.000 por mês.", 1_200_000],
    ];
    for (const [words, reais] of cases) {
      const c = chat(catalog);
      c.say(
        `Somos uma loja online em Recife e queremos resumir avaliações de clientes, 500 mil por mês, 200 tokens cada. ${words}`,
      );
      expect(c.session.requirements.statedBudget, words).toEqual({ currency: "BRL", perMonth: reais });
    }
  });

  it("Niigata pump maker (no cloud at all, owns 4× L40S): every pick is self-hosted and fits the server; 'what if we add 4 more L40S cards?' makes it 8, and 'will qwen3 235b-a22b fit on our server?' answers for those 8", () => {
    const { c, req, top, text } = firstShortlist(catalog, NIIGATA_PUMPS);
    expect(req.deployment).toBe("on-prem");
    expect(req.ownedGpus).toMatchObject({ type: "L40S", count: 4 });
    expect(req.languages).toEqual(expect.arrayContaining(["ja"]));
    for (const r of top) {
      expect(r.costBasis, r.id).toBe("self-host");
      expect(text).toMatch(new RegExp(`- \\*\\*${r.name.replace(/[.()]/g, "\\$&")}\\*\\*: fits your 4× NVIDIA L40S`));
    }
    c.say("what if we add 4 more L40S cards?");
    expect(c.session.requirements.ownedGpus).toMatchObject({ type: "L40S", count: 8 });
    const fit = textOf(c.say("will qwen3 235b-a22b fit on our server?"));
    expect(fit).toMatch(/Does Qwen3 235B-A22B fit your 8× NVIDIA L40S\?\*?\*? Yes/);
    // Sized for its request as said (6,000 retrieved + 500 out), with no API set beside it (rank12).
    expect(fit).toMatch(/sequences of 6\.5K tokens/);
    expect(fit).not.toMatch(/self-hosting costs [\d.,]+× as much|through Deep Infra/);
  });

  it("Niigata pump maker: '600 engineers, maybe 8 questions each per day, with ~6,000 tokens of retrieved context per question and ~500 tokens out' is 600 × 8 × 30 × (6,000 + 500) tokens a month, not the 40,000-document corpus (fixed by words16's compound volumes)", () => {
    const { req } = firstShortlist(catalog, NIIGATA_PUMPS);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(600 * 8 * 30 * 6_000, -3);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(600 * 8 * 30 * 500, -3);
  });

  // Owned GPUs in the ways a plant's IT writes them: the count and the card, on premises.
  it("over generated owned-server phrasings (4 cards and counts): the GPUs are the team's own and it runs on premises", () => {
    const cases: [string, string, number][] = [
      ["4x NVIDIA L40S (48 GB each)", "L40S", 4],
      ["2x A100 80GB", "A100 80GB", 2],
      ["8x H100", "H100", 8],
      ["a server with 4 L40S cards", "L40S", 4],
    ];
    for (const [words, type, count] of cases) {
      const c = chat(catalog);
      c.say(
        `We are a manufacturer. Internal assistant answering questions from our manuals, 500 engineers, 5 questions a day each, 4,000 tokens in, 400 out. No cloud at all. We own ${words} in our data centre.`,
      );
      expect(c.session.requirements.ownedGpus, words).toMatchObject({ type, count });
      expect(c.session.requirements.deployment, words).toBe("on-prem");
    }
  });

  it("Minnesota health system (PHI, BAA, an Azure shop, accuracy first): every pick is offered on Azure, quality leads, and 'why not claude sonnet 4.5?' says it is ruled out as deprecated", () => {
    const { c, req, top } = firstShortlist(catalog, MINNESOTA_HEALTH);
    expect(req).toMatchObject({ cloudProvider: "azure", needsBaa: true, dataSensitivity: "regulated" });
    expect(req.priorities).toEqual(expect.arrayContaining(["quality"]));
    for (const r of top)
      expect(
        modelOf(r.id).offerings.some((o) => /^azure/.test(o.provider)),
        r.id,
      ).toBe(true);
    // Anthropic's page calls Claude Sonnet 4.5 deprecated (retired from its API and, with Anthropic's
    // dates, from Microsoft Foundry on 2026-11-30): the why-not says it was ruled out for that.
    const whyNot = textOf(c.say("why not claude sonnet 4.5?"));
    expect(whyNot).toMatch(
      /^\*\*Why not Claude Sonnet 4\.5\?\*\* It was ruled out before scoring: Claude Sonnet 4\.5 is deprecated by its provider/,
    );
  });

  it("Perth mining-safety vendor (offline tablets with 6 GB RAM, the model shipped in the app): every pick fits the device; 'what if the tablets have 8 GB RAM?' raises the memory but not the phone cap (the OS shares it: rank12); 'is phi-4-mini ok to ship in our app?' is a verdict on distributing the weights", () => {
    const { c, req, top, text } = firstShortlist(catalog, PERTH_MINING_SAFETY);
    expect(req).toMatchObject({ onDevice: true, deviceMemoryGb: 6, languages: ["en"] });
    // 'to about 60 mining customers, around 8,000 tablets': the tablets are the users, the 60
    // customers the organisations that buy it (words23; it said '60 monthly users').
    expect(req.monthlyActiveUsers).toBe(8_000);
    expect(req.latencyTarget?.seconds).toBe(5);
    for (const r of top) expect(sizeOf(r.id), r.id).toBeLessThanOrEqual(req.maxParamsB!);
    // No measured latency is on record: the 5-second target is said to be unchecked, not claimed met.
    expect(text).toMatch(/\*\*Latency target:\*\* answers within 5 s\. No measured latency/);
    // A lead's word on the tablet chip: 7–8B would make 5 s unlikely, so the picks stay small.
    expect(text).toMatch(/a 7–8B model there would make answers within 5 s unlikely/);
    expect(req.maxParamsB!).toBeLessThanOrEqual(4);
    const more = c.say("what if the tablets have 8 GB RAM?");
    expect(c.session.requirements.deviceMemoryGb).toBe(8);
    expect(c.session.requirements.maxParamsB!).toBeLessThanOrEqual(4);
    for (const r of (more.data as { ranking?: ScenarioRow[] }).ranking!.slice(0, 3))
      expect(sizeOf(r.id), r.id).toBeLessThanOrEqual(4);
    const licence = textOf(c.say("is phi-4-mini ok to ship in our app?"));
    expect(licence).toMatch(/^Allowed: Phi-4-mini/);
    expect(licence).toMatch(/distributing weights/);
    // Its evidence is Microsoft's word naming the model's own LICENSE file, not a licence tag seen on
    // a tokenizer file of a pull-request ref (vocab.json on refs/pr/10 at 70828b1).
    expect(licence).toMatch(/"[^"]*huggingface\.co\/microsoft\/Phi-4-mini-instruct\/blob\/main\/LICENSE[^"]*"/);
    expect(licence).not.toMatch(/vocab\.json|tokenizer\.json|refs(%2F|\/)pr/);
  });

  // At 70828b1 'We're a nonprofit health system' was 'non-commercial use', so every licence verdict
  // was for research use (words17; phrasings in nonprofit-not-non-commercial.property.test.ts).
  it("Minnesota health system: 'We're a nonprofit health system' is the organisation, said back and kept out of the ranking, never non-commercial use; a non-commercial licence asked about keeps its question open", () => {
    const { c, req, text } = firstShortlist(catalog, MINNESOTA_HEALTH);
    expect(req.commercial).not.toBe(false);
    expect(req.nonprofit).toBe(true);
    expect(text).toMatch(
      /Understood but not used in the ranking:_? a nonprofit organisation \(who you are, not how the model is used/,
    );
    expect(text).not.toMatch(/non-commercial use ·|· non-commercial use/);
    const licence = textOf(c.say("can we use command-r for the notes?"));
    expect(licence).toMatch(/Being a nonprofit does not make the use non-commercial/);
  });

  it("Curitiba marketplace: 'Temos um time de ML com 8 pessoas que já roda modelos em GPU' is strong ML-ops experience (was 'not stated')", () => {
    const { req, text } = firstShortlist(catalog, CURITIBA_MARKETPLACE);
    expect(req.mlOpsExperience).toBe("strong");
    expect(text).toMatch(/ML-ops experience: strong/);
  });

  it("Aarhus job centre: 'DKK 80,000 a month' binds at the most it can be worth, the data stays in the EU, and 'how good is the top pick at danish?' says plainly that no Danish rating is on record", () => {
    const { c, req, text } = firstShortlist(catalog, AARHUS_JOBCENTRE);
    expect(req.statedBudget).toEqual({ currency: "DKK", perMonth: 80_000 });
    expect(text).toMatch(/I read it as at most \$[\d,]+\.\d\d/);
    expect(req).toMatchObject({ euDataResidency: true, languages: ["da"] });
    const danish = textOf(c.say("how good is the top pick at danish?"));
    expect(danish).toMatch(/no Danish rating in the catalogue/);
  });

  it("Aarhus job centre: 'our DPO says no US-owned cloud providers (Schrems II)' rules out US-owned hosts (it was unread), said back, and 'why not gpt-4.1 on azure in sweden central?' names the rule and Azure's owner before its regions", () => {
    const { c, req, text } = firstShortlist(catalog, AARHUS_JOBCENTRE);
    expect(req.exclude?.hostCountries).toEqual(["US"]);
    expect(req.exclude?.countries ?? []).not.toContain("US");
    expect(text).toContain("excluding US-owned hosts");
    const why = textOf(c.say("why not gpt-4.1 on azure in sweden central?"));
    expect(why).toMatch(/Your rule: no US-owned hosts\.\*\* None of its hosts passes it/);
    expect(why).toMatch(/Azure: owned by Microsoft, a US company[^\n]*ruled out/);
    expect(why.indexOf("Your rule")).toBeLessThan(why.indexOf("swedencentral"));
    // The sentence alone reads the same.
    const alone = chat(catalog);
    alone.say("No US-owned cloud providers. Case-file summaries for 400 caseworkers, which model?");
    expect(alone.session.requirements.exclude?.hostCountries).toEqual(["US"]);
  });

  it("Minnesota health system: 'is the top pick covered by a BAA on azure?' (Claude Opus 4.5 via Azure) answers from Anthropic's terms, the processor Microsoft's own Foundry page names, not Azure OpenAI's (data-processor.property.test.ts over every resold model)", () => {
    const { c, top } = firstShortlist(catalog, MINNESOTA_HEALTH);
    expect(top[0]!.id).toMatch(/^claude-/);
    const reply = c.say("is the top pick covered by a BAA on azure?");
    const text = textOf(reply);
    expect(text).toMatch(
      /Anthropic is the data processor there, so Anthropic API's terms below apply to it, not Azure/,
    );
    expect(text).toMatch(/Signs a HIPAA BAA:\*\* on request/);
    expect(JSON.stringify(reply.blocks)).toContain("claude-models-hosting-comparison");
    expect(text).not.toMatch(/so these terms are the ones that apply to it there/);
  });

  it("Aarhus job centre: 'We must not fine-tune anything on citizens' data' is no fine-tuning, never 'fine-tuning needed' (words15; phrasings in fine-tuning-ruled-out.property.test.ts)", () => {
    const { req, text } = firstShortlist(catalog, AARHUS_JOBCENTRE);
    expect(req.fineTuning).toBe(false);
    expect(text).not.toMatch(/(?<!no )fine-tuning needed/);
    expect(text).toMatch(/customization ×0\.1 \(no fine-tuning needed\)/);
  });

  // At 70828b1 'a meal-planning app on iOS and Android … pay per use, no servers to run' was a
  // model on the phone (Gemma 3 4B and Ministral 3 3B at $0), and 'why not gpt-4o mini?' answered
  // that it cannot run on a device (words17; phrasings in app-on-a-platform.property.test.ts).
  it("indie meal-planning app: an app on iOS and Android that pays per use calls a managed API, so every pick is an API and 'why not gpt-4o mini?' weighs it as one", () => {
    const { c, req, top, text } = firstShortlist(catalog, INDIE_MEAL_APP);
    expect(req.onDevice).toBeUndefined();
    expect(req.deployment).toBe("any-api");
    expect(text).not.toMatch(/runs on phones|runs on-device/);
    for (const r of top) expect(r.costBasis, r.id).toBe("api");
    const whyNot = textOf(c.say("why not gpt-4o mini?"));
    expect(whyNot).toMatch(/^\*\*Why not GPT-4o mini\?\*\* It ranks #\d+ of \d+/);
    expect(whyNot).not.toMatch(/device/);
    // Said later in a thread, the same words choose the API and no device.
    const d = chat(catalog);
    d.say("which model should suggest recipes from photos of a fridge?");
    d.say("It's for our Android app; we'd use a hosted API.");
    expect(d.session.requirements.onDevice).toBeUndefined();
    expect(d.session.requirements.deployment).toBe("any-api");
  });

  it("indie meal-planning app ('users snap a photo of their fridge'): image input is required, so every pick reads images", () => {
    const { req, top } = firstShortlist(catalog, INDIE_MEAL_APP);
    expect(req.imageInput).toBe(true);
    for (const r of top) expect(modelOf(r.id).inputModalities, r.id).toContain("image");
  });

  it("Curitiba marketplace: 'e se o volume dobrar na Black Friday?' and 'e se dobrarmos o volume?' double the volume, and the Spanish '¿y si el volumen se duplica?' too (they answered 'I couldn't tell which requirement to change' / 'I'm not sure what you're asking')", () => {
    for (const said of [
      "e se o volume dobrar na Black Friday?",
      "e se dobrarmos o volume?",
      "¿y si el volumen se duplica?",
    ]) {
      const c = chat(catalog);
      c.say(CURITIBA_MARKETPLACE);
      const v = c.session.requirements.volume!;
      const before = v.inputTokensPerMonth + v.outputTokensPerMonth;
      const text = textOf(c.say(said));
      const after = c.session.requirements.volume!;
      expect(after.inputTokensPerMonth + after.outputTokensPerMonth, said).toBeCloseTo(2 * before, -3);
      expect(text, said).toMatch(/What if:\*\* volume ×2\b/);
    }
  });
});

describe("thirteenth tryout round: volumes whose count is said apart from the rate (words18)", () => {
  const WORKING_DAYS = 150 / 7;

  it("Aarhus job centre: 'Our job-centre caseworkers (about 400 of them) … Each caseworker would use it about 12 times a working day' with '~8,000 tokens into a one-page overview of ~600 tokens' is 400 × 12 × 21.4 × (8,000 in + 600 out) (was 12 uses × 8K at a 3:1 split, 2.06M); 'what if all 1,100 caseworkers in the municipality use it?' scales the volume with them", () => {
    const { c, req } = firstShortlist(catalog, AARHUS_JOBCENTRE);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(400 * 12 * WORKING_DAYS * 8_000, -3);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(400 * 12 * WORKING_DAYS * 600, -3);
    expect(req.volume?.splitAssumed).toBe(false);
    expect(req.monthlyActiveUsers).toBe(400);
    const before = req.volume!.inputTokensPerMonth + req.volume!.outputTokensPerMonth;
    const text = textOf(c.say("what if all 1,100 caseworkers in the municipality use it?"));
    const after = c.session.requirements.volume!;
    expect(after.inputTokensPerMonth + after.outputTokensPerMonth).toBeCloseTo((before * 1_100) / 400, -3);
    expect(text).toMatch(/1,100 caseworkers \(was 400\)/);
  });

  it("Minnesota health system: 'About 2,000 clinicians, ~18 visits per clinician per day, transcripts ~7,000 tokens, notes ~900 tokens' is 2,000 × 18 × 30 × (7,000 + 900) ≈ 8.5B tokens (was no volume), so every pick is costed against the $150,000; 'what if only half the clinicians adopt it?' halves it", () => {
    const { c, req, top } = firstShortlist(catalog, MINNESOTA_HEALTH);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(2_000 * 18 * 30 * 7_000, -3);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(2_000 * 18 * 30 * 900, -3);
    for (const r of top) expect(r.monthlyCostUsd, r.id).toBeGreaterThan(0);
    const before = req.volume!.inputTokensPerMonth + req.volume!.outputTokensPerMonth;
    c.say("what if only half the clinicians adopt it?");
    const after = c.session.requirements.volume!;
    expect(after.inputTokensPerMonth + after.outputTokensPerMonth).toBeCloseTo(before / 2, -3);
  });

  it("indie meal-planning app: '~12,000 monthly active users, about 4 photos per user a week, ~1,000 tokens in … and ~600 out' is 12,000 × 4 × 30/7 × (1,000 + 600) (was '3 recipes a month' from 'get 3 recipe ideas'); 'what if we hit 100k monthly active users?' scales it", () => {
    const { c, req } = firstShortlist(catalog, INDIE_MEAL_APP);
    const requests = (12_000 * 4 * 30) / 7;
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(requests * 1_000, -3);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(requests * 600, -3);
    c.say("what if we hit 100k monthly active users?");
    const after = c.session.requirements.volume!;
    expect(after.inputTokensPerMonth + after.outputTokensPerMonth).toBeCloseTo(
      (100_000 / 12_000) * requests * 1_600,
      -3,
    );
  });

  it("Mumbai insurer: 'About 150,000 claims a month, averaging 5 pages each; call it 2,500 tokens per page in and 500 tokens out per claim' is 150,000 × (5 × 2,500 in + 500 out) ≈ 1.95B (was 450M, the pages dropped)", () => {
    const { req } = firstShortlist(catalog, MUMBAI_INSURER);
    expect(req.volume?.inputTokensPerMonth).toBe(150_000 * 5 * 2_500);
    expect(req.volume?.outputTokensPerMonth).toBe(150_000 * 500);
  });

  it("Curitiba marketplace (in Portuguese): '3 milhões de anúncios novos por mês, cada um com uns 500 tokens de entrada e 300 de saída' is 3M × (500 in + 300 out), the split said (was 3:1 assumed), and 'moderar as avaliações dos clientes, umas 8 milhões por mês, com 150 tokens cada' is a second job of 1.2B (was dropped)", () => {
    const { req, text } = firstShortlist(catalog, CURITIBA_MARKETPLACE);
    const v = req.volume!;
    // The 3:1 split is assumed for the reviews alone, and said of them (not of the whole month).
    expect(text).toContain(
      "3M listings a month × 800 tokens each + 8M reviews a month × 150 tokens each, 3:1 input:output assumed (2.4B in, 1.2B out)",
    );
    expect(v.inputTokensPerMonth + v.outputTokensPerMonth).toBeCloseTo(3e6 * 800 + 8e6 * 150, -3);
    const listings = v.kinds?.find((k) => k.item.noun === "listings");
    expect(listings?.item).toMatchObject({ inputTokens: 500, outputTokens: 300, splitAssumed: false });
    expect(v.kinds?.map((k) => k.item.noun)).toEqual(["listings", "reviews"]);
  });
});
