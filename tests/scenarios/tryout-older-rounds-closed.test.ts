// Findings of the third to eighth tryout rounds that were kept as it.todo reproductions in
// tryout-{third,...,eighth}-round-open.test.ts and are now closed, each a test of what an ML lead
// expects from the team's own words: some fixed by later work without the todo being turned into a
// test, two fixed here (the UK council's one-shot licence question, the medical device's
// assumptions).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf, totalTokens } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { transcript } from "../flows/console-transcript.js";
import { TOKENS_PER_WORD, WORDS_PER_PAGE } from "../../src/intents/text-units.js";
import { DEVICE, RESEARCH } from "./sixth-round-teams.js";
import { BIOTECH } from "./seventh-round-teams.js";

const catalog = readCatalog();

describe("older tryout rounds: what the team stated is kept", () => {
  it("fintech: 'peaks are 10x the average' is a peak factor, and 'what if peak is 10x average' keeps the 400M a month", () => {
    const c = chat(catalog);
    c.say("fintech support bot, 400M tokens a month, peaks are 10x the average. which model?");
    expect(c.session.requirements.peakToAverage).toBe(10);
    expect(totalTokens(c.session.requirements.volume)).toBe(400e6);
    c.say("what if peak is 10x average");
    expect(c.session.requirements.peakToAverage).toBe(10);
    expect(totalTokens(c.session.requirements.volume)).toBe(400e6);
  });

  it("Shenzhen: '(qwen, deepseek, glm, kimi etc)' beside 'only models from chinese labs' is the allow-list's examples, not a question which Qwen", () => {
    const c = chat(catalog);
    const reply = c.say(
      "we are a shenzhen startup, we can only use models from chinese labs (qwen, deepseek, glm, kimi etc). customer support chatbot, 50M tokens a month. which model?",
    );
    expect(reply.data?.intent).toBe("recommend");
    expect(c.session.requirements.exclude?.countries ?? []).not.toContain("CN");
    expect(rowsOf(reply).length).toBeGreaterThanOrEqual(3);
  });

  it("'want open weights we can self-host later but start on an api' ranks open models served by APIs now", () => {
    const c = chat(catalog);
    const reply = c.say(
      "want open weights we can self-host later but start on an api. customer support chatbot, 50M tokens a month. which model?",
    );
    expect(c.session.requirements.openWeightsOnly).toBe(true);
    expect(textOf(reply)).not.toMatch(/you run the weights yourselves/);
    for (const r of rowsOf(reply).slice(0, 3)) expect(r.costBasis, r.id).toBe("api");
  });

  it("automotive head unit: on-device with a 12 GB limit and redistribution; 'what if we get 16gb' raises the limit", () => {
    const c = chat(catalog);
    const reply = c.say(
      "automotive supplier. voice assistant that runs fully on the head unit (Qualcomm SA8295, about 12GB of RAM for the model), no connectivity. We ship the model in the car firmware to ~1.5M vehicles. Licence must allow redistribution and fine-tuning. Which model?",
    );
    expect(c.session.requirements).toMatchObject({
      onDevice: true,
      deviceMemoryGb: 12,
      maxParamsB: 14,
      redistributeWeights: true,
    });
    for (const r of rowsOf(reply).slice(0, 3)) expect(r.monthlyCostUsd, r.id).toBe(0);
    c.say("what if we get 16gb");
    expect(c.session.requirements.deviceMemoryGb).toBe(16);
  });

  it("'our car's head unit runs the assistant offline, 12GB for the model' is on-device with a 12 GB limit", () => {
    const c = chat(catalog);
    c.say(
      "our car's head unit runs the assistant offline, 12GB for the model, we ship it in the firmware. which model?",
    );
    expect(c.session.requirements).toMatchObject({ onDevice: true, deviceMemoryGb: 12 });
    expect(c.session.requirements.batchOk).toBeUndefined();
  });

  it("biotech: its first message, its two GPUs and its volume alone each give a shortlist", () => {
    const whole = chat(catalog);
    const reply = whole.say(
      "3-person bioinformatics team, we want to fine-tune a model on our lab protocols. We have 2x RTX A6000 (48GB each) in a workstation. Data can't go to any API. Maybe 2M tokens/month, 20 users. Which base model?",
    );
    expect(reply.data?.intent).toBe("recommend");
    expect(whole.session.requirements).toMatchObject({
      fineTuning: true,
      monthlyActiveUsers: 20,
      ownedGpus: { count: 2 },
    });
    expect(totalTokens(whole.session.requirements.volume)).toBe(2e6);
    const gpus = chat(catalog);
    expect(gpus.say("We have 2x RTX A6000 (48GB each) in a workstation. which base model?").data?.intent).toBe(
      "recommend",
    );
    expect(gpus.session.requirements.ownedGpus?.count).toBe(2);
    const volume = chat(catalog);
    expect(volume.say("Maybe 2M tokens/month, 20 users. Which base model?").data?.intent).toBe("recommend");
  });

  it("'we run our own vLLM cluster on 8x H100 (rented, $2.10/GPU-hour)' prices self-hosting on those 8 GPUs at that price", () => {
    const c = chat(catalog);
    const reply = c.say(
      "team of 3 ML engineers, we run our own vLLM cluster on 8x H100 (rented, $2.10/GPU-hour). which model is cheapest per token for us?",
    );
    expect(c.session.requirements.namedGpus?.count ?? c.session.requirements.ownedGpus?.count).toBe(8);
    expect(c.session.requirements.gpuHourlyUsd).toBe(2.1);
    for (const r of rowsOf(reply).slice(0, 3)) expect(r.costBasis, r.id).toBe("self-host");
    expect(textOf(reply)).toMatch(/8× NVIDIA H100 SXM5 .*\$2\.10\/GPU-hour \(your price\)/);
  });

  it("research group: '20M tokens over the whole project' is a one-off 20M, and '4x A100 80GB we can use' is the hardware each pick must fit", () => {
    const c = chat(catalog);
    const reply = c.say(RESEARCH);
    expect(c.session.requirements.volume).toBeUndefined();
    expect(totalTokens(c.session.requirements.oneOffVolume)).toBe(20e6);
    expect(c.session.requirements.ownedGpus).toMatchObject({ count: 4 });
    for (const r of rowsOf(reply).slice(0, 3))
      expect(textOf(reply)).toContain(`**${r.name}**: fits your 4× NVIDIA A100 80GB`);
  });

  it("media monitoring: '~40k news articles every day' is 40,000 a day × 30 a month", () => {
    const c = chat(catalog);
    const reply = c.say(
      "Media monitoring company. Every day we ingest ~40k news articles (avg 900 words) in 8 EU languages and need a 3-sentence English summary of each. which model?",
    );
    expect(textOf(reply)).toMatch(/40,000 articles a day × 30 days/);
  });

  it("biotech: 'each of the 5 follow-up questions re-sends the whole document' makes 6 sends a document", () => {
    const c = chat(catalog);
    c.say(BIOTECH);
    const before = c.session.requirements.volume!.inputTokensPerMonth;
    const reply = c.say("each of the 5 follow-up questions re-sends the whole document");
    expect(c.session.requirements.volume!.inputTokensPerMonth).toBeCloseTo(before * 6, -6);
    expect(textOf(reply)).toMatch(/6 sends each/);
  });
});

