// Real answers through Slack: the real advisor and catalogue behind the real Bolt app, driven by
// signed requests, asserting on what Slack would show (Block Kit through response_url or the Web API).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdvisor } from "../../../src/advisor.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { BOT } from "../../helpers/fake-slack.js";
import { messageEvent, nextTs } from "../../helpers/fake-slack-requests.js";
import { startSlackHarness, type SlackHarness } from "../../helpers/fake-slack-harness.js";
import { choicesOf, readableText } from "../../helpers/fake-slack-driver.js";
import { decodeAction, isFlowChoice } from "../../helpers/action-ids.js";

type Json = Parameters<typeof readableText>[0];

describe("Slack adapter with the real advisor", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ advisor: createAdvisor({ catalog: readCatalog() }) });
  });
  afterAll(async () => h?.close());

  const ephemeral = (id: string) => h.fake.responses.filter((r) => r.id === id);
  const shown = (id: string) =>
    ephemeral(id)
      .flatMap((r) => readableText(r.body.blocks as Json))
      .join("\n");

  it("/modelwise license of llama 3.1 for 800M users: a blocked verdict quoting the 700M clause, ephemeral, with sources", async () => {
    const res = await h.handled(() =>
      h.slack.slashCommand({ text: "license of llama 3.1 for 800M users", responseUrl: h.fake.responseUrl("lic") }),
    );
    expect(res.status).toBe(200);
    const replies = ephemeral("lic");
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.ok && r.body.response_type === "ephemeral")).toBe(true);
    const blocks = replies.flatMap((r) => r.body.blocks as { type: string; text?: { text: string } }[]);
    expect(blocks.find((b) => b.type === "header")?.text?.text).toMatch(/^Blocked: Llama 3\.1/);
    const text = shown("lic");
    expect(text).toMatch(/800M monthly active users is over the Llama 3\.1 .*700M threshold/);
    expect(text).toContain("greater than 700 million monthly active users");
    expect(text).toMatch(/\*Why\*/); // **Why** became Slack bold
    expect(text).toMatch(/\b20\d\d-\d\d-\d\d\b/);
    const lastButtons = choicesOf(replies.at(-1)!.body.blocks as Json);
    expect(JSON.stringify(replies.at(-1)!.body.blocks)).toContain('"action_id":"1:share:');
    expect(lastButtons.every((c) => c.id.length <= 90)).toBe(true);
  });

  it("an empty /modelwise shows help with buttons, and a click answers in a new ephemeral message", async () => {
    await h.handled(() => h.slack.slashCommand({ text: "", responseUrl: h.fake.responseUrl("help") }));
    const help = ephemeral("help");
    const choices = help.flatMap((r) => choicesOf(r.body.blocks as Json));
    const price = choices.find((c) => /price of GPT-4o/i.test(c.label));
    expect(price, "help offers a price example").toBeDefined();
    await h.handled(() =>
      h.slack.blockAction({
        actionId: price!.id,
        value: price!.id,
        label: price!.label,
        channel: "C0GENERAL",
        ephemeral: true,
        responseUrl: h.fake.responseUrl("help-click"),
      }),
    );
    const answer = ephemeral("help-click");
    expect(answer[0]?.body.replace_original).toBe(false);
    expect(shown("help-click")).toMatch(/GPT-4o/);
    expect(shown("help-click")).toMatch(/\$\d/);
  });

  it("a guided recommendation started with /modelwise stays private, and a click replaces the question", async () => {
    await h.handled(() =>
      h.slack.slashCommand({
        text: "help me choose a model",
        responseUrl: h.fake.responseUrl("rec-cmd"),
        user: "U0DANA001",
      }),
    );
    const question = ephemeral("rec-cmd");
    const choice = question
      .flatMap((r) => choicesOf(r.body.blocks as Json))
      .find((c) => isFlowChoice(c.id, "use-case"));
    expect(choice).toBeDefined();
    await h.handled(() =>
      h.slack.blockAction({
        actionId: choice!.id,
        value: choice!.id,
        label: choice!.label,
        channel: "C0GENERAL",
        ephemeral: true,
        user: "U0DANA001",
        responseUrl: h.fake.responseUrl("rec-click"),
      }),
    );
    const next = ephemeral("rec-click");
    expect(next[0]?.body).toMatchObject({ response_type: "ephemeral", replace_original: true });
    expect(shown("rec-click")).toMatch(/Question 2 of \d/);
  });

  it("a one-shot recommendation offers Refine; the click asks in a new message and leaves the shortlist", async () => {
    // User: /modelwise we need a model for RAG over our docs, thoughts?
    await h.handled(() =>
      h.slack.slashCommand({
        text: "we need a model for RAG over our docs, thoughts?",
        responseUrl: h.fake.responseUrl("one-shot"),
        user: "U0ERIN001",
      }),
    );
    expect(shown("one-shot")).toMatch(/Shortlist/);
    expect(shown("one-shot")).toMatch(/Assumed:\* nothing about/);
    const refine = ephemeral("one-shot")
      .flatMap((r) => choicesOf(r.body.blocks as Json))
      .find((c) => decodeAction(c.id)?.kind === "flow-control");
    expect(decodeAction(refine?.id)).toEqual({ kind: "flow-control", command: "refine" });
    await h.handled(() =>
      h.slack.blockAction({
        actionId: refine!.id,
        value: refine!.id,
        label: refine!.label,
        channel: "C0GENERAL",
        ephemeral: true,
        user: "U0ERIN001",
        responseUrl: h.fake.responseUrl("refine-click"),
      }),
    );
    const next = ephemeral("refine-click");
    // A new ephemeral message: the shortlist it was clicked under is not replaced.
    expect(next[0]?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(shown("refine-click")).toMatch(/Refining: I'll ask only what would change the top 3/);
  });

  it("a mention gets the same verdict in a thread on the mention", async () => {
    const ts = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({
          text: `<@${BOT.userId}> can we use llama 3.1 with 800M monthly users?`,
          channel: "C0GENERAL",
          ts,
          mention: true,
        }),
      ),
    );
    const posts = h.fake.posts().filter((c) => c.params.thread_ts === ts);
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((p) => p.ok)).toBe(true);
    expect(posts.flatMap((p) => readableText(p.params.blocks as Json)).join("\n")).toMatch(/Blocked: Llama 3\.1/);
  });
});

