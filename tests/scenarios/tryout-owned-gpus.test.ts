// "We have 2 A100s, can we run Llama 3.3 70B?" (a tryout question that got a monthly cost for 8
// GPUs and no answer): the reply says first whether one replica fits the GPUs the team owns, at
// the precision costed or a smaller one, with the memory arithmetic a reader can check.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const BYTES: Record<string, number> = { FP16: 2, FP8: 1, INT8: 1, INT4: 0.5 };

interface Case {
  q: string;
  model: string;
  owned: number;
  fits: "yes" | "smaller" | "no";
}

const CASES: Case[] = [
  { q: "we have 2 A100s, can we run Llama 3.3 70B?", model: "llama-3.3-70b", owned: 2, fits: "smaller" },
  { q: "we own 8 H100s, can we run Llama 3.3 70B?", model: "llama-3.3-70b", owned: 8, fits: "yes" },
  { q: "we have 2 L40S, can we run Qwen3 32B?", model: "qwen3-32b", owned: 2, fits: "yes" },
  { q: "we own 2 H100s, can we run Llama 3.1 405B?", model: "llama-3.1-405b", owned: 2, fits: "no" },
];

describe("does it fit the GPUs we own?", () => {
  it.each(CASES)("$q", ({ q, model, owned, fits }) => {
    const reply = chat(catalog).say(q);
    const line = textOf(reply)
      .split("\n")
      .find((l) => l.startsWith("**Does "));
    expect(line, "the fit answer comes first").toBeDefined();
    const verdict = { yes: /\?\*\* Yes: /, smaller: /\?\*\* Not at [A-Z0-9]+: .* it fits: /, no: /\?\*\* No: / }[fits];
    expect(line).toMatch(verdict);
    // Every "N GPUs at P (W GB weights + …)" in it: the weights are the parameters × bytes per
    // parameter, and a replica that "fits" needs no more GPUs than the team owns.
    const params = catalog.modelById.get(model)!.parameters!.totalB;
    const needs = [...line!.matchAll(/(\d+) GPUs? at (FP16|FP8|INT8|INT4) \(([\d.]+) GB weights/g)];
    expect(needs.length).toBeGreaterThan(0);
    for (const [, , precision, weights] of needs) expect(Number(weights)).toBeCloseTo(params * BYTES[precision!]!, 0);
    const last = needs[needs.length - 1]!;
    if (fits === "no") expect(Number(last[1])).toBeGreaterThan(owned);
    else expect(Number(last[1])).toBeLessThanOrEqual(owned);
  });

  it("the smaller precision it names, when asked for, is costed on a replica that fits", () => {
    const c = chat(catalog);
    c.say("we have 2 A100s, can we run Llama 3.3 70B?");
    const named = textOf(c.replies[c.replies.length - 1]!).match(/say "(int8|int4|fp8)" to cost it/)?.[1];
    expect(named).toBeDefined();
    const reply = c.say(named!);
    const data = reply.data?.selfHost as { gpusPerReplica: number; precision: string } | undefined;
    expect(data?.precision).toBe(named);
    expect(data?.gpusPerReplica).toBeLessThanOrEqual(2);
  });

  it("no owned GPUs stated: no fit line", () => {
    const text = textOf(chat(catalog).say("self-host Llama 3.3 70B at 1B tokens a month"));
    expect(text).not.toMatch(/\*\*Does .* fit your/);
  });
});
