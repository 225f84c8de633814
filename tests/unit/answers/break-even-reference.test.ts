// "When is self-hosting X cheaper than the API?": the API a team compares with is the lab's own
// (what it would sign up for, and what "the X API" means), with a cheaper third-party host named
// beside it, never silently swapped in. Checked for every open model with a lab API, on the real
// catalogue.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { breakEvenHandler } from "../../../src/answers/break-even.js";
import { apiCostsFor } from "../../../src/answers/cost.js";
import type { TurnContext } from "../../../src/conversation/handler.js";
import { newSession } from "../../../src/conversation/session.js";
import type { OutboundMessage } from "../../../src/ports.js";

const catalog = readCatalog();
const now = new Date("2026-12-04T10:00:00Z");
const ctx: TurnContext = {
  catalog,
  now,
  session: newSession(now),
  inbound: { ref: { platform: "console", channel: "t" }, user: { id: "u" }, text: "", messageId: "m", receivedAt: now },
};
const volume = {
  inputTokensPerMonth: 750e6,
  outputTokensPerMonth: 250e6,
  cachedInputTokensPerMonth: 0,
  splitAssumed: true,
  description: "1B tokens a month",
};
const textOf = (m: OutboundMessage) => m.fallbackText;

describe("break-even against the lab's own API", () => {
  const withLabApi = catalog.models.filter(
    (m) => m.openWeights && m.status !== "retired" && m.offerings.some((o) => o.firstParty),
  );

  it("covers several open models that have a lab API, some with a cheaper host", () => {
    expect(withLabApi.length).toBeGreaterThan(5);
    const cheaperElsewhere = withLabApi.filter((m) => {
      const costs = apiCostsFor(m, volume);
      const lab = costs.find((c) => c.role === "first-party");
      const host = costs.find((c) => c.role === "cheapest-host");
      return lab && host && host.totalUsd < lab.totalUsd;
    });
    expect(cheaperElsewhere.length).toBeGreaterThan(0);
  });

  it.each(withLabApi.map((m) => [m.id]))("%s: compared with its lab's API, a cheaper host named beside it", (id) => {
    const reply = breakEvenHandler({ kind: "break-even", modelIds: [id], volume: null, assumptionEdits: {} }, ctx)
      .replies[0]!;
    const api = reply.data?.api as { provider: string } | undefined;
    if (!api) return; // no GPU sizing for this model: nothing compared
    const model = catalog.modelById.get(id)!;
    expect(model.offerings.find((o) => o.provider === api.provider)?.firstParty, id).toBe(true);
    const costs = apiCostsFor(model, volume);
    const lab = costs.find((c) => c.role === "first-party")!;
    const host = costs.find((c) => c.role === "cheapest-host");
    if (host && host.totalUsd < lab.totalUsd)
      expect(textOf(reply)).toContain(`A third-party host is cheaper than ${lab.providerName}'s own API`);
  });
});
