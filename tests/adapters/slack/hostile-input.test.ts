// Hostile input through the whole Slack path with the real advisor: random and nasty messages as
// mentions, DMs and slash commands. Every reply must be accepted by Slack (the fake enforces Block
// Kit's limits) and nothing in it may ping anyone.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdvisor } from "../../../src/advisor.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { BOT } from "../../helpers/fake-slack.js";
import { messageEvent, nextTs, slackEscape } from "../../helpers/fake-slack-requests.js";
import { startSlackHarness, type SlackHarness } from "../../helpers/fake-slack-harness.js";

const PINGS = ["<!channel", "<!here", "<!everyone", "<@U", "<#C", "<!subteam", "@here", "@everyone", "@channel"];
const NASTY = [
  "<!channel> price of gpt-4o",
  "@here compare gpt-4o and <@U0BOB0001>",
  "licence of [llama](javascript:alert(1)) **bold** _x_ `code` <https://evil.example|click>",
  "cost of gpt-4o at 10M tokens <!subteam^S123|@team> &amp;&lt;&gt;",
  "tell me about " + "🦙".repeat(3000),
  "compare " + Array.from({ length: 60 }, (_, i) => `model-${i}`).join(", "),
  "\u202eevil\u202c price of gpt-4o\u0000",
];

describe("hostile input through Slack", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ advisor: createAdvisor({ catalog: readCatalog() }) });
  });
  afterAll(async () => h?.close());

  function expectAcceptedAndSafe(fromIndex: number, responsesFrom: number) {
    const calls = h.fake.calls.slice(fromIndex).filter((c) => c.method.startsWith("chat."));
    const responses = h.fake.responses.slice(responsesFrom);
    expect(calls.length + responses.length).toBeGreaterThan(0);
    for (const c of calls) expect(c.ok, `${c.method}: ${c.error}`).toBe(true);
    for (const r of responses) expect(r.ok).toBe(true);
    const wire = JSON.stringify([calls.map((c) => c.params), responses.map((r) => r.body)]);
    for (const ping of PINGS) expect(wire).not.toContain(ping);
  }

  it("known nasty messages, as mentions and slash commands", async () => {
    for (const [i, text] of NASTY.entries()) {
      const calls = h.fake.calls.length;
      const responses = h.fake.responses.length;
      await h.handled(() =>
        h.slack.event(
          messageEvent({ text: `<@${BOT.userId}> ${text}`, channel: "C0GENERAL", ts: nextTs(), mention: true }),
        ),
      );
      await h.handled(() => h.slack.slashCommand({ text, responseUrl: h.fake.responseUrl(`nasty-${i}`) }));
      expectAcceptedAndSafe(calls, responses);
    }
  });

  it("random text as DMs", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: "grapheme", maxLength: 300 }),
          fc.constantFrom(...NASTY),
        ),
        async (text) => {
          const calls = h.fake.calls.length;
          await h.handled(() =>
            h.slack.event(messageEvent({ text: slackEscape(text), channel: "D0ALICE01", im: true })),
          );
          expectAcceptedAndSafe(calls, h.fake.responses.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
