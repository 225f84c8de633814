// The yardstick for `npm run bench:slack`: a bare Bolt HTTP app that acknowledges every slash
// command and responds with fixed text through response_url. Plain JavaScript run by plain node,
// in its own process, exactly as modelwise's compiled app runs, so the comparison is fair.
// Usage: node tests/bench/slack-bare-app.mjs <port> <signing secret>
import bolt from "@slack/bolt";

const { App, HTTPReceiver, LogLevel } = bolt;
const [port = "0", signingSecret = ""] = process.argv.slice(2);

const receiver = new HTTPReceiver({
  signingSecret,
  endpoints: "/slack/events",
  logLevel: LogLevel.ERROR,
  customRoutes: [{ path: "/healthz", method: ["GET"], handler: (_req, res) => void res.writeHead(200).end("ok") }],
});
const app = new App({
  token: "xoxb-bench-bare",
  receiver,
  tokenVerificationEnabled: false,
  botId: "B1",
  botUserId: "U1",
  logLevel: LogLevel.ERROR,
});
app.command(/.*/, async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: "ephemeral", text: "fixed answer" });
});
await app.start(Number(port));
process.once("SIGTERM", () => void app.stop().then(() => process.exit(0)));
