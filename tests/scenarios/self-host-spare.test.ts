// The spare replica sized as an engineer sizes it: on premises nothing is rented (GPUs beyond the
// team's own are bought), a spare the owned GPUs cannot hold is left out and said, and a spare
// that doubles a whole-node fleet is said with what it costs.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { selfHostEstimate, type SelfHostEstimate } from "../../src/costs/self-host.js";
import { plainTextOf } from "../../src/render/plain-text.js";
import { chat } from "../flows/recommend-helpers.js";
import { volume } from "../unit/costs/fixtures.js";

const catalog = readCatalog();
const model = (id: string) => catalog.modelById.get(id)!;
const estimate = (id: string, tokens: number, edits: Parameters<typeof selfHostEstimate>[2]) => {
  const e = selfHostEstimate(model(id), volume(tokens * 0.75, tokens * 0.25), edits, catalog.selfhost);
  if ("unavailable" in e) throw new Error(e.unavailable);
  return e as SelfHostEstimate;
};
const OWN_2_H100 = { ownedGpuCount: 2, ownedGpuType: "H100", onPremises: true } as const;

describe("spare replicas", () => {
  it("on premises with 2 owned H100, a model needing both runs without a spare, said so, and nothing is rented", () => {
    const e = estimate("qwen3-next-80b-a3b", 30e6, OWN_2_H100);
    expect(e.gpusPerReplica).toBe(2);
    expect(e.spareReplicas).toBe(0);
    expect(e.gpus).toBe(2);
    expect(e.spareLeftOut).toMatch(/buying 2 more/);
    expect(e.assumptions.find((a) => a.key === "redundancy")?.value).toMatch(/^none: on premises/);
    // Off premises the same owned GPUs rent no spare beside them either (a failover between a box
    // the team owns and a cloud is no team's setup); said, and "N+1" prices it.
    const off = estimate("qwen3-next-80b-a3b", 30e6, { ...OWN_2_H100, onPremises: false });
    expect(off.spareReplicas).toBe(0);
    expect(off.spareLeftOut).toMatch(/renting 2 more beside yours/);
    expect(off.gpuAlwaysOnUsd).toBeCloseTo(730 * 2 * off.owned!.usdPerGpuHour, 2);
    const rented = estimate("qwen3-next-80b-a3b", 30e6, { ...OWN_2_H100, onPremises: false, spareReplicas: 1 });
    expect(rented.gpuAlwaysOnUsd).toBeCloseTo(
      730 * (2 * rented.owned!.usdPerGpuHour + 2 * rented.price.usdPerGpuHour),
      2,
    );
  });

  it("on premises a peak beyond the owned GPUs buys more at the owned rate, never the rental price", () => {
    const e = estimate("qwen3-next-80b-a3b", 60e9, OWN_2_H100);
    expect(e.gpus).toBeGreaterThan(2);
    expect(e.gpuAlwaysOnUsd).toBeCloseTo(e.gpus * e.owned!.usdPerGpuHour * 730, 2);
    expect(e.warnings.join(" ")).toMatch(/are bought, priced at the same amortised rate/);
  });

  it("the Polish helpdesk's shortlist (on-prem, 2 owned H100) rents nothing and says where no spare fits", () => {
    const reply = chat(catalog).say(
      "Telecom in Poland, internal IT helpdesk assistant for our 5,000 employees, in Polish. on-prem only, we own 2x H100 80GB. ~30M tokens/month. what fits on our gpus?",
    );
    const text = plainTextOf(reply.blocks);
    expect(text).not.toMatch(/rented at/);
    expect(text).toMatch(/no spare: your GPUs hold one replica/);
    expect(text).toMatch(/prices any GPU beyond yours as bought/);
  });

  it("a spare that doubles a whole-node fleet is said with its share of the bill; 'no redundancy' drops it", () => {
    const e = estimate("kimi-k2-thinking", 80e6, {});
    expect(e.replicasForPeak).toBe(1);
    expect(e.gpusPerReplica).toBeGreaterThanOrEqual(8);
    const said = e.warnings.find((w) => w.startsWith("The N+1 spare doubles the fleet"));
    expect(said).toContain(`the spare is ${e.gpusPerReplica} more GPUs`);
    const none = estimate("kimi-k2-thinking", 80e6, { spareReplicas: 0 });
    expect(none.gpus).toBe(e.gpus / 2);
    expect(none.warnings.some((w) => w.includes("spare doubles"))).toBe(false);
    // A one-GPU replica's spare is no whole node: nothing to call out.
    expect(estimate("qwen3-8b", 80e6, {}).warnings.some((w) => w.includes("spare doubles"))).toBe(false);
  });
});
