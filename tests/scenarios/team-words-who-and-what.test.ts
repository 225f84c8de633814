// What teams write about who uses the model, who reviewed its licence and where its weights go,
// read as an ML lead reads it (the eighth and seventh tryout rounds' open "words" findings):
// "~300 RMs, each maybe 25 requests a day" is 300 × 25 a day whatever the noun; "our lawyers
// flagged the Llama 700M MAU clause" names reviewers and a licence's threshold, not the field of
// use or the team's users; weights that ship inside a product the team sells are handed over.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseMonthlyUsers, parseTeamFacts } from "../../src/intents/team-facts.js";
import { parseVolume } from "../../src/intents/volume.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { chat, textOf, totalTokens } from "../flows/recommend-helpers.js";
import { firstShortlist } from "./cost-working-checks.js";
import { MESSAGING_APP, SECURITY_APPLIANCE, ZURICH_BANK } from "./eighth-round-teams.js";
import { ROBOTICS } from "./seventh-round-teams.js";

const catalog = readCatalog();

describe("a count of anything, then ', each' and a rate: the rate is per one of them", () => {
  // Nouns this reader has no people word for, people it does know, and things that are no people.
  const counted = ["RMs", "relationship managers", "account managers", "stores", "branches", "clinics", "field sites"];
  const fillers = ["", "maybe ", "about ", "roughly "];
  const rates = [
    ["25 requests a day", 25 * 30],
    ["40 emails a day", 40 * 30],
    ["300 questions a month", 300],
  ] as const;

  it("N <noun>, each [about] M things a period × tokens each is N × M × tokens, the noun said in the working", () => {
    for (const noun of counted)
      for (const filler of fillers)
        for (const [rate, perMonth] of rates) {
          const text = `~300 ${noun}, each ${filler}${rate}, ~3k tokens in, ~600 out`;
          const volume = parseVolume(text);
          expect(totalTokens(volume ?? undefined), text).toBeCloseTo(300 * perMonth * 3600, -3);
          expect(volume?.description, text).toContain(`300 ${noun.toLowerCase().split(" ").pop()}`);
        }
  });

  it("things counted with their own rate, then ', each' and tokens, are not multiplied again", () => {
    for (const noun of ["alerts", "tickets", "documents"]) {
      const text = `5,000 ${noun} a day, each ~2k tokens in, ~300 out`;
      expect(totalTokens(parseVolume(text) ?? undefined), text).toBeCloseTo(5000 * 30 * 2300, -3);
    }
  });

  it("Zurich private bank: 300 RMs × 25 requests a day × (3K in + 600 out) is 810M tokens a month, costed at it", () => {
    const { req, text } = firstShortlist(catalog, ZURICH_BANK);
    expect(totalTokens(req.volume)).toBeCloseTo(810e6, -4);
    expect(text).toContain("300 rms × 25 requests a day");
  });
});

describe("a licence's threshold and the team's reviewers are not the team's users or field", () => {
  const thresholds = [
    "the Llama 700M MAU clause",
    "the 700M monthly user threshold",
    "a 100M MAU cap",
    "its 1B user limit",
  ];

  it("'<licence> N MAU clause / threshold / cap / limit' states no monthly users; the team's own count beside it does", () => {
    for (const t of thresholds) {
      expect(parseMonthlyUsers(`our lawyers flagged ${t}`), t).toBeUndefined();
      expect(parseMonthlyUsers(`we have 2M MAU; legal flagged ${t}`), t).toBe(2_000_000);
    }
  });

  it("lawyers who review the licence are no field of use; lawyers who use the tool are", () => {
    for (const who of ["our lawyers", "the lawyers", "our in-house counsel", "our attorneys"])
      for (const verb of ["flagged", "reviewed", "said", "have already checked", "won't approve"]) {
        const text = `smart replies for our messaging app; ${who} ${verb} the Llama licence`;
        expect(parseTeamFacts(text).fieldOfUse, text).toBeUndefined();
      }
    for (const text of [
      "contract review assistant for our lawyers",
      "we're a law firm of 80 lawyers, which model for drafting?",
      "our lawyers want a bot that drafts court filings",
    ])
      expect(parseTeamFacts(text).fieldOfUse, text).toBe("legal");
  });

  it("messaging app: 1.1B monthly users (not the clause's 700M) and no 'field of use: legal'", () => {
    const { req, text } = firstShortlist(catalog, MESSAGING_APP);
    expect(req.monthlyActiveUsers).toBe(1.1e9);
    expect(req.fieldOfUse).toBeUndefined();
    expect(text).not.toMatch(/field of use: legal/);
  });
});

describe("weights that go inside a product the team sells are handed over", () => {
  const shipped = [
    "The weights ship inside the appliance image to customers in ~40 countries",
    "the model weights are bundled with every unit we sell",
    "We'll ship the model inside every robot we sell (~3,000 robots)",
    "we bundle the model into each appliance we sell to hospitals",
    "small model to embed in each device we sell",
    "we'll put the model into the kiosk firmware, which we ship to our customers",
  ];
  const kept = [
    "we ship new levels with the game we sell",
    "the model weights are stored in our cloud",
    "we ship the model inside our robot firmware",
    "we ship features every week",
  ];

  it("said of the weights or of a product sold: redistributeWeights; in-house or not the model: not", () => {
    for (const text of shipped) expect(parseRequirements(text, catalog).redistributeWeights, text).toBe(true);
    for (const text of kept) expect(parseRequirements(text, catalog).redistributeWeights, text).toBeUndefined();
  });

  it.each([
    ["security appliance", SECURITY_APPLIANCE],
    ["robotics", ROBOTICS],
  ])("%s: the shortlist checks every pick's licence lets the weights be shipped", (_team, message) => {
    const { req, top } = firstShortlist(catalog, message);
    expect(req.redistributeWeights).toBe(true);
    expect(top.length).toBeGreaterThan(0);
    for (const r of top) {
      const model = catalog.modelById.get(r.id)!;
      expect(model.openWeights, r.id).toBe(true);
      expect(catalog.licenseById.get(model.licenseId)!.terms.redistribution, r.id).toMatch(/^(yes|conditional)$/);
    }
  });

  it("robotics, in its thread: 'we ship the model inside every robot we sell' is a what-if that ships the weights, said back", () => {
    const c = chat(catalog);
    c.say(ROBOTICS.replace(/We'll ship the model[^.]*\./, ""));
    expect(c.session.requirements.redistributeWeights).toBeUndefined();
    const text = textOf(c.say("we ship the model inside every robot we sell"));
    expect(c.session.requirements.redistributeWeights).toBe(true);
    expect(text).toMatch(/you ship the weights to customers/);
  });
});
