// A job run once over things described at length is read: the National Library of Wales's "1.2
// million digitised Welsh-language and English newspaper pages (OCR text, about 1,500 tokens each)
// … a one-off job to write a short bilingual summary (Welsh and English, about 200 tokens)" read no
// volume (only a 1.5K context need), so no pick had a cost. Now the pages are counted whatever
// words describe them (two lists joined by "and", hyphenated words), a thing the volume table does
// not list is counted when its size follows it, and the output's size is read though a bracket
// says more of it first: 1.2M × (1,500 + 200), once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const COUNTS = [
  { said: "1.2 million", value: 1_200_000 },
  { said: "300,000", value: 300_000 },
  { said: "45,000", value: 45_000 },
];
const DESCRIBED = [
  "digitised Welsh-language and English newspaper",
  "scanned Dutch and French court",
  "historical and recent",
  "old handwritten",
  "",
];
// Nouns in the volume table and beyond it (rulings, minutes, letters are not listed there).
const THINGS = ["pages", "rulings", "letters", "documents", "records"];
const SIZES = [1_500, 4_000, 800];
const OUTPUTS = [
  (n: string) => `a short bilingual summary (Welsh and English, about ${n} tokens)`,
  (n: string) => `a summary of about ${n} tokens`,
  (n: string) => `a short abstract (in English, ~${n} tokens out)`,
];
const OUT = [200, 150, 60];

const n = (x: number) => x.toLocaleString("en-US");

describe("a one-off job over described things", () => {
  it("is count × (tokens in + tokens out), priced once", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...DESCRIBED),
        fc.constantFrom(...THINGS),
        fc.constantFrom(...SIZES),
        fc.constantFrom(...OUTPUTS),
        fc.constantFrom(...OUT),
        (count, described, things, size, output, out) => {
          const text = `We have ${count.said} ${described ? `${described} ` : ""}${things} (OCR text, about ${n(size)} tokens each), and we want a one-off job to write ${output(n(out))} for every one.`;
          const v = parseVolume(text);
          expect(v, text).not.toBeNull();
          expect(v!.oneOff, text).toBe(true);
          expect(v!.inputTokensPerMonth, text).toBeCloseTo(count.value * size, -3);
          expect(v!.outputTokensPerMonth, text).toBeCloseTo(count.value * out, -3);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a thing the table does not list still needs its size right after it and a job said once", () => {
    // Monthly work is counted only with its rate; "court rulings (about 4,000 tokens each)" alone is no month.
    expect(parseVolume("We have 300,000 court rulings (about 4,000 tokens each) in our archive.")).toBeNull();
  });
});
