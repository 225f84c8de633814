// A fourth tryout round: new teams in their own words (a Dutch ministry on premises with no CN/US
// labs, a two-person game studio shipping weights in its game, a US legal-tech startup under a BAA
// on GCP, a marketing agency writing copy in six languages, a devtools company with prompt caching,
// a support team on Azure, a Swiss pharma company shipping fine-tuned weights to partner sites, and
// licence and break-even questions as leads ask them). What worked and must keep working is
// asserted as properties an ML lead checks: the facts of the first message are kept, every top-3
// model meets every hard constraint, every figure recomputes from the line shown, and a what-if
// changes only what it names. What these teams found broken is in tryout-fourth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Volume } from "../../src/costs/volume.js";
import { labCountry, isFromLab } from "../../src/catalog/labs.js";
import { chat, textOf, totalTokens as total } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, rowsOf, violations, type ScenarioRow } from "../flows/recommend-scenarios-checks.js";
import { transcript } from "../flows/console-transcript.js";
import { expectCostsWorkedOut } from "./cost-working-checks.js";

const catalog = readCatalog();
const costById = (rows: ScenarioRow[]) => new Map(rows.map((r) => [r.id, r]));

const MINISTRY_NL =
  "gov agency (netherlands, ministry level). we need an assistant for caseworkers to search + summarise internal policy docs. strictly on-prem, air gapped, open weights only. NOTHING from chinese or us labs — european models preferred. dutch + english. ~20M tokens/month, docs up to 60k tokens. we own 4x L40S. small ops team that runs k8s";
const GAME_STUDIO =
  "we're 2 ppl indie studio making a cozy farming sim on steam. want NPC dialogue generated on the players machine, no server at all (we cant pay for inference). min spec is a GTX 1660 6GB vram so model must be tiny, like <=4B. we ship the weights inside the game build so licence has to allow redistribution. english + japanese + german. ~50k players hopefully lol. what would you use?";
const LEGAL_US =
  "legal tech startup (US). product reviews whole deposition transcripts + medical records for personal injury firms, so there is PHI in there and our customers need us to have a BAA with the model vendor. need 200k context minimum, single docs are 150-180k tokens. ~4k docs a month, output is a ~2k token summary. no self hosting, we're on GCP. what do you recommend";
const AGENCY =
  "marketing agency, we write ad copy + product descriptions for clients in es/pt/it/fr/de/pl. ~50M tokens a month, mostly output tbh (short briefs in, long copy out, maybe 300 in / 900 out). budget is tight: $400/mo max. api is fine, we dont want to host anything. which models?";
const DEVTOOLS =
  "devtools co, 60 engineers. we want an agentic coding assistant in our IDE + CI (code review bots). est 1.5B tokens/month, ~85% of input is cached repo context (prompt caching). we're fine with US labs but NOT chinese (customer contracts). budget ~$8k/mo. which model and what will it really cost w/ caching?";
const PHARMA =
  "Pharma co, switzerland. we want to fine-tune a model on our internal SOPs and deviation reports and then deploy the fine tuned weights on-prem at ~30 partner CMO sites (we hand them the weights, they run it on their own servers). so licence must allow redistribution of a finetuned derivative + commercial. no meta models pls, nothing chinese either. ~5M tokens/month per site";

