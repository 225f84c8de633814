// "on Vertex", "via Bedrock": a price or API cost asked of one host, and "and on Vertex?" after a
// question about a model (issue 10 item 7). Host names come from the catalogue's offerings.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { hostIn } from "../../../src/catalog/hosts.js";
import { understand } from "../../../src/intents/understand.js";
import type { Intent } from "../../../src/intents/types.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const fresh = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };
const read = (text: string, session = fresh): Intent => understand(text, { catalog, session });

/** Every host whose display name points at it alone, with a model it sells. */
const hostsWithModel = (() => {
  const seen = new Map<string, { provider: string; name: string; model: string }>();
  for (const m of catalog.models)
    for (const o of m.offerings)
      // "MiniMax (minimax.io)": people say the name, not the site in brackets.
      if (!seen.has(o.provider))
        seen.set(o.provider, { provider: o.provider, name: o.providerName.replace(/\s*\(.*\)$/, ""), model: m.name });
  return [...seen.values()].filter((h) => hostIn(`on ${h.name}`, catalog)?.provider === h.provider);
})();

describe("a host named in a price or cost question", () => {
  it("most hosts of the catalogue are known by their display name", () => {
    expect(hostsWithModel.length).toBeGreaterThanOrEqual(20);
  });

  it("'price of X on <host>' and 'cost of X via <host>' ask about that host", () => {
    for (const h of hostsWithModel) {
      const price = read(`price of ${h.model} on ${h.name}`);
      expect({ h: h.provider, kind: price.kind, host: "host" in price ? price.host : null }).toEqual({
        h: h.provider,
        kind: "price",
        host: h.provider,
      });
      const cost = read(`what would ${h.model} cost via ${h.name} at 20M tokens a month?`);
      expect({ h: h.provider, kind: cost.kind, host: "host" in cost ? cost.host : null }).toEqual({
        h: h.provider,
        kind: "cost",
        host: h.provider,
      });
    }
  });

  it("a host word alone is no host: 'Mistral' is a lab, 'on Mistral' its API", () => {
    expect(hostIn("tell me about mistral large", catalog)).toBeNull();
    expect(hostIn("compare llama with mistral", catalog)).toBeNull();
    expect(hostIn("price of mistral large on mistral", catalog)?.provider).toBe("mistral");
  });
});

describe("'and on Vertex?' keeps the subject", () => {
  it("after a cost: the same model and volume, on the host named; the next follow-up keeps the host", () => {
    const c = chat(catalog);
    c.say("what would claude sonnet 4.5 cost at 30M tokens a month?");
    const vertex = c.say("and on Vertex?");
    expect(vertex.data?.intent).toBe("cost");
    const costs = vertex.data?.costs as { modelId: string; provider: string; totalUsd: number }[];
    expect(costs.map((x) => [x.modelId, x.provider])).toEqual([["claude-sonnet-4.5", "google-vertex"]]);
    const offering = catalog.modelById.get("claude-sonnet-4.5")!.offerings.find((o) => o.provider === "google-vertex")!;
    expect(costs[0]!.totalUsd).toBeCloseTo(22.5 * offering.inputPerMTok + 7.5 * offering.outputPerMTok, 6);
    const more = c.say("what about 5B tokens a month?");
    const moreCosts = more.data?.costs as { provider: string; totalUsd: number }[];
    expect(moreCosts.map((x) => x.provider)).toEqual(["google-vertex"]);
    expect(moreCosts[0]!.totalUsd).toBeCloseTo(3750 * offering.inputPerMTok + 1250 * offering.outputPerMTok, 6);
  });

  it("after a model's facts: its price there, or a plain note that the host does not sell it", () => {
    const c = chat(catalog);
    c.say("tell me about gpt-4o");
    const azure = c.say("and on azure?");
    expect(azure.data?.intent).toBe("price");
    expect((azure.data?.prices as { provider: string }[]).every((p) => p.provider === "azure")).toBe(true);
    const vertex = c.say("and on vertex?");
    expect(textOf(vertex)).toMatch(/GPT-4o is not offered on Vertex in our sources; it is sold by OpenAI, Azure/);
  });
});
