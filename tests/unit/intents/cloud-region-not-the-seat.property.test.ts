// A cloud region is where the data runs, not where the company is established (sixteenth round):
// the Istanbul airline's 'We are on Azure (West Europe).' made it 'EU-based', overriding 'an airline
// based in Istanbul', so EU-only licence terms were applied to a company outside the EU. Azure's
// European regions are written as ids ("westeurope") or as the portal's names ("West Europe").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";

const SEATS = ["an airline based in Istanbul", "a bank headquartered in Dubai", "a retailer based in Ankara"];
const REGIONS = [
  "West Europe",
  "North Europe",
  "Germany West Central",
  "Sweden Central",
  "westeurope",
  "France Central",
];
const ON = (region: string) => [
  `We are on Azure (${region}).`,
  `We're on Azure ${region}.`,
  `our stack runs in Azure ${region}`,
];

describe("a cloud region is not where the team is", () => {
  it("'<seat outside the EU>' with 'on Azure <European region>' is never an EU-based team", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEATS), fc.constantFrom(...REGIONS), fc.nat(2), (seat, region, i) => {
        const text = `We are ${seat}. ${ON(region)[i]!} We want a support chatbot.`.toLowerCase();
        expect(parseTeamFacts(text).inEu, text).not.toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("a team that names an EU seat of its own is still in the EU, whatever its region", () => {
    for (const text of [
      "we're a bank in warsaw on azure poland central",
      "we are an insurer in munich, on azure west europe",
      "we're a european company on azure north europe",
    ])
      expect(parseTeamFacts(text).inEu, text).toBe(true);
  });
});
