import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

// An app that keeps working offline and reaches a model's API when it is online runs the model
// nowhere of its own: "offline" there places the model neither on-prem nor on the device.
describe("an offline app that calls an API when online", () => {
  it.each([
    "our field app must be offline-capable but calls an API when online; summarise inspection notes",
    "which model for summaries of trip notes? our offline-first mobile app calls an API when online",
    "the tablet app works offline and sends notes to a hosted model API when there's a connection",
    "works offline; once back online it syncs with our cloud API for the summaries",
  ])("%s", (text) => {
    const req = parseRequirements(text);
    expect(req.deployment).toBeUndefined();
    expect(req.onDevice).toBeUndefined();
  });

  it("offline with no API stays on-prem", () => {
    expect(parseRequirements("it must work offline, no internet at the site; summaries").deployment).toBe("on-prem");
  });

  it("an app that works offline on the device stays on-device", () => {
    expect(parseRequirements("a desktop app that works fully offline for summarising notes").onDevice).toBe(true);
  });
});
