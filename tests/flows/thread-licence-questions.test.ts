// Licence questions inside a thread keep its subject: the use its earlier licence questions named
// ("is Llama 3.2 3B ok for this?" after "…shipping inside an app to 40M users?"), the models a
// shortlist just showed ("do any of these need a licence…"), the shortlist's pick ("is your top
// choice ok for commercial use?"), and a size asked after a verdict ("what if we only want models
// under 10B params") lists the models of that size for the same use. Through the real advisor.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { OutboundMessage } from "../../src/ports.js";
import { chat, rankingOf } from "./recommend-helpers.js";

const catalog = readCatalog();

interface LicenceData {
  facts?: Record<string, unknown>;
  verdicts?: { modelId: string; verdict: string }[];
  maxParamsB?: number;
}
const dataOf = (r: OutboundMessage) => (r.data ?? {}) as LicenceData & { intent?: string };
const verdictIds = (r: OutboundMessage) => (dataOf(r).verdicts ?? []).map((v) => v.modelId);

const USES = [
  {
    first: "is gemma 3 4b licence ok for shipping inside an app to 40M users?",
    facts: { monthlyActiveUsers: 40_000_000, distributeWeights: true },
  },
  {
    first: "can we use llama 3.1 8b in our product with 800M monthly active users?",
    facts: { monthlyActiveUsers: 800_000_000 },
  },
  { first: "may we fine-tune mistral 7b for a commercial product?", facts: { fineTune: true, commercial: true } },
];
const ASKED_AGAIN = [
  { text: "is llama 3.2 3b ok for this?", id: "llama-3.2-3b" },
  { text: "is qwen2.5 7b fine for that too?", id: "qwen2.5-7b" },
  { text: "and phi-4?", id: "phi-4" },
];

describe("a licence question after a licence answer is asked for the same use", () => {
  for (const use of USES)
    for (const again of ASKED_AGAIN)
      it(`'${use.first}' then '${again.text}'`, () => {
        const c = chat(catalog);
        c.say(use.first);
        const reply = c.say(again.text);
        expect(dataOf(reply).intent).toBe("license");
        expect(verdictIds(reply)).toEqual([again.id]);
        expect(dataOf(reply).facts).toMatchObject(use.facts);
      });

  it("the use is kept across an answer of another kind, and the message's own facts win", () => {
    const c = chat(catalog);
    c.say("can we use llama 3.1 70b with 800M monthly users?");
    c.say("how much is gpt-4o?");
    const kept = c.say("is mistral 7b ok for that?");
    expect(dataOf(kept).facts).toMatchObject({ monthlyActiveUsers: 800_000_000 });
    const changed = c.say("is llama 3.1 8b ok for 2M users?");
    expect(dataOf(changed).facts).toMatchObject({ monthlyActiveUsers: 2_000_000 });
    expect(dataOf(changed).verdicts?.[0]?.verdict).not.toBe("blocked");
  });

  it("'which licence is X under?' stays a terms question, not a verdict for the earlier use", () => {
    const c = chat(catalog);
    c.say("can we use llama 3.1 70b with 800M monthly users?");
    const reply = c.say("which licence is qwen3 8b under?");
    expect(dataOf(reply).facts ?? {}).not.toHaveProperty("monthlyActiveUsers");
  });
});

describe("after a licence answer, a size asks for the models of that size for the same use", () => {
  for (const text of [
    "what if we only want models under 10B params",
    "ok which models under 10B can we use then?",
    "and if we only want models of at most 10b parameters?",
  ])
    it(`'${text}'`, () => {
      const c = chat(catalog);
      const first = c.say("can we use llama 3.1 70b with 800M monthly users?");
      const reply = c.say(text);
      expect(dataOf(reply).intent).toBe("license");
      expect(reply.fallbackText).not.toEqual(first.fallbackText);
      expect(reply.fallbackText).toMatch(/at most 10B parameters for 800M monthly active users/);
      const list = (reply.data?.list ?? []) as string[];
      expect(list.length).toBeGreaterThan(0);
      for (const id of list) {
        const m = catalog.modelById.get(id);
        const size = m?.parameters?.totalB;
        if (typeof size === "number") expect(size, id).toBeLessThanOrEqual(10);
      }
    });
});

