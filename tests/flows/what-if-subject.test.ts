// A what-if that changes the thread ("what if it must run on laptops") re-ranks without a
// "Why not X?" paragraph for every model "it" could stand for; a model it names is still asked about.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

describe("what-if subject", () => {
  it("a change that names no model answers the change only", () => {
    const c = chat(catalog);
    c.say("recommend something for coding agents, internal data, 80M tokens a month");
    c.say("what if it must run on laptops");
    const all = c.replies.map(textOf).join("\n");
    expect(all).toContain("What if:");
    expect(all).not.toContain("Why not");
    expect(c.session.requirements.onDevice).toBe(true);
  });

  it("a change that names a model still says where that model stands", () => {
    const c = chat(catalog);
    c.say("recommend something for coding agents, internal data, 80M tokens a month");
    c.say("what if claude sonnet 4.5 is off the table");
    expect(c.session.requirements.exclude?.models).toEqual(["claude-sonnet-4.5"]);
    c.say("why not gpt-5?");
    expect(c.replies.map(textOf).join("\n")).toContain("Why not GPT-5?");
  });
});
