// A what-if on where the data may be replaces the thread's place rule, or lifts it (tryout round 24:
// a Zurich private bank whose data must be processed in Switzerland asked "what if we can use an EU
// region instead?" and kept both rules, "data must stay in the EU · data must stay in Switzerland",
// which no host can meet; "what if switzerland isn't required?" was "I couldn't tell which
// requirement to change"). A new place for the data is the thread's one place rule, unless the
// message adds it ("also"); a place said not to be needed is lifted, and nothing else changes.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const ZURICH_BANK =
  "We are a private bank in Zurich. An assistant for relationship managers that summarises portfolio notes in German. Client data must be processed in Switzerland. 300 users, 40 requests a day each, 3,000 tokens in and 500 out. Budget CHF 20,000 a month.";
const MUNICH_INSURER =
  "We are a Munich insurer. Claims summaries in German, 20M tokens a month, data must stay in Germany.";
const EU_WALLET =
  "support chat for our wallet app, 40k chats a day, 500 tokens in and 100 out, customer data must stay in the EU. which model?";

type Place = Pick<Requirements, "euDataResidency" | "residencyElsewhere">;
const placeOf = (r: Requirements): Place => ({
  euDataResidency: r.euDataResidency,
  residencyElsewhere: r.residencyElsewhere,
});

/** The thread's rule on where data stays after `said`, with the reply's intent and text. */
function after(first: string, said: string) {
  const c = chat(catalog);
  c.say(first);
  const before = c.session.requirements;
  const reply = c.say(said);
  return { before, now: c.session.requirements, intent: reply.data?.intent, text: textOf(reply) };
}

describe("a what-if that moves where the data may be replaces the thread's place", () => {
  it.each([
    "what if we can use an EU region instead?",
    "what if EU residency is enough?",
    "what if the data can leave Switzerland but stay in the EU?",
    "what if anywhere in the EU is fine?",
  ])("Zurich bank (Switzerland): '%s' -> the EU only", (said) => {
    const { before, now, intent, text } = after(ZURICH_BANK, said);
    expect(before.residencyElsewhere).toBe("Switzerland");
    expect(intent).toBe("what-if");
    expect(placeOf(now)).toEqual({ euDataResidency: true, residencyElsewhere: undefined });
    // Where the bank is did not move: it is still in Zurich, not an EU company.
    expect(now.inEu).toBe(before.inEu);
    expect(text).not.toMatch(/data must stay in Switzerland/);
    expect(text).toMatch(/What if:\*\* [^\n]*data no longer has to stay in Switzerland/);
  });

  it.each(["what if anywhere in Europe is fine?", "what if the data only has to stay in the EU, not Germany?"])(
    "Munich insurer (Germany): '%s' -> the EU, Germany lifted",
    (said) => {
      const { before, now, intent } = after(MUNICH_INSURER, said);
      expect(before.residencyElsewhere).toBe("Germany");
      expect(intent).toBe("what-if");
      expect(placeOf(now)).toEqual({ euDataResidency: true, residencyElsewhere: undefined });
    },
  );

  it("EU wallet: 'what if it has to stay in Switzerland instead?' -> Switzerland only", () => {
    const { before, now, intent, text } = after(EU_WALLET, "what if it has to stay in Switzerland instead?");
    expect(before.euDataResidency).toBe(true);
    expect(intent).toBe("what-if");
    expect(placeOf(now)).toEqual({ euDataResidency: undefined, residencyElsewhere: "Switzerland" });
    expect(text).toMatch(/Switzerland/);
  });

  it("a place added with 'also' is added, not swapped", () => {
    const { now } = after(MUNICH_INSURER, "what if the data must also stay in the EU?");
    expect(now.residencyElsewhere).toBe("Germany");
  });
});

// Tryout round 6: a call centre whose data must stay in US data centres asked "what if the client
// allowed EU data centres too" and got "data must stay in the EU · data must stay in the US", two
// rules no host meets. A place allowed as well widens the rule: either place will do.
const US_CALLS =
  "summaries of support calls, 20M tokens a month, customer data must stay in US data centres. which model?";

describe("a place allowed as well as the thread's widens its rule to either place", () => {
  it.each([
    [US_CALLS, "what if the client allowed EU data centres too", "the US or the EU"],
    [US_CALLS, "what if EU regions were fine as well?", "the US or the EU"],
    [US_CALLS, "and if the EU was also acceptable?", "the US or the EU"],
    [ZURICH_BANK, "what if we could also use EU hosting", "Switzerland or the EU"],
    [ZURICH_BANK, "what if legal accepts the EU too?", "Switzerland or the EU"],
    [EU_WALLET, "what if Switzerland were allowed too?", "the EU or Switzerland"],
    [EU_WALLET, "what if the client accepted the UK as well", "the EU or the UK"],
  ])("'%s' … '%s' -> %s", (first, said, rule) => {
    const { before, now, intent, text } = after(first, said);
    expect(before.residencyElsewhere ?? before.euDataResidency).toBeDefined();
    expect(intent).toBe("what-if");
    expect(placeOf(now)).toEqual({ euDataResidency: undefined, residencyElsewhere: rule });
    expect(text).toContain(`data must stay in ${rule}`);
    expect(text).not.toMatch(/no EU residency requirement|data no longer has to stay/);
  });

  it("Munich insurer (Germany): 'what if the rest of the EU were fine too?' -> the EU, Germany inside it", () => {
    const { now } = after(MUNICH_INSURER, "what if anywhere in the EU were fine too?");
    expect(placeOf(now)).toEqual({ euDataResidency: true, residencyElsewhere: undefined });
  });

  it("a place the thread allows already changes nothing", () => {
    const { before, now, text } = after(EU_WALLET, "what if germany was fine as well?");
    expect(placeOf(now)).toEqual(placeOf(before));
    expect(now.inEu).toBe(before.inEu);
    expect(text).toMatch(/Already noted: data must stay in the EU\. Nothing changes/);
  });

  it("a rule said with 'must also' is no permission: a second rule, as said", () => {
    const { now } = after(US_CALLS, "what if the data must also stay in the EU?");
    expect(now.euDataResidency).toBe(true);
    expect(now.residencyElsewhere).toBe("the US");
  });
});

describe("a place said not to be needed is lifted", () => {
  it.each([
    [ZURICH_BANK, "what if switzerland isn't required?"],
    [ZURICH_BANK, "what if the data doesn't have to stay in Switzerland?"],
    [ZURICH_BANK, "what if switzerland is no longer a must?"],
  ])("'%s' … '%s'", (first, said) => {
    const { now, intent, text } = after(first, said);
    expect(intent).toBe("what-if");
    expect(now.residencyElsewhere).toBeUndefined();
    expect(text).not.toMatch(/couldn't tell which requirement/);
  });

  it("Munich insurer: 'what if germany isn't a must?' lifts Germany and keeps the EU it lies in", () => {
    const { before, now } = after(MUNICH_INSURER, "what if germany isn't a must?");
    expect(before.euDataResidency).toBe(true);
    expect(placeOf(now)).toEqual({ euDataResidency: true, residencyElsewhere: undefined });
  });

  it("a place the thread does not hold lifts nothing", () => {
    const { before, now } = after(ZURICH_BANK, "what if germany isn't required?");
    expect(placeOf(now)).toEqual(placeOf(before));
  });
});
