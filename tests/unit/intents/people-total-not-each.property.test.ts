// A count of people, then the people as a group doing a count of things (sixteenth try-out round,
// Dhaka garment factory): '12000 worker. … workers send by whatsapp, around 3000 message in one day'
// read 12,000 × 3,000 messages a month (23.4B tokens, 400× the real 58.5M): the people referred back
// by their noun multiplied the count though nothing shared it out per person, and 'in one day' was
// no rate. Over generated people × counts × verbs × ways to say the day, the volume is the count ×
// 30 × (in + out), the people not multiplied; with 'each' (before the verb or after the count) or
// 'on average', it is people × count.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const said = (n: number) => n.toLocaleString("en-US");
const PEOPLE = [
  { one: "worker", many: "workers" },
  { one: "nurse", many: "nurses" },
  { one: "agent", many: "agents" },
  { one: "employee", many: "employees" },
  { one: "student", many: "students" },
];
const VERBS = ["send", "ask", "submit", "write", "open"];
const A_DAY = ["in one day", "in a day", "a day", "per day", "in a single day"];
const FIRSTS = [
  (n: number, p: (typeof PEOPLE)[number]) => `we are a company with ${said(n)} ${p.one}.`,
  (n: number, p: (typeof PEOPLE)[number]) => `We have ${said(n)} ${p.many}.`,
  (n: number, p: (typeof PEOPLE)[number]) => `hello, our site has ${said(n)} ${p.many}, mostly on phones.`,
];
const tokens = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : null;
};

describe("a count of people before a total is no rate per person", () => {
  it("the people as a group send the count: count × 30 days × (in + out)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.integer({ min: 50, max: 50_000 }),
        fc.integer({ min: 100, max: 20_000 }),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...A_DAY),
        fc.constantFrom(...FIRSTS),
        (people, headcount, count, verb, aDay, first) => {
          const text = `${first(headcount, people)} ${people.many} ${verb} by whatsapp, around ${said(count)} message ${aDay}, every message near 500 token input and 150 token output.`;
          expect(tokens(text)! / (count * 30 * 650), text).toBeCloseTo(1, 6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("'each' before the verb or after the count, or 'on average', shares it out per person", () => {
    const sharedOut = [
      (p: string, v: string, n: number, d: string) => `${p} each ${v} around ${n} messages ${d}`,
      (p: string, v: string, n: number, d: string) => `${p} ${v} around ${n} messages ${d} each`,
      (p: string, v: string, n: number, d: string) => `${p} ${v} around ${n} messages ${d} on average`,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.integer({ min: 50, max: 5_000 }),
        fc.integer({ min: 2, max: 40 }),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...A_DAY),
        fc.constantFrom(...sharedOut),
        (people, headcount, count, verb, aDay, shared) => {
          const text = `We have ${said(headcount)} ${people.many}. ${shared(people.many, verb, count, aDay)}, 500 tokens in and 150 out.`;
          expect(tokens(text)! / (headcount * count * 30 * 650), text).toBeCloseTo(1, 6);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("'each' before the tokens shares out the messages, not the people", () => {
    const text = "We have 2,000 workers. workers send around 3,000 messages a day, each 500 tokens in and 150 out.";
    expect(tokens(text)! / (3_000 * 30 * 650)).toBeCloseTo(1, 6);
  });
});