describe("fourth tryout round: the first message's facts are kept and the shortlist meets them", () => {
  it("Dutch ministry: on premises, open weights, no CN or US labs, 60K documents, its 4 L40S; self-hosted picks at once", () => {
    const c = chat(catalog);
    const reply = c.say(MINISTRY_NL);
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    expect(req).toMatchObject({
      useCase: "summarization",
      deployment: "on-prem",
      openWeightsOnly: true,
      contextTokens: 60_000,
      ownedGpus: { type: "L40S", count: 4 },
    });
    expect(req.exclude?.countries?.map((x) => x.toUpperCase()).sort()).toEqual(["CN", "US"]);
    expect(req.languages).toEqual(expect.arrayContaining(["nl", "en"]));
    expect(total(req.volume)).toBe(20_000_000);
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3)) {
      expect(r.costBasis).toBe("self-host");
      expect(["CN", "US"]).not.toContain(labCountry(catalog, catalog.modelById.get(r.id)!));
    }
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  });

  it("Dutch ministry: a model too big for the 4 L40S is ruled out with the memory it needs and the memory owned", () => {
    const c = chat(catalog);
    const reply = c.say(MINISTRY_NL);
    const excluded = (reply.data?.excluded as { id: string; reason: string; constraint: string }[]) ?? [];
    const tooBig = excluded.filter((e) => /more than your 4× NVIDIA L40S/.test(e.reason));
    expect(tooBig.length).toBeGreaterThan(0);
    for (const e of tooBig) {
      const needGb = Number(e.reason.match(/needs about ([\d,]+) GB/)?.[1]?.replace(/,/g, ""));
      expect(needGb).toBeGreaterThan(172); // more than the usable memory of 4 × 48 GB
      expect(e.reason).toMatch(/192 GB, about 172 GB usable/);
    }
    const why = textOf(c.say("why not mistral large 3?"));
    expect(why).toMatch(/Mistral Large 3/);
    expect(why).toMatch(/4× NVIDIA L40S/);
  });

  it("Dutch ministry: 'what if we allow US labs' lifts only the US exclusion, and 'back' restores both", () => {
    const c = chat(catalog);
    c.say(MINISTRY_NL);
    const before = c.session.requirements;
    const lifted = c.say("what if we allow US labs");
    expect(c.session.requirements.exclude?.countries?.map((x) => x.toUpperCase())).toEqual(["CN"]);
    const { exclude: _a, ...restAfter } = c.session.requirements;
    const { exclude: _b, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expectExpertShortlist(catalog, c.session.requirements, lifted);
    c.say("back");
    expect(c.session.requirements).toEqual(before);
  });

  it("Dutch ministry: the decision record lists every requirement it ranked on and the shortlist it shows", () => {
    const c = chat(catalog);
    const shortlist = c.say(MINISTRY_NL);
    const adr = textOf(c.say("write it up as an ADR"));
    for (const fact of [/on-prem/, /open-weights models only/, /Chinese or US labs/, /60K tokens of context/, /Dutch/])
      expect(adr).toMatch(fact);
    for (const r of rowsOf(shortlist).slice(0, 3)) expect(adr).toContain(`| ${r.rank} | ${r.name} |`);
  });

  it("game studio: at most 4B parameters and weights shipped in the game; every pick fits and may be redistributed", () => {
    const c = chat(catalog);
    const reply = c.say(GAME_STUDIO);
    const req = c.session.requirements;
    expect(req).toMatchObject({ maxParamsB: 4, redistributeWeights: true, monthlyActiveUsers: 50_000, teamSize: 2 });
    expect(req.languages).toEqual(expect.arrayContaining(["en", "ja", "de"]));
    const rows = expectExpertShortlist(catalog, req, reply);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) expect(catalog.modelById.get(r.id)?.parameters?.totalB).toBeLessThanOrEqual(4);
  });

  it("game studio in other words: 'runs locally on the player's PC, offline' is on-device, and no pick is bigger than a laptop runs", () => {
    const c = chat(catalog);
    const reply = c.say("NPC dialogue that runs locally on the player's PC, offline. which model?");
    const req = c.session.requirements;
    expect(req.onDevice).toBe(true);
    expectExpertShortlist(catalog, req, reply);
  });

  // "single docs are 150-180k tokens": the volume counts the range's middle (number-ranges.ts), the
  // context need is the 200k the team stated.
  it("US legal-tech on GCP: PHI under a BAA, 200K context, 4,000 docs × (165K in + 2K out); every pick runs on Vertex", () => {
    const c = chat(catalog);
    const reply = c.say(LEGAL_US);
    const req = c.session.requirements;
    expect(req).toMatchObject({
      dataSensitivity: "regulated",
      needsBaa: true,
      cloudProvider: "gcp",
      contextTokens: 200_000,
      volume: { inputTokensPerMonth: 660_000_000, outputTokensPerMonth: 8_000_000 },
    });
    const rows = expectExpertShortlist(catalog, req, reply);
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
    for (const r of rows.slice(0, 3).filter((x) => x.costBasis === "api"))
      expect(r.apiProvider).toMatch(/^google-vertex/);
  });

  it("US legal-tech: 'how much would gemini 2.5 pro cost for this' prices the thread's 660M in + 8M out", () => {
    const c = chat(catalog);
    c.say(LEGAL_US);
    const reply = c.say("how much would gemini 2.5 pro cost for this");
    expect(reply.data?.intent).toBe("cost");
    const text = textOf(reply);
    expect(text).toMatch(/stated earlier in this thread/);
    const line = text.split("\n").find((l) => /Gemini 2\.5 Pro at .*660M tokens in × \$/.test(l));
    expect(line).toBeDefined();
    const m = line!.match(/660M tokens in × \$([\d.]+) = .*?\+ 8M tokens out × \$([\d.]+) = .*?\*\*\$([\d,.]+)\*\*/);
    expect(m).not.toBeNull();
    expect(660 * Number(m![1]) + 8 * Number(m![2])).toBeCloseTo(Number(m![3]!.replace(/,/g, "")), 2);
  });

  it("marketing agency: '300 in / 900 out' splits 50M as 12.5M in + 37.5M out, and every pick is within $400", () => {
    const c = chat(catalog);
    const reply = c.say(AGENCY);
    const req = c.session.requirements;
    expect(req).toMatchObject({
      useCase: "creative",
      deployment: "any-api",
      monthlyBudgetUsd: 400,
      volume: { inputTokensPerMonth: 12_500_000, outputTokensPerMonth: 37_500_000, splitAssumed: false },
    });
    expect(req.languages).toEqual(expect.arrayContaining(["es", "pt", "it", "fr", "de", "pl"]));
    const rows = expectExpertShortlist(catalog, req, reply);
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  });

  it("marketing agency: batch prices never raise a cost, and a doubled volume doubles each API cost", () => {
    const c = chat(catalog);
    const first = costById(rowsOf(c.say(AGENCY)));
    const batch = c.say("what if we use batch api");
    expect(c.session.requirements.batchOk).toBe(true);
    const batched = rowsOf(batch);
    for (const r of batched) {
      const was = first.get(r.id)?.monthlyCostUsd;
      if (was != null && r.monthlyCostUsd != null) expect(r.monthlyCostUsd).toBeLessThanOrEqual(was + 0.005);
    }
    const doubled = rowsOf(c.say("and if volume doubles?"));
    expect(total(c.session.requirements.volume)).toBe(100_000_000);
    const before = costById(batched);
    let compared = 0;
    for (const r of doubled.filter((x) => x.costBasis === "api")) {
      const b = before.get(r.id);
      if (!b || b.monthlyCostUsd == null || r.monthlyCostUsd == null || b.apiProvider !== r.apiProvider) continue;
      expect(r.monthlyCostUsd).toBeCloseTo(2 * b.monthlyCostUsd, 2);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("devtools: 85% of input cached is priced at each host's cached rate, and every line recomputes", () => {
    const c = chat(catalog);
    const reply = c.say(DEVTOOLS);
    const req = c.session.requirements;
    const v = req.volume!;
    expect(total(v)).toBe(1_500_000_000);
    expect(v.cachedInputTokensPerMonth).toBeCloseTo(0.85 * v.inputTokensPerMonth, 0);
    expect(req).toMatchObject({ useCase: "coding", monthlyBudgetUsd: 8000 });
    expect(req.exclude?.countries).toEqual(["CN"]);
    const rows = expectExpertShortlist(catalog, req, reply);
    const section = textOf(reply).split("How the monthly costs were worked out:**")[1] ?? "";
    const units: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };
    const tok = (n: string, u: string) => Number(n.replace(/,/g, "")) * (units[u] ?? 1);
    for (const r of rows.slice(0, 3).filter((x) => x.costBasis === "api")) {
      const line = section.split("\n").find((l) => l.startsWith(`- **${r.name}** `)) ?? "";
      const m = line.match(
        /([\d.,]+)([KMB]?) tokens in × \$([\d.]+) = .*?\+ ([\d.,]+)([KMB]?) tokens cached × \$([\d.]+) = .*?\+ ([\d.,]+)([KMB]?) tokens out × \$([\d.]+) = /,
      );
      expect(m, line).not.toBeNull();
      const usd =
        (tok(m![1]!, m![2]!) * Number(m![3]) +
          tok(m![4]!, m![5]!) * Number(m![6]) +
          tok(m![7]!, m![8]!) * Number(m![9])) /
        1e6;
      // Token counts are shown to 3 significant digits, so allow their rounding.
      expect(Math.abs(usd - r.monthlyCostUsd!)).toBeLessThanOrEqual(r.monthlyCostUsd! * 0.01);
    }
  });

  it("support team on Azure with $650: every pick runs in the Azure account within the budget", () => {
    const c = chat(catalog);
    const reply = c.say(
      "customer support chatbot, english + spanish, ~300M tokens a month. we're on azure. budget $650/month. which model?",
    );
    const req = c.session.requirements;
    expect(req).toMatchObject({ useCase: "chat", cloudProvider: "azure", monthlyBudgetUsd: 650 });
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3).filter((x) => x.costBasis === "api")) expect(r.apiProvider).toMatch(/^azure/);
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  });

  it("Swiss pharma: fine-tuned weights shipped to partner sites, no Meta, nothing Chinese; 'allow meta' keeps the CN rule", () => {
    const c = chat(catalog);
    const reply = c.say(PHARMA);
    const req = c.session.requirements;
    expect(req).toMatchObject({ deployment: "on-prem", fineTuning: true, redistributeWeights: true, commercial: true });
    expect(req.exclude?.labs).toEqual(["meta"]);
    expect(req.exclude?.countries).toEqual(["CN"]);
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3)) expect(isFromLab(catalog, catalog.modelById.get(r.id)!, ["meta"])).toBe(false);
    const lifted = c.say("what if we allow meta");
    expect(c.session.requirements.exclude?.labs ?? []).toEqual([]);
    expect(c.session.requirements.exclude?.countries).toEqual(["CN"]);
    expectExpertShortlist(catalog, c.session.requirements, lifted);
  });
});

