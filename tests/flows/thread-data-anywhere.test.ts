// Letting the data go anywhere lifts every rule on where it must be (ninth tryout round: the Lagos
// wallet's "what if we allow data to go anywhere?" was "I couldn't tell which requirement to
// change"). The thread's residency (EU or elsewhere) and the cloud account the data had to stay in
// are dropped, said back, and nothing else the thread holds changes.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { liftsResidency } from "../../src/intents/residency-text.js";
import { LAGOS_WALLET, ONTARIO_HEALTH } from "../scenarios/ninth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const EU_WALLET =
  "support chat for our wallet app, 40k chats a day, 500 tokens in and 100 out, customer data must stay in the EU, we're on AWS. which model?";
const SAID = [
  "what if we allow data to go anywhere?",
  "and if the data could be processed anywhere in the world?",
  "what if there were no residency rules",
  "what if the data could leave the country",
];

beforeAll(() => void chat(catalog).say(EU_WALLET), 120_000);

describe("'data can go anywhere' lifts the thread's rules on where the data is", () => {
  for (const [team, first] of [
    ["EU wallet on AWS", EU_WALLET],
    ["Ontario health network", ONTARIO_HEALTH],
    ["Lagos wallet", LAGOS_WALLET],
  ] as const)
    it.each(SAID.map((s) => [s]))(`${team}: '%s'`, (said) => {
      const c = chat(catalog);
      c.say(first);
      const before = c.session.requirements;
      expect(
        before.euDataResidency ?? before.residencyElsewhere ?? before.cloudProvider,
        "the thread starts with a rule on where data goes",
      ).toBeDefined();
      const reply = c.say(said);
      expect(reply.data?.intent).toBe("what-if");
      const after = c.session.requirements;
      expect(after.euDataResidency).toBeUndefined();
      expect(after.residencyElsewhere).toBeUndefined();
      expect(after.cloudProvider).toBeUndefined();
      expect(textOf(reply)).toMatch(/What if:\*\* [^\n]*no (?:cloud|EU data residency|data residency)/);
      // What the data is stays as it was: freeing where it goes does not make it less sensitive.
      expect(after.dataSensitivity).toBe(before.dataSensitivity);
      expect(after.volume).toEqual(before.volume);
    });

  it("a rule on where data stays is not a lift ('data must stay in the EU', 'data cannot leave Canada')", () => {
    expect(liftsResidency("data must stay in the eu")).toBe(false);
    expect(liftsResidency("data cannot leave canada")).toBe(false);
    expect(liftsResidency("what if data could go anywhere")).toBe(true);
  });
});
