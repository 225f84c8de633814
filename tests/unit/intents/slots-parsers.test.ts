// Slot readers added for issue 10: budgets keep their currency and period, what-ifs and profile
// commands carry the slots they state, size caps in ranges, ordered priorities, serving as an API.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseBudget, parseMonthlyBudget, parseRequirements } from "../../../src/intents/requirements-text.js";
import { slotsOf } from "../../../src/intents/slots-of.js";
import { parseWhatIf } from "../../../src/intents/what-if-text.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";

const catalog = readCatalog();

describe("budgets", () => {
  it.each([
    ["budget 200 dollars/month", 200],
    ["we can spend max $50 monthly", 50],
    ["best RAG model below 1k a month?", 1000],
    ["we have $36,000 per year to spend", 3000],
    ["our budget is capped at 150 a month", 150],
    ["a budget of $20 a day", 600],
  ])("%s → $%d a month", (text, usd) => {
    expect(parseMonthlyBudget(text)).toBeCloseTo(usd);
  });

  it("keeps a euro or pound budget in its currency instead of reading it as dollars", () => {
    expect(parseBudget("under €500 a month")).toEqual({ currency: "EUR", perMonth: 500 });
    expect(parseBudget("budget of 20 euros a day")).toEqual({ currency: "EUR", perMonth: 600 });
    expect(parseBudget("we can afford about £800 a month")).toEqual({ currency: "GBP", perMonth: 800 });
    expect(parseMonthlyBudget("under €500 a month")).toBeUndefined();
  });

  it.each(["H100 at $2.10/h", "$3 per 1M tokens", "under 10M a month", "$0.01 per request", "20M tokens a month"])(
    "%s is no budget",
    (text) => expect(parseBudget(text)).toBeUndefined(),
  );
});

describe("requirements", () => {
  it("reads a size range's upper end and 'nothing over N B' as the size cap", () => {
    expect(parseRequirements("edge box, 1-3B params").maxParamsB).toBe(3);
    expect(parseRequirements("nothing over 30B params").maxParamsB).toBe(30);
  });

  it("keeps priorities in the order given", () => {
    expect(parseRequirements("integration effort is our top concern, then cost").priorities).toEqual([
      "integration",
      "cost",
    ]);
    expect(parseRequirements("quality is all that matters").priorities).toEqual(["quality"]);
  });

  it("reads serving the model as an API as a requirement the licence must allow", () => {
    expect(parseRequirements("we'll resell it as an API to other companies").serveAsApi).toBe(true);
  });

  it.each([
    "we'll bundle the gpt-oss-20b weights with our installer",
    "customers download the weights and run them themselves",
    "we upload our fine-tune to hugging face",
  ])("handing the weights over (%s) is one reading for the requirement and the licence fact", (t) => {
    expect(parseRequirements(t).redistributeWeights).toBe(true);
    expect(parseTeamFacts(t).distributeWeights).toBe(true);
  });

  it("a model inside the team's own app distributes it for the licence, not as a requirement", () => {
    const t = "we ship the model inside our app";
    expect(parseTeamFacts(t).distributeWeights).toBe(true);
    expect(parseRequirements(t).redistributeWeights).toBeUndefined();
  });

  // A game goes to its players: the weights inside it are handed on (round 21's game studio).
  it("a model inside a game is handed to every player: a requirement too", () => {
    const t = "we ship the model inside our game";
    expect(parseTeamFacts(t).distributeWeights).toBe(true);
    expect(parseRequirements(t).redistributeWeights).toBe(true);
  });

  it("reads ops capacity from how teams describe it", () => {
    expect(parseRequirements("nobody here does ML ops").mlOpsExperience).toBe("none");
    expect(parseRequirements("we have zero ops capacity").mlOpsExperience).toBe("none");
    expect(parseRequirements("we run a few services on kubernetes but no GPU experience").mlOpsExperience).toBe("some");
  });

  it("a model named before 'is off the table' is excluded, even with a version number", () => {
    expect(parseRequirements("claude sonnet 4.5 is off the table", catalog).exclude).toEqual({
      models: ["claude-sonnet-4.5"],
    });
  });
});

