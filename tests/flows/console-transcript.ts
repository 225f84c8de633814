// Runs a whole conversation through the real terminal adapter with injected streams: the lines
// are piped in as a user would type them, the printed transcript is collected, and each turn's
// neutral replies are recorded (from the real turn runner) so tests can assert on their data.
import { PassThrough, Readable } from "node:stream";
import { createAdvisor } from "../../src/advisor.js";
import type { AnswerData, OutboundMessage } from "../../src/ports.js";
import { createConsoleAdapter } from "../../adapters/console/index.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { createMemorySessionStore } from "../../adapters/shared/memory-session-store.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { TEST_NOW } from "../helpers/test-day.js";

export interface Turn {
  said: string;
  replies: OutboundMessage[];
  /** The first reply's data (most turns have one reply). */
  data: AnswerData | undefined;
}

export interface Transcript {
  turns: Turn[];
  /** Everything printed to the terminal. */
  printed: string;
}

export async function transcript(lines: string[]): Promise<Transcript> {
  // No warm-up, as the terminal itself makes its advisor (adapters/console/runtime.ts).
  const advisor = createAdvisor({ catalog: readCatalog(), now: () => TEST_NOW, warmUp: false });
  const runner = createTurnRunner({ advisor, store: createMemorySessionStore(), logger: silentLogger });
  const turns: Turn[] = [];
  const output = new PassThrough();
  let printed = "";
  output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
  const adapter = createConsoleAdapter({
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    channel: "flow",
    runTurn: async (inbound) => {
      const outcome = await runner(inbound);
      turns.push({
        said: inbound.action ? `${inbound.action.id}` : inbound.text,
        replies: outcome.replies,
        data: outcome.replies.find((r) => r.data)?.data,
      });
      return outcome;
    },
  });
  await adapter.run();
  return { turns, printed };
}

export const ids = (data: AnswerData | undefined): string[] => (data?.models ?? []).map((m) => m.id);
