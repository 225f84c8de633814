// Lessons from reading whole-team conversations as a sceptical ML lead would, each turned into a
// property: the field of use reaches use-policy verdicts, a follow-up keeps the thread's facts,
// "why not X" and the self-hosting calculator agree, a self-hosting what-if is honoured inside a
// cloud-only team, and data control follows where the data actually goes. Properties, not rankings.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { licenseVerdict } from "../../src/licensing/verdict.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { volume } from "../unit/scoring/scoring-fixture.js";
import { expectExpertShortlist, shortlistThrough } from "./recommend-scenarios-checks.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const model = (id: string) => {
  const m = catalog.modelById.get(id);
  if (!m) throw new Error(`no ${id} in the catalogue`);
  return m;
};
const licenceOf = (id: string) => catalog.licenseById.get(model(id).licenseId)!;

describe("field of use reaches use-policy verdicts", () => {
  const restrictsMilitary = (id: string) =>
    licenceOf(id).terms.fieldOfUseRestrictions.some((r) => /military|weapon|itar/i.test(r));

  it("every Llama licence names military/ITAR use as restricted, with the policy's own words as a clause", () => {
    const llamas = catalog.models.filter((m) => /^llama-[234]/.test(m.licenseId));
    expect(llamas.length).toBeGreaterThan(5);
    for (const m of llamas) {
      expect(restrictsMilitary(m.id), m.id).toBe(true);
      const clause = licenceOf(m.id).clauses.find((c) => c.topic === "field-of-use" && /ITAR/.test(c.quote));
      expect(clause?.source, m.id).toMatch(/USE_POLICY\.md$/);
      expect(clause?.primary).toBe(true);
    }
  });

  it("a defence team: no licence that forbids military use is on the shortlist, and each is ruled out saying why", () => {
    const req: Requirements = {
      useCase: "chat",
      deployment: "on-prem",
      dataSensitivity: "regulated",
      volume: volume(200_000_000),
      mlOpsExperience: "strong",
      fieldOfUse: "military",
    };
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows) expect(restrictsMilitary(r.id), `${r.id} ranked for a defence team`).toBe(false);
    const excluded = (reply.data?.excluded as { id: string; reason: string }[]) ?? [];
    const llama = excluded.find((e) => e.id === "llama-3.3-70b");
    expect(llama?.reason).toMatch(/military/i);
  });

  it("a use policy we hold only by name is never a plain 'allowed' for a high-risk field", () => {
    for (const m of catalog.models) {
      const licence = catalog.licenseById.get(m.licenseId);
      if (!licence?.terms.acceptableUsePolicy || licence.kind === "library" || licence.kind === "not-released")
        continue;
      if (m.status === "retired" || m.kind !== "model") continue;
      const v = licenseVerdict(m, licence, { commercial: true, fieldOfUse: "weapons" });
      expect(v.verdict, `${m.id} (${licence.id})`).not.toBe("allowed");
    }
  });

  it("a hospital's field of use does not block Llama (its policy restricts unlicensed practice, not medicine)", () => {
    const v = licenseVerdict(model("llama-3.3-70b"), licenceOf("llama-3.3-70b"), {
      commercial: true,
      fieldOfUse: "medical",
    });
    expect(v.verdict).not.toBe("blocked");
  });

  it("a licence question later in the thread uses the field of use the thread stated", () => {
    const c = chat(catalog);
    c.say(
      "We're a defence contractor: on-prem only, 200M tokens a month, strong ML-ops team. Recommend a chat assistant model.",
    );
    const reply = c.say("can we use Llama 3.3 70B?");
    expect(reply.data?.intent).toBe("license");
    const verdicts = reply.data?.verdicts as { modelId: string; verdict: string }[];
    expect(verdicts.find((v) => v.modelId === "llama-3.3-70b")?.verdict).toBe("blocked");
    expect(textOf(reply)).toMatch(/military/i);
  });
});

interface Row {
  id: string;
  name: string;
  monthlyCostUsd: number | null;
  costBasis: "api" | "self-host" | null;
}
const rankingOf = (data: Record<string, unknown> | undefined): Row[] => (data?.ranking as Row[] | undefined) ?? [];
const totalTokens = (v: { inputTokensPerMonth: number; outputTokensPerMonth: number } | undefined) =>
  v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;

