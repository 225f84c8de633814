// Facts a long first message states once, each of which changes the shortlist when lost: who the
// users are (the monthly actives, not the customer base; the staff are not users), what the job
// is (a tutoring chat, written product titles), and where the data must stay when the place is
// narrower than the EU or outside it. Each is asserted over generated phrasings, not only the
// tryout teams' own sentences (ninth-round-teams.ts, eighth-round-teams.ts), which are checked too.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { PLACES_ELSEWHERE } from "../../src/catalog/places-elsewhere.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { offeringResidency } from "../../src/scoring/residency.js";
import { expectResidencyChecked } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import { CAIRO_EDTECH, HCMC_REVIEWS } from "./eighth-round-teams.js";
import { ISTANBUL_MARKETPLACE, LAGOS_WALLET, MONTERREY_BROKER, STUTTGART_TOOLMAKER } from "./ninth-round-teams.js";

const catalog = readCatalog();
const read = (text: string) => parseRequirements(text, catalog);
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

describe("users: the monthly actives a team states, never its staff", () => {
  const BASES = ["6 million customers", "4M registered users", "12M subscribers", "900k accounts holders"];
  const MONTHLY = [
    ["~1.5M monthly active", 1_500_000],
    ["about 1.5M monthly active users", 1_500_000],
    ["1.5M MAU", 1_500_000],
    ["roughly 800k monthly users", 800_000],
  ] as const;

  it.each(cross(BASES, MONTHLY))("'%s, %s': the monthly count is the users", (base, [monthly, n]) => {
    const req = read(`fintech app (${base}, ${monthly}). support chat in english, which model?`);
    expect(req.monthlyActiveUsers).toBe(n);
  });

  it("Lagos wallet: '6 million customers, ~1.5M monthly active' is 1.5M monthly users, said back so", () => {
    const { req, text } = firstShortlist(catalog, LAGOS_WALLET);
    expect(req.monthlyActiveUsers).toBe(1_500_000);
    expect(text).toMatch(/1\.5M monthly users/);
    expect(text).not.toMatch(/\b6M monthly users/);
  });

  const ORGS = ["an insurance broker", "a law practice", "a small fintech", "a logistics company", "a dental chain"];
  const PLACES = ["in Monterrey, Mexico", "in Lima, Peru", "based in Leeds", ""];
  const HEADS = ["~90 people", "about 90 people", "90 staff", "roughly 90 employees"];
  it.each(cross(cross(ORGS, PLACES), HEADS))(
    "'we're %s, %s': the team's (or the organisation's) size, not its users",
    ([org, place], heads) => {
      const req = read(
        `hola! we're ${org}${place ? ` ${place}` : ""}, ${heads}. we want a whatsapp bot for our customers`,
      );
      expect(req.monthlyActiveUsers).toBeUndefined();
      // Employees are the whole organisation's headcount, not the team that builds it (words40).
      if (/employees/.test(heads)) expect(req).toMatchObject({ organisationSize: 90 });
      else expect(req.teamSize).toBe(90);
    },
  );

  it("'we're a marketplace in Lagos, 2M people use it' still counts the users", () => {
    expect(read("we're a marketplace in Lagos, 2M people use it. support bot, which model?").monthlyActiveUsers).toBe(
      2_000_000,
    );
  });

  it("Monterrey broker: '~90 people' is who works there; the shortlist names no 90 monthly users", () => {
    const { req, text } = firstShortlist(catalog, MONTERREY_BROKER);
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(text).not.toMatch(/\b90 monthly users/);
  });
});

describe("the job: tutoring and written product copy", () => {
  it.each([
    "Our app helps high-school students revise physics, chemistry and maths.",
    "we help pupils practise for their exams in english and maths",
    "an AI maths tutor for university students",
    "a homework helper app for kids",
    "tutoring chatbot for language learners",
  ])("'%s' is a chat", (text) => {
    expect(read(`${text} which model?`).useCase).toBe("chat");
  });

  it.each([
    "we need product titles + descriptions in japanese generated from supplier spreadsheets",
    "write listing titles and descriptions for 20k cars",
    "item names / descriptions for our catalogue",
  ])("'%s' is writing (creative)", (text) => {
    expect(read(`${text}. which model?`).useCase).toBe("creative");
  });

  it("Cairo edtech: the revision app is a chat assistant, so a chat's quality minimum applies and its risk is said", () => {
    const { req, text } = firstShortlist(catalog, CAIRO_EDTECH);
    expect(req.useCase).toBe("chat");
    // $2,500 for 90B tokens buys only the smallest models: the answer says which model would reach
    // a chat's minimum and what it would cost, instead of ranking a 3B model first in silence.
    expect(text).toMatch(/\*\*Quality risk:\*\* chat assistant needs a quality of about 0\.\d+/);
    expect(text).toMatch(/the cheapest model that reaches it is \*\*[^*]+\*\* \(0\.\d+\) at \$[\d,.]+ a month/);
  });
});

