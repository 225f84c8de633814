// Self-hosting figures of the fourth tryout round, as an ML infra engineer checks them: a thread's
// ops capacity prices every answer of the thread alike, and an owned GPU's hourly cost is marked
// as resting on our assumptions unless the team said its price. (The shortlist's worked-out lines
// recomputing to the cent is tests/unit/costs/self-host-lines.property.test.ts.)
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import type { CostAssumption } from "../../src/costs/self-host-types.js";
import { plainTextOf } from "../../src/render/plain-text.js";
import { selfHostEstimate } from "../../src/costs/self-host.js";
import { volume } from "../unit/costs/fixtures.js";

const catalog = readCatalog();

/** "… plus $5,625.00 ops (0.375 FTE × …" of a shortlist's worked-out line, and a break-even floor's "ops 0.375 FTE". */
const shortlistFte = (text: string, name: string) =>
  text
    .split("\n")
    .find((l) => l.includes(`${name}** self-hosted`) || l.startsWith(`- ${name} self-hosted`))
    ?.match(/ops \(([\d.]+) FTE/)?.[1];
const floorFte = (text: string) => text.match(/Self-hosting floor:.*?ops ([\d.]+) FTE/)?.[1];

describe("fourth tryout round: self-hosting sized like an engineer sizes it", () => {
  for (const [said, capacity] of [
    ["some gpu experience", /some ops experience: ×1\.5/],
    ["no ops staff", /no ops staff/],
    ["a strong mlops team", /experienced team\)/],
  ] as const)
    it(`break-even prices ops at the thread's capacity, as its shortlist did ('${said}')`, () => {
      const c = chat(catalog);
      const shortlist = c.say(`we self-host a model for internal rag, 300M tokens a month, ${said}. which model?`);
      const top = rowsOf(shortlist).find((r) => r.costBasis === "self-host");
      expect(top, said).toBeDefined();
      const fte = shortlistFte(textOf(shortlist), top!.name);
      expect(fte, textOf(shortlist)).toBeDefined();
      const be = plainTextOf(c.say(`break-even ${top!.name} vs gpt-4o`).blocks);
      expect(be).toMatch(capacity);
      // The floor is one replica and its spare; at 300M the shortlist's fleet is that too.
      expect(floorFte(be)).toBe(fte);
    });

  it("owned GPUs: the count is the team's, the hourly cost rests on a sourced or assumed purchase price and power unless said", () => {
    const c = chat(catalog);
    const assumption = (text: string, key: string) =>
      (c.say(text).data?.assumptions as CostAssumption[] | undefined)?.find((a) => a.key === key);
    const message = "self-host mistral small 3.2 at 20M tokens a month, we own 4x L40S";
    expect(assumption(message, "ownedGpus")).toMatchObject({ origin: "user", source: "you said" });
    const rate = assumption(message, "ownedGpuRate");
    expect(rate?.origin).toBe("default");
    // NVIDIA publishes no list price: the card's price is a retailer's figure, marked secondary with its page.
    expect(rate?.source).toMatch(
      /purchase price \$8,000\.00 per card: .*secondary \(https:\/\/www\.runlocalai\.co\/hardware\/nvidia-l40s/,
    );
    const paid = assumption("we paid $7,000 per GPU", "ownedGpuRate");
    expect(paid?.source).toMatch(/purchase price: you said/);
    expect(paid?.source).toMatch(/power and hosting: OUR assumption/);
    expect(paid?.origin).toBe("default");
  });
});

const MINISTRY_NL =
  "gov agency (netherlands, ministry level). we need an assistant for caseworkers to search + summarise internal policy docs. strictly on-prem, air gapped, open weights only. NOTHING from chinese or us labs — european models preferred. dutch + english. ~20M tokens/month, docs up to 60k tokens. we own 4x L40S. small ops team that runs k8s";

describe("fourth tryout round: the KV cache holds the sequences the load keeps in flight", () => {
  it("Dutch ministry: 20M tokens a month of 60K documents needs a few sequences, and one replica fits its 4 L40S", () => {
    const c = chat(catalog);
    c.say(MINISTRY_NL);
    const reply = c.say("self-host mistral small 4");
    const sh = reply.data?.selfHost as {
      concurrency: number;
      contextTokens: number;
      gpusPerReplica: number;
      kvCacheGb: number;
    };
    expect(sh.contextTokens).toBe(60_000);
    expect(sh.concurrency).toBeLessThanOrEqual(8);
    expect(sh.gpusPerReplica).toBeLessThanOrEqual(4);
    const text = plainTextOf(reply.blocks);
    expect(text).toMatch(/fit your 4× NVIDIA L40S\? Yes/);
    // The inputs behind the concurrency are shown: the peak rate and the per-sequence speed.
    const row = (reply.data?.assumptions as CostAssumption[]).find((a) => a.key === "concurrency");
    expect(row?.value).toMatch(/your peak [\d.]+ output tokens\/s .* ÷ 20 tokens\/s per sequence/);
  });

  it("ten times the traffic holds more sequences, never fewer", () => {
    const c = chat(catalog);
    const seqs = (text: string) => (c.say(text).data?.selfHost as { concurrency: number }).concurrency;
    const base = seqs("self-host llama 3.3 70b at 100M tokens a month");
    const more = seqs("self-host llama 3.3 70b at 1B tokens a month");
    expect(more).toBeGreaterThan(base);
  });
});

describe("fourth tryout round: a model's KV cache from its own architecture", () => {
  it("DeepSeek-V3 and R1 hold the MLA latent (61 layers × (512 + 64)), not Llama 3.1 405B's cache", () => {
    for (const id of ["deepseek-v3", "deepseek-r1"]) {
      const model = catalog.modelById.get(id)!;
      const e = selfHostEstimate(model, volume(300e6, 100e6), { gpu: "H200", precision: "fp16" }, catalog.selfhost);
      if ("unavailable" in e) throw new Error(e.unavailable);
      expect(e.memory.kvEstimated, id).toBe(false);
      expect(e.memory.kvBytesPerToken, id).toBe(61 * (512 + 64) * 2);
      // R1 carries V3's shape as its own (DeepSeek's R1 README refers its architecture to V3): the
      // basis names R1's config, read in V3's repository.
      expect(e.memory.kvBasis, id).toMatch(/DeepSeek-V3|DeepSeek-R1 config \(61 layers, a 576-value latent/);
      expect(model.kvCache?.sourceUrl, id).toMatch(/deepseek-ai\/DeepSeek-V3\//);
    }
  });

  it("DeepSeek-V3.2 adds its sparse-attention indexer's 128-wide key to the latent (DeepSeek's V3.2-Exp config)", () => {
    const model = catalog.modelById.get("deepseek-v3.2")!;
    const e = selfHostEstimate(model, volume(300e6, 100e6), { gpu: "H200", precision: "fp16" }, catalog.selfhost);
    if ("unavailable" in e) throw new Error(e.unavailable);
    expect(e.memory.kvEstimated).toBe(false);
    expect(e.memory.kvBytesPerToken).toBe(61 * (512 + 64 + 128) * 2);
    // Read in another checkpoint's config (V3.2-Exp), so it is shown as secondary.
    expect(model.kvCache?.sourceUrl).toMatch(/deepseek-ai\/DeepSeek-V3\.2-Exp\//);
    expect(model.kvCache?.sourceKind).toBe("secondary");
  });
});