describe("Slack thread follow-ups with the real advisor", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ advisor: createAdvisor({ catalog: readCatalog() }) });
  });
  afterAll(async () => h?.close());

  it("answers a real follow-up without a mention but keeps quiet on thanks and chatter", async () => {
    const root = nextTs();
    const inThread = () => h.fake.posts().filter((c) => c.params.thread_ts === root);
    await h.handled(() =>
      h.slack.event(
        messageEvent({ text: `<@${BOT.userId}> price of gpt-4o`, channel: "C0GENERAL", ts: root, mention: true }),
      ),
    );
    const afterAnswer = inThread().length;
    expect(afterAnswer).toBeGreaterThan(0);
    await h.handled(() =>
      h.slack.event(messageEvent({ text: "thanks!", channel: "C0GENERAL", threadTs: root, user: "U0BOB0001" })),
    );
    await h.handled(() =>
      h.slack.event(
        messageEvent({ text: "lol ok, see you at lunch", channel: "C0GENERAL", threadTs: root, user: "U0BOB0001" }),
      ),
    );
    expect(inThread()).toHaveLength(afterAnswer);
    await h.handled(() =>
      h.slack.event(messageEvent({ text: "and the licence of gpt-4o?", channel: "C0GENERAL", threadTs: root })),
    );
    expect(inThread().length).toBeGreaterThan(afterAnswer);
    expect(
      inThread()
        .slice(afterAnswer)
        .flatMap((p) => readableText(p.params.blocks as Json))
        .join("\n"),
    ).toMatch(/GPT-4o/);
  });
});
