// The tests live on one day (tests/helpers/test-day.ts), not on the wall clock's: the catalogue is
// read as of TEST_DAY and the conversation clocks stand on it. Before, readCatalog() read the
// catalogue as of the real date while the flows' clock said 2026-11-29, so every dated retirement
// silently changed test results on the day it passed. Here a retirement dated after the test day is
// added to a copy of the catalogue and the real clock is moved past it: what the tests see is
// exactly what they saw without it. A service still reads the catalogue as of today.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { catalogDay, DEFAULT_CATALOG_DIR, readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Model } from "../../../src/catalog/schema.js";
import { renderPlainText } from "../../../src/render/plain-text.js";
import config from "../../../vitest.config.js";
import e2eConfig from "../../../vitest.e2e.config.js";
import { chat, NOW } from "../../flows/recommend-helpers.js";
import { TEST_DAY, TEST_NOW } from "../../helpers/test-day.js";

const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A copy of the committed catalogue in which GPT-4o's OpenAI offering ends on `retiresOn`. */
function catalogueRetiringGpt4o(retiresOn: string): string {
  const dir = mkdtempSync(join(tmpdir(), "modelwise-test-day-"));
  for (const name of ["licenses.json", "selfhost.json"]) copyFileSync(join(DEFAULT_CATALOG_DIR, name), join(dir, name));
  const models = JSON.parse(readFileSync(join(DEFAULT_CATALOG_DIR, "models.json"), "utf8")) as { models: Model[] };
  const gpt4o = models.models.find((m) => m.id === "gpt-4o")!;
  const openai = gpt4o.offerings.find((o) => o.provider === "openai")!;
  openai.retirement = {
    legacyOn: null,
    retiresOn,
    label: "a made-up retirement for this test",
    sourceUrl: "https://example.com/retirement",
    sourceKind: "primary",
    asOf: TEST_DAY,
  };
  writeFileSync(join(dir, "models.json"), JSON.stringify(models));
  return dir;
}

/** The whole price answer for GPT-4o, as the terminal prints it. */
const priceAnswer = (dir?: string) =>
  renderPlainText(chat(readCatalog(dir)).say("how much does gpt-4o cost?")).chunks.join("\n");

describe("the tests' day", () => {
  const made: string[] = [];
  afterEach(() => {
    vi.useRealTimers();
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("every test process reads the catalogue as of the one test day, and the conversation clocks stand on it", () => {
    expect(catalogDay()).toBe(TEST_DAY);
    expect(NOW).toBe(TEST_NOW);
    expect(TEST_NOW.toISOString().slice(0, 10)).toBe(TEST_DAY);
    for (const c of [config, e2eConfig]) expect(c.test?.env).toMatchObject({ MODELWISE_CATALOG_DAY: TEST_DAY });
  });

  it("a retirement dated between the test day and the real date changes no answer", () => {
    const before = priceAnswer();
    expect(before).toMatch(/OpenAI.*\$2\.5/);
    const retiresOn = dayAfter(TEST_DAY, 3);
    const dir = catalogueRetiringGpt4o(retiresOn);
    made.push(dir);
    // The real date moves a month past the retirement, as it will while these tests are kept.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(`${dayAfter(TEST_DAY, 30)}T09:00:00Z`));
    const catalog = readCatalog(dir);
    const gpt4o = catalog.modelById.get("gpt-4o")!;
    expect(gpt4o.offerings.some((o) => o.provider === "openai")).toBe(true);
    expect(catalog.retiredOfferings?.get("gpt-4o") ?? []).toEqual([]);
    expect(priceAnswer(dir)).toBe(before);
  });

  it("read as of a day past it (as a service on that day does), the same retirement takes the offering out", () => {
    const dir = catalogueRetiringGpt4o(dayAfter(TEST_DAY, 3));
    made.push(dir);
    const catalog = readCatalog(dir, { today: dayAfter(TEST_DAY, 30) });
    expect(catalog.modelById.get("gpt-4o")!.offerings.some((o) => o.provider === "openai")).toBe(false);
    expect(catalogDay({}, new Date("2031-05-06T23:59:00Z"))).toBe("2031-05-06");
  });

  it("a day that is not a calendar day is refused, naming the variable", () => {
    for (const bad of ["2026-02-30", "07/12/2026", "tomorrow"])
      expect(() => catalogDay({ MODELWISE_CATALOG_DAY: bad })).toThrow(
        /MODELWISE_CATALOG_DAY must be a day as YYYY-MM-DD/,
      );
  });
});
