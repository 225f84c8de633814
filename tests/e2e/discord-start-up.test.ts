// `npm start` with Discord settings pointing at the fake: the real composition root
// (adapters/main.ts) must connect to the gateway and answer a mention; a missing setting must
// stop start-up with a message naming the variable and never its value.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ID, BOT, CHANNEL_ID, startFakeDiscord, waitFor, type FakeDiscord } from "../helpers/fake-discord.js";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GstArt.start-up-token-that-must-never-be-printed";

function start(env: Record<string, string>, dataDir: string) {
  const child = spawn("npm", ["start", "--silent"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MODELWISE_DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so the test can stop npm and the bot together
  });
  const output = { stdout: "", stderr: "" };
  child.stdout?.on("data", (d: Buffer) => (output.stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output.stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

function stop(child: ChildProcess) {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
}

describe("npm start with Discord settings", { timeout: 120_000 }, () => {
  let fake: FakeDiscord;
  let dataDir: string;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    dataDir = mkdtempSync(join(tmpdir(), "modelwise-discord-"));
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("connects to the gateway and answers a mention", async () => {
    const bot = start({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiBase }, dataDir);
    try {
      await waitFor(
        () => bot.output.stderr.includes('"discord connected"') || bot.child.exitCode !== null,
        "discord connected",
        90_000,
      );
      expect(bot.child.exitCode, bot.output.stderr).toBeNull();
      expect(fake.identifies[0]?.token).toBe(TOKEN);
      expect(fake.rest[0]).toMatchObject({ method: "GET", path: "/gateway/bot", auth: `Bot ${TOKEN}` });

      fake.messageCreate(`<@${BOT.id}> tell me about gpt-4o`);
      const reply = await waitFor(
        () => fake.rest.find((c) => c.method === "POST" && c.path === `/channels/${CHANNEL_ID}/messages`),
        "reply",
        30_000,
      );
      expect(reply.status).toBe(200);
      expect((reply.body?.embeds as { title: string }[])[0]?.title).toMatch(/GPT-4o/);
      expect(reply.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    } finally {
      stop(bot.child);
      await bot.exited;
    }
    expect(bot.output.stdout + bot.output.stderr).not.toContain(TOKEN);
  });

  it("stops with a message naming a missing variable, without printing the token", async () => {
    const bot = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiBase }, dataDir);
    const code = await bot.exited;
    expect(code).not.toBe(0);
    expect(bot.output.stderr).toContain("DISCORD_APPLICATION_ID");
    expect(bot.output.stdout + bot.output.stderr).not.toContain(TOKEN);
  });

  it("says plainly that Discord's host could not be resolved (DNS)", async () => {
    const bot = start(
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: "http://discord-api.invalid/api" },
      dataDir,
    );
    const code = await bot.exited;
    expect(code).not.toBe(0);
    expect(bot.output.stderr).toMatch(
      /Could not connect to Discord: the host name discord-api\.invalid could not be resolved/,
    );
    expect(bot.output.stdout + bot.output.stderr).not.toContain(TOKEN);
  });
});
