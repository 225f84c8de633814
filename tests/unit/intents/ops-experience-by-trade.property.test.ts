// What a team says of its people is its ML-ops experience (words34): the Virginia contractor's 'We
// have a team of 6 ML engineers.' and the Chicago law firm's 'Our IT has two people who have built
// Azure OpenAI prototypes.' read as 'nothing about ML-ops experience' (Chicago's also as 2 monthly
// users), and the National Library of Wales's 'Two developers, no GPUs.' said nothing either.
// ML, platform or infra engineers counted, and people who built apps on a model service, are some
// experience; a few developers with no GPUs are none.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const ASK = "We want a model to summarise contracts.";
const COUNTS = ["6", "a team of 6", "two", "12", "a couple of", "3"];
const TRADES = [
  "ML engineers",
  "MLOps engineers",
  "platform engineers",
  "machine learning engineers",
  "infra engineers",
];
const SERVICES = ["Azure OpenAI", "OpenAI API", "LLM", "GPT-4o", "Bedrock", "Claude", "generative AI"];
const BUILT = [
  (s: string) => `Our IT has two people who have built ${s} prototypes.`,
  (s: string) => `We've built a few ${s} chatbots.`,
  (s: string) => `Our developers have built an internal assistant with the ${s}.`,
  (s: string) => `Two of us have shipped ${s} apps before.`,
];
const FEW = ["Two developers", "One developer", "3 backend developers", "Four engineers"];

describe("ML-ops experience said of the team's people", () => {
  it("ML, platform or infra engineers counted are some experience", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COUNTS), fc.constantFrom(...TRADES), (count, trade) => {
        const text = `${ASK} We have ${count} ${trade}.`;
        expect(parseRequirements(text).mlOpsExperience, text).toBe("some");
      }),
      { numRuns: 40 },
    );
  });

  it("people who built apps on a model service are some experience, and not the tool's users", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SERVICES), fc.constantFrom(...BUILT), (service, built) => {
        const text = `${ASK} ${built(service)}`;
        const req = parseRequirements(text);
        expect(req.mlOpsExperience, text).toBe("some");
        expect(req.monthlyActiveUsers, text).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it("a few developers and no GPUs, in either order, are none", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FEW), fc.boolean(), (few, devsFirst) => {
        const text = devsFirst ? `${ASK} ${few}, no GPUs.` : `${ASK} No GPUs, ${few.toLowerCase()}.`;
        expect(parseRequirements(text).mlOpsExperience, text).toBe("none");
      }),
      { numRuns: 16 },
    );
  });

  it("a plan or a question is no experience: 'if we build a chatbot with the OpenAI API'", () => {
    expect(parseRequirements(`${ASK} What if we build a chatbot with the OpenAI API?`).mlOpsExperience).toBeUndefined();
    expect(parseRequirements(`${ASK} We have no ML engineers.`).mlOpsExperience).toBe("none");
  });
});
