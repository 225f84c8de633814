// The yardstick for `npm run bench:slack`: a bare Bolt HTTP app that acknowledges every slash
// command and responds with fixed text through response_url (Bolt's own respond). Plain JavaScript
// run by plain node, in its own process, exactly as modelwise's compiled app runs, so the
// comparison is fair. Bolt is configured as modelwise configures it: without Bolt's conversation
// store, which modelwise turns off (its sessions live in its own store). Left on, every request
// here looked itself up in an empty map and built a "not found" error (about 4 % of this app's
// CPU in a profile): a slower yardstick, which made modelwise's ratio look better than it is.
// With "in-ack" it sends the fixed text as the ack's body instead (one exchange per command, as
// modelwise does when its answer is ready in time), the framework's own figure for that way.
// Usage: node tests/bench/slack-bare-app.mjs <port> <signing secret> [in-ack]
import bolt from "@slack/bolt";

const { App, HTTPReceiver, LogLevel } = bolt;
const [port = "0", signingSecret = "", mode = "respond"] = process.argv.slice(2);

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
const FIXED = { response_type: "ephemeral", text: "fixed answer" };
app.command(/.*/, async ({ ack, respond }) => {
  if (mode === "in-ack") return ack(FIXED);
  await ack();
  await respond(FIXED);
});
await app.start(Number(port));
process.once("SIGTERM", () => void app.stop().then(() => process.exit(0)));
