// Work that arrives as pictures is sent to the model as images (twelfth try-out round): the Gdańsk
// forwarder's '1,000 scanned documents … as PDF scans or phone photos, often with handwritten fields'
// did not require image input, so its vision picks were luck.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const THINGS = ["documents", "invoices", "delivery notes", "expense claims"];
const FORMS = ["PDF scans or phone photos", "phone photos", "scans or photos", "photos or screenshots", "images"];

describe("things that arrive as photos or images", () => {
  it("need image input, whatever other form is named beside the pictures", () => {
    fc.assert(
      fc.property(fc.constantFrom(...THINGS), fc.constantFrom(...FORMS), (things, form) => {
        const text = `Every working day we get about 1,000 ${things} as ${form}, often with handwritten fields; we extract the fields as JSON. which model?`;
        expect(parseRequirements(text).imageInput, text).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it("a container image or a document saved as PDF is no picture", () => {
    expect(parseRequirements("we ship it as docker images to our cluster").imageInput).toBeUndefined();
    expect(
      parseRequirements("we get about 1,000 documents as PDF scans; extract the fields").imageInput,
    ).toBeUndefined();
  });
});
