// A team that offers to self-host on a condition ("we can self-host on rented GPUs if it's cheaper",
// "we'd self-host if that's cheaper") states a requirement with both routes open; it asks no
// break-even question and sets no rule that it runs the weights itself (tryout round 25: a
// Bengaluru edtech's first message got "Which open model should I compare with an API?" and
// nothing else). Asked as a question, the same words stay a break-even.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { understand } from "../../../src/intents/understand.js";

const catalog = readCatalog();
const fresh = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };
const read = (text: string) => understand(text, { catalog, session: fresh });

const JOB =
  "A homework-help tutor for students, 200,000 questions a day, 800 tokens in and 600 out, budget $10,000 a month.";
const OFFERS = [
  "We can self-host on rented GPUs in India if it's cheaper.",
  "We'd self-host if that's cheaper.",
  "We could self-host if it is cheaper.",
  "We can self-host on our own cloud account if it turns out cheaper.",
  "We can run it ourselves if it's cheaper.",
];

describe("self-hosting offered if it is cheaper: a requirement with both routes, no break-even", () => {
  it.each(OFFERS.flatMap((o) => [[`${o} ${JOB}`], [`${JOB} ${o}`]]))("%s", (text) => {
    expect(read(text).kind).toBe("recommend");
    expect(parseRequirements(text, catalog).selfHosted).toBeUndefined();
  });

  it.each([
    ["would self-hosting on rented GPUs be cheaper than gpt-4o mini for us?"],
    ["is self-hosting llama 3.3 70b cheaper than gpt-4o at 2B tokens a month?"],
  ])("asked as a question, it stays a break-even: %s", (text) => {
    expect(read(text).kind).toBe("break-even");
  });

  it("'we can only self-host' stays a rule", () => {
    expect(parseRequirements(`We can only self-host. ${JOB}`, catalog).selfHosted).toBe(true);
  });
});
