// End to end: the REAL discord.js Client, real turn runner, real advisor and catalogue, against
// the local fake Discord gateway + REST. Each test drives gateway events and asserts on the
// REST calls the bot made, the way Discord itself would see them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderChartPng } from "../../../adapters/shared/chart/render-png.js";
import { sessionKey } from "../../../src/ports.js";
import { warmUpCharts } from "../../helpers/chart-warm-up.js";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/fake-discord-harness.js";
import {
  APP_ID,
  BOT,
  BOT_ROLE_ID,
  CHANNEL_ID,
  GUILD_ID,
  OTHER_BOT,
  type RestCall,
} from "../../helpers/fake-discord.js";
import { decodeAction, encodeAction, kindOf } from "../../helpers/action-ids.js";

type Json = Record<string, unknown>;
type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
const AS_OF = /as of (19|20)\d{2}-\d{2}(-\d{2})?/;
const NO_PINGS = { parse: [], replied_user: false };

const embedsOf = (body: Json | undefined) => (body?.embeds ?? []) as Embed[];
const textOf = (body: Json | undefined) =>
  [
    body?.content ?? "",
    ...embedsOf(body).flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? "",
    ]),
  ].join("\n");
const componentsOf = (body: Json | undefined) =>
  (
    (body?.components ?? []) as {
      components: { type: number; custom_id: string; label?: string; options?: { label: string; value: string }[] }[];
    }[]
  ).flatMap((r) => r.components);

