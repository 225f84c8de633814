// The README's terminal examples are the product's real output today (adapters/tools/readme).
// When an answer changes on purpose, `npm run readme:examples` rewrites them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";
import { readmeExamples } from "../../adapters/tools/readme/examples.js";

describe("README examples", () => {
  it("every marked example is what the command prints today", async () => {
    const examples = await readmeExamples(readFileSync(join(PACKAGE_ROOT, "README.md"), "utf8"));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples)
      expect(example.current, `run npm run readme:examples (${example.command})`).toBe(example.expected);
  });
});
