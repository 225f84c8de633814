// Teams whose shortlists used to fail an ML lead's review: regulated data sent to the cheapest
// host whatever its terms, a single stated GPU read as no limit, one on-device cap for phones and
// laptops, ops cost that ignored the team, Mistral's training policy unsourced, and a hospital
// end to end. Each is checked as an expert checks it (facts read here from the catalogue, not
// through the scoring code), never against an exact ranking.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankModels } from "../../src/scoring/rank.js";
import { USE_CASES, type Requirements } from "../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../src/scoring/self-host-quote.js";
import { volume } from "../unit/scoring/scoring-fixture.js";
import { expectExpertShortlist, shortlistThrough } from "./recommend-scenarios-checks.js";
import { chat, stepOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const quoter = selfHostQuoter(catalog.selfhost);
const ok = (v: string | undefined) => v === "yes" || v === "on-request";

/** A host's own terms allow regulated data: no training on API data, and zero retention or a BAA. */
function hostTakesRegulatedData(provider: string): boolean {
  const p = catalog.providerPolicyById?.get(provider);
  return p?.trainsOnCustomerData?.value === "no" && (ok(p.zeroDataRetention?.value) || ok(p.baa?.value));
}

describe("regulated data goes only to a host whose own terms allow it, and the answer says why", () => {
  const TEAMS: { team: string; req: Requirements }[] = [
    {
      team: "a US clinic summarising patient notes over any API, 200M tokens a month",
      req: { useCase: "summarization", dataSensitivity: "regulated", fieldOfUse: "medical", volume: volume(2e8) },
    },
    {
      team: "an insurer extracting claim fields, 1B tokens a month, cost first",
      req: { useCase: "extraction", dataSensitivity: "regulated", volume: volume(1e9), priorities: ["cost"] },
    },
    {
      team: "a bank's RAG assistant over customer files, 50M tokens, $3,000 budget",
      req: { useCase: "rag", dataSensitivity: "regulated", volume: volume(5e7), monthlyBudgetUsd: 3_000 },
    },
  ];
  it.each(TEAMS)("$team", ({ req }) => {
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    // Not only the top 3: no ranked model reaches the data through a host with unknown terms.
    for (const r of rows.filter((x) => x.costBasis === "api"))
      expect(hostTakesRegulatedData(r.apiProvider ?? ""), `${r.id} via ${r.apiProvider}`).toBe(true);
    if (req.fieldOfUse === "medical") expect(textOf(reply)).toMatch(/we need a BAA/);
  });

  it("property: whatever else the team says, every API host that gets regulated data has terms that allow it", () => {
    fc.assert(
      fc.property(
        fc.record({
          useCase: fc.constantFrom(...USE_CASES),
          tokens: fc.integer({ min: 1, max: 3_000 }),
          cloud: fc.constantFrom(undefined, "azure", "aws", "gcp"),
          eu: fc.boolean(),
          baa: fc.boolean(),
        }),
        ({ useCase, tokens, cloud, eu, baa }) => {
          const req: Requirements = {
            useCase,
            dataSensitivity: "regulated",
            volume: volume(tokens * 1_000_000),
            ...(cloud ? { cloudProvider: cloud as "azure" | "aws" | "gcp" } : {}),
            ...(eu ? { euDataResidency: true, inEu: true } : {}),
            ...(baa ? { needsBaa: true } : {}),
          };
          const ranking = rankModels(catalog, req, { selfHost: quoter });
          const clouds: Record<string, string> = { azure: "azure", aws: "amazon-bedrock", gcp: "google-vertex" };
          for (const m of ranking.ranked.filter((x) => x.costBasis === "api")) {
            const host = (m.apiProvider ?? "").replace(/-marketplace$/, "");
            expect(hostTakesRegulatedData(clouds[host] ?? host), `${m.id} via ${m.apiProvider}`).toBe(true);
          }
          // A closed model ruled out for its hosts really has none whose terms allow it (when no
          // other hosting rule narrowed its hosts first).
          if (!cloud && !eu && !baa)
            for (const e of ranking.excluded.filter((x) => x.constraint === "regulated-host")) {
              const model = catalog.modelById.get(e.id)!;
              // Research-only weights are used through the lab's own API alone.
              const hosts = model.apiLicenseId ? model.offerings.filter((o) => o.firstParty) : model.offerings;
              expect(
                hosts.some((o) => hostTakesRegulatedData(o.provider)),
                e.id,
              ).toBe(false);
            }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe("stated hardware is a limit, not only a price", () => {
  const usableGb = (type: string, count: number) => {
    const gpu = catalog.selfhost.gpus.find((g) => g.key === type)!;
    return count * gpu.memoryGb * 0.9;
  };

  it("a support team self-hosting on one L40S gets models that load on it, and is told at what precision", () => {
    const req: Requirements = {
      useCase: "chat",
      dataSensitivity: "internal",
      selfHosted: true,
      ownedGpus: { type: "L40S", count: 1 },
      volume: volume(5e7),
      mlOpsExperience: "strong",
    };
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    expect(rows.length).toBeGreaterThan(2);
    // 4-bit weights alone (0.5 byte per parameter) must fit the card's usable memory.
    for (const r of rows) expect(catalog.modelById.get(r.id)!.parameters!.totalB * 0.5, r.id).toBeLessThan(43.2);
    const text = textOf(reply);
    expect(text).toMatch(/On your hardware/);
    expect(text).toMatch(/fits your 1× NVIDIA L40S .* at (16-bit|FP8|4-bit)/);
    const excluded = (reply.data?.excluded as { id: string; constraint: string; reason: string }[]) ?? [];
    const tooBig = excluded.filter((e) => e.constraint === "hardware");
    // The giants are ruled out; a model whose 4-bit weights take under half the card never is.
    expect(tooBig.some((e) => (catalog.modelById.get(e.id)?.parameters?.totalB ?? 0) >= 200)).toBe(true);
    for (const e of tooBig)
      expect(catalog.modelById.get(e.id)?.parameters?.totalB ?? Infinity, e.id).toBeGreaterThan(43);
    for (const e of tooBig) expect(e.reason).toMatch(/L40S/);
  });

  it("property: more memory never rules out a model that less memory admits", () => {
    const RIGS: [string, number][] = [
      ["L4-24GB", 1],
      ["L40S-48GB", 1],
      ["A100-80GB", 1],
      ["L40S-48GB", 2],
      ["H100-SXM-80GB", 2],
      ["H100-SXM-80GB", 8],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...USE_CASES),
        fc.integer({ min: 0, max: RIGS.length - 2 }),
        fc.constantFrom(undefined, 8_000, 32_000, 128_000),
        (useCase, i, context) => {
          const admitted = (rig: [string, number]) => {
            const req: Requirements = {
              useCase,
              selfHosted: true,
              ownedGpus: { type: rig[0], count: rig[1] },
              ...(context ? { contextTokens: context } : {}),
            };
            const ranking = rankModels(catalog, req, { selfHost: quoter });
            for (const m of ranking.ranked)
              expect(catalog.modelById.get(m.id)!.parameters!.totalB * 0.5).toBeLessThanOrEqual(usableGb(...rig));
            return new Set(ranking.ranked.map((m) => m.id));
          };
          const small = admitted(RIGS[i]!);
          const big = admitted(RIGS[i + 1]!);
          for (const id of small) expect(big.has(id), `${id}: ${RIGS[i]} → ${RIGS[i + 1]}`).toBe(true);
        },
      ),
      { numRuns: 10 },
    );
  }, 120_000);
});

describe("on-device caps tell phones from laptops", () => {
  const base: Requirements = {
    useCase: "summarization",
    onDevice: true,
    monthlyActiveUsers: 2_000_000,
    commercial: true,
  };

  it("a phone app gets models of at most 4B parameters, and the answer says what that rests on", () => {
    const req: Requirements = { ...base, device: "phone" };
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(catalog.modelById.get(r.id)!.parameters!.totalB, r.id).toBeLessThanOrEqual(4);
    expect(textOf(reply)).toMatch(/a phone app: at most 4B parameters \(Apple's own on-device model is about 3B/);
    const cited = reply.blocks.some((b) => b.kind === "sources" && b.items.some((s) => /arxiv\.org/.test(s.url ?? "")));
    expect(cited).toBe(true);
  });

  it("without a device class the laptop cap is said as an assumption, with the phone cap beside it", () => {
    const reply = shortlistThrough(catalog, base);
    expectExpertShortlist(catalog, base, reply);
    expect(textOf(reply)).toMatch(/at most 8B parameters, the laptop cap .*A phone app needs at most 4B/);
  });

  it("property: a phone's candidates are a subset of a laptop's, and a laptop's never exceed 8B", () => {
    fc.assert(
      fc.property(fc.constantFrom(...USE_CASES), fc.boolean(), (useCase, commercial) => {
        const of = (device: "phone" | "laptop") =>
          rankModels(catalog, { useCase, onDevice: true, device, commercial }, { selfHost: quoter }).ranked.map(
            (m) => m.id,
          );
        const laptop = new Set(of("laptop"));
        for (const id of laptop) expect(catalog.modelById.get(id)!.parameters!.totalB).toBeLessThanOrEqual(8);
        for (const id of of("phone")) expect(laptop.has(id), id).toBe(true);
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});

describe("self-hosting ops cost follows the nodes and the team's ops capacity", () => {
  it("property: less ops capacity or more volume never makes a self-hosted figure cheaper, and the inputs are said", () => {
    const model = catalog.modelById.get("qwen3-32b") ?? catalog.models.find((m) => m.openWeights && m.parameters)!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 4 }), (millions, more) => {
        const v = volume(millions * 1_000_000);
        const bigger = volume(millions * 1_000_000 * more);
        const quote = (capacity: "strong" | "some" | "none" | undefined, vol = v) => {
          const q = selfHostQuoter(catalog.selfhost, capacity ? { opsCapacity: capacity } : {})(model, vol);
          if ("unavailable" in q) throw new Error(q.unavailable);
          return q;
        };
        const strong = quote("strong");
        expect(strong.monthlyUsd).toBeLessThanOrEqual(quote("some").monthlyUsd);
        expect(quote("some").monthlyUsd).toBeLessThanOrEqual(quote("none").monthlyUsd);
        expect(strong.monthlyUsd).toBeLessThanOrEqual(quote("strong", bigger).monthlyUsd);
        expect(strong.summary).toMatch(/FTE × \$15,000 a month for \d+ nodes? at strong ops capacity/);
        expect(quote(undefined).summary).toMatch(/ML-ops experience was not stated/);
        expect(quote("none").summary).toMatch(/no ops staff/);
      }),
      { numRuns: 25 },
    );
  });
});

describe("Mistral's training on API data is sourced from Mistral's own terms", () => {
  it("the policy record cites Mistral's help centre, with a date, and answers name it", () => {
    const p = catalog.providerPolicyById?.get("mistral");
    expect(p?.trainsOnCustomerData?.value).toBe("no");
    expect(p?.trainsOnCustomerData?.sourceKind).toBe("primary");
    expect(p?.trainsOnCustomerData?.sourceUrl).toMatch(/^https:\/\/help\.mistral\.ai\//);
    expect(p?.trainsOnCustomerData?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const req: Requirements = {
      useCase: "chat",
      dataSensitivity: "regulated",
      inEu: true,
      euDataResidency: true,
      exclude: { countries: ["CN", "US"] },
      volume: volume(1e8),
    };
    const reply = shortlistThrough(catalog, req);
    expectExpertShortlist(catalog, req, reply);
    expect(textOf(reply)).toMatch(/via \*\*Mistral AI \(La Plateforme\)\*\*.*no training on API data \(its own terms/);
  });
});

describe("a hospital, end to end in its own words", () => {
  it("reaches a shortlist in a few messages without asking twice, keeps PHI with hosts that allow it, and a BAA narrows it", () => {
    const c = chat(catalog);
    const asked: string[] = [];
    let reply = c.say("help me choose a model");
    const answers = [
      // Patient data without the HIPAA words: the BAA is offered, not assumed (PHI or HIPAA would require it).
      "we are a hospital, 300 staff; summarise clinical notes with patient data, 200M tokens a month, some ML-ops experience",
      "any managed API is fine",
      "skip",
      "skip",
      "skip",
    ];
    for (const a of answers) {
      const step = stepOf(reply);
      if (!step) break;
      expect(asked, `asked ${step} twice`).not.toContain(step);
      asked.push(step);
      reply = c.say(a);
    }
    expect(stepOf(reply)).toBeNull();
    expect(c.turns).toBeLessThanOrEqual(5);
    const req = reply.data?.requirements as Requirements;
    expect(req.dataSensitivity).toBe("regulated");
    expectExpertShortlist(catalog, req, reply);
    expect(textOf(reply)).toMatch(/If this is PHI under HIPAA .* say "we need a BAA"/);

    const withBaa = c.say("we need a BAA");
    const req2 = withBaa.data?.requirements as Requirements;
    expect(req2.needsBaa).toBe(true);
    const rows = expectExpertShortlist(catalog, req2, withBaa);
    for (const r of rows.slice(0, 3).filter((x) => x.costBasis === "api"))
      expect(ok(catalog.providerPolicyById?.get(r.apiProvider ?? "")?.baa?.value), `${r.id} via ${r.apiProvider}`).toBe(
        true,
      );
    expect(textOf(withBaa)).not.toMatch(/If this is PHI under HIPAA/);
    // Saying HIPAA: a vendor that sees the data must sign a BAA from the first message.
    const hipaa = chat(catalog);
    hipaa.say("we are a hospital under HIPAA; summarise clinical notes, 200M tokens a month");
    expect(hipaa.session.requirements).toMatchObject({ dataSensitivity: "regulated", needsBaa: true });
  });

  it("medical work with the data left unsaid is ranked as regulated data, and the answer says it assumed so", () => {
    const req: Requirements = { useCase: "chat", fieldOfUse: "medical", deployment: "any-api", volume: volume(5e7) };
    const reply = shortlistThrough(catalog, req);
    const ranked = reply.data?.requirements as Requirements;
    expect(ranked.dataSensitivity).toBe("regulated");
    expectExpertShortlist(catalog, ranked, reply);
    expect(textOf(reply)).toMatch(/Assumed: regulated \(patient\) data, since this is medical work/);
    // Said otherwise, nothing is assumed.
    const internal = shortlistThrough(catalog, { ...req, dataSensitivity: "internal" });
    expect(textOf(internal)).not.toMatch(/Assumed: regulated/);
  });
});
