// The team profile through the real Bolt app: standing facts said in one thread of a workspace
// are applied, and named, in a thread of another channel of the same workspace.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdvisor } from "../../../src/advisor.js";
import { createMemorySessionStore } from "../../../adapters/shared/memory-session-store.js";
import { profileKey } from "../../../adapters/shared/profile-store.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { BOT } from "../../helpers/fake-slack.js";
import { messageEvent, nextTs } from "../../helpers/fake-slack-requests.js";
import { startSlackHarness, type SlackHarness } from "../../helpers/fake-slack-harness.js";
import { readableText } from "../../helpers/fake-slack-driver.js";

type Json = Parameters<typeof readableText>[0];

describe("team profile in Slack", () => {
  let h: SlackHarness;
  const store = createMemorySessionStore();
  beforeAll(async () => {
    h = await startSlackHarness({ advisor: createAdvisor({ catalog: readCatalog() }), store });
  });
  afterAll(async () => h?.close());

  const threadText = (channel: string, root: string) =>
    [...h.fake.messages.values()]
      .filter((m) => m.channel === channel && m.thread_ts === root)
      .flatMap((m) => readableText(m.blocks as Json))
      .join("\n");

  it("is set in a thread of one channel and applied in a thread of another", async () => {
    const first = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({
          text: `<@${BOT.userId}> remember: we're an EU company, we handle patient data, ~2M monthly users, no ops staff`,
          channel: "C0PROFA",
          ts: first,
          mention: true,
        }),
      ),
    );
    expect(threadText("C0PROFA", first)).toMatch(/Saved to your team profile: \*?EU, regulated data \(medical\)/);
    expect(await store.get(profileKey({ platform: "slack", workspace: BOT.teamId, channel: "any" }))).toBeDefined();

    const second = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({
          text: `<@${BOT.userId}> can we use Llama 3.2 11B Vision?`,
          channel: "C0PROFB",
          ts: second,
          mention: true,
        }),
      ),
    );
    const answer = threadText("C0PROFB", second);
    expect(answer).toMatch(/Blocked: Llama 3\.2 11B Vision/);
    expect(answer).toMatch(/Using your team profile: EU, regulated data \(medical\), ~2M monthly users/);
  });

  it("keeps the zero-retention rule: a shortlist in another channel applies it and says where the data goes", async () => {
    const first = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({
          text: `<@${BOT.userId}> remember: no provider may keep our prompts or train on our data`,
          channel: "C0PROFC",
          ts: first,
          mention: true,
        }),
      ),
    );
    expect(threadText("C0PROFC", first)).toMatch(/Saved to your team profile: \*?zero data retention/);

    const second = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({
          text: `<@${BOT.userId}> recommend a model for customer chat, 10M tokens a month`,
          channel: "C0PROFD",
          ts: second,
          mention: true,
        }),
      ),
    );
    const answer = threadText("C0PROFD", second);
    expect(answer).toMatch(/Using your team profile: [^\n]*zero data retention/);
    expect(answer).toMatch(/Where your data goes/);
  });
});
