// A team that will buy its hardware, in the words teams use, and the sum it has for it: kept in its
// own currency, never read as a monthly budget (a capex is paid once).
import { describe, expect, it } from "vitest";
import { buysHardwareIn } from "../../../src/intents/hardware-purchase-text.js";
import { hardwareCapexIn, parseBudget } from "../../../src/intents/requirements-text.js";

describe("hardware to buy", () => {
  it.each([
    "we don't have gpus yet",
    "no gpus yet, everything on-prem",
    "we haven't got any hardware yet",
    "the board approved chf 400k capex for hardware",
    "what should we buy and which model?",
    "which gpus should we buy?",
    "what hardware do we need to buy",
    "we need to buy gpu servers for it",
    "we'll purchase new servers next quarter",
    "we have a budget for hardware but not for apis",
  ])("'%s' buys its hardware", (t) => expect(buysHardwareIn(t)).toBe(true));

  it.each([
    "no gpus, one engineer",
    "we bought 2 servers with 8 h100 each",
    "we own 8 h100s",
    "we'll buy api credits",
    "what should we use?",
    "which model should we buy a licence for?",
  ])("'%s' buys no hardware", (t) => expect(buysHardwareIn(t)).toBe(false));
});

describe("the sum for it", () => {
  it.each([
    ["the board approved CHF 400k capex for hardware", { currency: "CHF", amount: 400_000 }],
    ["hardware budget of $250k", { currency: "USD", amount: 250_000 }],
    ["€120.000 capex approved", { currency: "EUR", amount: 120_000 }],
    ["we have 2 million NOK to buy servers", { currency: "NOK", amount: 2_000_000 }],
  ])("'%s' is a capex of %o, and no monthly budget", (t, capex) => {
    expect(hardwareCapexIn(t)).toEqual(capex);
    expect(parseBudget(t)).toBeUndefined();
  });

  it("a monthly budget beside the capex stays the monthly budget", () => {
    const t = "CHF 400k capex for hardware, and an API budget of $2,000 a month";
    expect(hardwareCapexIn(t)).toEqual({ currency: "CHF", amount: 400_000 });
    expect(parseBudget(t)).toEqual({ currency: "USD", perMonth: 2000 });
  });

  it("an amount with no hardware words is no capex", () => {
    expect(hardwareCapexIn("budget $5k a month")).toBeUndefined();
  });
});