describe("fourth tryout round: licence and cost questions answered at once", () => {
  const verdictOf = (question: string) => {
    const reply = chat(catalog).say(question);
    expect(reply.data?.intent).toBe("license");
    const verdicts = reply.data?.verdicts as { modelId: string; verdict: string; reasons: string[] }[];
    return { verdict: verdicts[0]!, text: textOf(reply) };
  };

  it("Llama 4 Maverick: blocked for a company established in the EU (multimodal), not for one in the US", () => {
    const eu = verdictOf("we're a french startup, can we use llama 4 maverick in our product?");
    expect(eu.verdict).toMatchObject({ modelId: "llama-4-maverick", verdict: "blocked" });
    expect(eu.verdict.reasons.join(" ")).toMatch(/EU/);
    const us = verdictOf("we're a startup in texas, can we use llama 4 maverick in our product?");
    expect(us.verdict.verdict).not.toBe("blocked");
  });

  it("user thresholds: Qwen2.5 72B at 150M users and Llama 3.3 70B at 900M are blocked, below them they are not", () => {
    for (const [question, blocked] of [
      ["is qwen2.5 72b ok for our consumer app with 150M monthly users?", true],
      ["is qwen2.5 72b ok for our consumer app with 90M monthly users?", false],
      ["our saas has 900M MAU, can we use llama 3.3 70b?", true],
      ["our saas has 600M MAU, can we use llama 3.3 70b?", false],
    ] as const) {
      const { verdict, text } = verdictOf(question);
      expect(verdict.verdict === "blocked", question).toBe(blocked);
      // The threshold clause is quoted with its source either way.
      expect(text, question).toMatch(/monthly active users/);
      expect(text, question).toMatch(/checked \d{4}-\d{2}-\d{2}/);
    }
  });

  it("break-even at '20 million tokens per day' uses 600M a month and recomputes: floor ÷ API price per 1M", () => {
    const reply = chat(catalog).say("break even llama 3.3 70b vs gpt-4o at 20 million tokens per day");
    expect(reply.data?.intent).toBe("break-even");
    const volume = reply.data?.volume as Volume;
    expect(total(volume)).toBe(600_000_000);
    const floor = (reply.data?.selfHost as { monthlyUsdFloor: number }).monthlyUsdFloor;
    const fields = reply.blocks.flatMap((b) => (b.kind === "fields" ? b.fields : []));
    const field = (label: string) => fields.find((f) => f.label === label)?.value ?? "";
    const api = field("API").match(/^\$([\d.]+) in \/ \$([\d.]+) out per 1M/);
    expect(api).not.toBeNull();
    const perM = 0.75 * Number(api![1]) + 0.25 * Number(api![2]);
    const shown = textOf(reply).match(/from about \*\*([\d.]+)B tokens a month/);
    expect(shown).not.toBeNull();
    expect(Number(shown![1])).toBeCloseTo(floor / perM / 1000, 2);
    const atVolume = field("At your volume").match(/API \$([\d,.]+) vs self-hosting \$([\d,.]+)/);
    expect(Number(atVolume![1]!.replace(/,/g, ""))).toBeCloseTo(600 * perM, 2);
    expect(Number(atVolume![2]!.replace(/,/g, ""))).toBeCloseTo(floor, 2);
  });

  it("impossible amounts get a reply naming the figure, and nothing is costed", () => {
    for (const [question, figure] of [
      ["cost of gpt-4o at 1e400 tokens a month", "1e400"],
      ["price of claude sonnet 4.5 at -5M tokens", "-5M"],
    ] as const) {
      const reply = chat(catalog).say(question);
      const text = textOf(reply);
      expect(text).toContain(figure);
      expect(text).not.toMatch(/\*\*\$[\d,.]+\*\* a month|at \S+ tokens in ×|Error|at Object\./);
    }
  });
});