describe("residency: a member state is narrower than the EU, and places outside it are kept", () => {
  // Every name the place table holds (short names and full names) is read in two residency
  // sentences and said back as the table says it. Generated from the table, this cannot see a name
  // missing from it: the Dubai round test checks the written-out 'United Arab Emirates'.
  const TITLE = (key: string) => key.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
  const FRAMES = [
    (place: string) => `Guest data must remain in ${place}. We want a concierge chatbot, 20,000 chats a month.`,
    (place: string) => `Our records have to stay in ${place}; we need a summariser for letters.`,
  ];
  const NAMES = Object.entries(PLACES_ELSEWHERE).map(([key, p]) => {
    const titled = TITLE(key.replace(/^the /, ""));
    return [/^(uk|us|usa|uae|ksa)$/.test(key) ? key.toUpperCase() : titled, p] as const;
  });
  it.each(NAMES.flatMap(([name, p]) => FRAMES.map((frame) => [frame(`the ${name}`), p.said] as const)))(
    "'%s' is the residency rule %s",
    (text, said) => {
      expect(read(text).residencyElsewhere).toBe(said);
    },
  );

  const MEMBER_STATES = Object.values(PLACES_ELSEWHERE).filter((p) => p.inEu);
  it.each(MEMBER_STATES.map((p) => [p.said.replace(/^the /, ""), p.said] as const))(
    "'data must stay in %s' keeps the EU rule and the narrower one",
    (word, said) => {
      const req = read(`Data must stay in ${word}. translation model?`);
      expect(req.euDataResidency).toBe(true);
      expect(req.residencyElsewhere).toBe(said);
    },
  );

  it("a team seated in a member state is still an EU team", () => {
    expect(parseRequirements("we're headquartered in Germany, support chat, which model?", catalog).inEu).not.toBe(
      false,
    );
  });

  // The German regions of the three clouds, from their region lists (AWS Frankfurt, Azure Germany
  // West Central and North, Google Cloud Frankfurt), written here apart from the code's table.
  const GERMAN_REGIONS = new Set(["eu-central-1", "germanywestcentral", "germanynorth", "europe-west3"]);
  const CLOUD_HOST = { azure: /^azure/, "aws-bedrock": /^amazon-bedrock/, "google-vertex": /^google-vertex/ } as const;
  it("every cloud offering: processing in Germany is on record exactly when a German region lists the model", () => {
    const germany = { said: "Germany", country: "DE" };
    let checked = 0;
    let yes = 0;
    for (const model of catalog.models)
      for (const o of model.offerings) {
        const records = (model.clouds ?? []).filter((r) => CLOUD_HOST[r.cloud].test(o.provider));
        if (records.length === 0) continue;
        const inGermany = records.some((r) => r.regions.some((g) => GERMAN_REGIONS.has(g)));
        const state = offeringResidency(catalog, model, o, germany).state;
        if (inGermany) yes++;
        if (inGermany) expect(state, `${model.id} via ${o.provider}`).toBe("yes");
        else expect(state, `${model.id} via ${o.provider}`).not.toBe("yes");
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
    expect(yes, "some offering is on record in Germany").toBeGreaterThan(0);
  });

  it("Baden-Württemberg toolmaker: 'Data must stay in Germany' is checked host by host for Germany", () => {
    const { req, text, top } = firstShortlist(catalog, STUTTGART_TOOLMAKER);
    expect(req).toMatchObject({ euDataResidency: true, residencyElsewhere: "Germany" });
    expectResidencyChecked(catalog, text, "Germany", top);
  });

  it.each([
    ["Under KVKK personal data must not leave Turkey without explicit consent", "Turkey"],
    ["Vietnam's Decree 53 means user data should be stored in Vietnam", "Vietnam"],
    ["customer data must stay in Kenya", "Kenya"],
    ["all data has to be hosted in Mexico", "Mexico"],
    // A wish ("should stay in Nigeria where possible", the Brazilian bank's "if possible") is a
    // preference since words15, said back and not ranked on (residency-preferred.property.test.ts).
  ])("'%s' keeps a residency rule for %s", (text, said) => {
    expect(read(`${text}. support chat, which model?`).residencyElsewhere).toBe(said);
  });

  it.each([
    ["Istanbul marketplace", ISTANBUL_MARKETPLACE, "Turkey"],
    ["Ho Chi Minh City reviews", HCMC_REVIEWS, "Vietnam"],
  ])("%s: the residency rule is said back and each pick's host checked or flagged", (_team, message, said) => {
    const { req, text, top } = firstShortlist(catalog, message);
    expect(req.residencyElsewhere).toBe(said);
    expectResidencyChecked(catalog, text, said, top);
  });
});

describe("people counted per day send their count each day", () => {
  it.each([
    ["maybe 6,000 active students a day, ~10 messages each", 6000 * 10 * 30],
    ["~30k daily active learners, 5 questions each", 30_000 * 5 * 30],
    ["about 2,000 users per day, 3 questions each", 2000 * 3 * 30],
  ])("'%s, 600 tokens in and 200 out' is a daily rate", (people, messages) => {
    const req = read(`homework helper app: ${people}, 600 tokens in and 200 out per message. which model?`);
    expect(req.volume!.inputTokensPerMonth + req.volume!.outputTokensPerMonth).toBe(messages * 800);
  });
});

describe("no training on the team's data, however the team names its data", () => {
  it.each([
    "client NDAs: no training on the scripts",
    "we can't let a vendor train on student data",
    "we must not allow any provider to train on our recordings",
  ])("'%s' rules out hosts that train on it", (text) => {
    expect(read(`${text}. which model?`).noTrainingOnData).toBe(true);
  });
});
