// Licence questions about closed models as a class ("distilling from a bigger closed model's
// outputs - is that allowed?"): no model is named, so every closed provider's terms answer, each
// with its verdict for the team's facts and the clause it rests on; never the open-weights list.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../../src/advisor.js";
import { newSession } from "../../../src/conversation/session.js";

const catalog = readCatalog();
const now = new Date("2026-11-29T10:00:00Z");
const advisor = createAdvisor({ catalog, now: () => now });

interface ClosedData {
  intent: string;
  closedOnly?: boolean;
  verdicts: { licenseId: string; verdict: string; modelIds: string[]; clauses: unknown[] }[];
}

function ask(text: string) {
  const { replies } = advisor.handleTurn(newSession(now), {
    ref: { platform: "console", channel: "c" },
    user: { id: "u" },
    text,
    messageId: "m1",
    receivedAt: now,
  });
  const reply = replies[replies.length - 1]!;
  return { text: reply.fallbackText, data: reply.data as unknown as ClosedData };
}

const verdictFor = (data: ClosedData, licenseId: string) => data.verdicts.find((v) => v.licenseId === licenseId);

describe("closed providers' terms, asked without a model", () => {
  it.each([
    "we are distilling from a bigger closed model's outputs - is that allowed?",
    "can we train on proprietary models' outputs?",
    "do closed-source LLM providers let us use their outputs as training data?",
  ])("%s -> each closed provider's outputs term", (question) => {
    const { text, data } = ask(question);
    expect(data.intent).toBe("license");
    expect(data.closedOnly).toBe(true);
    // Every line is a closed model's terms; no open-weights licence is listed.
    for (const v of data.verdicts) expect(catalog.licenseById.get(v.licenseId)?.kind).toBe("proprietary-api");
    for (const id of ["openai-terms", "anthropic-terms", "gemini-api-terms"]) {
      const v = verdictFor(data, id);
      expect(v?.verdict, id).toBe("blocked");
      expect(v?.clauses.length, id).toBeGreaterThan(0);
    }
    expect(text).toMatch(/compete/);
    expect(text).not.toMatch(/Apache License 2\.0/);
  });

  it("a non-competing model (a classifier) turns the big providers' terms into conditions", () => {
    const { data } = ask("are we allowed to use closed model outputs to build a classifier?");
    expect(data.intent).toBe("license");
    expect(verdictFor(data, "openai-terms")?.verdict).toBe("conditional");
    expect(verdictFor(data, "anthropic-terms")?.verdict).toBe("conditional");
  });

  it("names each provider once, with its retired models left out", () => {
    const { data } = ask("we are distilling from a bigger closed model's outputs - is that allowed?");
    const ids = data.verdicts.flatMap((v) => v.modelIds);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(catalog.modelById.get(id)?.status).not.toBe("retired");
  });

  it("an open-models question still lists open models", () => {
    const { data } = ask("which open models can we train on the outputs of?");
    expect(data.closedOnly).toBeUndefined();
    for (const v of data.verdicts) expect(catalog.modelById.get(v.modelIds?.[0] ?? "")?.openWeights ?? true).toBe(true);
  });
});
