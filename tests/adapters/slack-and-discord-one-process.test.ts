// Slack and Discord in one process, as `npm start` runs them when both tokens are set. Bolt brings
// Slack's Socket Mode client and its undici (7), which on loading makes itself the process-wide HTTP
// dispatcher when none is set yet; adapters/main.ts loads Slack before Discord, so it is the first.
// discord.js's REST sends through another undici (6), which by default uses that process-wide
// dispatcher, and undici 7 does not recognise a multipart body built by undici 6: every Discord
// answer with a file (a chart) failed to send ("action is not a function"). The modules of this
// worker are loaded already, so this file puts Slack's undici in that place as a fresh process
// would have it (and puts back what it found).
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderChartPng } from "../../adapters/shared/chart/render-png.js";
import { warmUpCharts } from "../helpers/chart-warm-up.js";
import { startDiscordHarness, type DiscordHarness } from "../helpers/fake-discord-harness.js";
import { APP_ID } from "../helpers/fake-discord.js";

// The key every undici version keeps its process-wide dispatcher under.
const DISPATCHER = Symbol.for("undici.globalDispatcher.1");
const globals = globalThis as Record<symbol, unknown>;

/** The undici Slack's Socket Mode client loads (through Bolt), not whichever one is hoisted. */
function slacksUndici(): { Agent: new () => { close(): Promise<void> } } {
  const from = (path: string) => createRequire(path);
  const bolt = from(import.meta.url).resolve("@slack/bolt");
  const socketMode = from(bolt).resolve("@slack/socket-mode");
  return from(socketMode)("undici") as { Agent: new () => { close(): Promise<void> } };
}

describe("Discord after Slack's HTTP client took the process-wide dispatcher", () => {
  let discord: DiscordHarness;
  const before = globals[DISPATCHER];
  const slackAgent = new (slacksUndici().Agent)();

  beforeAll(async () => {
    globals[DISPATCHER] = slackAgent;
    discord = await startDiscordHarness({ renderChartPng });
    await warmUpCharts();
  }, 120_000);
  afterAll(async () => {
    await discord?.close();
    globals[DISPATCHER] = before;
    await slackAgent.close();
  });

  it("a Discord answer with a chart is sent with its PNG, after Slack connected", { timeout: 60_000 }, async () => {
    const { id, token } = discord.fake.command("ask", { question: "break-even for llama 3.1 70b" });
    await discord.turnDone(id);
    const edit = discord.fake.rest.find(
      (c) => c.method === "PATCH" && c.path === `/webhooks/${APP_ID}/${token}/messages/@original`,
    );
    expect(discord.errors()).toEqual([]);
    expect(edit?.status).toBe(200);
    expect(edit?.files.map((f) => f.name)).toEqual(["chart-1.png"]);
  });
});