describe("fourth tryout round: a team profile said once shapes the next recommendation", () => {
  it("German company with patient data and no Chinese labs: the next shortlist names the profile and keeps to it", async () => {
    const t = await transcript([
      "remember: we're a german company, we handle patient data, no ops staff, nothing from chinese labs",
      "best model for summarising discharge letters, 10M tokens a month?",
    ]);
    expect(t.printed).toMatch(/Using your team profile: EU, regulated data \(medical\), no ops staff, no labs from CN/);
    const data = t.turns[1]!.data!;
    const req = data.requirements as Parameters<typeof expectExpertShortlist>[1];
    expect(req).toMatchObject({ dataSensitivity: "regulated", mlOpsExperience: "none", useCase: "summarization" });
    expect(req.exclude?.countries).toEqual(["CN"]);
    expectExpertShortlist(
      catalog,
      req,
      t.turns[1]!.replies.find((r) => r.data?.intent === "recommend")!,
    );
  });
});

const SG_BANK =
  "bank in singapore, we classify card transactions into merchant categories + flag anomalies. ~2B tokens a month, prompts ~250 tokens, outputs ~10 tokens. p99 latency < 500ms. we're on AWS, data cannot leave Singapore (MAS). closed models ok if on Bedrock. cheapest thing that's accurate enough";