describe("follow-ups after a shortlist keep what the thread said", () => {
  const opening =
    "We're a defence contractor. On-prem only, air-gapped, 200M tokens a month, 300 users, strong ML-ops team. Recommend a chat assistant model.";

  it("'what if we owned 8 H100s?' re-ranks the shortlist with the owned GPUs, the volume and on-prem kept", () => {
    const c = chat(catalog);
    const first = c.say(opening);
    const before = rankingOf(first.data);
    expect(before.length).toBeGreaterThan(0);
    const reply = c.say("what if we owned 8 H100s?");
    expect(reply.data?.intent).toBe("what-if");
    const req = c.session.requirements;
    expect(totalTokens(req.volume)).toBe(200_000_000);
    expect(req.deployment).toBe("on-prem");
    expect(req.ownedGpus?.count).toBe(8);
    const after = rankingOf(reply.data);
    // Still on-prem: every ranked model is self-hosted, now on the owned H100s (on premises with no
    // GPUs said, they were bought: tests/unit/costs/on-prem-bought.property.test.ts).
    for (const r of after.slice(0, 3)) expect(r.costBasis).toBe("self-host");
    const working = textOf(reply)
      .split("\n")
      .filter((l) => /self-hosted, always on/.test(l));
    expect(working.length).toBeGreaterThan(0);
    for (const l of working) expect(l).toMatch(/H100.*all yours at/);
  });

  it("'and at int4?' then 'self-host X' keep the volume, the owned GPUs and the precision", () => {
    const c = chat(catalog);
    c.say(opening);
    c.say("what if we owned 8 H100s?");
    const int4 = c.say("and at int4?");
    expect(int4.data?.intent).toBe("what-if");
    expect(c.session.assumptions.precision).toBe("int4");
    expect(totalTokens(c.session.requirements.volume)).toBe(200_000_000);
    const cost = c.say("self-host Qwen3 32B");
    const data = cost.data as {
      volume?: { assumed: boolean } & Parameters<typeof totalTokens>[0];
      selfHost?: Record<string, unknown>;
    };
    expect(data.volume?.assumed).toBe(false);
    expect(totalTokens(data.volume)).toBe(200_000_000);
    expect(data.selfHost?.precision).toBe("int4");
    expect((data.selfHost?.owned as { count: number } | null)?.count).toBe(8);
  });
});

describe("'why not X' and the self-hosting calculator give one figure for the same facts", () => {
  const teams: { team: string; opening: string }[] = [
    {
      team: "defence contractor, on-prem",
      opening:
        "We're a defence contractor. On-prem only, 200M tokens a month, strong ML-ops team. Recommend a chat assistant model.",
    },
    {
      team: "consumer app at 5B tokens a month in its own cloud, no ops staff",
      opening:
        "Consumer chat app, 5B tokens a month, we self-host in our own cloud, no ops staff, open weights only. Recommend a model.",
    },
  ];
  it.each(teams)("$team", ({ opening }) => {
    const c = chat(catalog);
    const rows = rankingOf(c.say(opening).data).filter((r) => r.costBasis === "self-host");
    expect(rows.length).toBeGreaterThan(2);
    for (const row of [rows[0]!, rows[Math.floor(rows.length / 2)]!, rows[rows.length - 1]!]) {
      const whyNot = c.say(`why not ${row.name}?`);
      const again = rankingOf(whyNot.data).find((r) => r.id === row.id);
      expect(again?.monthlyCostUsd).toBeCloseTo(row.monthlyCostUsd!, 2);
      const calc = c.say(`self-host ${row.name}`);
      const figure = (calc.data?.selfHost as { monthlyUsdAlwaysOn?: number } | undefined)?.monthlyUsdAlwaysOn;
      expect({ model: row.id, calculator: figure }).toEqual({
        model: row.id,
        calculator: expect.closeTo(row.monthlyCostUsd!, 2),
      });
      c.say(opening); // back to the shortlist for the next model
    }
  });
});

describe("a self-hosting what-if is honoured for a team that runs only inside its cloud account", () => {
  it("an EU bank on Azure asking 'what if we self-host?' gets open weights it runs itself, never the cloud's closed APIs", () => {
    const c = chat(catalog);
    const first = c.say(
      "We're an EU bank. Everything must stay inside our Azure tenant, EU data residency required, regulated customer data, RAG over internal policies, 50M tokens a month, some ML-ops experience. Recommend a model.",
    );
    expect(rankingOf(first.data)[0]?.costBasis).toBe("api");
    const reply = c.say("what if we self-host?");
    expect(reply.data?.intent).toBe("what-if");
    const rows = rankingOf(reply.data);
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) {
      expect(model(r.id).openWeights, `${r.id} ranked after 'self-host'`).toBe(true);
      expect(r.costBasis, r.id).not.toBe("api");
    }
    for (const r of rows.slice(0, 3)) expect(r.costBasis, r.id).toBe("self-host");
    // The cloud account and residency still stand.
    expect(c.session.requirements.cloudProvider).toBe("azure");
    expect(c.session.requirements.euDataResidency).toBe(true);
    expectExpertShortlist(catalog, c.session.requirements, reply);
  });
});
