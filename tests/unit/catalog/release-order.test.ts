// newestReleaseFirst replaced localeCompare to keep ICU's collator out of start-up: it must order
// every date the schema allows (YYYY-MM-DD, YYYY-MM, none) exactly as localeCompare did.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { newestReleaseFirst } from "../../../src/catalog/release-order.js";

const byLocale = (a: { releaseDate: string | null }, b: { releaseDate: string | null }) =>
  (b.releaseDate ?? "").localeCompare(a.releaseDate ?? "");

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = fc.oneof(
  fc.constant(null),
  fc
    .tuple(
      fc.integer({ min: 1990, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      fc.option(fc.integer({ min: 1, max: 28 })),
    )
    .map(([y, m, d]) => `${y}-${pad(m)}${d === null ? "" : `-${pad(d)}`}`),
);

describe("newest release first", () => {
  it("puts later dates first, a month before the days in it, and unknown dates last", () => {
    const dates = ["2024-05-13", null, "2025-01", "2024-05", "2025-01-02"].map((releaseDate) => ({ releaseDate }));
    expect(dates.sort(newestReleaseFirst).map((d) => d.releaseDate)).toEqual([
      "2025-01-02",
      "2025-01",
      "2024-05-13",
      "2024-05",
      null,
    ]);
  });

  it("orders any two schema dates as localeCompare did", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const x = { releaseDate: a };
        const y = { releaseDate: b };
        expect(Math.sign(newestReleaseFirst(x, y))).toBe(Math.sign(byLocale(x, y)));
      }),
    );
  });

  it("sorts the real catalogue as localeCompare did", () => {
    const models = readCatalog().models;
    expect([...models].sort(newestReleaseFirst).map((m) => m.id)).toEqual([...models].sort(byLocale).map((m) => m.id));
  });
});
