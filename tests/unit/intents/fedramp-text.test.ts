// The FedRAMP level a team requires (issue 11, twenty-fifth round's state labor department): 'what
// if we need FedRAMP High?' was read as regulated data only. The level is read however it is said,
// the highest when two are, and FedRAMP named with no level sets none.
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

describe("the FedRAMP level required", () => {
  it.each([
    ["The cloud service must be FedRAMP Moderate authorized.", "moderate"],
    ["what if we need FedRAMP High?", "high"],
    ["everything must stay in a FedRAMP-High authorised environment", "high"],
    ["we need FedRAMP authorization at the High impact level", "high"],
    ["the vendor has to be fedramp authorized at moderate", "moderate"],
    ["FedRAMP Low is enough for this public data", "low"],
    ["FedRAMP Moderate today, FedRAMP High next year", "high"],
  ])("%j -> %s", (text, level) => {
    expect(parseRequirements(text).fedrampLevel).toBe(level);
  });

  it("High is regulated data; FedRAMP with no level sets none", () => {
    expect(parseRequirements("we need FedRAMP authorization at the High impact level").dataSensitivity).toBe(
      "regulated",
    );
    expect(parseRequirements("FedRAMP isn't needed for this internal tool").fedrampLevel).toBeUndefined();
  });
});
