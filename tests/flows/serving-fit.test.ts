// "Does X fit on N× GPU?" is a yes or no with the memory it rests on: weights at the precision
// served (the lab's own compact format where it publishes one, e.g. gpt-oss's MXFP4 expert
// weights), the KV cache of the sequences held, and the engine's headroom; not a bill at an
// example volume on more GPUs than asked. Models are picked from the catalogue by property.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { selfHostEstimate } from "../../src/costs/self-host.js";
import { publishedWeights } from "../../src/costs/selfhost-data.js";
import { volume } from "../unit/costs/fixtures.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const data = catalog.selfhost;
const open = catalog.models.filter((m) => m.openWeights && m.kind === "model" && m.parameters);
const totalOf = (m: (typeof open)[number]) => m.parameters!.totalB;
const fitQuestion = (name: string, count: string, gpu: string) => `does ${name} fit on ${count} ${gpu}?`;

describe("published compact weights", () => {
  const published = open.filter((m) => publishedWeights(data, m, totalOf(m)));

  it("are served as published: weights = compact parameters × the format's bytes + the rest at 16-bit", () => {
    expect(published.length).toBeGreaterThan(0);
    for (const m of published) {
      const p = publishedWeights(data, m, totalOf(m))!;
      const expected = p.row.quantizedB * p.bytesPerQuantizedParam + (totalOf(m) - p.row.quantizedB) * 2;
      expect(p.weightsGb, m.id).toBeCloseTo(expected, 9);
      // Smaller than the same model at FP8 (1 byte each), larger than every parameter at 4 bits.
      expect(p.weightsGb).toBeLessThan(totalOf(m));
      expect(p.weightsGb).toBeGreaterThan(totalOf(m) * 0.5);
      const e = selfHostEstimate(m, volume(7.5e6, 2.5e6), { gpu: "H100" }, data);
      if ("unavailable" in e) throw new Error(e.unavailable);
      expect(e.weightsFormat).toBe(p.row.format);
      expect(e.memory.weightsGb).toBeCloseTo(p.weightsGb, 9);
      expect(e.assumptions.find((a) => a.key === "precision")?.source).toContain(p.row.sources[0]!.source);
      // The team's own precision wins.
      const fp8 = selfHostEstimate(m, volume(7.5e6, 2.5e6), { gpu: "H100", precision: "fp8" }, data);
      if (!("unavailable" in fp8)) expect(fp8.weightsFormat).toBeNull();
    }
  });

  it("'does gpt-oss-120b fit on one h100?' is yes: OpenAI's MXFP4 weights fit one 80 GB card", () => {
    const gptOss = published.find((m) => m.id === "gpt-oss-120b");
    expect(gptOss).toBeDefined();
    const reply = textOf(chat(catalog).say(fitQuestion(gptOss!.name, "one", "h100")));
    expect(reply).toMatch(/\*\*Does gpt-oss-120b fit 1× NVIDIA H100[^*]*\?\*\* Yes: one replica needs 1 GPU at MXFP4/);
    // The inputs: weights, KV cache and the usable memory (the engine's headroom) are shown.
    expect(reply).toMatch(/6\d\.\d GB weights \+ \d+(\.\d)? GB KV cache for \d+ sequences of 4.1K tokens/);
    expect(reply).toContain("of the 72 GB usable on 1 (90% of 80 GB each; the rest is the engine's headroom)");
  });
});

describe("a serving fit asked on a number of GPUs", () => {
  it("a model that fits at FP8 is yes; too big at FP8 but not at INT4 says so; too big at INT4 is no", () => {
    const fp8Need = (m: (typeof open)[number]) => totalOf(m) * 1.02; // weights + a small KV cache
    const dense = open.filter((m) => !publishedWeights(data, m, totalOf(m)));
    const fits = dense.find((m) => fp8Need(m) < 60 && totalOf(m) > 20);
    const int4Only = dense.find((m) => totalOf(m) > 150 && totalOf(m) * 0.5 * 1.05 < 130);
    const tooBig = dense.find((m) => totalOf(m) * 0.5 > 200);
    for (const m of [fits, int4Only, tooBig]) expect(m).toBeDefined();
    expect(textOf(chat(catalog).say(fitQuestion(fits!.name, "one", "h100")))).toMatch(
      new RegExp(`\\*\\*Does ${fits!.name.replace(/[.+]/g, "\\$&")} fit 1× [^*]+\\?\\*\\* Yes`),
    );
    expect(textOf(chat(catalog).say(fitQuestion(int4Only!.name, "2", "h100s")))).toMatch(
      /\?\*\* Not at FP8: one replica needs [4-8] GPUs at FP8 .*\. At INT4 it fits: 2 GPUs/,
    );
    expect(textOf(chat(catalog).say(fitQuestion(tooBig!.name, "2", "h100s")))).toMatch(
      /\?\*\* No: one replica needs \d+ GPUs at FP8 .*, and more than 2 even at INT4/,
    );
  });

  it("'self hosting X on 2 h100s' prices the 2 said while one replica carries the peak, with the spare left out and said", () => {
    const m = open.find((x) => totalOf(x) > 60 && totalOf(x) < 75 && x.parameters!.activeB === totalOf(x))!;
    const reply = chat(catalog).say(`self hosting ${m.name} on 2 h100s at 500M tokens a month`);
    const said = textOf(reply);
    expect(said).toMatch(/fit 2× NVIDIA H100[^*]*\?\*\* Yes: one replica needs 2 GPUs/);
    const selfHost = reply.data?.selfHost as { gpus: number; replicas: number; spareReplicas: number };
    expect(selfHost).toMatchObject({ gpus: 2, replicas: 1, spareReplicas: 0 });
    // Why no spare is priced, among the assumptions shown.
    const assumptions = reply.data?.assumptions as { key: string; value: string }[];
    expect(assumptions.find((a) => a.key === "redundancy")?.value).toContain(
      "your 2 NVIDIA H100 SXM5 hold one replica and no spare beside it; a spare would mean 2 more GPUs",
    );
    expect(assumptions.find((a) => a.key === "gpu")?.value).toMatch(/^2× NVIDIA H100/);
  });

  it("a peak the GPUs said cannot carry runs more GPUs, and the answer says how many the peak needs", () => {
    const m = open.find((x) => totalOf(x) > 60 && totalOf(x) < 75 && x.parameters!.activeB === totalOf(x))!;
    const reply = chat(catalog).say(`self hosting ${m.name} on 2 h100s at 100B tokens a month`);
    const selfHost = reply.data?.selfHost as { gpus: number; replicasForPeak: number };
    expect(selfHost.replicasForPeak).toBeGreaterThan(1);
    expect(selfHost.gpus).toBe(selfHost.replicasForPeak * 2);
    expect(textOf(reply)).toContain(
      `Your 2 NVIDIA H100 SXM5 hold 1 replica(s) of 2 GPU(s); the 3× peak needs ${selfHost.replicasForPeak}, so the estimate runs ${selfHost.gpus} GPUs.`,
    );
  });
});
