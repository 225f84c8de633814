// The license answers over the real catalogue: list lines stay well-formed, and a family that
// shares one licence is answered in one section.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { licenseHandler } from "../../../src/answers/license.js";
import { shorten } from "../../../src/answers/license-common.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import type { OutboundMessage } from "../../../src/ports.js";
import { ctxFor } from "../answers/helpers.js";

const catalog = readCatalog();
const now = new Date("2026-11-29T10:00:00Z");

function ask(modelIds: string[], facts: TeamFacts, openOnly = false): OutboundMessage {
  const ctx = ctxFor(catalog, now);
  return licenseHandler({ kind: "license", modelIds, facts, topic: null, openOnly }, ctx).replies[0]!;
}

function balanced(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if (ch === "(") depth += 1;
    if (ch === ")") depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe("license answers on the catalogue", () => {
  it("renders every open-models list line with balanced parentheses and no nested '(unverified)'", () => {
    const factSets: TeamFacts[] = [
      { fineTune: true, monthlyActiveUsers: 1e9 },
      {},
      { commercial: true, inEu: true },
      { serveAsApi: true, trainOnOutputs: true, distributeWeights: true },
    ];
    for (const facts of factSets) {
      const reply = ask([], facts, true);
      const lines = reply.blocks
        .flatMap((b) => (b.kind === "text" ? b.markdown.split("\n") : []))
        .filter((l) => /^\d+\. /.test(l));
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) {
        expect(balanced(line), line).toBe(true);
        expect(line).not.toMatch(/\(unverified\)\)/);
      }
    }
  });

  it("answers a whole family sharing one licence in one section (Claude)", () => {
    const claude = catalog.models
      .filter((m) => m.licenseId === "anthropic-terms" && m.status !== "retired")
      .map((m) => m.id);
    expect(claude.length).toBeGreaterThan(8);
    const reply = ask(claude, { trainOnOutputs: true, competingModel: true });
    const headings = reply.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
    expect(headings).toEqual([`Blocked: Claude (${claude.length} models)`]);
    expect(reply.fallbackText).toMatch(/Claude Sonnet 4\.5/);
    // Sentences name the family once, as a family: never "Claude: 17 models's outputs".
    expect(reply.fallbackText).toMatch(/on Claude's outputs/);
    expect(reply.fallbackText).not.toMatch(/models's|\d+ models'/);
    expect((reply.data as unknown as { verdicts: unknown[] }).verdicts).toHaveLength(claude.length);
  });

  it("splits a section only where the answers differ (Llama 3.2 text vs vision in the EU)", () => {
    const reply = ask(["llama-3.2-1b", "llama-3.2-3b", "llama-3.2-11b-vision", "llama-3.2-90b-vision"], {
      inEu: true,
      commercial: true,
    });
    const headings = reply.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
    expect(headings).toEqual([
      "Allowed with conditions: Llama 3.2 1B, 3B",
      "Blocked: Llama 3.2 11B Vision, 90B Vision",
    ]);
  });

  it("never cuts inside a parenthesis when shortening", () => {
    expect(shorten("Gemma 2 (Gemma Terms of Use (+ Gemma Prohibited Use Policy)): ship a Notice file", 30)).toBe(
      "Gemma 2…",
    );
    expect(shorten("short", 30)).toBe("short");
    expect(balanced(shorten("a (b c d e f g h i j k l m n o p) and then (q r s t u v w x y z)", 50))).toBe(true);
  });
});
