// Posting to a response_url (ephemeral answers, "Show more", sharing) over node:http(s) instead
// of Bolt's `respond`, which goes through the global fetch: under the Slack bench's load fetch cost
// ~475 µs of CPU per post (WHATWG streams, Headers, AbortSignal, Response objects) and a plain
// request ~120 µs, on the one post every slash command makes. What is sent and what counts as a
// failure are Bolt's (context/create-respond.js): the message as JSON, a string as {text}, a
// non-2xx answer rejects with Bolt's RespondError and a network failure with fetch's TypeError,
// so send.ts logs the same codes. Node's global agents keep connections alive (Node ≥ 19).
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { RespondError, type RespondArguments } from "@slack/bolt";

/** What the handlers need of a response_url poster (Bolt's RespondFn fits it too). */
export type Respond = (message: string | RespondArguments) => Promise<unknown>;

/** As long as undici's default headers timeout, which Bolt's fetch-based respond waited for (ms). */
const RESPONSE_TIMEOUT_MS = 300_000;

/** A poster for one response_url; undefined when it is not an http(s) URL (Bolt's respond stays). */
export function responder(responseUrl: string | undefined): Respond | undefined {
  if (!responseUrl) return undefined;
  let url: URL;
  try {
    url = new URL(responseUrl);
  } catch {
    return undefined;
  }
  const send = url.protocol === "https:" ? httpsRequest : url.protocol === "http:" ? httpRequest : undefined;
  if (!send) return undefined;
  return (message) =>
    new Promise<void>((resolve, reject) => {
      const body = Buffer.from(JSON.stringify(typeof message === "string" ? { text: message } : message));
      const fail = (error: unknown) => reject(new TypeError("fetch failed", { cause: error }));
      const req = send(
        url,
        {
          method: "POST",
          headers: { "Content-Type": "application/json", "Content-Length": body.length },
          timeout: RESPONSE_TIMEOUT_MS,
        },
        (res: IncomingMessage) => {
          const status = res.statusCode ?? 0;
          res.on("error", fail);
          res.on("end", () =>
            status >= 200 && status < 300
              ? resolve()
              : reject(
                  new RespondError(
                    `Failed to respond to the response_url: ${status} ${res.statusMessage ?? ""}`,
                    status,
                  ),
                ),
          );
          res.resume();
        },
      );
      req.on("timeout", () => req.destroy(new Error("response_url did not answer in time")));
      req.on("error", fail);
      req.end(body);
    });
}
