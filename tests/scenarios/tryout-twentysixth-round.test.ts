// A twenty-sixth tryout round: three new teams in their own words (twentysixth-round-teams.ts: an Iowa
// community bank extracting KYC fields inside its own AWS account, a Ghent university hospital drafting
// Dutch discharge letters on four A100s it owns, a Casablanca electronics shop answering WhatsApp in
// French and Darija on 5,000 dirhams a month), each run as a whole conversation through the console
// and read as a sceptical ML lead would. What holds is asserted as properties an expert checks, not
// rankings.
//
// How a sceptical ML lead read them (tryoutsix): the bank's shortlist (three Bedrock models, a few
// dollars a month, each reads images) would be signed, but its 'what if we get 30,000 documents a
// month?' was said back as '3:1 input:output assumed' while the shortlist billed the extraction split
// (90/10): fixed in the round (what-if.ts says a new volume at its job's split). The hospital's
// shortlist (open weights that fit its 4× A100, on its own servers) would be signed; its cost and
// 'why not' follow-ups were not. The shop's was not signed: 5,000 dirhams read as UAE dirhams and not
// applied, so #3 may be over its budget. Still open: tryout-twentysixth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import {
  CASABLANCA_SHOP_SUPPORT,
  GHENT_HOSPITAL_LETTERS,
  IOWA_COMMUNITY_BANK_KYC,
  TWENTYSIXTH_ROUND_FOLLOW_UPS,
  TWENTYSIXTH_ROUND_TEAMS,
} from "./twentysixth-round-teams.js";

const catalog = readCatalog();
const within = (value: number | undefined, expected: number, factor: number) =>
  value !== undefined && value >= expected / factor && value <= expected * factor;