describe("older tryout rounds: answers a lead can act on", () => {
  it("'how does that compare to gpt-4o on quality?' shows both models' quality and fit, not only prices", () => {
    const c = chat(catalog);
    c.say("customer support chatbot, 50M tokens a month. which model?");
    const reply = c.say("how does that compare to gpt-4o on quality?");
    expect(textOf(reply)).toMatch(/Comparing .* vs GPT-4o/);
    // The comparison table (a block of its own) has a quality row and a fit row for the use case.
    const table = JSON.stringify(reply);
    expect(table).toMatch(/Quality \(0-1\) +\d\.\d\d \(measured\) +\d\.\d\d \(measured\)/);
    expect(table).toMatch(/chat assistant fit +\d\.\d\d/);
  });

  it("German company with patient data: no pick sends the data to a host whose EU processing is not on record, and the hosts left out say why", () => {
    const c = chat(catalog);
    const reply = c.say("german company, patient data. customer support chatbot, 50M tokens a month. which model?");
    expect(c.session.requirements).toMatchObject({ dataSensitivity: "regulated", inEu: true });
    const top = rowsOf(reply).slice(0, 3);
    for (const r of top) expect(r.apiProvider ?? "", r.id).not.toBe("google");
    expect(textOf(reply)).toMatch(/Left out: [^.]*\(EU processing not on record\)/);
  });

  it("UK council (fixed here): 'UK GDPR, EU is not enough' in a one-shot licence question is not checked as established in the EU", () => {
    for (const text of [
      "we're a council in the UK, residents' letters contain personal data (UK GDPR, EU is not enough). can we use llama 3.2 11b vision?",
      "we translate news into 8 EU languages. can we use llama 3.2 11b vision?",
    ]) {
      const reply = textOf(chat(catalog).say(text));
      expect(reply, text).not.toMatch(/Blocked/);
      // Whether the team is in the EU stays a question that would change the answer.
      expect(reply, text).toMatch(
        /Allowed with conditions: Llama 3\.2 11B Vision[^]*Is your company established in the EU\?/,
      );
    }
    // The EU asked about is still the regional question.
    expect(textOf(chat(catalog).say("any EU restrictions on llama 3.2 90b vision?"))).toMatch(/Blocked/);
  });

  it("medical device (fixed here): the data it assumes for medical work and the device it runs on are not also 'assumed nothing about'", () => {
    const reply = textOf(chat(catalog).say(DEVICE));
    expect(reply).toMatch(/Assumed:\*{0,2} regulated \(patient\) data, since this is medical work/);
    const nothing = /Assumed:\*{0,2} nothing about ([^.]*), so none/.exec(reply)?.[1] ?? "";
    expect(nothing).not.toMatch(/data sensitivity|where it may run/);
    // A team that states neither still hears both are open.
    const open = /nothing about ([^.]*), so none/.exec(textOf(chat(catalog).say("support chatbot, which model?")))?.[1];
    expect(open).toMatch(/data sensitivity/);
    expect(open).toMatch(/where it may run/);
  });

  it("children in the profile (fixed here): 'remember: our app is used by children under 13' is kept and makes the next licence answer conditional on the age terms; forgetting it lifts that", async () => {
    const t = await transcript([
      "remember: our app is used by children under 13, we're in the US",
      "is gpt-5 mini ok for our app?",
      "forget the children part",
      "is gpt-5 mini ok for our app?",
    ]);
    const said = t.turns.map((turn) => turn.replies.map(textOf).join("\n"));
    expect(said[0]).toMatch(/Saved to your team profile: [^\n]*users under 18/);
    expect(said[1]).toMatch(/Allowed with conditions: GPT-5 mini/);
    expect(said[1]).toMatch(/consent[^\n]*users under 18/);
    expect(said[2]).toMatch(/Forgot from your team profile: \*{0,2}users under 18/);
    expect(said[3]).toMatch(/Allowed: GPT-5 mini/);
  });

  it("archive (fixed here): 'we prefer open models we could run later on our own cluster. Which model should we use?' is a shortlist of open models, with no on-prem rule yet", () => {
    const c = chat(catalog);
    const reply = c.say(
      "We want catalogue metadata per programme as JSON. Spanish and Catalan. we prefer open models we could run later on our own cluster. Which model should we use?",
    );
    expect(reply.data?.intent).toBe("recommend");
    expect(c.session.requirements.openWeightsOnly).toBe(true);
    expect(c.session.requirements.deployment).toBeUndefined();
    expect(rowsOf(reply).length).toBeGreaterThanOrEqual(3);
    // A list question about open models is still the licence list.
    expect(chat(catalog).say("which open models can we use commercially?").data?.intent).toBe("license");
  });

  it("documents of N pages summarised in one go need N pages of context: every pick's window holds them", () => {
    for (const [text, pages] of [
      ["we need to summarise 300-page PDFs in one go. which model?", 300],
      ["summarise 250 page reports in a single pass, which llm?", 250],
      ["we summarise 400-page contracts in one go. which model should we use?", 400],
    ] as const) {
      const c = chat(catalog);
      const reply = c.say(text);
      const need = pages * WORDS_PER_PAGE * TOKENS_PER_WORD;
      expect(c.session.requirements.contextTokens, text).toBeGreaterThanOrEqual(need * 0.95);
      const picks = rowsOf(reply).slice(0, 3);
      expect(picks.length, text).toBe(3);
      for (const r of picks)
        expect(catalog.modelById.get(r.id)?.contextWindow ?? 0, `${text}: ${r.id}`).toBeGreaterThanOrEqual(need * 0.95);
    }
  });

  it("a model shipped in the firmware of what the team makes is judged for handing its weights over", () => {
    for (const text of [
      "our car's head unit runs the assistant offline, 12GB for the model, we ship it in the firmware. which model?",
      "the assistant runs offline on our e-bike's display unit, 8GB for the model, and we ship it in the firmware. which model?",
      "offline voice assistant in our smart speakers, about 6 GB for the model, shipped in the firmware. which model?",
    ]) {
      const c = chat(catalog);
      const reply = c.say(text);
      expect(c.session.requirements.onDevice, text).toBe(true);
      // Every verdict is the one for distributing the weights: the duties of whoever hands them on.
      const verdicts = textOf(reply)
        .split("\n")
        .filter((line) => line.startsWith("- **"));
      for (const r of rowsOf(reply).slice(0, 3)) {
        const verdict = verdicts.find((line) => line.startsWith(`- **${r.name}**`));
        expect(verdict, `${text}: ${r.name}`).toMatch(/distribut|recipients/);
      }
    }
  });

  it("games studio: a model on the player's machine with a few GB of VRAM left is on-device with that cap, never on-prem", () => {
    const c = chat(catalog);
    const reply = c.say(
      "games studio: we want NPCs to generate ambient dialogue locally on the player's machine - no server calls, it must work offline. Min spec is an RTX 3060 with 12GB VRAM, and the game itself needs ~8GB of it, so the model gets ~3-4GB. which model?",
    );
    expect(c.session.requirements).toMatchObject({ onDevice: true, deviceMemoryGb: 4 });
    expect(c.session.requirements.deployment).toBeUndefined();
    for (const r of rowsOf(reply).slice(0, 3)) {
      expect(r.monthlyCostUsd, r.id).toBe(0);
      expect(catalog.modelById.get(r.id)?.parameters?.totalB ?? Infinity, r.id).toBeLessThanOrEqual(
        c.session.requirements.maxParamsB!,
      );
    }
    for (const text of [
      "NPC dialogue generated locally on the player's machine, offline. which model?",
      "the model runs locally on each player's PC, no server. which llm?",
    ]) {
      const alone = chat(catalog);
      alone.say(text);
      expect(alone.session.requirements.onDevice, text).toBe(true);
      expect(alone.session.requirements.deployment, text).not.toBe("on-prem");
    }
  });

  it("review summaries: 'what would the backfill cost one time with the top pick?' prices the one-off job once, not an example month", () => {
    const c = chat(catalog);
    c.say(
      "review summaries for an e-commerce site: ~30M reviews already (one-off backfill), avg 120 tokens each, and about 1.5M new reviews per month after that. Output ~60 tokens per product, we batch reviews per product (~40 reviews per product). which model?",
    );
    const job = c.session.requirements.oneOffVolume!;
    expect(job.oneOff).toBe(true);
    const reply = textOf(c.say("what would the backfill cost one time with the top pick?"));
    expect(reply).toMatch(/one-off API cost/);
    expect(reply).toMatch(/\*\*\$[\d,.]+\*\* once/);
    expect(reply).not.toMatch(/example volume/);
  });
});
