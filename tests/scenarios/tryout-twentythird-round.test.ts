// A twenty-third tryout round: three new teams in their own words (twentythird-round-teams.ts: a
// Tokyo game studio's live NPC dialogue under a second, a Cologne insurer summarising claim files on
// its own eight H100s, a US K-12 edtech's essay feedback under COPPA and FERPA), each run as a whole
// conversation through the console and read as a sceptical ML lead would. What holds is asserted as
// properties an expert checks, not rankings: every top-3 pick meets every hard constraint the team
// stated (firstShortlist → expectExpertShortlist) and its cost recomputes from the line shown.
//
// How a sceptical ML lead read them (rank22): the Cologne insurer, signed (open weights on its own
// GPUs with the sizing shown, German rated, a vision model said to be one; but see the open test on
// "clinical work"); the US K-12 edtech, signed with reservations (picks under terms that address
// minors first, parental consent said as a duty, hosts that keep nothing; #2 is #1's predecessor,
// said so); the Tokyo studio, signed for its first answer (the yen bound applied, models that always
// reason ruled out for a 1 s target), not for "we're on AWS": that answer lost the AWS account and
// left only self-hosted weights. Fixed in the round: a short statement after the shortlist that
// answers one open question keeps what else its words say (recommend-flow.ts lateAnswer), checked
// over generated clouds × phrasings × teams below; and the K-12 edtech at double its volume, three
// picks with age terms not checked beside "picks under terms that address minors come first", now
// names the known-terms candidates ranked after them and why (minors-passed-over.property.test.ts,
// sharing passed-over.ts with the residency note). Its last open todo (Gemma 3 1B above the measured
// Llama 3.2 3B) was closed by rankfive: estimate-size-class.property.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { licenseVerdict } from "../../src/licensing/verdict.js";
import { teamFactsOf } from "../../src/scoring/constraints.js";
import { thinksBeforeAnswering } from "../../src/scoring/latency-target.js";
import type { CloudProvider } from "../../src/scoring/requirements.js";
import { chat, rankingOf, textOf } from "../flows/recommend-helpers.js";
import { expectExpertShortlist } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  KOELN_INSURER_ON_PREM,
  TOKYO_GAME_STUDIO,
  TWENTYTHIRD_ROUND_FOLLOW_UPS,
  TWENTYTHIRD_ROUND_TEAMS,
  US_K12_WRITING,
} from "./twentythird-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
/** The dollar bound a foreign budget was read as, from the line said back ("… (at most $31,450.00)"). */
const boundUsd = (text: string) => Number(/\(at most \$([\d,]+\.\d\d)\)/.exec(text)![1]!.replace(/,/g, ""));

describe("twenty-third tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(TWENTYTHIRD_ROUND_TEAMS))(
    "%s: the first message and every follow-up get an answer, never an internal error",
    { timeout: 120_000 },
    (team, first) => {
      const c = chat(catalog);
      for (const message of [first, ...TWENTYTHIRD_ROUND_FOLLOW_UPS[team as keyof typeof TWENTYTHIRD_ROUND_TEAMS]]) {
        const said = textOf(c.say(message));
        expect(said.length).toBeGreaterThan(0);
        expect(said).not.toMatch(/internal error|stack trace|\bundefined\b|\bNaN\b/);
      }
    },
  );

  it("Tokyo game studio (¥4,000,000, answers within 1 s, Japanese): every pick within the yen's dollar bound, none that always reasons first, Japanese ratings read", () => {
    const { req, top, text } = firstShortlist(catalog, TOKYO_GAME_STUDIO);
    expect(req.latencyTarget?.seconds).toBe(1);
    expect(req.languages).toContain("ja");
    expect(req.volume!.inputTokensPerMonth).toBe(40e6 * 900);
    const bound = boundUsd(text);
    for (const row of top) {
      expect(row.monthlyCostUsd!, row.id).toBeLessThanOrEqual(bound);
      expect(thinksBeforeAnswering(modelOf(row.id)), row.id).toBe(false);
    }
    expect(text).toMatch(/ratings in Japanese/);
  });

  it("Cologne insurer (health data in its own data centre, 8 H100 owned, strong ML platform team): open weights self-hosted on its GPUs, each holding the 15.7K-token files, licence allowing the use, German read", () => {
    const { req, top, text } = firstShortlist(catalog, KOELN_INSURER_ON_PREM);
    expect(req.deployment).toBe("on-prem");
    expect(req.dataSensitivity).toBe("regulated");
    expect(req.ownedGpus?.count).toBe(8);
    expect(req.languages).toContain("de");
    for (const row of top) {
      const m = modelOf(row.id);
      expect(m.openWeights, row.id).toBe(true);
      expect(row.costBasis, row.id).toBe("self-host");
      expect(m.contextWindow ?? 0, row.id).toBeGreaterThanOrEqual(15_700);
      expect(licenseVerdict(m, catalog.licenseById.get(m.licenseId)!, teamFactsOf(req)).verdict, row.id).not.toBe(
        "blocked",
      );
    }
    expect(text).toMatch(/fits your 8× NVIDIA H100/);
  });

  it("US K-12 edtech (COPPA/FERPA, no training or retention, $25,000): every pick within budget, on a host that keeps nothing, picks under terms that address minors first, with the parental-consent duty said", () => {
    const { req, top, text } = firstShortlist(catalog, US_K12_WRITING);
    expect(req.minorUsers).toBe(true);
    expect(req.noRetention).toBe(true);
    for (const row of top) expect(row.monthlyCostUsd!, row.id).toBeLessThanOrEqual(25_000);
    // Picks whose age terms are known come before any whose terms are not checked.
    const ranked = rankOnly(catalog, req).ranking.ranked.slice(0, 3);
    expect(ranked.map((r) => r.id)).toEqual(top.map((r) => r.id));
    const known = ranked.map((r) => !r.noKnownAgeTerms);
    expect(known.indexOf(false) === -1 || known.lastIndexOf(true) < known.indexOf(false), known.join()).toBe(true);
    expect(text).toMatch(/parent's or guardian's consent/);
  });
});

