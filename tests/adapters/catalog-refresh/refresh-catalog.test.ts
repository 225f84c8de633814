// Catalogue refresh in process, from local files: the diff a team reads, the swap into a copy of
// the catalogue, and every kind of bad source refused with the catalogue left exactly as it was.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog, readCatalogVersion } from "../../../adapters/shared/read-catalog.js";
import { refreshCatalog } from "../../../adapters/tools/catalog-refresh/refresh-catalog.js";
import { RefreshRefused } from "../../../adapters/tools/catalog-refresh/read-sources.js";
import {
  copyCatalog,
  HAS_REFERENCE_DATA,
  REFERENCE_DIR,
  removeRefreshTempDirs,
  writeRefreshFixtures,
} from "../../helpers/refresh-fixtures.js";

let sources: string;
beforeAll(() => {
  if (HAS_REFERENCE_DATA) sources = writeRefreshFixtures();
});
afterAll(removeRefreshTempDirs);

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));

const refresh = (catalogDir: string, from: string[], dryRun = false) =>
  refreshCatalog({ from: from.map((f) => join(sources, f)), catalogDir, referenceDir: REFERENCE_DIR, dryRun });

describe.skipIf(!HAS_REFERENCE_DATA)("catalog refresh", () => {
  it("reports a price change with its percentage and a deprecation, and swaps the files in", async () => {
    const dir = copyCatalog();
    const before = snapshot(dir);
    const outcome = await refresh(dir, ["models-dev-changed.json", "litellm.json", "openrouter.json"]);
    const text = outcome.lines.join("\n");
    expect(text).toContain("gpt-4o @ openai (models.dev) input: 2.5 -> 3 (+20.0%)");
    expect(text).toContain("Deprecations announced (1):\n  gpt-4.1: current -> deprecated");
    // The two lists now disagree on gpt-4o: both prices are kept and the disagreement is named.
    expect(text).toContain("gpt-4o @ openai: models.dev 3/10 vs LiteLLM 2.5/10");
    expect(outcome.swapped).toBe(true);
    // The committed files stay; the refresh is one file that swaps all three together.
    expect(readdirSync(dir).sort()).toEqual([
      ".refreshed-validated",
      "licenses.json",
      "models.json",
      "refreshed.json",
      "selfhost.json",
    ]);
    expect(snapshot(dir)["models.json"]).toEqual(before["models.json"]);
    const gpt4oPrice = (d: string) =>
      readCatalog(d)
        .models.find((m) => m.id === "gpt-4o")
        ?.offerings.find((o) => o.provider === "openai" && o.source === "models.dev")?.inputPerMTok;
    expect(gpt4oPrice(dir)).toBe(3);
    expect(readCatalogVersion(dir).version).toBe(outcome.version);

    // The next refresh starts from the refreshed catalogue: back to the snapshot is -16.7%.
    const again = await refresh(dir, ["models-dev.json", "litellm.json"]);
    expect(again.lines.join("\n")).toContain("gpt-4o @ openai (models.dev) input: 3 -> 2.5 (-16.7%)");
    expect(gpt4oPrice(dir)).toBe(2.5);

    // The recorded digest vouches for exactly the text the refresh validated: an edited file is
    // validated in full again (here: refused, a negative price).
    const saved = readFileSync(join(dir, "refreshed.json"), "utf8");
    writeFileSync(join(dir, "refreshed.json"), saved.replace('"inputPerMTok":2.5', '"inputPerMTok":-2.5'));
    expect(() => readCatalogVersion(dir)).toThrow(/inputPerMTok/);
    writeFileSync(join(dir, "refreshed.json"), saved);

    // A release that changes the committed files wins over a refresh built on the old ones.
    writeFileSync(join(dir, "models.json"), before["models.json"]!.replace('"gpt-4o"', '"gpt-4o"') + "\n");
    expect(readCatalogVersion(dir).version).toMatch(/^committed:/);
  }, 60_000);

  it("--dry-run prints the same diff and writes nothing", async () => {
    const dir = copyCatalog();
    const before = snapshot(dir);
    const outcome = await refresh(dir, ["models-dev-changed.json"], true);
    expect(outcome.lines.join("\n")).toContain("input: 2.5 -> 3 (+20.0%)");
    expect(outcome.swapped).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it("the unchanged snapshots give an empty diff and leave the files alone", async () => {
    const dir = copyCatalog();
    const before = snapshot(dir);
    const outcome = await refresh(dir, ["models-dev.json", "litellm.json"]);
    expect(outcome.diff.prices).toEqual([]);
    expect(outcome.diff.modelsRemoved).toEqual([]);
    expect(outcome.swapped).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it.each([
    ["models-dev-truncated.json", /truncated/],
    ["malformed.json", /not valid JSON/],
    ["not-a-source.json", /not a models\.dev, LiteLLM or OpenRouter models file/],
    ["models-dev-most-gone.json", /models\.dev offerings would disappear \(limit 50%\)/],
    ["litellm-x1000.json", /prices would move by 100x or more/],
    ["no-such-file.json", /no such file/],
  ])(
    "refuses %s with one line and keeps the catalogue",
    async (file, reason) => {
      const dir = copyCatalog();
      const before = snapshot(dir);
      const attempt = refresh(dir, [file]);
      await expect(attempt).rejects.toBeInstanceOf(RefreshRefused);
      await expect(attempt).rejects.toThrow(reason);
      await attempt.catch((error: Error) => expect(error.message).not.toContain("\n"));
      expect(snapshot(dir)).toEqual(before);
    },
    60_000,
  );
});
