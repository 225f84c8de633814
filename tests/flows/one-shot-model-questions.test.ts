// One-shot questions about one model that are answered directly (issue 11): a model weighed against
// a data law or a regulated sector is answered from its host's data terms, not "Allowed" by its
// licence; "does <provider> sign a DPA?" from that provider's terms; "is <model> ok for <sector>?"
// is a licence verdict (not a model card or a self-hosting cost); and a model the catalogue does
// not hold, named where a question puts its model, is said to be unknown. Models and providers are
// picked by property from the real catalogue, each question in several phrasings.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { providerNamedIn } from "../../src/catalog/hosts.js";
import { looseLookup } from "../../src/intents/model-refs.js";
import { providerPolicy } from "../../src/catalog/provider-policies.js";
import type { Model } from "../../src/catalog/schema.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const THREAD =
  "we're a research group building a chatbot for field notes in english and french, ~5M tokens a month, open weights only";
const current = catalog.models.filter((m) => m.kind === "model" && m.status === "current");

/** Closed models sold on their lab's own API, whose data terms the catalogue holds. */
const closedOnOwnApi = current
  .filter((m) => !m.openWeights)
  .flatMap((m) => {
    const own = m.offerings.find((o) => o.firstParty && providerPolicy(catalog, o.provider));
    return own ? [{ model: m, provider: own.provider }] : [];
  });
const spread = <T>(xs: readonly T[], n: number): T[] =>
  Array.from({ length: Math.min(n, xs.length) }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);

const WEIGHED = [
  "is {m} gdpr compliant?",
  "is {m} compliant with GDPR",
  "is {m} safe for a bank?",
  "would {m} be safe to use at a hospital?",
  "is {m} secure enough for an insurance company",
];

