// A licence question about a family of several releases answers the releases a team can adopt
// first: current ones, then those their lab has superseded (legacy, deprecated), retired last
// (tenth tryout round: Stavanger's 'is mistral small ok to use commercially?' opened with
// "Blocked: Mistral Small 24.09", the legacy release under a research licence, and gave the Apache
// verdicts of Small 3 to 4 only below it).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();

const STANDING = { current: 0, legacy: 1, deprecated: 1, retired: 2 } as const;

// Families with several releases in the catalogue, asked about in several ways.
const FAMILIES = ["mistral small", "mistral large", "mistral medium", "gemini", "gpt-4", "qwen", "claude", "codestral"];
const PHRASINGS = [
  (f: string) => `is ${f} ok to use commercially?`,
  (f: string) => `can we use ${f} in our product?`,
  (f: string) => `can we fine-tune ${f} and sell the result?`,
];

interface VerdictData {
  modelId: string;
  licenseId: string;
  verdict: string;
}
const verdictsOf = (data: Record<string, unknown> | undefined) => (data?.verdicts as VerdictData[] | undefined) ?? [];
const verdictIds = (data: Record<string, unknown> | undefined) => verdictsOf(data).map((v) => v.modelId);
const standingOf = (id: string) => STANDING[catalog.modelById.get(id)!.status];
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

/** The answer's sections (releases under one licence with one verdict), each's standings in order. */
function sectionStandings(data: Record<string, unknown> | undefined): number[][] {
  const sections = new Map<string, number[]>();
  for (const v of verdictsOf(data)) {
    const key = `${v.licenseId}#${v.verdict}`;
    sections.set(key, [...(sections.get(key) ?? []), standingOf(v.modelId)]);
  }
  return [...sections.values()];
}

describe("a family's licence answer leads with the releases a team can adopt", () => {
  FAMILIES.forEach((family, f) => {
    const said = PHRASINGS[f % PHRASINGS.length]!(family);
    it(`'${said}': current releases before superseded ones, retired last`, () => {
      const sections = sectionStandings(chat(catalog).say(said).data);
      expect(sections.length).toBeGreaterThan(0);
      // Sections by the best release each holds, and within one the releases in the same order.
      expect(ascending(sections.map((s) => Math.min(...s)))).toBe(true);
      for (const s of sections) expect(ascending(s)).toBe(true);
    });
  });
});

describe("Stavanger offshore (tenth round)", () => {
  it("'is mistral small ok to use commercially?' opens with an Apache verdict of a current Small, the legacy 24.09 after", () => {
    const reply = chat(catalog).say("is mistral small ok to use commercially?");
    const ids = verdictIds(reply.data);
    expect(catalog.modelById.get(ids[0]!)?.status).toBe("current");
    expect(ids.at(-1)).toBe("mistral-small-2409");
  });
});