describe("discord adapter end to end", () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const callsAfter = (index: number) => h.fake.rest.slice(index);
  const mention = (text: string, channelId = CHANNEL_ID) => h.fake.messageCreate(`<@${BOT.id}> ${text}`, { channelId });

  it("connects with the intents it documents", () => {
    const intents = Number(h.fake.identifies[0]?.intents);
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096) | MessageContent (32768)
    expect(intents).toBe(1 | 512 | 4096 | 32768);
  });

  it("answers a mention with an embed that names its sources and as-of dates", async () => {
    const start = h.fake.rest.length;
    const id = mention("tell me about gpt-4o");
    await h.turnDone(id);
    const post = callsAfter(start).find((c) => c.method === "POST" && c.path === `/channels/${CHANNEL_ID}/messages`);
    expect(post?.status).toBe(200);
    expect(post?.body?.message_reference).toMatchObject({ message_id: id });
    const [embed] = embedsOf(post?.body);
    expect(embed?.title).toMatch(/GPT-4o/);
    expect(textOf(post?.body)).toMatch(/\$\d+\.\d{2} in/);
    expect(embedsOf(post?.body).at(-1)?.footer?.text).toMatch(/^Sources: .*as of \d{4}-\d{2}/);
    expect(post?.body?.allowed_mentions).toEqual(NO_PINGS);
  });

  it("answers a mention of its managed role, without the mention in the question", async () => {
    const start = h.fake.rest.length;
    const id = h.fake.messageCreate(`<@&${BOT_ROLE_ID}> tell me about gpt-4o`);
    await h.turnDone(id);
    const reply = callsAfter(start).find((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    expect(embedsOf(reply?.body)[0]?.title).toMatch(/GPT-4o/);
  });

  it("ignores other bots and channel chatter that does not mention it", async () => {
    const start = h.fake.rest.length;
    const fromBot = h.fake.messageCreate(`<@${BOT.id}> tell me about gpt-4o`, { author: OTHER_BOT });
    const chatter = h.fake.messageCreate("anyone tried gpt-4o?");
    const last = mention("help");
    await h.turnDone(last);
    expect(h.logs.some((l) => l.fields.messageId === fromBot || l.fields.messageId === chatter)).toBe(false);
    const replies = callsAfter(start).filter((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    expect(replies.map((c) => (c.body?.message_reference as Json | undefined)?.message_id)).toEqual([last]);
  });

  it("opens a thread for a guided recommendation and continues there without a mention", async () => {
    const start = h.fake.rest.length;
    const id = mention("help me choose a model");
    await h.turnDone(id);
    const open = callsAfter(start).find((c) => c.path === `/channels/${CHANNEL_ID}/messages/${id}/threads`);
    expect(open?.status).toBe(201);
    expect(open?.body?.name).toMatch(/^modelwise: help me choose a model/);
    const inThread = callsAfter(start).filter((c) => c.path === `/channels/${id}/messages`);
    expect(inThread.length).toBeGreaterThan(0);
    // The conversation moved with it: its session now lives under the thread's key.
    const threadRef = { platform: "discord" as const, workspace: GUILD_ID, channel: CHANNEL_ID, thread: id };
    expect(await h.store.get(sessionKey(threadRef))).toBeDefined();
    expect(await h.store.get(sessionKey({ ...threadRef, thread: undefined }))).toBeUndefined();

    expect(textOf(inThread[0]?.body)).toMatch(/Question 1 of \d/);

    // A plain answer in the thread, no mention: the flow goes on to its next question.
    const before = h.fake.rest.length;
    const followUp = h.fake.messageCreate("coding", { channelId: id });
    await h.turnDone(followUp);
    const reply = callsAfter(before).find((c) => c.method === "POST" && c.path === `/channels/${id}/messages`);
    expect(textOf(reply?.body)).toMatch(/Question 2 of \d/);
    expect(componentsOf(reply?.body).every((c) => kindOf(c.custom_id) === "flow-answer")).toBe(true);

    // A button in the thread belongs to the same conversation: it answers question 2 in place.
    const question2 = [...h.fake.messages.values()].filter((m) => m.channel_id === id).at(-1)!;
    const button = componentsOf(question2).find((c) => !c.custom_id.endsWith(":skip"))!;
    const click = h.fake.click(question2.id as string, button.custom_id);
    await h.turnDone(click.id);
    // The answer replaces question 2: the next question, or the shortlist when no other answer
    // would change the top 3.
    expect(textOf(h.fake.messages.get(question2.id as string))).toMatch(/Question 3 of \d|Shortlist/);
  });

  it("a 'help me choose' button under help opens the recommendation thread on that message", async () => {
    const channel = h.fake.addChannel("help-here");
    const id = mention("help", channel);
    await h.turnDone(id);
    const helpMessage = [...h.fake.messages.values()].filter((m) => m.channel_id === channel).at(-1)!;
    const button = componentsOf(helpMessage).find(
      (c) => decodeAction(c.custom_id)?.kind === "ask" && c.custom_id.includes(":help_me_choose"),
    );
    expect(button).toBeDefined();
    const start = h.fake.rest.length;
    const click = h.fake.click(helpMessage.id as string, button!.custom_id);
    await h.turnDone(click.id);
    const open = callsAfter(start).find(
      (c) => c.path === `/channels/${channel}/messages/${helpMessage.id as string}/threads`,
    );
    expect(open?.status).toBe(201);
    const inThread = callsAfter(start).find((c) => c.path === `/channels/${helpMessage.id as string}/messages`);
    expect(textOf(inThread?.body)).toMatch(/Question 1 of/);
    expect(callsAfter(start).some((c) => c.path === `/webhooks/${APP_ID}/${click.token}`)).toBe(false);
    const threadRef = { platform: "discord" as const, workspace: GUILD_ID, channel, thread: helpMessage.id as string };
    expect((await h.store.get(sessionKey(threadRef)))?.flow).toBeTruthy();
  });

  it("runs /modelwise recommend to a shortlist through buttons, updating the flow message in place", async () => {
    const channel = h.fake.addChannel("model-choice");
    const { id, token } = h.fake.command("recommend", {}, channel);
    await h.turnDone(id);
    const first = h.fake.rest.find(
      (c) => c.method === "PATCH" && c.path === `/webhooks/${APP_ID}/${token}/messages/@original`,
    );
    expect(textOf(first?.body)).toMatch(/Question 1 of (\d)/);
    const messageId = h.fake.originalMessageId(id) as string;
    expect(
      componentsOf(h.fake.messages.get(messageId)).some(
        (c) => c.custom_id === encodeAction({ kind: "flow-answer", step: "use-case", value: "coding" }),
      ),
    ).toBe(true);

    let picks = 0;
    let lastToken = "";
    for (; picks < 12; picks++) {
      const current = h.fake.messages.get(messageId);
      const options = componentsOf(current).filter((c) => kindOf(c.custom_id) === "flow-answer");
      if (options.length === 0) break;
      // The first real answer of each question (not "skip"), as a user would click it.
      const answer = options.find((c) => !c.custom_id.endsWith(":skip")) ?? options[0]!;
      const click = h.fake.click(messageId, answer.custom_id);
      lastToken = click.token;
      await h.turnDone(click.id);
      expect(
        h.fake.rest
          .filter((c) => c.path === `/interactions/${click.id}/${click.token}/callback`)
          .map((c) => c.body?.type),
      ).toEqual([6]);
      expect(
        h.fake.rest.some(
          (c) =>
            c.method === "PATCH" &&
            c.path === `/webhooks/${APP_ID}/${click.token}/messages/@original` &&
            c.status === 200,
        ),
      ).toBe(true);
    }
    // Only questions whose answer changes the top 3 are asked: a few, not all seven.
    expect(picks).toBeGreaterThanOrEqual(2);
    // The shortlist replaces the last question; a long one continues in follow-up messages.
    const followUps = h.fake.rest
      .filter((c) => c.method === "POST" && c.path === `/webhooks/${APP_ID}/${lastToken}`)
      .map((c) => c.body);
    const shortlist = [h.fake.messages.get(messageId), ...followUps];
    expect(textOf(shortlist[0])).toMatch(/Shortlist/);
    expect(shortlist.flatMap(embedsOf).some((e) => AS_OF.test(e.footer?.text ?? ""))).toBe(true);
    // What-if buttons follow the shortlist; none of the flow's question buttons remain.
    expect(componentsOf(shortlist.at(-1)).some((c) => kindOf(c.custom_id) === "ask")).toBe(true);
    expect(shortlist.flatMap(componentsOf).some((c) => kindOf(c.custom_id) === "flow-answer")).toBe(false);
  });

  it("answers direct messages under the 'dm' workspace", async () => {
    const start = h.fake.rest.length;
    const dmChannel = "700000000000000072";
    const id = h.fake.directMessage("price of gpt-4o", dmChannel);
    await h.turnDone(id);
    const reply = callsAfter(start).find((c) => c.path === `/channels/${dmChannel}/messages`);
    expect(textOf(reply?.body)).toMatch(/\$2\.50/);
    expect(textOf(reply?.body)).toMatch(AS_OF);
    expect(await h.store.get(sessionKey({ platform: "discord", workspace: "dm", channel: dmChannel }))).toBeDefined();
  });

  it("defers a slash command at once, then edits the reply with the answer", async () => {
    const { id, token } = h.fake.command("license", { model: "llama-3.1-70b", monthly_users: 800_000_000 });
    await h.turnDone(id);
    const callbacks = h.fake.rest.filter((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(callbacks.map((c) => [c.body?.type, c.status])).toEqual([[5, 204]]);
    expect(callbacks[0]?.auth).toBeUndefined();
    const edit = h.fake.rest.find(
      (c) => c.method === "PATCH" && c.path === `/webhooks/${APP_ID}/${token}/messages/@original`,
    );
    expect(edit?.status).toBe(200);
    expect(embedsOf(edit?.body)[0]?.title).toMatch(/Blocked: Llama 3\.1 70B/);
    expect(textOf(edit?.body)).toMatch(/700M/);
    expect(edit?.body?.allowed_mentions).toEqual(NO_PINGS);
  });

  it("autocompletes model names from the fuzzy lookup, at most 25", async () => {
    const typed = h.fake.autocomplete("compare", { model_a: "lama 3.1 70" }, "model_a");
    const call = await waitForCall((c) => c.path === `/interactions/${typed.id}/${typed.token}/callback`);
    expect(call.body?.type).toBe(8);
    const choices = (call.body?.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices[0]).toEqual({ name: "Llama 3.1 70B (Meta)", value: "llama-3.1-70b" });

    const empty = h.fake.autocomplete("cost", { model: "" }, "model");
    const all = await waitForCall((c) => c.path === `/interactions/${empty.id}/${empty.token}/callback`);
    expect((all.body?.data as { choices: unknown[] }).choices).toHaveLength(25);
  });

  it("a one-shot recommendation offers Refine; the click keeps the shortlist and asks in a thread on it", async () => {
    const channel = h.fake.addChannel("one-shot");
    // User: /modelwise ask question: we need a model for RAG over our docs, thoughts?
    const { id } = h.fake.command("ask", { question: "we need a model for RAG over our docs, thoughts?" }, channel);
    await h.turnDone(id);
    const inChannel = [...h.fake.messages.values()].filter((m) => m.channel_id === channel);
    expect(inChannel.map((m) => textOf(m)).join("\n")).toMatch(/Shortlist/);
    const holder = inChannel.find((m) =>
      componentsOf(m).some((c) => decodeAction(c.custom_id)?.kind === "flow-control"),
    );
    const refine = componentsOf(holder).find((c) => decodeAction(c.custom_id)?.kind === "flow-control");
    expect(decodeAction(refine?.custom_id)).toEqual({ kind: "flow-control", command: "refine" });
    const shortlistText = textOf(holder);
    // Click: Refine -> acknowledged, answered as a follow-up; the shortlist message stays as it was.
    const click = h.fake.click(holder!.id as string, refine!.custom_id);
    await h.turnDone(click.id);
    expect(
      h.fake.rest
        .filter((c) => c.path === `/interactions/${click.id}/${click.token}/callback`)
        .map((c) => c.body?.type),
    ).toEqual([6]);
    // The guided questions go on in a thread opened on the shortlist (as a mention would).
    const posted = h.fake.rest.filter(
      (c) => c.method === "POST" && c.path === `/channels/${holder!.id as string}/messages`,
    );
    expect(posted.map((c) => textOf(c.body)).join("\n")).toMatch(/Refining: I'll ask only what would change the top 3/);
    expect(textOf(h.fake.messages.get(holder!.id as string))).toBe(shortlistText);
  });

  it("a button click is acknowledged at once and answered as a new message", async () => {
    const start = h.fake.rest.length;
    const id = mention("help");
    await h.turnDone(id);
    const help = callsAfter(start).find((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    const button = componentsOf(help?.body).find(
      (c) => kindOf(c.custom_id) === "ask" && c.custom_id.includes(":price"),
    );
    expect(button).toBeDefined();
    const helpMessage = [...h.fake.messages.values()].at(-1)!;
    const click = h.fake.click(helpMessage.id as string, button!.custom_id);
    await h.turnDone(click.id);
    const callbacks = h.fake.rest.filter((c) => c.path === `/interactions/${click.id}/${click.token}/callback`);
    expect(callbacks.map((c) => c.body?.type)).toEqual([6]);
    const followUp = h.fake.rest.find((c) => c.method === "POST" && c.path === `/webhooks/${APP_ID}/${click.token}`);
    expect(textOf(followUp?.body)).toMatch(/\$\d/);
    expect(followUp?.body?.allowed_mentions).toEqual(NO_PINGS);
  });

  it("offers many candidates as a select menu; a pick replaces the question with the answer", async () => {
    const start = h.fake.rest.length;
    const id = mention("tell me about llama");
    await h.turnDone(id);
    const question = callsAfter(start).find((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    const select = componentsOf(question?.body).find((c) => c.type === 3);
    expect(select?.options?.length).toBeGreaterThan(5);
    const option = select!.options!.find((o) => o.value === encodeAction({ kind: "pick", modelId: "llama-3.1-70b" }));
    expect(option?.label).toMatch(/Llama 3\.1 70B/);
    const questionMessage = [...h.fake.messages.values()].at(-1)!;
    const pick = h.fake.select(questionMessage.id as string, select!.custom_id, option!.value);
    await h.turnDone(pick.id);
    expect(
      h.fake.rest.filter((c) => c.path === `/interactions/${pick.id}/${pick.token}/callback`).map((c) => c.body?.type),
    ).toEqual([6]);
    const update = h.fake.rest.find(
      (c) => c.method === "PATCH" && c.path === `/webhooks/${APP_ID}/${pick.token}/messages/@original`,
    );
    expect(embedsOf(update?.body)[0]?.title).toMatch(/Llama 3\.1 70B/);
    // The question's menu is gone from the message once it is answered.
    expect(componentsOf(update?.body).some((c) => c.type === 3)).toBe(false);
    expect(embedsOf(h.fake.messages.get(questionMessage.id as string))[0]?.title).toMatch(/Llama 3\.1 70B/);
  });

  it("never pings: @everyone, roles and users in user text reach no one", async () => {
    const start = h.fake.rest.length;
    const id = mention(`@everyone @here <@${OTHER_BOT.id}> <@&${GUILD_ID}> what does blarg-omega-77 cost`);
    await h.turnDone(id);
    const sent = callsAfter(start).filter((c) => c.body && c.path.endsWith("/messages"));
    expect(sent.length).toBeGreaterThan(0);
    for (const call of sent) {
      expect(call.body?.allowed_mentions).toEqual(NO_PINGS);
      const text = textOf(call.body);
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).not.toMatch(/<@[!&]?\d+>/);
    }
  });

  it("sent every message with empty allowed_mentions and got no API error", () => {
    const bodies = h.fake.sentBodies();
    expect(bodies.length).toBeGreaterThan(10);
    for (const { call, body } of bodies) expect(body.allowed_mentions, `${call.method} ${call.path}`).toEqual(NO_PINGS);
    expect(
      h.fake.rest
        .filter((c) => c.status >= 400)
        .map((c) => `${c.method} ${c.path} ${c.status} ${c.problems.join("; ")}`),
    ).toEqual([]);
    expect(h.errors()).toEqual([]);
  });

  async function waitForCall(match: (c: RestCall) => boolean): Promise<RestCall> {
    for (let i = 0; i < 500; i++) {
      const call = h.fake.rest.find(match);
      if (call) return call;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error("no matching REST call");
  }
});

describe("discord adapter charts", () => {
  let h: DiscordHarness;
  // Room for the first chart's module load (chart-warm-up.ts), which waits on the machine.
  beforeAll(async () => {
    h = await startDiscordHarness({ renderChartPng });
    await warmUpCharts();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it("attaches a break-even chart as a PNG image in the embed", { timeout: 60_000 }, async () => {
    const { id, token } = h.fake.command("ask", { question: "break-even for llama 3.1 70b" });
    await h.turnDone(id);
    const edit = h.fake.rest.find(
      (c) => c.method === "PATCH" && c.path === `/webhooks/${APP_ID}/${token}/messages/@original`,
    );
    // The errors say why a missing edit is missing (the adapter logs a failed send and answers on).
    expect(edit?.status, JSON.stringify(h.errors())).toBe(200);
    expect(edit?.files.map((f) => f.name)).toEqual(["chart-1.png"]);
    expect(edit?.files[0]?.bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a"); // PNG signature
    expect(
      embedsOf(edit?.body).some((e) => (e as { image?: { url: string } }).image?.url === "attachment://chart-1.png"),
    ).toBe(true);
    expect(edit?.body?.allowed_mentions).toEqual(NO_PINGS);
  });
});
