// One person to a device (thirteenth try-out round, Perth mining-safety vendor): 'We ship the model
// inside our app to about 60 mining customers, around 8,000 tablets' was said back as 60 monthly
// users; the 60 are the organisations that buy it, the 8,000 tablets its users. Over generated
// vendors (buyers × devices × phrasings), the users are the devices whenever there are more of them
// than buyers; a device said once in the singular ("phone calls") or by its memory ("6 GB tablets")
// counts no one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

const said = (n: number) => n.toLocaleString("en-US");
const DEVICES = ["tablets", "rugged tablets", "phones", "Android phones", "handsets", "smartphones", "iPads"];
const BUYERS = ["customers", "mining customers", "enterprise clients", "clients"];
const SHIPPED = [
  (buyers: number, who: string, devices: number, what: string) =>
    `We ship the model inside our app to about ${said(buyers)} ${who}, around ${said(devices)} ${what}.`,
  (buyers: number, who: string, devices: number, what: string) =>
    `Our offline app is installed on roughly ${said(devices)} ${what} across ${said(buyers)} ${who}.`,
  (buyers: number, who: string, devices: number, what: string) =>
    `It runs offline on the ${what} of our ${said(buyers)} ${who}, about ${said(devices)} ${what} in use.`,
];

describe("devices counted beside the buyers", () => {
  it("the users are the devices when there are more devices than buyers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 500 }),
        // At least 5 a buyer, so at least 10 devices: fewer count no one (a handful under test).
        fc.integer({ min: 5, max: 400 }),
        fc.constantFrom(...BUYERS),
        fc.constantFrom(...DEVICES),
        fc.constantFrom(...SHIPPED),
        (buyers, perBuyer, who, what, shipped) => {
          const devices = buyers * perBuyer;
          const text = `We make field software for inspectors. ${shipped(buyers, who, devices, what)} Which model?`;
          expect(parseMonthlyUsers(text), text).toBe(devices);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("calls on a phone, a device's memory and a handful of test devices count no users", () => {
    expect(parseMonthlyUsers("We answer 3,000 phone calls a day for 40 clients.")).toBe(40);
    expect(parseMonthlyUsers("It must run on 6 GB tablets. Which model?")).toBeUndefined();
    expect(parseMonthlyUsers("We tested it on 3 phones. Which model?")).toBeUndefined();
    // The users said as such still count first.
    expect(parseMonthlyUsers("about 20,000 monthly active users on 25,000 phones")).toBe(20_000);
  });
});
