// A what-if that cuts what each item reads to a part of it ("only the last 7 days of the chart,
// ~30k tokens", "just the last 20k tokens of each transcript") makes every request that size: the
// month's input falls to count × the new size, and so does the context need — no request is larger
// any more (the Ontario health network's 180K need for its longest charts stopped applying, ninth
// round). A size said without a cut ("what if the charts are 60k tokens?") is no cut: the need still
// holds every request.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { ONTARIO_HEALTH } from "../scenarios/ninth-round-teams.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();

// Teams whose items are long, with a stated context need above one item's median size.
const TEAMS = [
  { noun: "chart", count: 9000, input: 40_000, output: 1200, need: 180_000, job: "draft a discharge summary" },
  { noun: "transcript", count: 20_000, input: 24_000, output: 600, need: 64_000, job: "summarise each call" },
  { noun: "record", count: 5000, input: 16_000, output: 400, need: 48_000, job: "extract the key fields" },
] as const;
type Team = (typeof TEAMS)[number];

const firstMessage = (t: Team) =>
  `we ${t.job}: about ${t.count.toLocaleString("en-US")} ${t.noun}s a month, each ${t.noun} ~${t.input / 1000}k tokens in (some up to ${t.need / 1000}k tokens), ~${t.output} tokens out. api is fine. which model?`;

// Cuts to part of each item, in the ways teams say it; {n} is the new size in thousands, {x} the noun.
const CUTS = [
  "what if we only summarise the last 7 days of the {x}, ~{n}k tokens?",
  "what if we just send the last {n}k tokens of each {x}",
  "what if we truncate each {x} to the first {n}k tokens?",
  "what if we only use the most recent {n}k tokens of the {x}?",
];

beforeAll(() => void chat(catalog).say(firstMessage(TEAMS[0])), 120_000);

function thread(t: Team) {
  const c = chat(catalog);
  c.say(firstMessage(t));
  expect(c.session.requirements.contextTokens).toBeGreaterThanOrEqual(t.need);
  return c;
}

describe("an input cut to part of each item lowers the volume and the context need", () => {
  for (const t of TEAMS)
    for (const cut of CUTS) {
      const smaller = Math.round(t.input / 2000); // thousands, half the median item
      const said = cut.replace("{n}", String(smaller)).replace("{x}", t.noun);
      it(`${t.noun}s: '${said}'`, () => {
        const c = thread(t);
        c.say(said);
        const req = c.session.requirements;
        expect(req.volume?.inputTokensPerMonth).toBeCloseTo(t.count * smaller * 1000, -3);
        expect(req.contextTokens).toBe(smaller * 1000 + t.output);
      });
    }

  // Without a cut word the size is a new size of each item: every request still fits the need.
  for (const t of TEAMS)
    it(`${t.noun}s: a larger size said without a cut is not a cut: the need still holds every request`, () => {
      const c = thread(t);
      const larger = Math.round((t.input * 1.5) / 1000);
      c.say(`what if the ${t.noun}s are ${larger}k tokens?`);
      const req = c.session.requirements;
      expect(req.volume?.inputTokensPerMonth).toBeCloseTo(t.count * larger * 1000, -3);
      expect(req.contextTokens).toBeGreaterThanOrEqual(larger * 1000 + t.output);
    });

  it("Ontario health network: 'only … the last 7 days of the chart, ~30k tokens' is 9,000 × 31.2K with a 31.2K need", () => {
    const c = chat(catalog);
    c.say(ONTARIO_HEALTH);
    c.say("what if we only summarise the last 7 days of the chart, ~30k tokens?");
    const req = c.session.requirements;
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(9000 * 30_000, -3);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(9000 * 1200, -3);
    expect(req.contextTokens).toBe(31_200);
    expect(req.useCase).toBe("summarization");
  });
});
