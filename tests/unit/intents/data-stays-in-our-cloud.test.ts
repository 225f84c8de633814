// Data that may not leave the team's own cloud account keeps the work in that account; it is never a
// rule against that cloud (tryout round 24: a New York hedge fund's "No data may leave our AWS VPC"
// was read as "excluding hosts on AWS", the opposite of what it says). Generated over clouds ×
// the data said several ways × what the account is called × the modal verbs.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { withoutLeaveRules } from "../../../src/intents/residency-text.js";

const catalog = readCatalog();
const CLOUDS = [
  ["AWS", "aws"],
  ["Azure", "azure"],
  ["GCP", "gcp"],
] as const;
const SAID = [
  (c: string, box: string) => `No data may leave our ${c} ${box}.`,
  (c: string, box: string) => `data must never leave our ${c} ${box}`,
  (c: string, box: string) => `nothing may leave our ${c} ${box}`,
  (c: string, box: string) => `prompts can't leave our ${c} ${box}`,
  (c: string, box: string) => `no customer data can ever leave our own ${c} ${box}`,
];
const BOXES = ["VPC", "account", "tenant", "subscription", "project"];

describe("'no data may leave our <cloud> account' keeps the work in that account", () => {
  for (const [cloud, id] of CLOUDS)
    for (const box of BOXES)
      it.each(SAID.map((s) => [s(cloud, box)]))(`%s`, (rule) => {
        const req = parseRequirements(
          `Which model for summarising research notes? ${rule} 50M tokens a month.`,
          catalog,
        );
        expect(req.deployment).toBe("own-cloud");
        expect(req.cloudProvider).toBe(id);
        expect(req.exclude?.providers ?? []).not.toContain(id);
      });

  it("a cloud ruled out outright stays ruled out, and a place the data may not leave stays a place", () => {
    expect(
      parseRequirements("chat assistant, not on AWS please, 20M tokens a month", catalog).exclude?.providers,
    ).toEqual(["aws"]);
    expect(withoutLeaveRules("data must not leave canada")).not.toContain("canada");
  });
});
