// The third tryout round's understanding findings ("words" in tryout-third-round-open.test.ts),
// each now a test over the teams' own phrasing and paraphrases of it: what the message states
// lands in the slot an ML lead would put it in, and nothing it does not state is added.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();

describe("third tryout round: what teams say lands in the right slot", () => {
  it("choosing a managed API says where it runs; it adds no operations priority", () => {
    for (const text of [
      "rag bot, any managed API is fine",
      "summarising call notes, a managed endpoint is ok for us. which model?",
      "coding assistant, managed service is fine",
      "support chatbot, happy with a managed API",
    ]) {
      const c = chat(catalog);
      const reply = c.say(text);
      expect(c.session.requirements.deployment, text).toBe("any-api");
      expect(c.session.requirements.priorities ?? [], text).not.toContain("operations");
      expect(textOf(reply), text).not.toMatch(/priorities: operations/i);
    }
    // Wanting it run for you is still the operations priority.
    const c = chat(catalog);
    c.say("chat model, we want it fully managed and low maintenance");
    expect(c.session.requirements.priorities).toContain("operations");
  });

  it("watching what players post for harm is classification, not a chat assistant", () => {
    for (const text of [
      "recommend a model to moderate player chat (flag toxicity, grooming, scams)",
      "we need to flag toxic messages and scams in our discord, 50M tokens a month. model?",
      "content moderation for a marketplace, which llm",
      "screen forum posts for hate speech and self-harm, which model?",
    ]) {
      const c = chat(catalog);
      c.say(text);
      expect(c.session.requirements.useCase, text).toBe("extraction");
    }
    // "moderate" as a size names no task.
    const c = chat(catalog);
    c.say("moderate volume, chatbot for our shop");
    expect(c.session.requirements.useCase).toBe("chat");
  });

  it("a note written from a transcript or recording is summarisation, and the shortlist is ranked for it", () => {
    for (const text of [
      "record the visit, transcribe it, then an LLM writes the SOAP note. which model?",
      "ambient scribe for small clinics, which model would you pick?",
      "turn sales call transcripts into call notes, what should we use",
      "which llm for drafting progress notes from nurse handover audio",
    ]) {
      const c = chat(catalog);
      const reply = c.say(text);
      expect(c.session.requirements.useCase, text).toBe("summarization");
      expect(textOf(reply), text).toMatch(/Shortlist: summarisation/);
    }
  });

  it("'startup here, 25 people' is the team's size, not 25 monthly users", () => {
    const c = chat(catalog);
    c.say("Healthtech startup here, 25 people, US only. which model for summarising visits?");
    expect(c.session.requirements.monthlyActiveUsers).toBeUndefined();
    expect(c.session.requirements.teamSize).toBe(25);
  });

  it("a note, letter or reply named after the amount that goes in is the output of each request", () => {
    const volumeOf = (text: string) => {
      const c = chat(catalog);
      c.say(text);
      const v = c.session.requirements.volume;
      return v && { input: v.inputTokensPerMonth, output: v.outputTokensPerMonth };
    };
    // 12,000 visits × (6,000 in + 800 out), not 72M at 3:1.
    expect(volumeOf("which model? ~12,000 visits/month, transcript ~6k tokens, note ~800 tokens")).toEqual({
      input: 72_000_000,
      output: 9_600_000,
    });
    expect(volumeOf("2,000 letters a month, input ~3k tokens, letter ~600 tokens, what should we use")).toEqual({
      input: 6_000_000,
      output: 1_200_000,
    });
    expect(volumeOf("which model: 3,000 support emails a day, thread ~1.5k tokens, reply email ~250 tokens")).toEqual({
      input: 135_000_000,
      output: 22_500_000,
    });
    // Notes named alone are what goes in: 50k × 2k at the split assumed for summarisation (90% in: job-split.ts).
    const notes = volumeOf("summarise clinical notes ~2k tokens each, 50k notes a month");
    expect(notes && notes.input + notes.output).toBe(100_000_000);
    expect(notes?.input).toBe(90_000_000);
  });

  it("'N in and M out' with a request count is a cost, without the word tokens", () => {
    for (const [text, model, input, output] of [
      ["1,500 in and 300 out on gpt-4o, 2,000 requests a day", "gpt-4o", 90_000_000, 18_000_000],
      ["what would gpt-4.1 mini cost at 800 in / 200 out, 50k calls a day?", "gpt-4.1-mini", 1.2e9, 3e8],
      ["claude haiku 4.5: 2k in + 500 out per request, 10k requests/day", "claude-haiku-4.5", 6e8, 1.5e8],
    ] as const) {
      const reply = chat(catalog).say(text);
      expect(reply.data?.intent, text).toBe("cost");
      expect(textOf(reply), text).toMatch(/monthly API cost/);
      const name = catalog.modelById.get(model)!.name;
      expect(textOf(reply), text).toContain(name);
      const fmt = (n: number) => (n >= 1e9 ? `${n / 1e9}B` : `${n / 1e6}M`);
      expect(textOf(reply), text).toContain(`${fmt(input)} input + ${fmt(output)} output tokens a month`);
    }
  });

  it("GPUs said as mine, as owned, or counted beside on-premises words are the team's own", () => {
    for (const [text, type, count] of [
      ["which model can i run on my 4090 for coding", /rtx 4090/i, 1],
      ["my gaming pc with a 4090, chat bot for discord, which model", /rtx 4090/i, 1],
      ["strict on-prem only, 8x H100 80GB, coding assistant. which model?", /h100/i, 8],
      ["we're on-prem with 4x A100 80GB, extraction model?", /a100/i, 4],
      ["runs in our own DC, we own 16x H100 SXM already. rag, which model?", /h100/i, 16],
      ["4 of our own A100s sit idle, what can we run for rag?", /a100/i, 4],
    ] as const) {
      const c = chat(catalog);
      const reply = c.say(text);
      const owned = c.session.requirements.ownedGpus;
      expect(owned?.type, text).toMatch(type);
      expect(owned?.count, text).toBe(count);
      expect(textOf(reply), text).toMatch(/you own \d+/i);
    }
    // Rented GPUs stay rented.
    const c = chat(catalog);
    c.say("we rent 8x H100 on lambda, coding model?");
    expect(c.session.requirements.ownedGpus).toBeUndefined();
  });

  it("a self-hosting cost on 'our 4 owned L40S' is priced on those GPUs, amortised, not rented", () => {
    // Every block, tables included.
    const text = JSON.stringify(
      chat(catalog).say("self host mistral small 3.2 on our 4 owned L40S at 20M tokens a month"),
    );
    expect(text).toMatch(/fit your 4× NVIDIA L40S\?/);
    expect(text).toMatch(/owned × \$[\d.]+\/h \(amortised\)/);
  });
});