const HR_SAAS =
  "HR saas, 3M MAU across our customers. we want an open model we can self host on our k8s (we have a strong platform team) for resume screening + job description writing. legal rules: no licences with MAU caps, no non-commercial/research licences, nothing with an acceptable use policy that we have to flow down to customers. ideally plain apache or MIT. ~800M tokens/month";
const SOC =
  "security co (SOC). we want to triage alerts / classify log lines with an LLM, ~10B tokens a month (mostly input, tiny outputs). runs in our own DC, we own 16x H100 SXM already (2 nodes), strong infra team. cost per token is what matters, latency not critical (batch is fine). no chinese models (customers are defense).";
const HOSPITAL_FR =
  "french hospital group (AP-HP size). clinical note summarisation, patient data (HDS certification required for hosting in france). we cannot use any US-owned cloud or API provider because of the CLOUD Act, so no azure/aws/gcp, no openai/anthropic/google APIs. self-hosting in our HDS datacenter is fine, we have a GPU team. 500M tokens/month. which models?";

describe("fourth tryout round, second batch: constraints kept and applied", () => {
  it("Singapore bank on AWS: classification at 2B tokens, cost first; every pick runs in the AWS account and recomputes", () => {
    const c = chat(catalog);
    const reply = c.say(SG_BANK);
    const req = c.session.requirements;
    expect(req).toMatchObject({ useCase: "extraction", cloudProvider: "aws", fieldOfUse: "finance" });
    expect(req.priorities).toContain("cost");
    expect(total(req.volume)).toBe(2_000_000_000);
    const rows = expectExpertShortlist(catalog, req, reply);
    // Bedrock, or a first-party model in Bedrock's marketplace priced at its lab's list price.
    for (const r of rows.slice(0, 3).filter((x) => x.costBasis === "api"))
      expect(r.apiProvider).toMatch(/^(amazon-bedrock|aws-marketplace)/);
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  });

  it("HR SaaS: 'no non-commercial/research licences' rules out every licence that forbids commercial use", () => {
    const c = chat(catalog);
    const reply = c.say(HR_SAAS);
    const req = c.session.requirements;
    expect(req).toMatchObject({
      openWeightsOnly: true,
      mlOpsExperience: "strong",
      monthlyActiveUsers: 3_000_000,
      commercial: true,
    });
    const rows = rowsOf(reply);
    for (const r of rows.slice(0, 3))
      expect({ model: r.id, broken: violations(catalog, req, r) }).toEqual({ model: r.id, broken: [] });
    const nonCommercial = catalog.licenses.filter((l) => l.terms.commercialUse === "no").map((l) => l.id);
    expect(nonCommercial.length).toBeGreaterThan(3);
    for (const r of rows) {
      const licence = catalog.modelById.get(r.id)!.licenseId;
      expect(nonCommercial, `${r.id} ranked with ${licence}`).not.toContain(licence);
    }
  });

  it("SOC for defence customers: military field of use rules out the Llama licences that restrict it, each with its reason", () => {
    const c = chat(catalog);
    const reply = c.say(SOC);
    const req = c.session.requirements;
    expect(req).toMatchObject({
      useCase: "extraction",
      mlOpsExperience: "strong",
      latency: "batch",
      fieldOfUse: "military",
      ownedGpus: { type: "H100 SXM", count: 16 },
    });
    expect(req.exclude?.countries).toEqual(["CN"]);
    expectExpertShortlist(catalog, req, reply);
    const excluded = (reply.data?.excluded as { id: string; reason: string; constraint: string }[]) ?? [];
    const llama = excluded.filter((e) => e.constraint === "license" && /^llama-3\.1-/.test(e.id));
    expect(llama.length).toBeGreaterThan(0);
    for (const e of llama) expect(e.reason).toMatch(/military/i);
  });

  it("SOC: 'what if we only want models under 30B' caps the size, changes nothing else, and every pick fits", () => {
    const c = chat(catalog);
    c.say(SOC);
    const before = c.session.requirements;
    const reply = c.say("what if we only want models under 30B");
    const after = c.session.requirements;
    expect(after.maxParamsB).toBe(30);
    const { maxParamsB: _m, ...rest } = after;
    expect(rest).toEqual(before);
    const rows = expectExpertShortlist(catalog, after, reply);
    for (const r of rows) expect(catalog.modelById.get(r.id)?.parameters?.totalB).toBeLessThanOrEqual(30);
  });

  it("French hospital: patient data self-hosted in its own datacenter; every pick is self-hosted, and the APIs it named rule out hosts, not their labs' open weights", () => {
    const c = chat(catalog);
    const reply = c.say(HOSPITAL_FR);
    const req = c.session.requirements;
    expect(req).toMatchObject({ useCase: "summarization", dataSensitivity: "regulated", selfHosted: true });
    expect(req.languages).toContain("fr");
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3)) expect(r.costBasis).toBe("self-host");
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
    // 'no openai/anthropic/google APIs' and 'no US-owned cloud or API provider' rule out hosts, not
    // the labs: Gemma and gpt-oss, self-hosted, stay candidates (they were ruled out as Google's and OpenAI's).
    expect(req.exclude?.hosts).toEqual(["openai", "anthropic", "google"]);
    expect(req.exclude?.hostCountries).toEqual(["US"]);
    expect(req.exclude?.labs ?? []).toEqual([]);
    const ranked = rows.map((r) => r.id);
    for (const id of ["gemma-3-27b", "gpt-oss-120b"]) expect(ranked, id).toContain(id);
  });

  it("self-hosting follow-ups carry the precision and the volume: 'and at int4?' then 'same for mistral small 3.2'", () => {
    const c = chat(catalog);
    c.say("self host gemma 3 27b at 300M tokens a month");
    const int4 = c.say("and at int4?");
    expect((int4.data?.selfHost as { precision: string; modelId: string }).precision).toBe("int4");
    const other = c.say("same for mistral small 3.2");
    const sh = other.data?.selfHost as { precision: string; modelId: string; weightsGb: number };
    expect(sh).toMatchObject({ modelId: "mistral-small-3.2", precision: "int4" });
    // 24B parameters at half a byte each.
    expect(sh.weightsGb).toBeCloseTo(12, 5);
    expect(total(other.data?.volume as Volume)).toBe(300_000_000);
  });

  it("Osaka e-commerce: after its shortlist, 'in dollars that's about $1,000' replaces the budget and nothing else; the shortlist keeps within it", () => {
    const c = chat(catalog);
    // 'product titles + descriptions' is writing, so the first message gets its shortlist at once.
    c.say(
      "EC site in osaka. we need product titles + descriptions in japanese generated from supplier spreadsheets (no images). 40,000 SKUs a month, ~600 tokens in and ~400 out each. budget $5,000/month. api ok. help us choose a model.",
    );
    const before = c.session.requirements;
    expect(before).toMatchObject({
      useCase: "creative",
      monthlyBudgetUsd: 5000,
      volume: { inputTokensPerMonth: 24_000_000, outputTokensPerMonth: 16_000_000 },
    });
    expect(before.languages).toEqual(["ja"]);
    const changed = textOf(c.say("in dollars that's about $1,000"));
    expect(changed).toMatch(/\*\*What if:\*\* budget \$1,000\.00\/month\./);
    const reply = c.say("what would you recommend?");
    const after = c.session.requirements;
    expect(after.monthlyBudgetUsd).toBe(1000);
    const { monthlyBudgetUsd: _a, ...restAfter } = after;
    const { monthlyBudgetUsd: _b, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expectExpertShortlist(catalog, after, reply);
  });
});