describe("licence questions about a shortlist", () => {
  const OPENING = "recommend a model for a customer support chatbot, 30M tokens a month, 2M users";

  for (const text of [
    "do any of these need a licence for 5M users",
    "do any of these need a separate licence at 5M users?",
    "would any of those need a licence with 5M monthly users",
  ])
    it(`'${text}' answers the licences of the models just shown, at 5M users`, () => {
      const c = chat(catalog);
      const shown = c.say(OPENING).data?.models?.map((m) => m.id) ?? [];
      const before = c.session.requirements;
      const reply = c.say(text);
      expect(dataOf(reply).intent).toBe("license");
      expect(verdictIds(reply)).toEqual(shown);
      expect(dataOf(reply).facts).toMatchObject({ monthlyActiveUsers: 5_000_000 });
      // A question, not a change of the thread's users.
      expect(c.session.requirements).toEqual(before);
    });

  for (const text of ["is your top choice ok for commercial use?", "is the top pick ok for commercial use?"])
    it(`'${text}' answers #1's licence for the thread's use`, () => {
      const c = chat(catalog);
      const top = rankingOf(c.say(OPENING))[0]?.id;
      const reply = c.say(text);
      expect(dataOf(reply).intent).toBe("license");
      expect(verdictIds(reply)).toEqual([top]);
      expect(dataOf(reply).facts).toMatchObject({ commercial: true, monthlyActiveUsers: 2_000_000 });
    });

  it("'is llama 3.2 3b ok for this?' gives that model's verdict for the thread's users", () => {
    const c = chat(catalog);
    c.say(OPENING);
    const reply = c.say("is llama 3.2 3b ok for this?");
    expect(dataOf(reply).intent).toBe("license");
    expect(verdictIds(reply)).toEqual(["llama-3.2-3b"]);
    expect(dataOf(reply).facts).toMatchObject({ monthlyActiveUsers: 2_000_000 });
  });
});

describe("an on-prem thread that owns its GPUs", () => {
  const OPENING = "recommend a model for coding, on-prem only, we own 4x A100 80GB, 100M tokens a month";

  for (const text of [
    "compare llama 3.3 70b and qwen3 32b",
    "qwen3 32b vs mistral small 3.2",
    "compare qwen3 32b and gpt-4o",
  ])
    it(`'${text}' prices each model self-hosted on the thread's GPUs, as the shortlist does`, () => {
      const c = chat(catalog);
      const rows = rankingOf(c.say(OPENING));
      const reply = c.say(text);
      expect(dataOf(reply).intent).toBe("compare");
      const own = (reply.data?.selfHosted ?? []) as { id: string; monthlyUsd: number | null }[];
      expect(own.map((o) => o.id)).toEqual(reply.data?.models?.map((m) => m.id));
      for (const o of own) {
        const m = catalog.modelById.get(o.id)!;
        if (!m.openWeights) {
          expect(o.monthlyUsd).toBeNull();
          continue;
        }
        expect(o.monthlyUsd).toBeGreaterThan(0);
        // The same figure the shortlist shows for a model on it.
        const ranked = rows.find((r) => r.id === o.id);
        if (ranked?.monthlyCostUsd) expect(o.monthlyUsd).toBeCloseTo(ranked.monthlyCostUsd, 2);
      }
      expect(reply.fallbackText).toMatch(/self-hosted, always on/);
      expect(reply.fallbackText).toMatch(/yours at \$/);
      expect(reply.fallbackText).not.toMatch(/cheapest listed offering/);
    });

  for (const text of ["is the qwen license ok for commercial use?", "can we use qwen commercially?"])
    it(`'${text}' judges the Qwen models the shortlist shows, for commercial self-hosting`, () => {
      const c = chat(catalog);
      const shown = c.say(OPENING).data?.models?.map((m) => m.id) ?? [];
      const qwens = shown.filter((id) => id.startsWith("qwen"));
      expect(qwens.length).toBeGreaterThan(0);
      const reply = c.say(text);
      expect(dataOf(reply).intent).toBe("license");
      expect(verdictIds(reply).sort()).toEqual([...qwens].sort());
      expect(dataOf(reply).facts).toMatchObject({ commercial: true, selfHost: true });
    });

  it("outside a thread, a family licence question still answers every member", () => {
    const reply = chat(catalog).say("is the qwen license ok for commercial use?");
    expect(verdictIds(reply).length).toBeGreaterThan(3);
  });
});
