// The app manifest asks for exactly the scopes the adapter uses, each with its reason, and
// subscribes to exactly the events the adapter listens to.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderManifest } from "../../../adapters/slack/manifest-text.js";
import { capabilitySummaries } from "../../../src/intents/registry/index.js";

const manifest = readFileSync(new URL("../../../adapters/slack/manifest.yml", import.meta.url), "utf8");

function listAfter(key: string): { item: string; comment: string }[] {
  const lines = manifest.split("\n");
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  const indent = lines[start + 1]!.search(/\S/);
  const out: { item: string; comment: string }[] = [];
  let comment = "";
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "") continue;
    if (line.search(/\S/) < indent) break;
    if (line.trim().startsWith("#")) comment += line.trim();
    else if (line.trim().startsWith("- ")) {
      out.push({ item: line.trim().slice(2), comment });
      comment = "";
    }
  }
  return out;
}

describe("Slack app manifest", () => {
  it("requests exactly the bot scopes the adapter needs, each justified in a comment", () => {
    const scopes = listAfter("bot");
    expect(scopes.map((s) => s.item).sort()).toEqual([
      "app_mentions:read",
      "channels:history",
      "chat:write",
      "commands",
      "files:write",
      "groups:history",
      "im:history",
    ]);
    for (const s of scopes) expect(s.comment.length, `${s.item} needs a reason`).toBeGreaterThan(10);
  });

  it("subscribes to the events the adapter handles", () => {
    expect(
      listAfter("bot_events")
        .map((e) => e.item)
        .sort(),
    ).toEqual(["app_mention", "message.channels", "message.groups", "message.im"]);
  });

  it("points the command, events and interactivity at /slack/events", () => {
    const urls = [...manifest.matchAll(/^\s*(?:request_)?url: (\S+)$/gm)].map((m) => m[1]);
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(manifest).toContain("command: /modelwise");
  });

  it("describes what the intent registry answers (after changing the registry: npm run slack:manifest)", () => {
    expect(renderManifest(manifest), "manifest.yml has drifted from the intent registry").toBe(manifest);
    const unfolded = manifest.replace(/\n {4}/g, " ");
    for (const summary of capabilitySummaries()) expect(unfolded).toContain(summary);
  });

  it("rewrites a stale description from the registry", () => {
    const stale = manifest.replace(/(long_description: >-\n {4}).*\n/, "$1something the registry never said\n");
    expect(stale).not.toBe(manifest);
    expect(renderManifest(stale)).toBe(manifest);
  });
});
