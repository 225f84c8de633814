// Rejects Slack request bodies that are well signed but not the shape of anything Slack sends,
// before Bolt sees them. Bolt reads `body.ssl_check` on whatever JSON.parse returned, so a signed
// body of `null` (or `payload=null`) threw inside its request handler: an unhandled rejection
// and a request left hanging. Here every body must be a JSON object, or a form whose `payload`
// (when present) is one; an event callback must carry an event object. Anything else gets 400.
// The body is read once, with a size limit, and handed to Bolt as `rawBody`, which Bolt uses as is.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { parse as parseForm } from "node:querystring";
import type { Logger } from "../shared/logger.js";

/** Slack's own payloads are far smaller; Bolt's default limit is larger than needed. */
export const MAX_BODY_BYTES = 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The parsed body when it has a shape Slack sends, else null. */
export function slackBodyShape(raw: string, contentType: string | undefined): Record<string, unknown> | null {
  let body: unknown;
  try {
    if ((contentType ?? "").startsWith("application/x-www-form-urlencoded")) {
      const form = parseForm(raw);
      if (typeof form.payload === "string") body = JSON.parse(form.payload);
      else if (form.payload !== undefined) return null;
      else body = form;
    } else {
      body = JSON.parse(raw);
    }
  } catch {
    return null;
  }
  if (!isObject(body)) return null;
  if (body.type === "event_callback" && !(isObject(body.event) && typeof body.event.type === "string")) return null;
  return body;
}

export function guardRequests(inner: RequestListener, logger: Logger): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST") return void inner(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES && !refused) {
        refused = true;
        res.writeHead(413).end();
        req.destroy();
      } else if (!refused) chunks.push(chunk);
    });
    req.on("error", () => {
      if (!res.headersSent) res.writeHead(400).end();
    });
    req.on("end", () => {
      if (refused) return;
      const rawBody = Buffer.concat(chunks);
      if (!slackBodyShape(rawBody.toString("utf8"), req.headers["content-type"])) {
        logger.warn("slack request refused: body is not a Slack payload", { bytes: rawBody.length });
        res.writeHead(400).end();
        return;
      }
      // Bolt skips reading the stream when rawBody is already there.
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = rawBody;
      inner(req, res);
    });
  };
}
