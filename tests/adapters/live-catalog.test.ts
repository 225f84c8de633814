// Hot reload: a running process sees a refresh swapped into its catalogue folder at its next look,
// keeps serving the old catalogue when a changed one cannot be loaded, and a turn runs whole on
// the catalogue it started with.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLiveCatalog } from "../../adapters/shared/live-catalog.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { refreshCatalog } from "../../adapters/tools/catalog-refresh/refresh-catalog.js";
import { createAdvisor } from "../../src/advisor.js";
import { newSession } from "../../src/conversation/session.js";
import {
  copyCatalog,
  HAS_REFERENCE_DATA,
  REFERENCE_DIR,
  removeRefreshTempDirs,
  writeRefreshFixtures,
} from "../helpers/refresh-fixtures.js";

let sources: string;
beforeAll(() => {
  if (HAS_REFERENCE_DATA) sources = writeRefreshFixtures();
});
afterAll(removeRefreshTempDirs);

const openAiInput = (catalog: ReturnType<ReturnType<typeof createLiveCatalog>["catalog"]>) =>
  catalog.modelById.get("gpt-4o")?.offerings.find((o) => o.provider === "openai" && o.source === "models.dev")
    ?.inputPerMTok;

describe.skipIf(!HAS_REFERENCE_DATA)("live catalogue", () => {
  it("picks up a refresh at the next look and tells its listeners; an unloadable file changes nothing", async () => {
    const dir = copyCatalog();
    const live = createLiveCatalog({ dir, logger: silentLogger });
    const seen: string[] = [];
    live.onChange((next, previous) => void seen.push(`${previous.version} -> ${next.version}`));
    expect(await live.check()).toBe(false);
    const before = live.current();
    expect(openAiInput(before.catalog)).toBe(2.5);

    const outcome = await refreshCatalog({
      from: [join(sources, "models-dev-changed.json")],
      catalogDir: dir,
      referenceDir: REFERENCE_DIR,
      dryRun: false,
    });
    // Until it looks, the process keeps the catalogue it has.
    expect(live.current()).toBe(before);
    expect(await live.check()).toBe(true);
    expect(live.current().version).toBe(outcome.version);
    expect(openAiInput(live.catalog())).toBe(3);
    expect(seen).toEqual([`${before.version} -> ${outcome.version}`]);

    writeFileSync(join(dir, "refreshed.json"), '{"format":1,"version":"x","base":"y"'); // broken
    expect(await live.check()).toBe(false);
    expect(live.current().version).toBe(outcome.version);
  }, 60_000);

  it("a turn answered while a refresh lands uses one catalogue throughout", async () => {
    const dir = copyCatalog();
    const live = createLiveCatalog({ dir, logger: silentLogger });
    let advisor = createAdvisor({ catalog: live.catalog(), warmUp: false });
    live.onChange((next) => {
      advisor = createAdvisor({ catalog: next.catalog, warmUp: false });
    });
    const ref = { platform: "console" as const, channel: "live" };
    const ask = (text: string) =>
      advisor.handleTurn(newSession(new Date()), {
        ref,
        user: { id: "u" },
        text,
        messageId: text,
        receivedAt: new Date(),
      });
    const price = (r: ReturnType<typeof ask>) =>
      (r.replies[0]?.data?.prices as { provider: string; source: string; inputPerMTok: number }[]).find(
        (p) => p.provider === "openai" && p.source === "models.dev",
      )?.inputPerMTok;
    const held = advisor; // a turn that started before the refresh holds this advisor
    await refreshCatalog({
      from: [join(sources, "models-dev-changed.json")],
      catalogDir: dir,
      referenceDir: REFERENCE_DIR,
      dryRun: false,
    });
    await live.check();
    expect(
      price(
        held.handleTurn(newSession(new Date()), {
          ref,
          user: { id: "u" },
          text: "price of gpt-4o",
          messageId: "1",
          receivedAt: new Date(),
        }),
      ),
    ).toBe(2.5);
    expect(price(ask("price of gpt-4o"))).toBe(3);
  }, 60_000);
});
