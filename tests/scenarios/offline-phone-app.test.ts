// A phone, tablet or laptop app that runs offline carries the model on the device: "an offline phone
// app (Android, 6GB RAM)" is on-device with a memory cap, not the team's own servers. It was read as
// on-prem, and the shortlist led with Qwen3-Next 80B for a 6 GB phone.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { firstShortlist } from "./cost-working-checks.js";

const catalog = readCatalog();

describe("an offline app on a phone, tablet or laptop runs the model on the device", () => {
  it.each([
    ["We're building an offline phone app (Android, 6GB RAM) that summarises field notes.", "phone", 6],
    ["an offline tablet app for inspectors, tablets have 4 GB RAM", "phone", 4],
    ["an offline-first android phone app, phones with 8GB RAM, for note search", "phone", 8],
    ["a local laptop app for our lawyers, 16GB RAM, that drafts letters", "laptop", 16],
  ] as const)("%s", (text, device, gb) => {
    const req = parseRequirements(text, catalog);
    expect(req).toMatchObject({ onDevice: true, device, deviceMemoryGb: gb });
    expect(req.deployment).toBeUndefined();
  });

  it("the shortlist for a 6 GB offline phone app fits the phone", () => {
    const { req, top } = firstShortlist(
      catalog,
      "We're building an offline phone app (Android, 6GB RAM) that summarises field notes for farm advisers. Which model should we use?",
    );
    expect(req.maxParamsB).toBeLessThanOrEqual(4);
    expect(top.length).toBeGreaterThan(0);
    for (const row of top) {
      const m = catalog.modelById.get(row.id)!;
      expect(m.openWeights, row.id).toBe(true);
      expect(m.parameters?.totalB ?? Infinity, row.id).toBeLessThanOrEqual(req.maxParamsB!);
    }
  });
});
