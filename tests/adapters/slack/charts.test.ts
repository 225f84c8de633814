// A real break-even answer in a Slack thread: the chart is rendered to PNG (the real renderer)
// and uploaded into the thread with files.uploadV2, between the text before and after it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdvisor } from "../../../src/advisor.js";
import { renderChartPng } from "../../../adapters/shared/chart/render-png.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { BOT } from "../../helpers/fake-slack.js";
import { messageEvent, nextTs } from "../../helpers/fake-slack-requests.js";
import { startSlackHarness, type SlackHarness } from "../../helpers/fake-slack-harness.js";
import { readableText } from "../../helpers/fake-slack-driver.js";
import { warmUpCharts } from "../../helpers/chart-warm-up.js";

type Json = Parameters<typeof readableText>[0];

describe("charts in Slack with the real advisor", () => {
  let h: SlackHarness;
  // Room for the first chart's module load (chart-warm-up.ts), which waits on the machine.
  beforeAll(async () => {
    h = await startSlackHarness({ advisor: createAdvisor({ catalog: readCatalog() }), renderChartPng });
    await warmUpCharts();
  }, 120_000);
  afterAll(async () => h?.close());

  it(
    "a break-even question in a thread gets text, a chart image in the thread, then the rest",
    { timeout: 60_000 },
    async () => {
      const root = nextTs();
      const from = h.fake.calls.length;
      await h.handled(() =>
        h.slack.event(
          messageEvent({
            text: `<@${BOT.userId}> break-even of llama 3.1 70b vs gpt-4o`,
            channel: "C0GENERAL",
            ts: root,
            mention: true,
          }),
        ),
      );
      const calls = h.fake.calls.slice(from);
      const order = calls
        .map((c) => c.method)
        .filter((m) => m === "chat.postMessage" || m === "files.completeUploadExternal");
      expect(order[0]).toBe("chat.postMessage");
      // A failed upload falls back to text bars and logs why; show that reason if it happens.
      expect(h.logLines.filter((line) => line.includes("upload failed"))).toEqual([]);
      expect(order).toContain("files.completeUploadExternal");
      expect(order.at(-1)).toBe("chat.postMessage");
      const complete = calls.find((c) => c.method === "files.completeUploadExternal")!;
      expect(complete.params).toMatchObject({ channel_id: "C0GENERAL", thread_ts: root });
      const fileId = (complete.params.files as { id: string; title: string }[])[0]!;
      expect(fileId.title.length).toBeGreaterThan(0);
      expect(h.fake.uploads.find((u) => u.id === fileId.id)?.head).toContain("\x89PNG");
      const text = calls
        .filter((c) => c.method === "chat.postMessage")
        .flatMap((c) => readableText(c.params.blocks as Json))
        .join("\n");
      expect(text).toMatch(/Llama 3\.1 70B/);
      expect(text).toMatch(/Sources/);
    },
  );

  it("the same question as a slash command shows the chart as text, privately", async () => {
    await h.handled(() =>
      h.slack.slashCommand({
        text: "break-even of llama 3.1 70b vs gpt-4o",
        responseUrl: h.fake.responseUrl("be-cmd"),
      }),
    );
    const replies = h.fake.responses.filter((r) => r.id === "be-cmd");
    expect(replies.every((r) => r.ok && r.body.response_type === "ephemeral")).toBe(true);
    expect(replies.flatMap((r) => readableText(r.body.blocks as Json)).join("\n")).toContain("```");
  });
});
