// Drives the real terminal adapter headlessly (hubot-style injected streams) over the real
// catalogue, advisor and turn runner, with an in-memory session store.
import { PassThrough, Readable } from "node:stream";
import { createAdvisor } from "../../../src/advisor.js";
import { createConsoleAdapter, type ConsoleAdapter } from "../../../adapters/console/index.js";
import { runCli } from "../../../adapters/console/cli.js";
import { silentLogger } from "../../../adapters/shared/logger.js";
import { createMemorySessionStore } from "../../../adapters/shared/memory-session-store.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { createTurnRunner, type TurnRunner } from "../../../adapters/shared/run-turn.js";
import type { ContractDriver, ContractReply } from "../../helpers/adapter-contract.js";
import { TEST_NOW } from "../../helpers/test-day.js";

export function makeRunner(): TurnRunner {
  const advisor = createAdvisor({ catalog: readCatalog(), now: () => TEST_NOW });
  return createTurnRunner({ advisor, store: createMemorySessionStore(), logger: silentLogger });
}

/** A console adapter whose output is collected in a string. */
export function consoleUnderTest(runTurn: TurnRunner = makeRunner(), channel = "test") {
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const adapter = createConsoleAdapter({ input: new PassThrough(), output, runTurn, channel });
  return { adapter, printed: () => printed };
}

/** The contract driver: one adapter (conversation) per thread, clicks typed as the choice's number. */
export function makeConsoleDriver(): ContractDriver {
  const runTurn = makeRunner();
  const adapters = new Map<string, ConsoleAdapter>();
  let last: { adapter: ConsoleAdapter; choices: { number: number; id: string }[] } | undefined;

  const toReplies = (said: Awaited<ReturnType<ConsoleAdapter["say"]>>): ContractReply[] => {
    // One reply per outbound message, each with the numbered choices it showed.
    let offset = 0;
    return said.replies.map((reply) => {
      const count = reply.blocks.reduce((n, b) => n + (b.kind === "choices" ? b.options.length : 0), 0);
      const mine = said.choices.slice(offset, offset + count);
      offset += count;
      return {
        text: consoleText(said.text, said.replies.length, reply.fallbackText),
        ...(reply.data ? { data: reply.data } : {}),
        choices: mine.map((c) => ({ id: c.id, label: c.label })),
      };
    });
  };

  return {
    async send(text, opts) {
      const thread = opts?.thread ?? "main";
      let adapter = adapters.get(thread);
      if (!adapter) {
        adapter = createConsoleAdapter({
          input: new PassThrough(),
          output: new PassThrough().resume(),
          runTurn,
          channel: thread,
        });
        adapters.set(thread, adapter);
      }
      const said = await adapter.say(text);
      if (said.choices.length > 0) last = { adapter, choices: said.choices };
      return toReplies(said);
    },
    async click(actionId) {
      const choice = last?.choices.find((c) => c.id === actionId);
      if (!last || !choice) throw new Error(`no choice ${actionId} on screen`);
      // In the terminal a click is typing the option's number.
      const said = await last.adapter.say(String(choice.number));
      if (said.choices.length > 0) last = { adapter: last.adapter, choices: said.choices };
      return toReplies(said);
    },
    async close() {
      for (const a of adapters.values()) a.close();
    },
  };
}

// The console prints all replies of a turn together; with one reply that text is the reply's.
function consoleText(printed: string, replyCount: number, fallback: string): string {
  return replyCount === 1 ? printed : fallback;
}

/** Runs the CLI in-process with collected stdout/stderr. */
export async function cli(argv: string[], stdinLines: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const stdin = Readable.from(stdinLines.map((l) => `${l}\n`));
  const code = await runCli(argv, { stdin, stdout, stderr, env });
  return { code, out, err };
}
