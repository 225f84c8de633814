// Questions about one model asked inside a recommendation thread are answered for that thread: a
// cost asked in a thread that runs in the team's own cloud account is priced in that cloud, and
// "what about X?" after a model card says where X stands in the thread's ranking (or why it is out).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
// A closed model the catalogue holds that Azure does not sell (read from the catalogue, so adding an
// Azure offering for one model does not silently turn these tests into checks of nothing).
const NOT_ON_AZURE = [...catalog.modelById.values()].find(
  (m) => m.id.startsWith("claude-") && m.offerings.length > 0 && !m.offerings.some((o) => o.provider === "azure"),
)!;

const COUNCIL_UK =
  "We're a UK district council. Residents write to us about housing benefit, council tax and bin collections; we want a chatbot on our website plus reply drafts for caseworkers. English and Welsh. Around 40k resident conversations a month, ~2,000 tokens each. Budget £2,000/month. Azure is our cloud. Recommend something?";
const HELPLINE =
  "small nonprofit running a helpline for refugees in germany. we want a bot that answers questions about the asylum procedure in arabic, ukrainian, farsi and german. budget is tiny, like $110/month. ~3M tokens/month. we have no tech people at all.";

interface Cost {
  modelId: string;
  provider: string;
  totalUsd: number;
}
const costsOf = (reply: ReturnType<ReturnType<typeof chat>["say"]>) => (reply.data?.costs as Cost[]) ?? [];

describe("model questions inside a recommendation thread", () => {
  it("'how much would gpt-4.1 cost for this' in an Azure thread prices it on Azure at the thread's volume", () => {
    const c = chat(catalog);
    c.say(COUNCIL_UK);
    expect(c.session.requirements.cloudProvider).toBe("azure");
    const reply = c.say("how much would gpt-4.1 cost for this");
    expect(reply.data?.intent).toBe("cost");
    const costs = costsOf(reply);
    expect(costs.map((x) => x.provider)).toEqual(["azure"]);
    const azure = catalog.modelById.get("gpt-4.1")!.offerings.find((o) => o.provider === "azure")!;
    // 40,000 × 2,000 = 80M at the default 3:1 split.
    expect(costs[0]!.totalUsd).toBeCloseTo(60 * azure.inputPerMTok + 20 * azure.outputPerMTok, 6);
    expect(textOf(reply)).toContain("the cloud account this thread runs in");
    // A host named in the question still wins.
    const named = c.say("how much would gpt-4.1 cost at openai");
    expect(costsOf(named).map((x) => x.provider)).toEqual(["openai"]);
  });

  it("a model the thread's cloud does not sell is said so, with its usual offerings priced", () => {
    const c = chat(catalog);
    c.say(COUNCIL_UK);
    const reply = c.say(`how much would ${NOT_ON_AZURE.name} cost for this`);
    const costs = costsOf(reply);
    expect(costs.length).toBeGreaterThan(0);
    expect(costs.every((x) => x.provider !== "azure")).toBe(true);
    expect(textOf(reply)).toContain(`${NOT_ON_AZURE.name} is not offered on Azure`);
  });

  it("'what about phi-4-mini' after a model card says where it ranks for the thread, with the same figures as 'why not'", () => {
    const c = chat(catalog);
    c.say(HELPLINE);
    c.say("tell me about gpt-5");
    const reply = c.say("what about phi-4-mini");
    expect(reply.data?.intent).toBe("model-info");
    const card = textOf(reply);
    const standing = /For this thread:_ It ranks #(\d+) of (\d+) with ([\d.]+)/.exec(card);
    expect(standing).not.toBeNull();
    const whyNot = textOf(c.say("why not phi-4-mini?"));
    expect(whyNot).toContain(`It ranks #${standing![1]} of ${standing![2]} with ${standing![3]}`);
  });

  it("a model ruled out for the thread says why on its card", () => {
    const c = chat(catalog);
    c.say(COUNCIL_UK);
    const reply = c.say(`tell me about ${NOT_ON_AZURE.name}`);
    expect(textOf(reply)).toMatch(
      /For this thread:_ It was ruled out before scoring: .*not listed as offered on Azure/,
    );
  });

  it("outside a thread a model card says nothing about a ranking", () => {
    const c = chat(catalog);
    expect(textOf(c.say("tell me about phi-4-mini"))).not.toContain("For this thread");
  });
});
