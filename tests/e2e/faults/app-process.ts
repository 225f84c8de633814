// Shared pieces of the fault suite: modelwise as an operator runs it (node dist/main.js, set up
// only by the environment) against the fake Slack, and a Redis server of the test's own on a
// random port, which the test may stop and restart (never the shared one on 6379).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SIGNING_SECRET } from "../../helpers/fake-slack-requests.js";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const MAIN = join(ROOT, "dist/main.js");

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export interface AppProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts the compiled app in Slack HTTP mode and resolves once /healthz answers. */
export async function startSlackApp(apiUrl: string, env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      SLACK_BOT_TOKEN: "xoxb-fault-suite-1",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 600 && !gone; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (gone) throw new Error(`modelwise exited at start:\n${output}`);
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}/slack/events`,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

export interface OwnRedis {
  port: number;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open and nothing is answered, like a hung host. */
  pause(): void;
  resume(): void;
}

/**
 * A redis-server of this test only, on a random port, appending every write to a file in `dir`
 * (fsync always) so a restart comes back with the same data, like a production Redis with AOF.
 */
export async function ownRedis(dir: string): Promise<OwnRedis> {
  const port = 20000 + Math.floor(Math.random() * 10000);
  let child: ChildProcess | undefined;
  let exited: Promise<unknown> = Promise.resolve();
  const ping = async () => {
    const { createClient } = await import("@redis/client");
    const c = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
    c.on("error", () => undefined);
    try {
      await c.connect();
      await c.ping();
      return true;
    } catch {
      return false;
    } finally {
      if (c.isOpen) c.destroy();
    }
  };
  const redis: OwnRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        "redis-server",
        [
          "--port",
          String(port),
          "--bind",
          "127.0.0.1",
          "--save",
          "",
          "--appendonly",
          "yes",
          "--appendfsync",
          "always",
          "--dir",
          dir,
        ],
        { stdio: "ignore" },
      );
      exited = new Promise((r) => child!.on("exit", r));
      for (let i = 0; i < 100; i++) {
        if (await ping()) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`own redis-server did not start on port ${port}`);
    },
    pause() {
      child?.kill("SIGSTOP");
    },
    resume() {
      child?.kill("SIGCONT");
    },
    async stop() {
      if (child && child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
  await redis.start();
  return redis;
}
