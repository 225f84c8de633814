// npm run compose:check — where Docker is available: builds the image, starts compose.yaml's Redis
// and two Slack replicas (pointed at a local fake Slack), checks /readyz and /metrics, runs one
// guided recommendation alternating between the replicas while `docker compose restart` restarts
// each in turn, reports the image size, and takes everything down again. Without a Docker engine
// it says so and exits 0 (the same conversation runs against local processes in the fault suite).
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startFakeSlack } from "../helpers/fake-slack.js";
import { SIGNING_SECRET } from "../helpers/fake-slack-requests.js";
import { FACTS_KEPT, rollingConversation } from "../helpers/rolling-conversation.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PORTS = [3001, 3002]; // compose.yaml publishes slack-1 and slack-2 here
const PROJECT = "modelwise-check";

if (spawnSync("docker", ["info"], { stdio: "ignore" }).status !== 0) {
  console.log("compose check skipped: no Docker engine here (docker info failed)");
  process.exit(0);
}

const fake = await startFakeSlack({ host: "0.0.0.0" });
const env = {
  ...process.env,
  COMPOSE_PROJECT_NAME: PROJECT,
  CHECK_SIGNING_SECRET: SIGNING_SECRET,
  CHECK_SLACK_API_URL: `http://host.docker.internal:${new URL(fake.apiUrl).port}/api/`,
};
const compose = (...args: string[]) =>
  execFileSync("docker", ["compose", "-f", "compose.yaml", "-f", "tests/compose/check.yaml", ...args], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });

async function ready(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`replica on port ${port} never became ready`);
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`compose check failed: ${what}`);
  console.log(`ok: ${what}`);
}

let failed = false;
try {
  compose("up", "-d", "--build", "--wait", "redis", "slack-1", "slack-2");
  for (const port of PORTS) await ready(port);
  check(true, "both replicas answer /readyz with 200");
  const result = await rollingConversation(
    fake,
    {
      url: (i) => `http://127.0.0.1:${PORTS[i]}/slack/events`,
      async restart(i) {
        compose("restart", `slack-${i + 1}`);
        await ready(PORTS[i]!);
      },
    },
    "D0COMPOSE1",
  );
  const basis = /Based on: ([^\n]*)/.exec(result.shortlist)?.[1] ?? "";
  check(result.shortlist !== "", "the conversation reached its shortlist across both replicas and two restarts");
  check(
    FACTS_KEPT.every((fact) => basis.includes(fact)),
    `no fact lost across restarts (${FACTS_KEPT.join(", ")})`,
  );
  const metrics = await (await fetch(`http://127.0.0.1:${PORTS[0]}/metrics`)).text();
  check(/modelwise_turns_total\{/.test(metrics), "/metrics counts turns");
  const bytes = Number(
    execFileSync("docker", ["image", "inspect", `${PROJECT}-slack-1`, "--format", "{{.Size}}"])
      .toString()
      .trim(),
  );
  console.log(`image size: ${(bytes / 1e6).toFixed(0)} MB (goal < 250 MB)`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  compose("down", "-v");
  await fake.close();
}
process.exit(failed ? 1 : 0);