describe("twenty-sixth tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(TWENTYSIXTH_ROUND_TEAMS))(
    "%s: the first message and every follow-up get an answer, never an internal error",
    { timeout: 120_000 },
    (team, first) => {
      const c = chat(catalog);
      for (const message of [first, ...TWENTYSIXTH_ROUND_FOLLOW_UPS[team as keyof typeof TWENTYSIXTH_ROUND_TEAMS]]) {
        const said = textOf(c.say(message));
        expect(said.length).toBeGreaterThan(0);
        expect(said).not.toMatch(/internal error|stack trace|\bundefined\b|\bNaN\b/);
      }
    },
  );

  it("Iowa community bank: inside its AWS account, images read, 6,000 two-page documents, every pick on an AWS host, reads images, within $2,000", () => {
    // Not firstShortlist: its costs are not worked out line by line (an open finding).
    const c = chat(catalog);
    const reply = c.say(IOWA_COMMUNITY_BANK_KYC);
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    const top = rowsOf(reply).slice(0, 3);
    const text = textOf(reply);
    expect(req.cloudProvider).toBe("aws");
    expect(req.deployment).toBe("own-cloud");
    expect(req.imageInput).toBe(true);
    expect(req.monthlyBudgetUsd).toBe(2_000);
    // 6,000 documents × 2 pages: about 1,000 tokens a page at most, 500 at least.
    const total = (req.volume?.inputTokensPerMonth ?? 0) + (req.volume?.outputTokensPerMonth ?? 0);
    expect(within(total, 6_000 * 2 * 700, 2)).toBe(true);
    expect(text).toMatch(/6,000 documents a month/);
    expect(top.length).toBe(3);
    for (const row of top) {
      // Hosts inside the AWS account: Amazon Bedrock at its own price ("amazon-bedrock"), or a model
      // the catalogue lists on Bedrock at its lab's list price ("aws-…").
      expect(row.apiProvider).toMatch(/^(?:aws|amazon-bedrock)/);
      expect(catalog.modelById.get(row.id)?.inputModalities).toContain("image");
      expect(row.monthlyCostUsd).not.toBeNull();
      expect(row.monthlyCostUsd!).toBeLessThanOrEqual(2_000);
      expect(row.licenseVerdict).not.toBe("blocked");
    }
  });

  it("Iowa community bank: 'no data may leave AWS, so Bedrock is fine but no other API' keeps AWS, never excludes it, and says the rule back once", () => {
    // Its costs are now worked out line by line (firstShortlist checks them): Bedrock is no longer
    // ruled out, so each pick is billed at Bedrock's own price, not its lab's list price.
    const { req, text: said } = firstShortlist(catalog, IOWA_COMMUNITY_BANK_KYC);
    expect(req.cloudProvider).toBe("aws");
    expect(req.exclude?.providers ?? []).not.toContain("aws");
    const noted = said.split("\n").find((line) => line.startsWith("Noted:")) ?? "";
    expect(noted).toMatch(/through your AWS account/);
    expect(noted).not.toMatch(/excluding hosts on AWS/);
  });

  it("Iowa community bank: 'what if we get 30,000 documents a month?' is said back as the shortlist bills it (each document read whole as input), not as 3:1 nor as a larger document", () => {
    const c = chat(catalog);
    c.say(IOWA_COMMUNITY_BANK_KYC);
    const first = c.session.requirements.volume!;
    const said = textOf(c.say(TWENTYSIXTH_ROUND_FOLLOW_UPS["Iowa community bank KYC"][0]!));
    const header = said.split("\n").find((line) => /What if/.test(line)) ?? "";
    expect(header).toMatch(/30,000 documents a month/);
    expect(header).not.toMatch(/3:1 input:output assumed/);
    // Each document (2 pages) is read whole as input, the fields written out on top: said so.
    expect(header).toMatch(/read whole as input; output assumed for extraction/);
    // The volume the header says is the one the ranking then bills: 30,000 × the first message's
    // document size in, never the size plus its output read again as a larger document.
    const { inputTokensPerMonth: input, outputTokensPerMonth: output } = c.session.requirements.volume!;
    expect(input).toBe(first.perItem!.inputTokens * 30_000);
    expect(header).toContain(`${((input + output) / 1e6).toFixed(1)}M tokens/month`);
  });

  it("Ghent hospital: on its own 4× A100, open weights only, 1,500 letters × (6,000 in, 800 out) a day, every pick open, fits, allowed", () => {
    const { req, top, text } = firstShortlist(catalog, GHENT_HOSPITAL_LETTERS);
    expect(req.deployment).toBe("on-prem");
    expect(req.selfHosted).toBe(true);
    expect(req.openWeightsOnly).toBe(true);
    expect(req.ownedGpus?.count).toBe(4);
    expect(req.ownedGpus?.type).toMatch(/^a100 80gb$/i);
    expect(req.languages).toContain("nl");
    expect(req.inEu).toBe(true);
    expect(req.volume?.inputTokensPerMonth).toBe(1_500 * 30 * 6_000);
    expect(req.volume?.outputTokensPerMonth).toBe(1_500 * 30 * 800);
    expect(top.length).toBe(3);
    for (const row of top) {
      expect(catalog.modelById.get(row.id)?.openWeights).toBe(true);
      expect(row.costBasis).toBe("self-host");
      expect(row.licenseVerdict).not.toBe("blocked");
      expect(text.replace(/\*\*/g, "")).toContain(`${row.name}: fits your 4× NVIDIA A100 80GB`);
    }
  });

  it("Ghent hospital: 'what if we need to also write the letters in French?' adds French and keeps the job (summarisation)", () => {
    const c = chat(catalog);
    c.say(GHENT_HOSPITAL_LETTERS);
    expect(c.session.requirements.useCase).toBe("summarization");
    const said = textOf(c.say(TWENTYSIXTH_ROUND_FOLLOW_UPS["Ghent hospital letters"][0]!));
    expect(c.session.requirements.useCase).toBe("summarization");
    expect(c.session.requirements.languages).toEqual(expect.arrayContaining(["nl", "fr"]));
    expect(said).toMatch(/Shortlist: summarisation/);
    expect(said).not.toMatch(/writing and drafting/);
  });

  it("Ghent hospital: fine-tuning Llama in an EU hospital is allowed for the text models and blocked for Llama 3.2's multimodal ones", () => {
    const c = chat(catalog);
    c.say(GHENT_HOSPITAL_LETTERS);
    const said = textOf(c.say(TWENTYSIXTH_ROUND_FOLLOW_UPS["Ghent hospital letters"][1]!));
    expect(said).toMatch(/Allowed with conditions: Llama 3\.1/);
    expect(said).toMatch(/Blocked: Llama 3\.2 11B Vision/);
    expect(said).toMatch(/EU-domiciled/);
  });

  it("Casablanca shop: answering questions about orders, delivery and returns on WhatsApp is customer-support chat, not writing ('sometimes Arabic script' is how customers type)", () => {
    const { req, text } = firstShortlist(catalog, CASABLANCA_SHOP_SUPPORT);
    expect(req.useCase).toBe("chat");
    expect(text).not.toMatch(/writing and drafting/);
  });

  it("Casablanca shop: 'French and Moroccan Darija' names Darija, said back, and the test-on-your-own-material advice names it", () => {
    const { req, text } = firstShortlist(catalog, CASABLANCA_SHOP_SUPPORT);
    expect(req.languages).toEqual(expect.arrayContaining(["fr", "ary"]));
    const noted = text.split("\n").find((line) => line.startsWith("Noted:")) ?? "";
    expect(noted).toMatch(/languages: [^·]*Darija/);
    expect(text).toMatch(/Test the finalists on your own material in [^.]*Darija/);
  });

  it("Ghent hospital: 'how much would this cost us per month to run?' after the Llama licence answer is the shortlist's picks on its own A100s, no API", () => {
    const c = chat(catalog);
    const picks = rowsOf(c.say(GHENT_HOSPITAL_LETTERS)).slice(0, 3);
    const [, licence, cost] = TWENTYSIXTH_ROUND_FOLLOW_UPS["Ghent hospital letters"];
    c.say(licence!);
    const reply = c.say(cost!);
    expect(reply.data?.intent).toBe("cost");
    expect((reply.data?.models as { id: string }[]).map((m) => m.id)).toEqual(picks.map((r) => r.id));
    expect(reply.data?.selfHost).toBeTruthy();
    const said = textOf(reply);
    expect(said).not.toMatch(/Replicate|Deep Infra|Fireworks|monthly API cost/);
    expect(said).toContain("4× NVIDIA A100 80GB");
  });

  it("Ghent hospital: 'why not Mistral Small?' after the licence and cost follow-ups weighs Mistral Small against the shortlist", () => {
    const c = chat(catalog);
    c.say(GHENT_HOSPITAL_LETTERS);
    const [, licence, cost, whyNot] = TWENTYSIXTH_ROUND_FOLLOW_UPS["Ghent hospital letters"];
    c.say(licence!);
    c.say(cost!);
    const said = textOf(c.say(whyNot!));
    expect(said.replace(/\*\*/g, "")).toMatch(/Why not Mistral Small [\d.]+\? It ranks #\d+ of \d+/);
    expect(said).not.toMatch(/couldn't tell which requirement/);
  });

  it("Casablanca shop: 3,000 conversations × 6 messages × (150 in, 100 out) a day, French and Arabic, every pick allowed", () => {
    const { req, top } = firstShortlist(catalog, CASABLANCA_SHOP_SUPPORT);
    expect(req.volume?.inputTokensPerMonth).toBe(3_000 * 30 * 6 * 150);
    expect(req.volume?.outputTokensPerMonth).toBe(3_000 * 30 * 6 * 100);
    expect(req.languages).toEqual(expect.arrayContaining(["fr", "ar"]));
    expect(req.mlOpsExperience).toBe("none");
    expect(top.length).toBe(3);
    for (const row of top) {
      expect(row.monthlyCostUsd).not.toBeNull();
      expect(row.licenseVerdict).not.toBe("blocked");
    }
  });
});

