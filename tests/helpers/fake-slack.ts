// A local stand-in for Slack: the Web API under /api/<method> (form-encoded, as @slack/web-api
// sends it), response_url endpoints under /response/<id>, file upload URLs under /upload/<id>,
// and optionally a Socket Mode WebSocket on the same port. It enforces the Block Kit limits the
// adapter must respect, answering invalid_blocks the way Slack does, so tests see real failures.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const BOT = { userId: "UBOT0001", botId: "BBOT0001", teamId: "T0TEAM01" } as const;

export interface ApiCall {
  method: string;
  /** Form fields, with JSON ones (blocks, files) parsed. */
  params: Record<string, unknown>;
  auth?: string;
  ok: boolean;
  error?: string;
  /** The ts this call answered with (postMessage) or targeted (update). */
  ts?: string;
}

export interface ResponseUrlCall {
  id: string;
  body: Record<string, unknown>;
  /** false when the fake refused it (invalid blocks, or a sixth use). */
  ok: boolean;
  /** It came as the body of a slash command's ack, not a post to response_url (which it does not use up). */
  viaAck?: boolean;
}

export interface FakeSlackOptions {
  /** Channels where chat.postMessage answers not_in_channel. */
  notInChannel?: string[];
  /** Answer files.getUploadURLExternal with missing_scope (a workspace without files:write). */
  refuseUploads?: boolean;
  /** Answer auth.test with invalid_auth. */
  invalidAuth?: boolean;
  /** Answer apps.connections.open with invalid_auth (a wrong SLACK_APP_TOKEN). */
  invalidAppToken?: boolean;
  socketMode?: boolean;
  /** Where to listen (default 127.0.0.1 on a random port). */
  host?: string;
  port?: number;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Why Slack would refuse these blocks, or null when they are fine. */
/* eslint-disable @typescript-eslint/no-explicit-any -- wire JSON, checked field by field like Slack does */
export function blockProblem(blocks: unknown): string | null {
  if (!Array.isArray(blocks)) return "blocks is not an array";
  if (blocks.length > 50) return `${blocks.length} blocks (max 50)`;
  if (JSON.stringify(blocks).length > 13000) return "msg_blocks_too_long";
  for (const b of blocks as Record<string, any>[]) {
    if (b.type === "section") {
      if (b.text && (typeof b.text.text !== "string" || b.text.text.length < 1 || b.text.text.length > 3000))
        return "section text not 1..3000";
      if (b.fields && (b.fields.length > 10 || b.fields.some((f: any) => f.text.length > 2000 || f.text.length < 1)))
        return "section fields";
      if (!b.text && !b.fields) return "section without text";
    } else if (b.type === "header") {
      if (b.text?.type !== "plain_text" || b.text.text.length < 1 || b.text.text.length > 150) return "header text";
    } else if (b.type === "actions") {
      if (!b.elements?.length || b.elements.length > 25) return "actions elements";
      const ids = new Set<string>();
      for (const e of b.elements) {
        if (ids.has(e.action_id)) return "duplicate action_id";
        ids.add(e.action_id);
        if (e.action_id?.length > 255) return "action_id too long";
        if (e.type === "button" && (e.text.text.length < 1 || e.text.text.length > 75 || (e.value ?? "").length > 2000))
          return "button text/value";
        if (
          e.type === "static_select" &&
          (!e.options?.length ||
            e.options.length > 100 ||
            e.options.some((o: any) => o.text.text.length > 75 || o.value.length > 150))
        )
          return "select options";
      }
    } else if (b.type === "context") {
      if (!b.elements?.length || b.elements.length > 10 || b.elements.some((e: any) => e.text.length > 3000))
        return "context elements";
    } else if (b.type !== "divider" && b.type !== "image") {
      return `unknown block type ${String(b.type)}`;
    }
  }
  return null;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export async function startFakeSlack(options: FakeSlackOptions = {}) {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlCall[] = [];
  const uploads: { id: string; bytes: number; head: string }[] = [];
  const responseUses = new Map<string, number>();
  const messages = new Map<
    string,
    { channel: string; ts: string; thread_ts?: string; text?: string; blocks?: unknown }
  >();
  let tsCounter = 1700000000;
  let fileCounter = 0;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(data));
    };
    if (path.startsWith("/response/")) {
      const id = path.slice("/response/".length);
      const uses = (responseUses.get(id) ?? 0) + 1;
      responseUses.set(id, uses);
      const body = JSON.parse(raw.toString("utf8") || "{}") as Record<string, unknown>;
      const problem = uses > 5 ? "used_too_many_times" : body.blocks ? blockProblem(body.blocks) : null;
      responses.push({ id, body, ok: !problem });
      if (uses > 5) {
        changed();
        return json(404, { ok: false, error: "used_too_many_times" });
      }
      changed();
      return problem ? json(400, { ok: false, error: "invalid_blocks", problem }) : json(200, { ok: true });
    }
    if (path.startsWith("/upload/")) {
      uploads.push({
        id: path.slice("/upload/".length),
        bytes: raw.length,
        head: raw.subarray(0, 400).toString("latin1"),
      });
      res.writeHead(200, { "content-type": "text/plain" });
      return res.end(`OK - ${raw.length}`);
    }
    const method = path.replace(/^\/api\//, "");
    const params: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(raw.toString("utf8"))) {
      params[k] = /^(blocks|files|attachments)$/.test(k) ? JSON.parse(v) : v;
    }
    const call: ApiCall = {
      method,
      params,
      ok: true,
      ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
    };
    calls.push(call);
    const fail = (error: string, extra: object = {}) => {
      call.ok = false;
      call.error = error;
      changed();
      json(200, { ok: false, error, ...extra });
    };
    const ok = (data: object) => {
      changed();
      json(200, { ok: true, ...data });
    };
    switch (method) {
      case "auth.test":
        return options.invalidAuth
          ? fail("invalid_auth")
          : ok({ user_id: BOT.userId, bot_id: BOT.botId, team_id: BOT.teamId, user: "modelwise", team: "Test" });
      case "apps.connections.open":
        if (options.invalidAppToken) return fail("invalid_auth");
        return ok({ url: `ws://127.0.0.1:${port()}/socket` });
      case "chat.postMessage":
      case "chat.postEphemeral":
      case "chat.update": {
        if (!params.channel) return fail("channel_not_found");
        if (method === "chat.postMessage" && options.notInChannel?.includes(String(params.channel)))
          return fail("not_in_channel");
        if (!params.text && !params.blocks) return fail("no_text");
        if (params.blocks) {
          const problem = blockProblem(params.blocks);
          if (problem) return fail("invalid_blocks", { response_metadata: { messages: [problem] } });
        }
        if (method === "chat.update") {
          const target = messages.get(String(params.ts));
          if (!target) return fail("message_not_found");
          Object.assign(target, { text: params.text, blocks: params.blocks });
          call.ts = String(params.ts);
          return ok({ channel: params.channel, ts: params.ts });
        }
        const ts = `${tsCounter++}.000100`;
        call.ts = ts;
        messages.set(ts, {
          channel: String(params.channel),
          ts,
          ...(params.thread_ts ? { thread_ts: String(params.thread_ts) } : {}),
          text: String(params.text ?? ""),
          blocks: params.blocks,
        });
        return ok({ channel: params.channel, ts, message: { ts, text: params.text } });
      }
      case "files.getUploadURLExternal": {
        if (options.refuseUploads) return fail("missing_scope");
        const id = `F${++fileCounter}`;
        return ok({ upload_url: `http://127.0.0.1:${port()}/upload/${id}`, file_id: id });
      }
      case "files.completeUploadExternal":
        return ok({
          files: (params.files as { id: string; title?: string }[]).map((f) => ({ id: f.id, title: f.title })),
        });
      default:
        return fail("unknown_method");
    }
  });

  let socket: WebSocket | undefined;
  const frames: Record<string, unknown>[] = [];
  let wss: WebSocketServer | undefined;
  let connected: Promise<WebSocket> | undefined;
  if (options.socketMode) {
    wss = new WebSocketServer({ server });
    connected = new Promise((resolve) =>
      wss!.on("connection", (ws) => {
        socket = ws;
        ws.on("message", (m) => {
          frames.push(JSON.parse(m.toString()) as Record<string, unknown>);
          changed();
        });
        ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" } }));
        resolve(ws);
      }),
    );
  }

  // A container reaches the fake through the host gateway, so the compose check listens on 0.0.0.0.
  await new Promise<void>((r) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", r));
  function port(): number {
    return (server.address() as AddressInfo).port;
  }
  const base = `http://127.0.0.1:${port()}`;

  /** Resolves once `check` passes, re-checking whenever the fake records something. */
  function waitFor<T>(check: () => T | undefined | false, what = "a Slack call", timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value) {
          listeners.delete(attempt);
          clearTimeout(timer);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(attempt);
        reject(new Error(`fake Slack: timed out waiting for ${what}`));
      }, timeoutMs);
      listeners.add(attempt);
      attempt();
    });
  }

  /**
   * A slash command's ack body, which Slack shows like a response_url post: recorded under the
   * command's response_url id when it is a message (an empty ack is not), checked the same way.
   */
  function answeredInAck(responseUrl: string, ackBody: string): void {
    if (!ackBody.trim()) return;
    const body = JSON.parse(ackBody) as Record<string, unknown>;
    const id = responseUrl.slice(responseUrl.lastIndexOf("/response/") + "/response/".length);
    responses.push({ id, body, ok: !(body.blocks && blockProblem(body.blocks)), viaAck: true });
    changed();
  }

  return {
    base,
    apiUrl: `${base}/api/`,
    answeredInAck,
    responseUrl: (id: string) => `${base}/response/${id}`,
    calls,
    responses,
    uploads,
    frames,
    messages,
    waitFor,
    posts: (method = "chat.postMessage") => calls.filter((c) => c.method === method),
    /** Socket Mode: the client's connection, once it opened one. */
    socket: async () => {
      if (!connected) throw new Error("fake Slack started without socketMode");
      return socket ?? connected;
    },
    async close() {
      for (const client of wss?.clients ?? []) client.terminate();
      wss?.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
