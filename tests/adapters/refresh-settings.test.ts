// The catalogue settings in the one config schema: the refresh schedule (a cron expression read by
// croner) needs its sources; a bad expression is named without echoing it.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../adapters/shared/config.js";
import { configProblems } from "../helpers/config-problems.js";

const problems = configProblems;

describe("catalogue refresh settings", () => {
  it("no schedule unless MODELWISE_REFRESH is set", () => {
    expect(loadConfig({}).refresh).toBeNull();
  });

  it("reads the cron expression and one to three sources, separated by spaces or commas", () => {
    const config = loadConfig({
      MODELWISE_REFRESH: "0 6 * * 1",
      MODELWISE_REFRESH_FROM: "https://models.dev/api.json, https://example.org/litellm.json ./openrouter.json",
      MODELWISE_CATALOG_DIR: "/srv/catalog",
    });
    expect(config.refresh).toEqual({
      cron: "0 6 * * 1",
      from: ["https://models.dev/api.json", "https://example.org/litellm.json", "./openrouter.json"],
    });
    expect(config.catalogDir).toBe("/srv/catalog");
  });

  it("refuses a malformed expression, naming the variable, not the value", () => {
    const found = problems({ MODELWISE_REFRESH: "every tuesday-ish", MODELWISE_REFRESH_FROM: "https://x.org/a.json" });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^MODELWISE_REFRESH must be a cron expression/);
    expect(found[0]).not.toContain("tuesday");
    expect(problems({ MODELWISE_REFRESH: "61 * * * *", MODELWISE_REFRESH_FROM: "a.json" })).toHaveLength(1);
  });

  it("a schedule without sources is a problem; so are more than three", () => {
    expect(problems({ MODELWISE_REFRESH: "0 6 * * *" })).toEqual([
      "MODELWISE_REFRESH_FROM is not set; the scheduled refresh (MODELWISE_REFRESH) needs its source URLs",
    ]);
    expect(problems({ MODELWISE_REFRESH: "0 6 * * *", MODELWISE_REFRESH_FROM: "a b c d" })[0]).toMatch(
      /^MODELWISE_REFRESH_FROM must be/,
    );
  });
});