describe("fourth tryout round, third batch: volumes as teams count them, and a guided flow in their words", () => {
  it("'5k members, each maybe 10 questions a day, 300 tokens per question' is 5,000 × 10 × 30 × 300 with its working said", () => {
    const c = chat(catalog);
    const reply = c.say(
      "discord community bot, 5k members, each maybe 10 questions a day, 300 tokens per question. cheapest decent model?",
    );
    const req = c.session.requirements;
    expect(total(req.volume)).toBe(5_000 * 10 * 30 * 300);
    expect(req.priorities).toContain("cost");
    expect(textOf(reply)).toMatch(/5,000 members × 10 questions a day × 30 days × 300 tokens/);
    expectExpertShortlist(catalog, req, reply);
  });

  it("'3 million support tickets a year, 800 tokens each' is a twelfth of 3M × 800 a month", () => {
    const c = chat(catalog);
    c.say("we process 3 million support tickets a year, 800 tokens each, want auto-tagging. what model?");
    const req = c.session.requirements;
    expect(req.useCase).toBe("extraction");
    expect(total(req.volume)).toBe((3_000_000 * 800) / 12);
  });

  it("guided flow in own words: facts said in passing are kept, a mid-flow change replaces only its slot, the ADR uses what is known", () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    c.say("we're building an internal Q&A bot over our confluence, maybe 200 employees use it");
    c.say("its internal docs, some HR policies, nothing customer related");
    c.say("we'd rather use an api, dont want to run gpus");
    c.say("around 500 bucks a month max");
    const before = c.session.requirements;
    expect(before).toMatchObject({
      useCase: "rag",
      dataSensitivity: "internal",
      deployment: "any-api",
      monthlyBudgetUsd: 500,
      monthlyActiveUsers: 200,
    });
    c.say("what would change if we had 2000 employees?");
    const after = c.session.requirements;
    expect(after.monthlyActiveUsers).toBe(2000);
    const { monthlyActiveUsers: _a, ...restAfter } = after;
    const { monthlyActiveUsers: _b, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    const adr = textOf(c.say("ok write it up"));
    for (const fact of [
      /RAG over documents/,
      /internal data/,
      /any managed API/,
      /budget \$500\.00\/month/,
      /2K monthly users/,
    ])
      expect(adr).toMatch(fact);
    expect(adr).toMatch(/Not stated: .*monthly volume/);
  });
});

