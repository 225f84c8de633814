// "The model must never be trained on our data" is its own rule, not zero data retention: most
// API hosts rule out training on API data in their terms but keep it for some days, and a team
// that only said the first must not lose every host that keeps logs. Each phrasing sets the rule,
// the shortlist's API hosts are those whose own terms rule out training, and the rule is said
// back and lifted by name.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { providerPolicy } from "../../src/catalog/provider-policies.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { BIOTECH } from "./seventh-round-teams.js";

const catalog = readCatalog();
const trains = (provider: string | null | undefined) =>
  provider ? providerPolicy(catalog, provider)?.trainsOnCustomerData?.value : undefined;
const keepsSomething = (provider: string | null | undefined) => {
  const p = provider ? providerPolicy(catalog, provider) : undefined;
  return p?.zeroDataRetention?.value !== "yes" && p?.retentionDays?.value !== 0;
};

describe("no training on the team's data", () => {
  it.each([
    "We're a bank. Need extraction from loan docs; the model must never be trained on our data.",
    "support chatbot for a telco; the vendor can't use our conversations for training. recommend something",
    "insurer here, claims triage, our data must never be used to train anyone's models. which llm?",
    "coding assistant for 40 devs, no training on our code or prompts please. which model?",
  ])("%s: the rule is set, zero retention is not", (message) => {
    const c = chat(catalog);
    c.say(message);
    expect(c.session.requirements.noTrainingOnData).toBe(true);
    expect(c.session.requirements.noRetention).toBeUndefined();
  });

  it("every API pick is hosted where the host's own terms rule out training; hosts that keep logs stay", () => {
    const c = chat(catalog);
    const reply = c.say(
      "customer support chat, 50M tokens a month, the provider must never train on our data. which model should we use?",
    );
    const rows = rowsOf(reply);
    const api = rows.filter((r) => r.costBasis === "api");
    expect(api.length).toBeGreaterThan(0);
    for (const r of api) expect(trains(r.apiProvider), `${r.id} via ${r.apiProvider}`).toBe("no");
    // Weaker than zero retention: the same team asking for ZDR keeps fewer hosts.
    const zdr = chat(catalog);
    const zdrRows = rowsOf(
      zdr.say("customer support chat, 50M tokens a month, we need zero data retention. which model?"),
    );
    const hostsOf = (rs: typeof rows) => new Set(rs.map((r) => r.apiProvider).filter(Boolean));
    expect(api.some((r) => keepsSomething(r.apiProvider)) || hostsOf(rows).size > hostsOf(zdrRows).size).toBe(true);
    const text = textOf(reply);
    expect(text).toMatch(/API host must not train on your data/);
    expect(text).toMatch(/Where your data goes\*\* \(no training on your data: /);
  });

  it("a closed model none of whose hosts rules out training is ruled out, with the reason", () => {
    const c = chat(catalog);
    const reply = c.say("chat assistant, 20M tokens a month; nobody may train on our data. what do you recommend?");
    const excluded = (reply.data?.excluded ?? []) as { id: string; reason: string; constraint: string }[];
    const byTraining = excluded.filter((x) => x.constraint === "no-training");
    expect(byTraining.length).toBeGreaterThan(0);
    for (const e of byTraining) expect(e.reason).toMatch(/trains on API data|rule out training on your data/);
    const shown = new Set(rowsOf(reply).map((r) => r.id));
    const untrusted = catalog.models.filter(
      (m) => !m.openWeights && m.offerings.length > 0 && m.offerings.every((o) => trains(o.provider) !== "no"),
    );
    expect(untrusted.length).toBeGreaterThan(0);
    for (const m of untrusted) {
      expect(shown.has(m.id), m.id).toBe(false);
      expect(
        excluded.some((e) => e.id === m.id),
        m.id,
      ).toBe(true);
    }
  });

  it("a question about a provider's training terms sets no rule; the rule is lifted by name", () => {
    const q = chat(catalog);
    q.say("does mistral train on our data?");
    expect(q.session.requirements.noTrainingOnData).toBeUndefined();
    const c = chat(catalog);
    c.say("summarising board minutes, 5M tokens a month, and the vendor must never train on our data. which model?");
    expect(c.session.requirements.noTrainingOnData).toBe(true);
    c.say("what if we drop the no-training rule?");
    expect(c.session.requirements.noTrainingOnData).toBeUndefined();
  });

  it("biotech: 'no training on it, no retention' is both rules, said back once as the stronger one", () => {
    const c = chat(catalog);
    const text = textOf(c.say(BIOTECH));
    expect(c.session.requirements).toMatchObject({ noRetention: true, noTrainingOnData: true });
    expect(text).toMatch(/API host must not train on or keep your data/);
    expect(text).not.toMatch(/API host must not train on your data/);
  });
});
