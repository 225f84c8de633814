// Property tests over whole guided conversations: whatever mix of answers, skips, backs,
// restarts, stray text and side questions a user sends, every turn gets a reply, the flow state
// stays consistent, and plain answering always reaches the shortlist within 8 messages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUESTIONS, STEP_BY_ID } from "../../src/conversation/flows/steps.js";
import { chat, choicesOf, rankingOf, stepOf } from "./recommend-helpers.js";

const MOVES = [
  "1",
  "2",
  "3",
  "4",
  "skip",
  "back",
  "start over",
  "banana",
  "coding",
  "internal",
  "20M tokens a month",
  "$500",
  "what's the price of gpt-4o?",
  "double the traffic",
  "click-first",
  "click-last",
] as const;

describe("guided flow properties", () => {
  it("answering (by number, button or skip) reaches the shortlist within 8 messages", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("1", "2", "3", "skip", "click-first", "click-second"), {
          minLength: 12,
          maxLength: 12,
        }),
        (moves) => {
          const c = chat();
          let reply = c.say("help me choose a model");
          let lastTotal = Infinity;
          for (const move of moves) {
            if (!stepOf(reply)) break;
            // "Question n of N": N never grows as the flow goes on, and n never passes it.
            const flow = reply.data?.flow as { question: number; of: number };
            expect(flow.of).toBeLessThanOrEqual(lastTotal);
            expect(flow.question).toBeLessThanOrEqual(flow.of);
            lastTotal = flow.of;
            const options = choicesOf(reply);
            if (move === "click-first" && options[0]) reply = c.click(options[0].id, options[0].label);
            else if (move === "click-second" && options[1]) reply = c.click(options[1].id, options[1].label);
            else reply = c.say(move.startsWith("click") ? "skip" : move);
          }
          expect(stepOf(reply)).toBeNull();
          expect(c.turns).toBeLessThanOrEqual(MAX_QUESTIONS + 1);
          expect(reply.data?.intent).toBe("recommend");
          expect(Array.isArray(reply.data?.ranking)).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);

  it("any sequence of moves gets a reply every turn and keeps the flow state consistent", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MOVES), { minLength: 1, maxLength: 14 }), (moves) => {
        const c = chat();
        let reply = c.say("help me choose a model");
        for (const move of moves) {
          const options = choicesOf(reply);
          const last = options[options.length - 1];
          if (move === "click-first" && options[0]) reply = c.click(options[0].id, options[0].label);
          else if (move === "click-last" && last) reply = c.click(last.id, last.label);
          else reply = c.say(move.startsWith("click") ? "hello" : move);
          expect(typeof reply.data?.intent).toBe("string");
          expect(reply.fallbackText.length).toBeGreaterThan(0);
          for (const o of options) expect(o.id.length).toBeLessThanOrEqual(90);
          const flow = c.session.flow;
          if (flow) {
            // The step asked is a real step (or none after the shortlist); skipped steps are real steps.
            if (flow.step !== null) expect(STEP_BY_ID.has(flow.step)).toBe(true);
            for (const s of flow.skipped) expect(STEP_BY_ID.has(s)).toBe(true);
            // A question reply always matches the session's step.
            const asked = stepOf(reply);
            if (asked) expect(flow.step).toBe(asked);
          }
          for (const m of rankingOf(reply)) {
            expect(m.score).toBeGreaterThanOrEqual(0);
            expect(m.score).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
