// General open-vs-closed questions without a model name get the criterion, catalogue models that
// illustrate it, and numbers with sources — never "Which model should I price?". Recognising the
// topic is the understanding layer's job (measured by the corpus); here each question arrives as
// the trade-off intent with its topic, and the transcript checks the answer against the catalogue.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import type { TradeoffTopic } from "../../src/intents/types.js";
import { chat, NOW, textOf } from "./recommend-helpers.js";
import { createAdvisor } from "../../src/advisor.js";
import { newSession } from "../../src/conversation/session.js";

import { inboundFor } from "./recommend-helpers.js";
import type { OutboundMessage } from "../../src/ports.js";

let catalog: Catalog;
beforeAll(() => {
  catalog = readCatalog();
});

const QUESTIONS: Record<string, TradeoffTopic> = {
  "is open source always cheaper?": "cost-at-scale",
  "who owns what the model writes?": "ownership",
  "is it safe to send patient data to an API?": "data-security",
  "what about support and SLAs, open vs closed?": "support",
  "how locked in are we with a closed model?": "lock-in",
  "can we customise closed models as much as open ones?": "customization",
};

function ask(question: string): OutboundMessage {
  const advisor = createAdvisor({
    catalog,
    now: () => NOW,
    understand: (text) => ({ kind: "tradeoffs", modelIds: [], topic: QUESTIONS[text] }),
  });
  const { replies } = advisor.handleTurn(newSession(NOW), inboundFor(question, 1));
  expect(replies).toHaveLength(1);
  return replies[0]!;
}

const current = () => catalog.models.filter((m) => m.kind === "model" && m.status === "current");

describe("general trade-off answers", () => {
  it.each(Object.entries(QUESTIONS))("%s -> the criterion, models, numbers and sources", (question, topic) => {
    const reply = ask(question);
    expect(reply.data?.intent).toBe("tradeoffs");
    expect(reply.data?.topic).toBe(topic);
    const body = textOf(reply);
    expect(body).toMatch(/\*\*The criterion:\*\*/);
    expect(body).not.toMatch(/Which model/i);
    expect(reply.data?.models?.length ?? 0).toBeGreaterThan(0);
    for (const m of reply.data?.models ?? []) expect(catalog.modelById.has(m.id)).toBe(true);
    const sources = reply.blocks.flatMap((b) => (b.kind === "sources" ? b.items : []));
    expect(sources.length).toBeGreaterThan(1);
    for (const s of sources) expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it("cost at scale: self-hosting's floor and break-even from the cost model", () => {
    // User: is open source always cheaper?
    const reply = ask("is open source always cheaper?");
    // Bot: Self-hosting Llama 3.3 70B costs about $… a month before the first token … Against …
    expect(textOf(reply)).toMatch(/costs about \*\*\$[\d,.]+ a month\*\* before the first token/);
    const breakEven = (reply.data?.evidence as { breakEven: { selfHostFloorUsd: number; kind: string }[] }).breakEven;
    expect(breakEven.length).toBeGreaterThanOrEqual(2);
    for (const b of breakEven) expect(b.selfHostFloorUsd).toBeGreaterThan(0);
    expect(textOf(reply).match(/^- Against /gm)?.length).toBe(breakEven.length);
  });

  it("ownership: the licences' own clauses on outputs, and a count over the catalogue", () => {
    const reply = ask("who owns what the model writes?");
    const body = textOf(reply);
    const quoted = [...body.matchAll(/The text: "([^"]+?)(?:…)?"/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    const clauses = catalog.licenses.flatMap((l) => l.clauses.map((c) => c.quote));
    for (const q of quoted) expect(clauses.some((c) => c.startsWith(q))).toBe(true);
    const rules = (reply.data?.evidence as { outputsRules: Record<string, number> }).outputsRules;
    expect(Object.values(rules).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(current().length);
  });

  it("data security: each provider's retention, training, EU residency and BAA facts as recorded", () => {
    const body = textOf(ask("is it safe to send patient data to an API?"));
    for (const p of catalog.providerPolicyById?.values() ?? []) {
      expect(body).toContain(`**${p.name}**`);
      if (p.baa) expect(body).toContain(`HIPAA BAA: ${p.baa.value === "on-request" ? "on request" : p.baa.value}`);
    }
    expect(body).toMatch(/Self-hosting keeps prompts in your own network: \d+ current open-weights chat models/);
  });

  it("lock-in: how many providers sell each model, as in the catalogue", () => {
    const reply = ask("how locked in are we with a closed model?");
    const hosts = (reply.data?.evidence as { hosts: Record<string, number> }).hosts;
    for (const [id, n] of Object.entries(hosts))
      expect(n).toBe(new Set(catalog.modelById.get(id)!.offerings.map((o) => o.provider)).size);
  });

  it("without a topic the full overview still answers, through the real understanding", () => {
    const c = chat(catalog);
    const reply = c.say("open vs closed models: what are the trade-offs?");
    expect(reply.data?.intent).toBe("tradeoffs");
    expect(textOf(reply)).toMatch(/Criterion by criterion/);
  });
});
