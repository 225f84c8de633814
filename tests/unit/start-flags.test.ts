// The container runs the server as `npm start` does: the same node flags (the V8 heap sizing that
// keeps Slack mode under its memory target), written in the Dockerfile's CMD and the start script.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";
import { startNodeFlags } from "../bench/start-command.js";

describe("server start command", () => {
  it("sizes V8's heap in the start script", () => {
    const flags = startNodeFlags();
    expect(flags.some((f) => /^--max-semi-space-size=\d+$/.test(f))).toBe(true);
    expect(flags.some((f) => /^--max-old-space-size=\d+$/.test(f))).toBe(true);
  });

  it("runs with the same flags in the container", () => {
    const dockerfile = readFileSync(join(PACKAGE_ROOT, "Dockerfile"), "utf8");
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd ?? "[]")).toEqual(["node", ...startNodeFlags(), "dist/main.js"]);
  });
});
