// The GPUs a team says it will run on are the fleet the estimate prices: "self host mixtral 8x7b
// on 2x a100" is those 2 A100 (one replica fits, so no spare: said), "what about 8 h100s instead"
// re-prices a self-hosted shortlist on a group of 8 H100, and neither a question about hardware
// ("can we run X on 2x h100?") nor a count of cards ("we own 4x A100") is read as something else
// (ownership, a volume ×4). Models are found by property where the catalogue decides.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { breakEven, selfHostCostAt } from "../../src/costs/break-even.js";
import { selfHostPlan } from "../../src/costs/self-host.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { NAGOYA_MAKER } from "./seventh-round-teams.js";

const catalog = readCatalog();
const THREAD =
  "we need a model for an internal coding assistant, 200M tokens a month, we want to self-host open weights";

/** "- Name self-hosted, always on (730 h a month): 8× NVIDIA H100 SXM5 (…" lines of a shortlist's cost working. */
function selfHostedLines(text: string): { name: string; gpus: number; gpu: string }[] {
  return [...text.matchAll(/^- (.+?) self-hosted, always on \(730 h a month\): (\d+)× (NVIDIA [^(]+?) \(/gm)].map(
    (m) => ({
      name: m[1]!,
      gpus: Number(m[2]),
      gpu: m[3]!,
    }),
  );
}

describe("a GPU group said with a self-hosting question", () => {
  it("'self host mixtral 8x7b on 2x a100' prices the 2 A100s said (one replica fits), not 4", () => {
    const reply = chat(catalog).say("self host mixtral 8x7b on 2x a100");
    expect(reply.data?.selfHost).toMatchObject({ gpus: 2, gpuType: "A100-80GB", replicas: 1, spareReplicas: 0 });
    expect(textOf(reply)).toMatch(/Does Mixtral 8x7B fit 2× NVIDIA A100[^*]*\?\*\* Yes: one replica needs 2 GPUs/);
  });

  it("'can we run X on 2x h100?' asks whether it fits; it does not make the team own them", () => {
    const reply = chat(catalog).say("can we run qwen3 32b on 2x h100?");
    const said = textOf(reply);
    expect(said).toMatch(/\*\*Does Qwen3 32B fit 2× NVIDIA H100/);
    expect(said).not.toMatch(/your 2×|owned|amortised/);
    expect(reply.data?.selfHost).toMatchObject({ gpus: 2, gpuType: "H100-SXM-80GB" });
  });

  it("a break-even on a group pays the whole group from the first token", () => {
    const mixtral = catalog.models.find((m) => m.id.startsWith("mixtral-8x7b"))!;
    const plan = selfHostPlan(mixtral, 3, { gpu: "a100", gpuCount: 8 }, catalog.selfhost);
    if ("unavailable" in plan) throw new Error(plan.unavailable);
    expect(plan.gpusPerReplica).toBe(2);
    const rate = plan.price.usdPerGpuHour * plan.hoursPerMonth;
    // The floor is the 8 GPUs, not one replica and its spare (4).
    expect(selfHostCostAt(plan, 0, 0.75) - plan.opsMonthlyUsd).toBeCloseTo(8 * rate, 6);
    const be = breakEven(plan, { inputPerMTok: 0.7, outputPerMTok: 0.7 }, 0.75);
    expect(be.common.selfHostFloorUsd).toBeCloseTo(8 * rate + plan.opsMonthlyUsd, 6);
  });
});

describe("a GPU group said in a thread", () => {
  it("'what about 8 h100s instead' re-prices the shortlist on 8 H100: every pick is priced on H100, 8 or more", () => {
    const c = chat(catalog);
    c.say(THREAD);
    const reply = c.say("what about 8 h100s instead");
    const said = textOf(reply);
    expect(said).toContain("What if:** on 8× NVIDIA H100 SXM5");
    const lines = selfHostedLines(said);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.gpu, l.name).toMatch(/H100/);
      expect(l.gpus, l.name).toBeGreaterThanOrEqual(8);
    }
  });

  it.each([
    ["what if we self-host on rented h100s", 1],
    ["what if we self-host on 8 h100s", 8],
  ] as const)("API thread, '%s': the self-hosted picks are priced on H100 (at least %i)", (whatIf, least) => {
    const c = chat(catalog);
    c.say("we need a model for an internal coding assistant, 200M tokens a month, api is fine");
    const said = textOf(c.say(whatIf));
    const lines = selfHostedLines(said);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.gpu, l.name).toMatch(/H100/);
      expect(l.gpus, l.name).toBeGreaterThanOrEqual(least);
    }
    // Kept in the thread: the next what-if prices on the same GPUs.
    for (const l of selfHostedLines(textOf(c.say("what if we had no ops staff"))))
      expect(l.gpu, l.name).toMatch(/H100/);
  });

  it("'we own 4x A100 we can use' keeps the thread's volume and counts 4 owned A100", () => {
    const c = chat(catalog);
    c.say(THREAD);
    const said = textOf(c.say("we own 4x A100 we can use"));
    expect(said).not.toMatch(/volume ×4|800M tokens/);
    expect(said).toContain("you own 4 A100");
    expect(said).toMatch(/Based on:.*200M tokens\/month/);
  });

  it("Nagoya maker (owns 4 L40S): 'what if we bought 4 more L40S?' makes it 8 L40S owned", () => {
    const c = chat(catalog);
    expect(textOf(c.say(NAGOYA_MAKER))).toContain("you own 4 L40S");
    const reply = c.say("what if we bought 4 more L40S?");
    const said = textOf(reply);
    expect(said).toContain("What if:** you own 8 L40S.");
    expect(said).toMatch(/Based on:.*you own 8 L40S/);
    // Owned GPUs the picks do not need cost nothing more: each pick's GPUs are all the team's own.
    for (const line of said.split("\n").filter((l) => / self-hosted, always on /.test(l)))
      expect(line).toMatch(/all yours at/);
  });
});
