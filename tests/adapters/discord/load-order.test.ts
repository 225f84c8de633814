// vega-lite assigns Set.prototype.toJSON when it loads, which used to make discord.js throw at
// import when vega-lite came first. The adapter must load whatever ran before it, and leave
// vega-lite's patch in place afterwards. (Its own test file: it needs a fresh module cache.)
import { expect, it } from "vitest";

it("loads the Discord adapter after vega-lite, and leaves vega-lite's Set.toJSON in place", async () => {
  await import("vega-lite");
  const patched = Object.getOwnPropertyDescriptor(Set.prototype, "toJSON");
  expect(patched).toBeDefined();
  const { createDiscordAdapter } = await import("../../../adapters/discord/index.js");
  expect(typeof createDiscordAdapter).toBe("function");
  expect(Object.getOwnPropertyDescriptor(Set.prototype, "toJSON")).toEqual(patched);
});
