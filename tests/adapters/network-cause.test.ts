// Start-up failures must say what went wrong on the network, however deep the client library
// wrapped the socket error — checked here against real failures, not hand-made error objects.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { webApi } from "@slack/bolt";
import { networkCause } from "../../adapters/shared/network-cause.js";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("networkCause", () => {
  it("names a DNS failure and its host through fetch's cause", async () => {
    const error = await failure(() => fetch("http://no-such-host.invalid/"));
    expect(networkCause(error)).toMatch(/^the host name no-such-host\.invalid could not be resolved \(DNS/);
  });

  it("names a refused connection through Slack's WebClient wrapper", async () => {
    const port = await closedPort();
    const client = new webApi.WebClient("xoxb-test", {
      slackApiUrl: `http://127.0.0.1:${port}/api/`,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    });
    const error = await failure(() => client.auth.test());
    expect(networkCause(error)).toMatch(/connection was refused by 127\.0\.0\.1:\d+/);
  });

  it("returns undefined for errors that are not about the network", () => {
    expect(networkCause(new Error("invalid_auth"))).toBeUndefined();
    expect(networkCause(Object.assign(new Error("x"), { code: "slack_webapi_platform_error" }))).toBeUndefined();
    expect(networkCause("text")).toBeUndefined();
  });
});