describe("words of the first message and the what-ifs, said back as meant (words38)", () => {
  it("Tokyo game studio: 'we'd prefer to keep processing in Japan' is said back as the preferred place, a wish and no rule", () => {
    const { req, text } = firstShortlist(catalog, TOKYO_GAME_STUDIO);
    expect(req.preferredPlace).toBe("data kept in Japan");
    expect(req.residencyElsewhere).toBeUndefined();
    expect(req.euDataResidency).toBeUndefined();
    expect(text).toMatch(/data kept in Japan preferred \(a preference, not a rule: hosts elsewhere are kept\)/);
  });

  it("US K-12 edtech: 'what if students double next year?' doubles the students, their volume and the monthly users", () => {
    const c = chat(catalog);
    c.say(US_K12_WRITING);
    expect(c.session.requirements.monthlyActiveUsers).toBe(1_200_000);
    const text = textOf(c.say("what if students double next year?"));
    expect(c.session.requirements.monthlyActiveUsers).toBe(2_400_000);
    expect(c.session.requirements.volume!.inputTokensPerMonth).toBe(2 * 1_200_000 * 8 * 1_800);
    expect(text).toMatch(/2\.4M students \(was 1\.2M\)/);
    expect(text).toMatch(/2\.4M monthly users/);
  });
});

/** Short statements naming the team's cloud, as teams type them after a shortlist. */
const LATE_CLOUD: [string, CloudProvider][] = [
  ["we're on AWS", "aws"],
  ["we use AWS", "aws"],
  ["we're on Azure", "azure"],
  ["we use Azure", "azure"],
  ["we're on GCP", "gcp"],
];

describe("a short statement after the shortlist keeps everything its words say", () => {
  it("over teams × clouds × phrasings: 'we're on AWS' after a shortlist keeps the cloud account, every pick runs in it, and the shortlist is the one saying it first gives", () => {
    let checked = 0;
    for (const first of [TOKYO_GAME_STUDIO, US_K12_WRITING])
      for (const [said, cloud] of LATE_CLOUD) {
        const c = chat(catalog);
        c.say(first);
        const before = c.session.requirements;
        const reply = c.say(said);
        expect(c.session.requirements.cloudProvider, `${said} after ${first.slice(0, 30)}`).toBe(cloud);
        const rows = expectExpertShortlist(catalog, c.session.requirements, reply);
        if (rankingOf(reply).length > 0) checked++;
        // As if the team had said it first: the shortlist of its requirements with the account in them.
        const asIfFirst = rankOnly(catalog, { ...before, deployment: "own-cloud", cloudProvider: cloud }).ranking
          .ranked;
        expect(
          rows.slice(0, 3).map((r) => r.id),
          said,
        ).toEqual(asIfFirst.slice(0, 3).map((r) => r.id));
      }
    expect(checked).toBe(LATE_CLOUD.length * 2);
  });
});