describe("fourth tryout round: requirements pasted as a table or a list", () => {
  it("a pasted Markdown table of requirements is read row by row and the shortlist meets every row", () => {
    const c = chat(catalog);
    const reply = c.say(
      [
        "our requirements:",
        "| item | value |",
        "|---|---|",
        "| use case | customer support chat |",
        "| volume | 80M tokens/month |",
        "| languages | EN, DE, FR |",
        "| data | PII (names, emails) |",
        "| hosting | EU only |",
        "| budget | $1,500/mo |",
        "which model?",
      ].join("\n"),
    );
    const req = c.session.requirements;
    expect(req).toMatchObject({ useCase: "chat", euDataResidency: true, monthlyBudgetUsd: 1500 });
    expect(req.dataSensitivity).toMatch(/regulated|confidential/);
    expect(req.languages).toEqual(expect.arrayContaining(["en", "de", "fr"]));
    expect(total(req.volume)).toBe(80_000_000);
    const rows = expectExpertShortlist(catalog, req, reply);
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  });

  it("a bulleted list: calls × (transcript in + summary out), 'no OpenAI (we compete with them)', a USD budget; 'rec?' answers at once", () => {
    const c = chat(catalog);
    const reply = c.say(
      [
        "- use case: summarising sales calls",
        "- ~12k calls/month, transcripts ~5k tokens, summary ~300 tokens",
        "- no OpenAI (we compete with them)",
        "- budget: 2k USD/month",
        "rec?",
      ].join("\n"),
    );
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    expect(req).toMatchObject({
      useCase: "summarization",
      monthlyBudgetUsd: 2000,
      volume: { inputTokensPerMonth: 60_000_000, outputTokensPerMonth: 3_600_000, splitAssumed: false },
    });
    expect(req.exclude?.labs).toEqual(["openai"]);
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3)) expect(catalog.modelById.get(r.id)?.lab).not.toMatch(/openai/i);
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  });
});