// words46: who builds it is not who uses it. The bank's '2 data people' and the hospital's 'our data
// team is 4 people, two of them know Kubernetes' were read as 2 monthly users, and the licence answer
// said '2 monthly active users is within the 700M threshold'.
describe("twenty-sixth tryout round: the people who build it are the team, not users", () => {
  it.each([
    ["Iowa community bank", IOWA_COMMUNITY_BANK_KYC, 2],
    ["Ghent hospital", GHENT_HOSPITAL_LETTERS, 4],
  ])("%s: the data team is the team and no users are read", (_team, message, size) => {
    const req = parseRequirements(message);
    expect(req.teamSize).toBe(size);
    expect(req.monthlyActiveUsers).toBeUndefined();
  });

  it(
    "Ghent hospital: the 6,000 staff are the hospital, and the Llama licence asks for the users instead of counting 2",
    { timeout: 120_000 },
    () => {
      expect(parseRequirements(GHENT_HOSPITAL_LETTERS).organisationSize).toBe(6000);
      const c = chat(catalog);
      c.say(GHENT_HOSPITAL_LETTERS);
      const said = textOf(c.say("is llama 3.3 70b ok for us license-wise?"));
      expect(said).not.toMatch(/\b2 monthly active users\b/);
      expect(said).toMatch(/How many monthly active users/);
    },
  );
});

// words46: the Casablanca shop's '5,000 dirhams a month' was read as UAE dirhams (AED); the dirham of
// the country the message names is the one meant. No sourced MAD rate is held (the ECB publishes
// none), so the budget is said back as MAD and not applied: that part stays open.
describe("twenty-sixth tryout round: the Casablanca shop's dirhams are Moroccan", () => {
  it("budget MAD 5,000 a month, named as MAD, never AED nor US dollars", { timeout: 120_000 }, () => {
    const req = parseRequirements(CASABLANCA_SHOP_SUPPORT);
    expect(req.statedBudget).toEqual({ currency: "MAD", perMonth: 5000 });
    expect(req.monthlyBudgetUsd).toBeUndefined();
    const said = textOf(chat(catalog).say(CASABLANCA_SHOP_SUPPORT));
    expect(said).toMatch(/budget MAD 5,000/);
    expect(said).not.toMatch(/\bAED\b/);
  });
});
