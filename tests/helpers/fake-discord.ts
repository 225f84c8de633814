// A local fake of Discord: REST and gateway on one loopback port, enough for the REAL discord.js
// Client to log in, receive MESSAGE_CREATE / INTERACTION_CREATE, and answer over REST. Every REST
// call is captured; bodies over Discord's limits get the API's 400, late or repeated interaction
// callbacks get the API's errors, so tests see what production would.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { autocompleteProblems, messageProblems } from "./fake-discord-limits.js";

type Json = Record<string, unknown>;

export interface RestCall {
  method: string;
  path: string;
  query: string;
  auth?: string;
  body: Json | undefined;
  files: { name: string; bytes: Buffer }[];
  status: number;
  problems: string[];
}

export const BOT = {
  id: "100000000000000001",
  username: "modelwise",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};
export const USER = {
  id: "200000000000000002",
  username: "alice",
  discriminator: "0",
  global_name: "Alice",
  avatar: null,
};
export const OTHER_BOT = {
  id: "200000000000000099",
  username: "otherbot",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};
export const APP_ID = "300000000000000003";
export const GUILD_ID = "400000000000000004";
export const CHANNEL_ID = "500000000000000005";
export const BOT_ROLE_ID = "600000000000000006";
export const COMMAND_ID = "800000000000000008";
const MESSAGE_CONTENT_INTENT = 1 << 15;
/** Discord invalidates an interaction token that was not answered within 3 seconds. */
const INTERACTION_DEADLINE_MS = 3000;

let snowflake = 900000000000000000n;
const nextId = () => String(++snowflake);
const now = () => new Date().toISOString();
const member = () => ({ roles: [], joined_at: now(), deaf: false, mute: false, flags: 0 });

function message(o: Json): Json {
  return {
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    components: [],
    timestamp: now(),
    ...o,
  };
}

