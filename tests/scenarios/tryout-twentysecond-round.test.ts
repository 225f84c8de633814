// A twenty-second tryout round: three new teams in their own words (twentysecond-round-teams.ts: a
// Lisbon telehealth startup with patient data and no ops staff, an Ohio defence contractor's
// air-gapped code assistant on four owned A100s, a Quebec library network whose patron data stays in
// Canada), each run as a whole conversation through the console and read as a sceptical ML lead would.
// What holds is asserted as properties an expert checks, not rankings: every top-3 pick meets every
// hard constraint the team stated (firstShortlist → expectExpertShortlist) and its cost recomputes
// from the line shown; an EU team with patient data is told EU processing is assumed and gets only
// hosts on record as processing in the EU (rank21); an air-gapped team gets open weights on the GPUs
// it owns, with a licence that allows military use; a residency rule puts picks known to process in
// the country first, within the budget's dollar bound. No finding of the round is open (the open
// findings file was removed when its last todo, the Ohio ML-ops team, became a test here: words38).
//
// How a sceptical ML lead read them: the Lisbon telehealth startup, signed with reservations (EU
// processing assumed and said, every pick on a host processing in the EU, ops load weighed for no
// ops staff; but three picks at 0.76 with #1 at ten times #3's cost); the Ohio defence contractor,
// not signed (open weights on its four A100s with licences that allow military use, Llama ruled out
// for ITAR; but all three picks from labs in China for a US defence contractor, unflagged); the
// Quebec libraries, signed with reservations (GPT-4.1 mini on Azure Canada East first, within the
// bound; #2 and #3 on a host whose Canadian processing is not on record, said so).
//
// Fixed since (rank22): the Ohio contractor's three picks from labs in China, unflagged: defence, ITAR
// and US government work now assumes them out, says so and how to let them in
// (defence-origin-default.property.test.ts). The Quebec libraries' unchecked #2 and #3: the models on
// record in Canada were already tried first (each on record there is below the job's minimum); the
// answer now names them and why, or says none is on record (residency-passed-over.property.test.ts).
// The Lisbon near-tie ten times apart in cost: said in dollars since 3e77e4e ("Close, and cheaper");
// its swap advice, "raise customization from 0.01 to 0.05" and "a budget of $49,499", now names no
// damped criterion and says the budget at #1's cost with #2's (swap-advice.property.test.ts).
// The Ohio code assistant's Qwen3-VL at #3: already said to be a vision-language model ranked on its
// own text rating; checked now over code and text jobs on owned GPUs (vision-model-text-job.test.ts),
// and since the origin default it is no longer on this team's shortlist.
//
// Fixed in the round (rank21): an EU company with patient data that said nothing on where it may be
// processed was given US-only hosts unflagged (eu-regulated-residency-default.test.ts); a model below
// the job's minimum set the scale every cost was read on (cost-anchor-good-enough.property.test.ts).
//
// Fixed since (words38): the Ohio contractor's 'We have an ML-ops team of 2' is ML-ops capacity
// 'some' (f302fca, ops-capacity.ts), said back so in the thread (test below).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { licenseVerdict } from "../../src/licensing/verdict.js";
import { teamFactsOf } from "../../src/scoring/constraints.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { residencyOracle } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  LISBON_TELEHEALTH,
  OHIO_DEFENCE_CODE,
  QUEBEC_LIBRARIES,
  TWENTYSECOND_ROUND_FOLLOW_UPS,
  TWENTYSECOND_ROUND_TEAMS,
} from "./twentysecond-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
/** The dollar bound a foreign budget was read as, from the line said back ("… (at most $2,455.00)"). */
const boundUsd = (text: string) => Number(/\(at most \$([\d,]+\.\d\d)\)/.exec(text)![1]!.replace(/,/g, ""));