describe("a model weighed against a data law or a regulated sector", () => {
  const cases = spread(closedOnOwnApi, 4).flatMap(({ model, provider }) =>
    WEIGHED.map((q) => [q.replace("{m}", model.name.toLowerCase()), model.id, provider] as const),
  );
  it.each(cases)("'%s' answers from the host's data terms, led by what settles compliance", (q, id, provider) => {
    const reply = chat(catalog).say(q);
    expect(reply.data?.intent).toBe("tradeoffs");
    expect(reply.data?.evidence).toMatchObject({ provider });
    const t = textOf(reply);
    expect(t).toMatch(/not settled by the model's licence/);
    expect(t).not.toMatch(/^(Allowed|Conditional|Blocked):/m);
    expect((reply.data?.models as { id: string }[]).map((m) => m.id)).toEqual([id]);
  });

  it("an open-weights model off its lab's API ('is deepseek r1 safe for a bank?'): the lab API's terms, that it is not sold there, and that self-hosting keeps the data in-house", () => {
    const offApi = current.find(
      (m) =>
        m.openWeights &&
        m.offerings.every((o) => !o.firstParty) &&
        providerPolicy(catalog, m.lab.toLowerCase()) !== undefined,
    )!;
    const reply = chat(catalog).say(`is ${offApi.name.toLowerCase()} safe for a bank?`);
    expect(reply.data?.evidence).toMatchObject({ provider: offApi.lab.toLowerCase() });
    const t = textOf(reply);
    expect(t).toContain(`**${offApi.name}** has open weights`);
    expect(t).toContain(`**${offApi.name}** is not offered on`);
  });
});

describe("'does <provider> sign a DPA?'", () => {
  // Providers with data terms on file, each by a word of its own that names it ("mistral", "vertex").
  const named = [...(catalog.providerPolicyById?.values() ?? [])].flatMap((p) => {
    const word = [p.provider, ...p.name.toLowerCase().split(/[^a-z]+/)]
      .filter((w) => !w.includes("-"))
      .find((w) => providerNamedIn(w, catalog)?.provider === p.provider);
    return word ? [[word, p.provider] as const] : [];
  });
  const PHRASINGS = [
    "does {p} sign a DPA?",
    "will {p} sign a data processing agreement with us?",
    "do {p} offer a DPA for api customers",
  ];
  it("holds at least three such providers", () => expect(named.length).toBeGreaterThanOrEqual(3));
  it.each(named.flatMap(([word, provider]) => PHRASINGS.map((q) => [q.replace("{p}", word), provider] as const)))(
    "'%s' answers from that provider's terms, the DPA first",
    (q, provider) => {
      const reply = chat(catalog).say(q);
      expect(reply.data?.intent).toBe("tradeoffs");
      expect(reply.data?.evidence).toMatchObject({ provider, asks: "dpa" });
      const facts = textOf(reply).split("**In the catalogue:**")[1]!.trim().split("\n");
      expect(facts[0]).toMatch(/data processing agreement/);
    },
  );
});

describe("a free tier asked about answers from that tier's data terms", () => {
  const withFreeTier = [...(catalog.providerPolicyById?.values() ?? [])].filter((p) => p.freeTierTraining);
  const PHRASINGS = [
    "is the {p} free tier ok for this?",
    "we're a 2-person charity. can we use the free tier of {p} for our helpline bot?",
    "does {p}'s free plan train on our prompts?",
    "what happens to our data on the free tier of {p}",
  ];
  const TRAINS: Record<string, RegExp> = { yes: /^yes\b/, no: /^no\b/, "opt-out": /unless you opt out/ };
  it("holds free-tier terms for at least two providers", () => expect(withFreeTier.length).toBeGreaterThanOrEqual(2));
  it.each(withFreeTier.flatMap((p) => PHRASINGS.map((q) => [q.replace("{p}", p.provider), p] as const)))(
    "'%s': the free tier's training term first, with its source",
    (q, policy) => {
      const reply = chat(catalog).say(q);
      expect(reply.data?.intent).toBe("tradeoffs");
      expect(reply.data?.evidence).toMatchObject({ provider: policy.provider, asks: "free-tier" });
      const first = textOf(reply).split("**In the catalogue:**")[1]!.trim().split("\n")[0]!;
      const said = /\*\*Free tier trains on what you send:\*\* (.*)$/.exec(first)?.[1] ?? "";
      expect(said).toMatch(TRAINS[policy.freeTierTraining!.value]!);
      expect(said).toContain(policy.freeTierTraining!.asOf);
    },
  );
  it("'is the gemini free tier ok for this?' in a helpline thread names the Gemini API's free tier, not every Gemini's licence", () => {
    const c = chat(catalog);
    c.say("we're a 2-person charity running a helpline bot for tenants, ~2M tokens a month");
    const reply = c.say("is the gemini free tier ok for this?");
    expect(reply.data?.intent).toBe("tradeoffs");
    expect(reply.data?.evidence).toMatchObject({ provider: "google", asks: "free-tier" });
  });
});

describe("'is <model> ok for <sector>?' is a licence question", () => {
  const open = spread(
    current.filter((m) => m.openWeights && m.licenseId),
    5,
  );
  const SECTORS = ["public sector use", "the public sector", "a government agency", "a bank", "a hospital"];
  const SHAPES = ["is {m} ok for {s}?", "is {m} fine for {s}", "is {m} acceptable for {s}?"];
  const cases = open.flatMap((m, i) =>
    SHAPES.map(
      (shape, j) => [shape.replace("{m}", m.name.toLowerCase()).replace("{s}", SECTORS[(i + j) % 5]!), m] as const,
    ),
  );
  it.each(cases)("'%s' gets the licence verdict for that model", (q, model: Model) => {
    const reply = chat(catalog).say(q);
    expect(reply.data?.intent).toBe("license");
    expect(textOf(reply)).toMatch(new RegExp(`^(Allowed|Conditional|Blocked)[^\\n]*${escape(model.name)}`, "m"));
  });

  it.each(open.map((m) => [m.name.toLowerCase(), m] as const))(
    "'is %s ok for a bank in the EU to self host?' judges self-hosting in the EU for finance, not its cost",
    (name, model) => {
      const reply = chat(catalog).say(`is ${name} ok for a bank in the EU to self host?`);
      expect(reply.data?.intent).toBe("license");
      const t = textOf(reply);
      expect(t).toContain(model.name);
      expect(t).toMatch(/What you told me:\*\* self-hosting, established in the EU, field of use: finance/);
    },
  );
});

describe("a model the catalogue does not hold, named where a question puts its model", () => {
  const UNHELD = ["exaone", "solar pro", "sea-lion", "hyperclova", "jais"];
  const SHAPES = [
    "can we use {n} for this?",
    "is {n} an option",
    "is {n} available?",
    "could we try {n} for our support bot?",
    "is {n} from some lab an option for us",
  ];
  it("none of these names is in the catalogue", () => {
    for (const n of UNHELD) expect(looseLookup(n, catalog).status, n).not.toBe("found");
  });
  it.each(UNHELD.flatMap((n) => SHAPES.map((s) => [s.replace("{n}", n), n] as const)))(
    "'%s' says it is not a model we know",
    (q, name) => {
      const reply = chat(catalog).say(q);
      expect(reply.data?.intent).toBe("unknown-model");
      expect(textOf(reply)).toContain(`I don't know a model called "${name}"`);
    },
  );
  it.each(["can we use exaone for this? its from LG", "is solar pro from upstage an option", "is sea-lion available?"])(
    "in a thread with a shortlist, '%s' is still said to be unknown (not a verdict on the thread's picks)",
    (q) => {
      const c = chat(catalog);
      c.say(THREAD);
      expect(c.session.lastList.length).toBeGreaterThan(0);
      expect(c.say(q).data?.intent).toBe("unknown-model");
    },
  );
  it.each([
    "is batch available?",
    "can we use ollama for this",
    "can we use something cheaper",
    "is fine-tuning an option",
    "can we use the batch api",
    "is together an option",
    "can we use llama 3.3 70b for this?",
  ])("'%s' names no unknown model", (q) => {
    expect(chat(catalog).say(q).data?.intent).not.toBe("unknown-model");
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
