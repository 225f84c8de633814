// Bad input never crashes the bot and never gets an unfriendly or pinging reply: a corpus of
// naughty strings through the terminal adapter, and property tests (fast-check) over the core.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAdvisor } from "../../src/advisor.js";
import { newSession, type Session } from "../../src/conversation/session.js";
import type { InboundMessage } from "../../src/ports.js";
import { renderPlainText } from "../../src/render/plain-text.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { transcript } from "./console-transcript.js";
import { TEST_NOW } from "../helpers/test-day.js";

const PINGS = ["@everyone", "@here", "<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@&42>"];
const NAUGHTY = [
  "",
  "   \t   ",
  "x".repeat(10_000),
  "price of " + "gpt-4o ".repeat(1500),
  "🤖🔥💸 which model 🦙?",
  "👨‍👩‍👧‍👦".repeat(500),
  "gpt\u0000-4o\u0007 \u001b[31m price\u0008\r",
  "\u202Eevil\u202C llama",
  "@everyone <!channel> <@U123> @here <!here> <@&42>",
  "tell me about @everyone",
  "price of <!channel>",
  "compare <@U123> and @here",
  "undefined",
  "null",
  "NaN",
  "[object Object]",
  "'; DROP TABLE models; --",
  "<script>alert(1)</script>",
  "{{7*7}} ${7*7}",
  "what does blarg-omega-77 cost",
  "1",
  "999",
  "the 42nd one",
  "compare " + Array.from({ length: 30 }, (_, i) => `model-${i}`).join(" and "),
  "cost at 99999999999999999999 tokens a month of gpt-4o",
  "cost of gpt-4o at -5M tokens",
  "Ｇｐｔ－４ｏ price",
];

function expectFriendly(text: string): void {
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text).not.toMatch(/\bError:|\n\s+at \S+ \(|TypeError|ReferenceError|\[object Object\]|\bNaN\b|\bundefined\b/);
  for (const ping of PINGS) expect(text).not.toContain(ping);
}

describe("bad input through the terminal", () => {
  it("every naughty line gets a friendly reply that pings no one", async () => {
    const { turns } = await transcript(NAUGHTY);
    // A blank line is no message in the terminal (it is skipped, tests/adapters/console/cli-newcomer);
    // every other line is one turn. The core's answer to blank text is checked below.
    expect(turns).toHaveLength(NAUGHTY.filter((line) => line.trim() !== "").length);
    for (const turn of turns) {
      expect(turn.replies.length, `reply to ${JSON.stringify(turn.said.slice(0, 40))}`).toBeGreaterThan(0);
      expect(turn.data?.intent).toBeTruthy();
      const text = turn.replies.map((r) => renderPlainText(r).chunks.join("\n")).join("\n");
      expectFriendly(text);
      // Nothing long is echoed back.
      expect(text).not.toContain("x".repeat(200));
    }
  }, 60_000);
});

describe("bad input: properties over the core", () => {
  const advisor = createAdvisor({ catalog: readCatalog(), now: () => TEST_NOW });
  const message = (text: string, action?: string): InboundMessage => ({
    ref: { platform: "console", channel: "prop" },
    user: { id: "u" },
    text,
    messageId: "m",
    receivedAt: TEST_NOW,
    ...(action ? { action: { id: action } } : {}),
  });
  const pingy = fc.constantFrom(
    ...PINGS,
    "llama",
    "gpt-4o",
    "price",
    "compare",
    "cost",
    "licence",
    "1",
    "2",
    "the second one",
    "10M tokens",
    "🦙",
  );
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 100 }),
    fc.array(pingy, { maxLength: 8 }).map((w) => w.join(" ")),
  );

  it("any text gets at least one reply with data, friendly and ping-free, and a valid next session", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (lines) => {
        let session: Session = newSession(TEST_NOW);
        for (const line of lines) {
          const result = advisor.handleTurn(session, message(line));
          expect(result.replies.length).toBeGreaterThan(0);
          for (const reply of result.replies) {
            expect(reply.data?.intent).toBeTruthy();
            expectFriendly(renderPlainText(reply).chunks.join("\n"));
            // The core itself never emits a raw mention, whatever a renderer later does.
            const raw = JSON.stringify(reply.blocks) + reply.fallbackText;
            for (const ping of PINGS) expect(raw).not.toContain(ping);
          }
          session = result.session;
          expect(session.turns).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("blank text sent to the core (a platform that passes it on) gets a friendly reply", () => {
    for (const blank of ["", "   \t   "]) {
      const result = advisor.handleTurn(newSession(TEST_NOW), message(blank));
      expect(result.replies.length).toBeGreaterThan(0);
      for (const reply of result.replies) expectFriendly(renderPlainText(reply).chunks.join("\n"));
    }
  });

  it("any action id (forged or stale clicks) gets a friendly reply", () => {
    const action = fc.oneof(
      fc.string({ maxLength: 95 }),
      fc.string({ maxLength: 40 }).map((s) => `pick:${s}`),
      fc.string({ maxLength: 40 }).map((s) => `ask:${s}`),
      fc.string({ maxLength: 40 }).map((s) => `flow:${s}`),
    );
    fc.assert(
      fc.property(action, fc.string({ maxLength: 50 }), (id, label) => {
        const result = advisor.handleTurn(newSession(TEST_NOW), message(label, id));
        expect(result.replies.length).toBeGreaterThan(0);
        for (const reply of result.replies) expectFriendly(renderPlainText(reply).chunks.join("\n"));
      }),
      { numRuns: 150 },
    );
  });
});
