// Watching through conversations with the real advisor and catalogue: a shortlist starts watching
// its top 3 (and says so), a decision record keeps the same watch, "watch X" adds, "stop watching X"
// drops one, "stop watching" ends it and a later shortlist does not start it again until asked;
// a reset keeps the thread's watch.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();
const ASK = "which model for a customer support chatbot, 20M tokens a month, commercial, API is fine?";

describe("watching a decision", () => {
  it("a shortlist watches its top 3 with the decision; the record keeps it; watch adds, stop drops one; a reset keeps it", () => {
    const c = chat(catalog);
    const shortlist = c.say(ASK);
    const top = (shortlist.data?.models ?? []).map((m) => m.id);
    expect(top).toHaveLength(3);
    expect(c.session.watch?.models.map((m) => m.id)).toEqual(top);
    expect(c.session.watch?.decision?.top).toEqual(top);
    expect(shortlist.fallbackText).toContain("This thread now watches");
    const since = c.session.watch?.since;

    const record = c.say("summarize");
    expect(record.data?.intent).toBe("decision-record");
    expect(record.fallbackText).not.toContain("This thread now watches");
    expect(c.session.watch?.since).toBe(since);

    expect(c.say("also watch gpt-4o").fallbackText).toContain("Watching GPT-4o in this thread");
    expect(c.session.watch?.models.map((m) => m.id)).toEqual([...top, "gpt-4o"]);
    expect(c.say("what are we watching?").fallbackText).toMatch(/GPT-4o: .*OpenAI \$2\.50 \/ 1M in/);

    expect(c.say("stop watching gpt-4o").fallbackText).toContain("Stopped watching GPT-4o.");
    expect(c.session.watch?.models.map((m) => m.id)).toEqual(top);

    c.say("start over");
    expect(c.session.watch?.models.map((m) => m.id)).toEqual(top);
  });

  it('"stop watching" ends it, and a later shortlist does not start it again until asked', () => {
    const c = chat(catalog);
    const top = (c.say(ASK).data?.models ?? []).map((m) => m.id);
    expect(c.say("stop watching").fallbackText).toContain("No more alerts will be posted in this thread.");
    expect(c.session.watch).toBeNull();
    const again = c.say(ASK);
    expect(again.data?.ranking).toBeDefined();
    expect(again.fallbackText).not.toContain("This thread now watches");
    expect(c.session.watch).toBeNull();

    c.say("watch them");
    expect(c.session.watch?.models.map((m) => m.id)).toEqual(top);
    expect(c.session.watchOff).toBe(false);
  });

  it("watching needs models: none named and none discussed asks which", () => {
    const c = chat(catalog);
    expect(c.say("watch for changes").fallbackText).toContain("Which models should I watch?");
    expect(c.session.watch ?? null).toBeNull();
  });
});