describe("twenty-second tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(TWENTYSECOND_ROUND_TEAMS))(
    "%s: the first message and every follow-up get an answer, never an internal error",
    // Four what-ifs and a comparison at 6.3B tokens, each with its sensitivity search: slow on a busy machine.
    { timeout: 120_000 },
    (team, first) => {
      const c = chat(catalog);
      for (const message of [first, ...TWENTYSECOND_ROUND_FOLLOW_UPS[team as keyof typeof TWENTYSECOND_ROUND_TEAMS]]) {
        const said = textOf(c.say(message));
        expect(said.length).toBeGreaterThan(0);
        expect(said).not.toMatch(/internal error|stack trace|\bundefined\b|\bNaN\b/);
      }
    },
  );

  it("Lisbon telehealth (EU, patient data, nothing said on where): EU processing assumed and said; every API pick's host processes in the EU; the volume is conversations × turns × tokens", () => {
    const { req, top, text } = firstShortlist(catalog, LISBON_TELEHEALTH);
    expect(text).toMatch(/Assumed: the data is processed in the EU, since you are an EU company with patient data/);
    expect(req.dataSensitivity).toBe("regulated");
    const tokens = req.volume!.inputTokensPerMonth + req.volume!.outputTokensPerMonth;
    expect(tokens).toBeCloseTo(600_000 * 6 * 1_750, -6);
    for (const row of top) {
      expect(row.costBasis, row.id).toBe("api");
      expect(
        residencyOracle(catalog, modelOf(row.id), row.apiProvider!, "EU"),
        `${row.id} via ${row.apiProvider}`,
      ).toBe("yes");
    }
  });

  it("Lisbon telehealth: 'what if data can leave the EU?' lifts the assumed rule, and the thread keeps it lifted", () => {
    const c = chat(catalog);
    c.say(LISBON_TELEHEALTH);
    const lifted = textOf(c.say("what if data can leave the EU?"));
    expect(lifted).toMatch(/no EU residency requirement/);
    expect(lifted).not.toMatch(/Assumed: the data is processed in the EU/);
    expect(textOf(c.say("what if cost matters most?"))).not.toMatch(/Assumed: the data is processed in the EU/);
  });

  it("Ohio defence contractor (air-gapped, ITAR, 4 A100 80GB owned): self-hosted open weights on its own GPUs, each licence allowing military use; Llama is ruled out for ITAR work", () => {
    const { req, top, text } = firstShortlist(catalog, OHIO_DEFENCE_CODE);
    expect(req.deployment).toBe("on-prem");
    expect(req.fieldOfUse).toBe("military");
    for (const row of top) {
      expect(modelOf(row.id).openWeights, row.id).toBe(true);
      expect(row.costBasis, row.id).toBe("self-host");
      // Read from the licence data, not the ranking: the team's use is allowed for this model.
      const m = modelOf(row.id);
      expect(licenseVerdict(m, catalog.licenseById.get(m.licenseId)!, teamFactsOf(req)).verdict, row.id).not.toBe(
        "blocked",
      );
    }
    expect(text).toMatch(/fits your 4× NVIDIA A100 80GB/);
    const c = chat(catalog);
    c.say(OHIO_DEFENCE_CODE);
    expect(textOf(c.say("why not llama 3.3 70b?"))).toMatch(/military|ITAR/i);
  });

  it("Ohio defence contractor: 'We have an ML-ops team of 2' is ML-ops capacity 'some', said back so, and prices the ops at that capacity", () => {
    const { req, text } = firstShortlist(catalog, OHIO_DEFENCE_CODE);
    expect(req.mlOpsExperience).toBe("some");
    expect(text).toMatch(/ML-ops experience: some/);
    expect(text).not.toMatch(/ML-ops experience: (?:assumed: )?nothing/);
    expect(text).toMatch(/at some ops capacity/);
  });

  it("Quebec libraries (patron data in Canada, CAD 3,000): every pick within the bound, those known to process in Canada before unchecked ones", () => {
    const { req, top, text } = firstShortlist(catalog, QUEBEC_LIBRARIES);
    expect(req.residencyElsewhere).toBeDefined();
    const bound = boundUsd(text);
    for (const row of top) expect(row.monthlyCostUsd!, row.id).toBeLessThanOrEqual(bound);
    const known = top.map(
      (r) => r.costBasis === "api" && residencyOracle(catalog, modelOf(r.id), r.apiProvider!, "CA") === "yes",
    );
    expect(known[0], top[0]!.id).toBe(true);
    expect(known.indexOf(false) === -1 || known.lastIndexOf(true) < known.indexOf(false), known.join()).toBe(true);
  });
});