async function readBody(
  req: IncomingMessage,
): Promise<{ body: Json | undefined; files: { name: string; bytes: Buffer }[] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const files: { name: string; bytes: Buffer }[] = [];
    let body: Json | undefined;
    for (const [key, value] of form.entries()) {
      if (key === "payload_json") body = JSON.parse(String(value)) as Json;
      else if (typeof value !== "string")
        files.push({ name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
    }
    return { body, files };
  }
  const text = raw.toString("utf8");
  return { body: text ? (JSON.parse(text) as Json) : undefined, files: [] };
}

interface InteractionState {
  at: number;
  callbacks: number;
  channelId: string;
  /** The message @original refers to: the clicked message, or the reply once one exists. */
  originalId?: string;
}

export interface FakeDiscordOptions {
  /** Close the gateway with 4014 when IDENTIFY asks for Message Content (not enabled for the app). */
  denyMessageContent?: boolean;
}

export async function startFakeDiscord(opts: FakeDiscordOptions = {}) {
  const rest: RestCall[] = [];
  const identifies: Json[] = [];
  const messages = new Map<string, Json>();
  const channels = new Map<string, Json>([
    [
      CHANNEL_ID,
      { id: CHANNEL_ID, type: 0, name: "general", guild_id: GUILD_ID, position: 0, permission_overwrites: [] },
    ],
  ]);
  const interactions = new Map<string, InteractionState>();
  let seq = 0;
  // Every identified gateway connection: several replicas on one token each get every event.
  const sockets = new Set<WebSocket>();
  let intents = 0;
  /** Calls to answer with a server error instead (matched by method and path), for failure tests. */
  const failures: { method: string; path: RegExp; status: number }[] = [];

  const store = (m: Json) => {
    messages.set(m.id as string, m);
    return m;
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res.writeHead.bind(res), res.end.bind(res));
  });

  async function handle(
    req: IncomingMessage,
    writeHead: (s: number, h?: Record<string, string>) => void,
    end: (b?: string) => void,
  ) {
    const url = new URL(req.url ?? "/", "http://x");
    const { body, files } = await readBody(req);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ""));
    const call: RestCall = {
      method: req.method ?? "",
      path,
      query: url.search,
      auth: req.headers.authorization,
      body,
      files,
      status: 0,
      problems: [],
    };
    rest.push(call);
    const reply = (status: number, data?: unknown) => {
      call.status = status;
      // A 204 must not claim JSON: @discordjs/rest would try to parse the empty body and throw.
      if (data === undefined) return (writeHead(status), end());
      writeHead(status, { "content-type": "application/json" });
      end(JSON.stringify(data));
    };
    const invalid = (problems: string[]) => {
      call.problems = problems;
      return reply(400, {
        code: 50035,
        message: "Invalid Form Body",
        errors: { _errors: problems.map((p) => ({ code: "BASE_TYPE_INVALID", message: p })) },
      });
    };
    let m: RegExpMatchArray | null;
    const failure = failures.findIndex((f) => f.method === req.method && f.path.test(path));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return reply(f!.status, { code: 0, message: "Injected failure" });
    }

    if (req.method === "GET" && path === "/gateway/bot") {
      return reply(200, {
        url: `ws://127.0.0.1:${port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (req.method === "POST" && /^\/channels\/\d+\/typing$/.test(path)) return reply(204);
    if (req.method === "GET" && (m = path.match(/^\/channels\/(\d+)$/))) {
      const channel = channels.get(m[1] as string);
      return channel ? reply(200, channel) : reply(404, { code: 10003, message: "Unknown Channel" });
    }
    if (req.method === "POST" && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/))) {
      const [, parentId, messageId] = m as [string, string, string];
      const thread = {
        id: messageId,
        type: 11,
        guild_id: GUILD_ID,
        parent_id: parentId,
        owner_id: BOT.id,
        name: body?.name,
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        thread_metadata: {
          archived: false,
          auto_archive_duration: body?.auto_archive_duration ?? 1440,
          archive_timestamp: now(),
          locked: false,
        },
        flags: 0,
        total_message_sent: 0,
      };
      channels.set(messageId, thread);
      dispatch("THREAD_CREATE", { ...thread, newly_created: true });
      return reply(201, thread);
    }
    if (req.method === "POST" && (m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      const problems = messageProblems(body, { fileCount: files.length });
      if (problems.length) return invalid(problems);
      const channelId = m[1] as string;
      const isDm = !channels.has(channelId) && channelId.startsWith("7");
      return reply(
        200,
        store(
          message({
            id: nextId(),
            channel_id: channelId,
            ...(isDm ? {} : { guild_id: GUILD_ID }),
            author: BOT,
            content: body?.content ?? "",
            embeds: body?.embeds ?? [],
            components: body?.components ?? [],
            type: body?.message_reference ? 19 : 0,
          }),
        ),
      );
    }
    if (req.method === "POST" && (m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const state = interactions.get(m[1] as string);
      if (!state || Date.now() - state.at > INTERACTION_DEADLINE_MS)
        return reply(404, { code: 10062, message: "Unknown interaction" });
      if (state.callbacks++ > 0)
        return reply(400, { code: 40060, message: "Interaction has already been acknowledged." });
      const type = body?.type as number;
      const data = body?.data as Json | undefined;
      if (type === 8) {
        const problems = autocompleteProblems(data);
        return problems.length ? invalid(problems) : reply(204);
      }
      if (type === 4 || type === 7) {
        const problems = messageProblems(data, { isEdit: type === 7, fileCount: files.length });
        if (problems.length) return invalid(problems);
      }
      if (type === 4 || type === 5)
        state.originalId = store(
          message({
            id: nextId(),
            channel_id: state.channelId,
            guild_id: GUILD_ID,
            author: BOT,
            content: data?.content ?? "",
            embeds: data?.embeds ?? [],
            components: data?.components ?? [],
          }),
        ).id as string;
      if (type === 7 && state.originalId) Object.assign(messages.get(state.originalId) ?? {}, data);
      return reply(204);
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/))) {
      const token = m[2] as string;
      const state = interactions.get(token.replace(/^tok-/, ""));
      const isEdit = req.method === "PATCH";
      const problems = messageProblems(body, { isEdit, fileCount: files.length });
      if (problems.length) return invalid(problems);
      if (isEdit) {
        const target = messages.get((m[4] === "@original" ? state?.originalId : m[4]) ?? "");
        if (!target) return reply(404, { code: 10008, message: "Unknown Message" });
        for (const key of ["content", "embeds", "components"] as const)
          if (body && key in body) target[key] = body[key];
        return reply(200, target);
      }
      return reply(
        200,
        store(
          message({
            id: nextId(),
            channel_id: state?.channelId ?? CHANNEL_ID,
            guild_id: GUILD_ID,
            author: BOT,
            content: body?.content ?? "",
            embeds: body?.embeds ?? [],
            components: body?.components ?? [],
            webhook_id: APP_ID,
          }),
        ),
      );
    }
    if (req.method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return reply(
        200,
        (body as unknown as Json[]).map((c) => ({
          id: nextId(),
          application_id: APP_ID,
          version: "1",
          default_member_permissions: null,
          type: 1,
          ...c,
        })),
      );
    }
    return reply(404, { message: `Unknown route in fake: ${req.method} ${path}`, code: 0 });
  }

  const wss = new WebSocketServer({ server });
  function dispatch(t: string, d: unknown, to: Iterable<WebSocket> = sockets) {
    const frame = JSON.stringify({ op: 0, d, s: ++seq, t });
    for (const ws of to) ws.send(frame);
  }
  wss.on("connection", (ws) => {
    ws.on("close", () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45000 }, s: null, t: null }));
    ws.on("message", (raw) => {
      const frame = JSON.parse(raw.toString()) as { op: number; d: Json };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (frame.op !== 2) return;
      identifies.push(frame.d);
      intents = Number(frame.d.intents);
      if (opts.denyMessageContent && intents & MESSAGE_CONTENT_INTENT) return ws.close(4014, "Disallowed intent(s).");
      sockets.add(ws);
      dispatch(
        "READY",
        {
          v: 10,
          user: BOT,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: "sess1",
          resume_gateway_url: `ws://127.0.0.1:${port}`,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        },
        [ws],
      );
      dispatch(
        "GUILD_CREATE",
        {
          id: GUILD_ID,
          name: "Test Guild",
          owner_id: USER.id,
          unavailable: false,
          member_count: 2,
          large: false,
          joined_at: now(),
          features: [],
          emojis: [],
          stickers: [],
          roles: [
            {
              id: GUILD_ID,
              name: "@everyone",
              permissions: "1071698660929",
              position: 0,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: false,
              flags: 0,
            },
            {
              id: BOT_ROLE_ID,
              name: "modelwise",
              permissions: "1071698660929",
              position: 1,
              color: 0,
              hoist: false,
              managed: true,
              mentionable: false,
              flags: 0,
              tags: { bot_id: BOT.id },
            },
          ],
          channels: [...channels.values()].filter((c) => c.type === 0),
          members: [{ user: BOT, ...member(), roles: [BOT_ROLE_ID] }],
          threads: [],
          presences: [],
          voice_states: [],
          stage_instances: [],
          guild_scheduled_events: [],
        },
        [ws],
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const hasMessageContent = () => (intents & MESSAGE_CONTENT_INTENT) !== 0;

  function interaction(type: number, data: Json, extra: Json = {}, channelId = CHANNEL_ID) {
    const id = nextId();
    const token = `tok-${id}`;
    interactions.set(id, {
      at: Date.now(),
      callbacks: 0,
      channelId,
      originalId: (extra.message as Json | undefined)?.id as string | undefined,
    });
    const channel = channels.get(channelId) ?? { id: channelId, type: 0, guild_id: GUILD_ID, name: "general" };
    dispatch("INTERACTION_CREATE", {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      guild_id: GUILD_ID,
      channel_id: channelId,
      channel,
      member: { user: USER, ...member(), permissions: "1071698660929" },
      app_permissions: "1071698660929",
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { 0: GUILD_ID },
      context: 0,
      attachment_size_limit: 8388608,
      data,
      ...extra,
    });
    return { id, token };
  }

  const optionType = (v: unknown) => (typeof v === "number" ? 4 : typeof v === "boolean" ? 5 : 3);
  const commandData = (sub: string, options: Json, focused?: string) => ({
    id: COMMAND_ID,
    name: "modelwise",
    type: 1,
    options: [
      {
        name: sub,
        type: 1,
        options: Object.entries(options).map(([name, value]) => ({
          name,
          type: optionType(value),
          value,
          ...(name === focused ? { focused: true } : {}),
        })),
      },
    ],
  });

  return {
    port,
    apiBase: `http://127.0.0.1:${port}/api`,
    rest,
    identifies,
    messages,
    channels,
    dispatch,
    /** A user message in a guild channel (or thread). Content is blanked, as Discord does, without the Message Content intent. */
    messageCreate(content: string, o: { channelId?: string; author?: Json; mentionBot?: boolean } = {}) {
      const id = nextId();
      const mentionBot = o.mentionBot ?? content.includes(`<@${BOT.id}>`);
      const mentionRoles = [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]);
      const visible = hasMessageContent() || mentionBot || mentionRoles.includes(BOT_ROLE_ID);
      const author = o.author ?? USER;
      dispatch(
        "MESSAGE_CREATE",
        message({
          id,
          channel_id: o.channelId ?? CHANNEL_ID,
          guild_id: GUILD_ID,
          author,
          content: visible ? content : "",
          member: member(),
          mentions: mentionBot ? [BOT] : [],
          mention_roles: mentionRoles,
        }),
      );
      return id;
    },
    /** A direct message: channel_type 1 and no guild, as the real gateway sends it. */
    directMessage(content: string, channelId = "700000000000000071") {
      const id = nextId();
      dispatch("MESSAGE_CREATE", message({ id, channel_id: channelId, channel_type: 1, author: USER, content }));
      return id;
    },
    /** A new guild text channel, announced with CHANNEL_CREATE. */
    addChannel(name: string) {
      const channel = {
        id: nextId(),
        type: 0,
        name: name.slice(0, 90),
        guild_id: GUILD_ID,
        position: channels.size,
        permission_overwrites: [],
      };
      channels.set(channel.id, channel);
      dispatch("CHANNEL_CREATE", channel);
      return channel.id;
    },
    command(sub: string, options: Json = {}, channelId = CHANNEL_ID) {
      return interaction(2, commandData(sub, options), {}, channelId);
    },
    autocomplete(sub: string, options: Json, focused: string) {
      return interaction(4, commandData(sub, options, focused));
    },
    /** A click on a button of a message the bot posted. */
    click(messageId: string, customId: string) {
      const m = messages.get(messageId);
      if (!m) throw new Error(`fake: no message ${messageId}`);
      return interaction(3, { custom_id: customId, component_type: 2 }, { message: m }, m.channel_id as string);
    },
    /** A pick in a select menu of a message the bot posted. */
    select(messageId: string, customId: string, value: string) {
      const m = messages.get(messageId);
      if (!m) throw new Error(`fake: no message ${messageId}`);
      return interaction(
        3,
        { custom_id: customId, component_type: 3, values: [value] },
        { message: m },
        m.channel_id as string,
      );
    },
    /** Makes the next matching REST call fail with this status (once). */
    failNext(method: string, path: RegExp, status = 500) {
      failures.push({ method, path, status });
    },
    /** The message an interaction's `@original` points at (its reply, or the clicked message). */
    originalMessageId(interactionId: string) {
      return interactions.get(interactionId)?.originalId;
    },
    /** Message bodies the bot sent (create, edit, interaction reply/update), with where they went. */
    sentBodies(): { call: RestCall; body: Json }[] {
      return rest.flatMap((call) => {
        if (call.body && call.path.includes("/callback") && (call.body.type === 4 || call.body.type === 7))
          return [{ call, body: call.body.data as Json }];
        if (call.body && (/^\/channels\/\d+\/messages$/.test(call.path) || call.path.startsWith("/webhooks/")))
          return [{ call, body: call.body }];
        return [];
      });
    },
    async close() {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
      await new Promise((r) => server.close(r));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

export async function waitFor<T>(fn: () => T | undefined | null | false, what = "condition", ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
