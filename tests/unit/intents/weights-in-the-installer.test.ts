// Weights shipped in an app's installer run on the users' machines, as weights shipped in the app do,
// and "no money for servers" says the team buys none (tryout round 25: an open-source note-taking
// app's "ship a small model inside the installer … fully offline … no money for servers" was read
// as on-prem with GPUs to buy, and its shortlist opened with DeepSeek-V3.2).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const SHIPPED = [
  "We want to ship a small model inside the installer",
  "We bundle the weights in our installer",
  "The model is included in the download",
  "We ship the model with our desktop installer",
];
const NO_MONEY = ["There is no money for servers at all.", "We have no budget for hardware."];

describe("weights in the installer run on the users' machines", () => {
  it.each(SHIPPED.map((s) => [s]))("%s", (said) => {
    const req = parseRequirements(`${said} so our desktop app summarises notes offline. Which model?`, catalog);
    expect(req.onDevice).toBe(true);
    expect(req.deployment).toBeUndefined();
  });
});

describe("no money for servers buys none", () => {
  it.each(NO_MONEY.map((s) => [s]))("%s", (said) => {
    expect(parseRequirements(`Support bot for our shop. ${said} Which model?`, catalog).hardwareToBuy).toBeUndefined();
  });
  it("money for servers still buys them", () => {
    expect(
      parseRequirements("On-prem only; we have a budget for new GPUs. Which model?", catalog).hardwareToBuy,
    ).toBeDefined();
  });
});
