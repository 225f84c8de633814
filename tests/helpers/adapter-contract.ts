// The behaviour every front end (terminal, Slack, Discord) must show, whatever its payloads look
// like. Each adapter's test supplies a driver that talks to the REAL adapter (through its fake
// platform where there is one) and flattens what the user would see into text + choices.
//
// Usage (in tests/adapters/<platform>/contract.test.ts):
//   runAdapterContract("slack", async () => makeSlackDriver());
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerData } from "../../src/ports.js";
import { kindOf } from "./action-ids.js";

export interface ContractChoice {
  /** The action id a click sends (src/action-id.ts encodes and decodes it). */
  id: string;
  label: string;
}

export interface ContractReply {
  /** Everything the user would read in this reply, flattened to text (blocks, fields, context). */
  text: string;
  /** The neutral answer data, when the driver can see it (terminal --json, captured payload). */
  data?: AnswerData;
  /** Buttons / select options / numbered choices shown with this reply. */
  choices: ContractChoice[];
}

export interface ContractDriver {
  /** Send a message as a user; resolves with every reply the bot produced for it. */
  send(text: string, opts?: { thread?: string; user?: string }): Promise<ContractReply[]>;
  /** Click a choice (by action id) shown in an earlier reply of the same conversation. */
  click(actionId: string): Promise<ContractReply[]>;
  close(): Promise<void>;
}

export interface ContractOptions {
  /**
   * false when the platform never delivers an empty message (e.g. Discord drops empty content);
   * the empty-input case is then skipped rather than faked.
   */
  deliversEmptyMessages?: boolean;
}

/** Model names the contract asks about; they must exist in catalog/. */
export const CONTRACT_MODEL = { query: "gpt-4o", name: /GPT-4o/i };
export const CONTRACT_UNKNOWN = "zorblaxian-ultra-9000";

const PINGS = ["@everyone", "@here", "<!channel>", "<!here>", "<!everyone>", "<@U123>"];
const AS_OF_DATE = /\b(19|20)\d{2}-\d{2}(-\d{2})?\b/;

export function allText(replies: ContractReply[]): string {
  return replies.map((r) => r.text).join("\n");
}

export function allChoices(replies: ContractReply[]): ContractChoice[] {
  return replies.flatMap((r) => r.choices);
}

/** A reply a person can read without learning anything about our internals. */
export function expectFriendly(replies: ContractReply[]): void {
  expect(replies.length).toBeGreaterThan(0);
  const text = allText(replies);
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text).not.toMatch(/\bError:/);
  expect(text).not.toMatch(/\n\s+at\s+\S+\s*\(?\S*:\d+:\d+\)?/); // stack frame
  expect(text).not.toMatch(/\b(TypeError|ReferenceError|SyntaxError|ZodError|undefined is not|Cannot read propert)/);
  expect(text).not.toMatch(/\[object Object\]|\bNaN\b/);
}

export function expectNoPings(replies: ContractReply[]): void {
  const text = allText(replies);
  for (const ping of PINGS) expect(text, `reply must not contain ${ping}`).not.toContain(ping);
}

export function runAdapterContract(
  name: string,
  makeDriver: () => Promise<ContractDriver>,
  options: ContractOptions = {},
): void {
  describe(`adapter contract: ${name}`, () => {
    let driver: ContractDriver;
    beforeAll(async () => {
      driver = await makeDriver();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it("answers help with choices to click", async () => {
      const replies = await driver.send("help", { thread: "contract-help" });
      expectFriendly(replies);
      const choices = allChoices(replies);
      expect(choices.length).toBeGreaterThan(0);
      for (const choice of choices) {
        expect(choice.id.length).toBeLessThanOrEqual(90);
        expect(choice.id).toMatch(/^[\x21-\x7e]+$/); // ASCII, no spaces
        expect(choice.label.trim().length).toBeGreaterThan(0);
      }
    });

    it("a model-info answer names the model and shows sources with an as-of date", async () => {
      const replies = await driver.send(`tell me about ${CONTRACT_MODEL.query}`, { thread: "contract-info" });
      expectFriendly(replies);
      const text = allText(replies);
      expect(text).toMatch(CONTRACT_MODEL.name);
      expect(text).toMatch(/source/i);
      expect(text).toMatch(AS_OF_DATE);
    });

    it("a price answer shows a price with its source and date", async () => {
      const replies = await driver.send(`price of ${CONTRACT_MODEL.query}`, { thread: "contract-price" });
      expectFriendly(replies);
      const text = allText(replies);
      expect(text).toMatch(/\$\d/);
      expect(text).toMatch(/source/i);
      expect(text).toMatch(AS_OF_DATE);
    });

    it("an unknown model gets suggestions", async () => {
      const replies = await driver.send(`tell me about ${CONTRACT_UNKNOWN}`, { thread: "contract-unknown" });
      expectFriendly(replies);
      expect(allChoices(replies).length).toBeGreaterThan(0);
    });

    it("a clicked choice continues the conversation", async () => {
      const thread = "contract-click";
      const help = await driver.send("help", { thread });
      const choice = allChoices(help).find((c) => kindOf(c.id) === "ask") ?? allChoices(help)[0];
      expect(choice, "help should offer at least one choice").toBeDefined();
      const replies = await driver.click(choice!.id);
      expectFriendly(replies);
      // The click must lead somewhere new, not just repeat the help text.
      expect(allText(replies)).not.toEqual(allText(help));
    });

    const badInputs: [string, string][] = [
      ["whitespace only", "   \t  "],
      ["10,000 characters", "price ".repeat(1667).slice(0, 10_000)],
      ["emoji", "🤖🔥💸 which model 🦙?"],
      ["control characters", "gpt\u0000-4o\u0007 \u001b[31m price\u0008\r"],
      ["mention pings", "@everyone <!channel> <@U123> @here <!here>"],
      ["unknown model", "what does blarg-omega-77 cost"],
    ];
    if (options.deliversEmptyMessages !== false) badInputs.unshift(["empty", ""]);

    for (const [label, input] of badInputs) {
      it(`bad input (${label}) gets a friendly reply that pings no one`, async () => {
        const replies = await driver.send(input, { thread: `contract-bad-${label.replace(/\W+/g, "-")}` });
        expectFriendly(replies);
        expectNoPings(replies);
      });
    }
  });
}
