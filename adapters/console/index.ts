// The terminal adapter (hubot-style): input and output streams are injected, so the same code
// serves an interactive prompt, piped stdin (one message per line, ends at EOF) and headless tests.
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ConversationRef, InboundMessage, OutboundMessage } from "../../src/ports.js";
import type { TurnOutcome } from "../shared/run-turn.js";
import type { LineHistory } from "./history.js";
import { HISTORY_SIZE } from "./history.js";
import { toInbound } from "./inbound.js";
import { renderTurn, type NumberedChoice } from "./render.js";

export interface ConsoleAdapterOptions {
  input: Readable;
  output: Writable;
  runTurn: (inbound: InboundMessage) => Promise<TurnOutcome>;
  /** Conversation name (`--session NAME`); the session key is console:-:<channel>:-. */
  channel?: string;
  /**
   * Team profile name (`--profile NAME`): the terminal's workspace, so its standing facts are
   * kept apart from other profiles' (session key console:<profile>:<channel>:-).
   */
  profile?: string;
  user?: { id: string; name?: string };
  /** Show a prompt and a greeting (a TTY); false for piped input and tests. */
  interactive?: boolean;
  /**
   * Line editing as in a shell (arrow keys, history, Ctrl-C clears the line, Ctrl-D leaves).
   * Defaults to on for an interactive TTY; tests turn it on over a plain stream and send key codes.
   */
  lineEditing?: boolean;
  /** Earlier lines for the up arrow, kept across sessions (line editing only). */
  history?: LineHistory;
  prompt?: string;
  /** Called with each turn's replies after they are printed (e.g. to write charts). */
  onReplies?: (replies: OutboundMessage[]) => Promise<void> | void;
  now?: () => Date;
  newMessageId?: () => string;
}

export interface ConsoleAdapter {
  readonly ref: ConversationRef;
  /** Reads lines until EOF (or "quit"), answering each in order. */
  run(): Promise<void>;
  /** Sends one message as if typed (numbers pick choices); resolves with the printed text. */
  say(line: string): Promise<{ text: string; replies: OutboundMessage[]; choices: NumberedChoice[] }>;
  close(): void;
}

const QUIT = /^\s*(quit|exit|:q|bye)\s*$/i;

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const ref: ConversationRef = {
    platform: "console",
    channel: options.channel ?? "default",
    ...(options.profile ? { workspace: options.profile } : {}),
  };
  const user = options.user ?? { id: "console-user", name: "you" };
  const now = options.now ?? (() => new Date());
  const newMessageId = options.newMessageId ?? (() => randomUUID());
  const prompt = options.prompt ?? "you> ";
  let lastChoices: NumberedChoice[] = [];
  let closed = false;
  let rl: ReturnType<typeof createInterface> | undefined;

  const write = (text: string) =>
    new Promise<void>((resolve) => {
      if (text.length === 0) return resolve();
      options.output.write(text.endsWith("\n") ? text : `${text}\n`, () => resolve());
    });

  async function say(line: string) {
    const inbound = toInbound(line, lastChoices, { ref, user, messageId: newMessageId(), receivedAt: now() });
    const outcome = await options.runTurn(inbound);
    const rendered = renderTurn(outcome.replies);
    // Keep the previous numbering when a turn shows no new choices, so "2" still means the same.
    if (rendered.choices.length > 0) lastChoices = rendered.choices;
    await write(rendered.text);
    if (rendered.choices.length > 0 && options.interactive) await write("(type a number to pick an option)");
    // A blank line between turns keeps one answer from running into the next.
    await write("\n");
    await options.onReplies?.(outcome.replies);
    return { text: rendered.text, replies: outcome.replies, choices: rendered.choices };
  }

  async function run() {
    // Line editing needs a real terminal on the other side; a prompt over a plain stream stays plain.
    const editing =
      options.lineEditing ?? (options.interactive === true && (options.input as { isTTY?: boolean }).isTTY === true);
    rl = editing
      ? createInterface({
          input: options.input,
          output: options.output,
          terminal: true,
          prompt,
          history: options.history?.load() ?? [],
          historySize: HISTORY_SIZE,
          removeHistoryDuplicates: true,
        })
      : createInterface({ input: options.input, crlfDelay: Infinity, terminal: false });
    const showPrompt = () => (editing ? rl?.prompt() : options.output.write(prompt));
    if (editing) {
      // Ctrl-C clears what is typed, as in a shell; on an empty line it says how to leave.
      rl.on("SIGINT", () => {
        const typed = rl?.line ?? "";
        rl?.write(null, { ctrl: true, name: "e" });
        rl?.write(null, { ctrl: true, name: "u" });
        options.output.write(typed === "" ? '\n(Ctrl-D or "quit" leaves)\n' : "\n");
        rl?.prompt();
      });
    }
    // Take the line iterator at once: lines that arrive while a greeting is being written would
    // otherwise be emitted before anyone listens, and be lost.
    const lines = rl[Symbol.asyncIterator]();
    if (options.interactive) {
      await write(
        'modelwise: ask me about LLM licences, prices, costs and comparisons. Type "help" for examples, "quit" to leave.',
      );
      showPrompt();
    }
    try {
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        const line = next.value;
        if (closed) break;
        // "quit" alone on a line ends the chat, typed or piped.
        if (QUIT.test(line)) break;
        // An empty line is no message: at a prompt it just asks again; in a piped file it is the
        // blank line between questions, which would otherwise print the whole help each time.
        if (line.trim() === "") {
          if (options.interactive) showPrompt();
          continue;
        }
        if (editing) options.history?.append(line);
        await say(line);
        if (options.interactive) showPrompt();
      }
    } finally {
      rl.close();
      if (options.interactive) await write("");
    }
  }

  return {
    ref,
    run,
    say,
    close() {
      closed = true;
      rl?.close();
    },
  };
}
