// The yardstick for `npm run bench:slack`: a bare Bolt HTTP app that acknowledges every slash
// command and responds with fixed text through response_url (Bolt's own respond). Plain JavaScript
// run by plain node, in its own process, exactly as modelwise's compiled app runs, so the
// comparison is fair. Bolt is configured as modelwise configures it: without Bolt's conversation
// store, which modelwise turns off (its sessions live in its own store). Left on, every request
// here looked itself up in an empty map and built a "not found" error (about 4 % of this app's
// CPU in a profile): a slower yardstick, which made modelwise's ratio look better than it is.
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
  convoStore: false,
  logLevel: LogLevel.ERROR,
});
app.command(/.*/, async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: "ephemeral", text: "fixed answer" });
});
await app.start(Number(port));
process.once("SIGTERM", () => void app.stop().then(() => process.exit(0)));
