// The self-hosting answer calls the API it compares with "(cheapest host)"; under the thread's
// hosting rules that host may be the only one left (the New York hedge fund's own AWS account left
// Amazon Bedrock alone, yet it read "Amazon Bedrock (cheapest host)", a price won against hosts
// never compared). Over every open model × hosting rule: a host the rules narrowed to is labelled
// as what the rules leave, "the only host" exactly when one host is left.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { apiCostsUnderRules, caveatKey } from "../../../src/answers/self-host-api-hosts.js";
import type { Volume } from "../../../src/costs/volume.js";
import { applyHosting } from "../../../src/scoring/hosting.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";
import { NEW_YORK_HEDGE_FUND } from "../../scenarios/twentyfourth-round-teams.js";

const catalog = readCatalog();
const RULES: Requirements[] = [
  { deployment: "own-cloud", cloudProvider: "aws" },
  { deployment: "own-cloud", cloudProvider: "azure" },
  { deployment: "own-cloud", cloudProvider: "gcp" },
  { euDataResidency: true },
  { noTrainingOnData: true, dataSensitivity: "regulated" },
];
const VOLUME: Volume = {
  inputTokensPerMonth: 100_000_000,
  outputTokensPerMonth: 10_000_000,
  cachedInputTokensPerMonth: 0,
  splitAssumed: false,
  description: "100M in, 10M out",
};

describe("the host a self-hosting answer compares with, under the thread's rules", () => {
  it("over every open model × rule: a kept host of a narrowed list says what the rules leave, 'the only host' exactly when one host is left", () => {
    const open = catalog.models.filter((m) => m.openWeights && m.offerings.some((o) => !o.firstParty));
    let only = 0;
    let several = 0;
    for (const req of RULES)
      for (const m of open) {
        const usable = applyHosting(catalog, m, req).model;
        const { costs, hostLabels } = apiCostsUnderRules(catalog, [m], VOLUME, req);
        const narrowed = usable.offerings.length < m.offerings.length;
        const hostsLeft = usable.offerings.filter((o) => !o.firstParty).length;
        for (const c of costs.filter((x) => x.role === "cheapest-host")) {
          const label = hostLabels.get(caveatKey(c));
          const said = `${m.name} through ${c.providerName} under ${JSON.stringify(req)}`;
          if (!narrowed) expect(label, said).toBeUndefined();
          else if (hostsLeft === 1) {
            only++;
            expect(label, said).toBe("the only host your rules leave");
          } else {
            several++;
            expect(label, said).toBe("cheapest host your rules leave");
          }
        }
      }
    expect(only).toBeGreaterThan(0);
    expect(several).toBeGreaterThan(0);
  });

  it(
    "New York hedge fund (its own AWS account): 'what would self-hosting the top pick cost?' calls Amazon Bedrock the only host its rules leave, not the cheapest host",
    { timeout: 120_000 },
    () => {
      const c = chat(catalog);
      c.say(NEW_YORK_HEDGE_FUND);
      const said = textOf(c.say("what would self-hosting the top pick cost?"));
      expect(said).toMatch(/through Amazon Bedrock \(the only host your rules leave\)/);
      expect(said).not.toMatch(/\(cheapest host\)/);
    },
  );
});
