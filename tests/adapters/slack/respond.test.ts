// The response_url poster must send and fail as Bolt's fetch-based respond does (send.ts logs the
// error codes), so these tests post to a local server and compare with Bolt's own respond.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responder } from "../../../adapters/slack/respond.js";
import { slackError } from "../../../adapters/slack/send.js";

interface Received {
  method: string;
  contentType: string | undefined;
  body: string;
}

let server: Server;
let base = "";
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      received.push({ method: req.method ?? "", contentType: req.headers["content-type"], body });
      const status = Number((req.url ?? "").split("/").pop()) || 200;
      res.writeHead(status, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("responder", () => {
  it("posts the message as JSON, a string as {text}", async () => {
    received.length = 0;
    const post = responder(`${base}/hook/200`)!;
    const message = { response_type: "ephemeral" as const, replace_original: false, text: "Price of GPT-4o ✓" };
    await post(message);
    await post("plain words");
    expect(received).toEqual([
      { method: "POST", contentType: "application/json", body: JSON.stringify(message) },
      { method: "POST", contentType: "application/json", body: JSON.stringify({ text: "plain words" }) },
    ]);
  });

  it("rejects a non-2xx answer with Bolt's respond error and the status", async () => {
    const error: unknown = await responder(`${base}/hook/404`)!({ text: "x" }).catch((e: unknown) => e);
    expect(slackError(error)).toBe("slack_bolt_respond_error");
    expect(error).toMatchObject({ statusCode: 404 });
    expect((error as Error).message).toBe("Failed to respond to the response_url: 404 Not Found");
  });

  it("rejects an unreachable URL as fetch does (a TypeError)", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const error: unknown = await responder(`http://127.0.0.1:${port}/hook`)!({ text: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(slackError(error)).toBe("TypeError");
  });

  it("leaves anything but an http(s) URL to Bolt", () => {
    expect(responder(undefined)).toBeUndefined();
    expect(responder("not a url")).toBeUndefined();
    expect(responder("ftp://example.com/x")).toBeUndefined();
    expect(responder("https://hooks.slack.com/commands/T1/1/abc")).toBeTypeOf("function");
  });
});
