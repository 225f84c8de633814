// A team that owns GPUs in several machines may ask what changes on fewer of them ("what if we run
// it on only one of the two servers?"): the GPUs it keeps are those machines' (tryout round 27,
// the Finnish nuclear operator's 2 servers of 4× L40S).
import { describe, expect, it } from "vitest";
import { ownedOnFewerMachines } from "../../../src/intents/owned-gpus-text.js";

const twoServers = { type: "L40S", count: 8, perServer: 4 };

describe("ownedOnFewerMachines", () => {
  it.each([
    "what if we also want to run it on only one of the two servers?",
    "what if we run it on a single server?",
    "and on just one server?",
    "what if we keep it on one of our servers",
    "what if we only use half the servers?",
  ])("%s: one server's 4 GPUs", (t) => {
    expect(ownedOnFewerMachines(t, twoServers)).toEqual({ type: "L40S", count: 4 });
  });

  it("two of four servers of 8 H100 keep 16, still in servers of 8", () => {
    expect(
      ownedOnFewerMachines("what if we run it on 2 of the 4 servers?", { type: "H100", count: 32, perServer: 8 }),
    ).toEqual({ type: "H100", count: 16, perServer: 8 });
  });

  it("with no per-server count known, the share said ('one of the three machines') of the GPUs", () => {
    expect(ownedOnFewerMachines("what if we use one of the three machines?", { type: "A100", count: 12 })).toEqual({
      type: "A100",
      count: 4,
    });
  });

  it.each([
    "what if we buy one more server?",
    "what if the data stays on our servers?",
    "what if we run it on both servers?",
    "what if we double the traffic?",
  ])("%s: no fewer machines", (t) => {
    expect(ownedOnFewerMachines(t, twoServers)).toBeUndefined();
  });

  it("a team with one machine has none fewer to keep", () => {
    expect(ownedOnFewerMachines("what if we run it on one server?", { type: "L40S", count: 4 })).toBeUndefined();
  });
});
