// Undoing a change inside a recommendation thread, in the words teams use: "forget the last change",
// "revert that", "scrap that what-if" take back the last what-if (never the whole conversation, and
// never "the last" model of a list), and with no change to take back the thread says so.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const SUPPORT =
  "we need a model for customer support chat in english, 20M tokens a month, api is fine, budget $500 a month";

const UNDO_WORDS = [
  "forget the last change",
  "revert that",
  "scrap that what-if",
  "take that back",
  "undo the last change please",
  "never mind that change",
  "drop my last edit",
];

describe("undoing a thread's last change", () => {
  it.each(UNDO_WORDS.map((w) => [w]))("'%s' after a what-if restores the requirements before it", (words) => {
    const c = chat(catalog);
    c.say(SUPPORT);
    const before = structuredClone(c.session.requirements);
    c.say("what if we double the traffic");
    expect(c.session.requirements.volume).not.toEqual(before.volume);
    const reply = c.say(words);
    expect(reply.data?.intent).toBe("recommend");
    expect(c.replies.map(textOf).join("\n")).toContain("Undone");
    expect(c.session.requirements).toEqual(before);
  });

  it("two changes are taken back one at a time", () => {
    const c = chat(catalog);
    c.say(SUPPORT);
    const first = structuredClone(c.session.requirements);
    c.say("what if we only want open models");
    const second = structuredClone(c.session.requirements);
    c.say("what if the budget is $100");
    c.say("revert that");
    expect(c.session.requirements).toEqual(second);
    c.say("forget the last change");
    expect(c.session.requirements).toEqual(first);
  });

  it.each([["undo that"], ["forget the last change"]])(
    "'%s' with no change made says there is none and keeps the thread",
    (words) => {
      const c = chat(catalog);
      c.say(SUPPORT);
      const before = structuredClone(c.session.requirements);
      const reply = c.say(words);
      expect(reply.data?.intent).toBe("flow-control");
      expect(textOf(reply)).toContain("There is no change to undo");
      expect(textOf(reply)).not.toContain("no guided recommendation running");
      expect(c.session.requirements).toEqual(before);
    },
  );

  it("'forget all that' still clears the conversation", () => {
    const c = chat(catalog);
    c.say(SUPPORT);
    c.say("what if we double the traffic");
    expect(c.say("forget all that").data?.intent).toBe("reset");
    expect(c.session.requirements).toEqual({});
  });
});