describe("more ways teams state a need", () => {
  const total = (text: string) => {
    const v = parseRequirements(text).volume;
    return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
  };

  it.each([
    ["1,000 engineers, ~1.5M tokens each monthly", 1_500_000_000],
    ["30k players, ~10k tokens per player per month", 300_000_000],
    ["200 MAU × 150k tokens each", 30_000_000],
    ["around 1k threads a day of 3k tokens", 90_000_000],
    ["40M posts a month x 80 tokens", 3_200_000_000],
  ])("volume: %s", (text, tokens) => expect(total(text)).toBeCloseTo(tokens, -3));

  it("a token count that is one request's context is no monthly volume", () => {
    const r = parseRequirements("we must fit whole books in context, 500k tokens");
    expect(r.contextTokens).toBe(500_000);
    expect(r.volume).toBeUndefined();
    expect(parseRequirements("what if prompts get as long as 200k tokens").contextTokens).toBe(200_000);
  });

  it("reads language codes in lists, not English words that look like codes", () => {
    expect(parseRequirements("translation EN→DE/FR/ES").languages).toEqual(["en", "de", "fr", "es"]);
    expect(parseRequirements("multilingual (ar, fa, ur) summaries").languages).toEqual(["ar", "fa", "ur"]);
    expect(parseRequirements("we go to it or no").languages).toBeUndefined();
  });

  it("owned GPUs named before or after the owning verb", () => {
    expect(parseRequirements("the 4 A100s we own").ownedGpus).toEqual({ type: "a100", count: 4 });
    expect(parseRequirements("we've got 4 L40S in the basement").ownedGpus).toEqual({ type: "l40s", count: 4 });
  });

  it("offline on a phone is on-device, not on-prem or batch", () => {
    const r = parseRequirements("offline translation on android, en ↔ vi");
    expect(r).toMatchObject({ onDevice: true, languages: ["en", "vi"] });
    expect(r.deployment).toBeUndefined();
    expect(r.latency).toBeUndefined();
  });

  it("'internal' is data sensitivity only when it describes the data; customer data is regulated", () => {
    expect(parseRequirements("an internal code search tool").dataSensitivity).toBeUndefined();
    expect(parseRequirements("summarising internal incident reports").dataSensitivity).toBe("internal");
    expect(parseRequirements("the bot sees customer data").dataSensitivity).toBe("regulated");
  });

  it("places to run: a colo is on-prem, staying inside a cloud is your own cloud", () => {
    expect(parseRequirements("we'll run it in our own colo").deployment).toBe("on-prem");
    expect(parseRequirements("want to stay inside Azure")).toMatchObject({
      deployment: "own-cloud",
      cloudProvider: "azure",
    });
  });
});

describe("what-ifs and profile commands carry their slots", () => {
  it("a relative volume change is read against the thread's volume", () => {
    const current = parseRequirements("30M tokens a month");
    const change = parseWhatIf("what if volume triples?", current, catalog);
    expect(change.volumeFactor).toBe(3);
    expect(slotsOf({ kind: "what-if", text: "what if volume triples?", change }).slots).toEqual({
      tokensPerMonth: 90_000_000,
    });
  });

  it("a what-if with nothing to scale says what is missing", () => {
    expect(parseWhatIf("what if volume doubles?", {}, catalog).missing).toHaveLength(1);
  });

  it("a lifted requirement is removed or relaxed, never read as a new value for it", () => {
    const current = parseRequirements("coding, on-prem, open weights only, we need a BAA, at most 30B params", catalog);
    expect(parseWhatIf("what if we dropped the on-prem requirement", current, catalog).patch).toEqual({
      deployment: "any-api",
    });
    expect(parseWhatIf("what if open weights weren't required", current, catalog).patch).toEqual({
      openWeightsOnly: false,
    });
    expect(parseWhatIf("drop the BAA", current, catalog).remove).toEqual(["needsBaa"]);
    expect(parseWhatIf("what if the size cap is lifted", current, catalog).remove).toEqual(["maxParamsB"]);
    // Dropping models is excluding them.
    expect(parseWhatIf("what if we drop chinese models", current, catalog).patch).toEqual({
      exclude: { countries: ["CN"] },
    });
  });

  it("remembering facts edits the profile and states them; showing it does not", () => {
    const remember = slotsOf({
      kind: "profile",
      action: "edit",
      text: "",
      requirements: {},
      command: { op: "remember", facts: { inEu: true, monthlyBudgetUsd: 1200 }, text: "" },
    });
    expect(remember.slots).toEqual({ profileEdit: true, inEu: true, monthlyBudgetUsd: 1200 });
    const show = slotsOf({ kind: "profile", action: "show", text: "", requirements: {}, command: { op: "show" } });
    expect(show.slots).toEqual({});
  });
});

describe("a city places the company in the EU", () => {
  it.each(["frankfurt", "hamburg", "köln", "barcelona", "rotterdam", "lyon", "malmö", "kraków", "the hague"])(
    "'we're a startup in %s' is in the EU",
    (city) => expect(parseTeamFacts(`we're a startup in ${city}`).inEu).toBe(true),
  );

  it.each(["london", "zurich", "oslo", "new york"])("'we're a startup in %s' is not said to be in the EU", (city) =>
    expect(parseTeamFacts(`we're a startup in ${city}`).inEu).toBeUndefined(),
  );
});

describe("the EU named only to be set aside", () => {
  it("'data must stay in the UK (EU is not enough)' does not place a UK council in the EU", () =>
    expect(
      parseTeamFacts("we're a council in the UK. Data must stay in the UK (UK GDPR; EU is not enough)").inEu,
    ).toBeUndefined());

  it("an EU country beside it still does", () =>
    expect(parseTeamFacts("we're a bank in germany; the EU is not enough, data stays in germany").inEu).toBe(true));
});
