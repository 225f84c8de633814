// The `modelwise` command: `chat` (interactive, or piped stdin one message per line) and
// `ask "question"` (one shot; --json prints { text, data }; --chart writes the chart as PNG).
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { Command, CommanderError } from "commander";
import type { Block, OutboundMessage } from "../../src/ports.js";
import { ConfigError } from "../shared/config.js";
import { CatalogError } from "../../src/catalog/load.js";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../shared/package-root.js";
import { addCatalogCommand } from "./catalog-command.js";
import { fileHistory } from "./history.js";
import { createConsoleAdapter } from "./index.js";
import { renderReply, renderTurn } from "./render.js";
import { createConsoleRuntime, StoreOpenError, type ConsoleRuntimeOptions } from "./runtime.js";
import { strayWordsMessage } from "./stray-words.js";

export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  env?: NodeJS.ProcessEnv;
  /** Test hook: extra runtime options (catalogue dir, clock). */
  runtime?: Omit<ConsoleRuntimeOptions, "session" | "profile" | "env">;
}

const HELP_EXAMPLES = `
Examples:
  modelwise                                   chat in the terminal (up arrow: earlier questions)
  modelwise chat --session acme               a conversation you can resume after a restart
  modelwise chat --profile acme               standing facts ("remember: we're an EU company") kept for team acme
  modelwise ask "price of gpt-4o"
  modelwise ask "can we fine-tune llama 3.1 70b with 800M monthly users?"
  modelwise ask "compare gpt-4o and claude sonnet 4.5 at 50M tokens a month"
  modelwise ask --json "recommend a model for coding, 20M tokens a month"
  modelwise ask --chart cost.png "when is self-hosting llama 3.3 70b cheaper than gpt-4o?"
  modelwise catalog refresh --dry-run --from models-dev.json --from litellm-prices.json

A question that starts with "-" goes after "--", so it is not read as an option:
  modelwise ask -- -2 is not a model size
`;

/** Runs the CLI; resolves with the process exit code instead of exiting (testable). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("modelwise")
    .description("Helps teams choose a large language model: licences, prices, costs, comparisons.")
    .version(packageVersion(), "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText("after", HELP_EXAMPLES);

  program
    .command("chat", { isDefault: true })
    .description("talk to modelwise (interactive; with piped stdin, one message per line until EOF)")
    .option("-s, --session <name>", "keep this conversation under a name and resume it later")
    .option("-p, --profile <name>", PROFILE_HELP)
    .action(async (opts: StartOptions) => {
      exitCode = await chat(opts, io);
    });

  program
    .command("ask")
    .description("ask one question and print the answer")
    .argument("<question...>", 'the question, e.g. "price of GPT-4o"')
    .option("--json", "print { text, data } as JSON")
    .option("--chart <file>", "write the answer's chart as a PNG image")
    .option("-s, --session <name>", "ask within a named conversation")
    .option("-p, --profile <name>", PROFILE_HELP)
    // A question may start with "-" ("-5 million tokens": a change of volume). Anything that is
    // not one of the options above is part of the question, and `--` ends the options as usual.
    .allowUnknownOption()
    .action(async (words: string[], opts: StartOptions & { json?: boolean; chart?: string }) => {
      exitCode = await ask(words.join(" "), opts, io);
    });

  addCatalogCommand(program, io, (code) => (exitCode = code));

  const stray = strayWordsMessage(argv, [...program.commands.map((c) => c.name()), "help"]);
  if (stray) {
    io.stderr.write(stray);
    return 1;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
  return exitCode;
}

/** The version in package.json, which the bundle does not carry itself. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "unknown";
}

const PROFILE_HELP = "use this team profile (its standing facts, kept across runs) instead of the default one";

interface StartOptions {
  session?: string;
  profile?: string;
}

function start(opts: StartOptions, io: CliIo) {
  try {
    return createConsoleRuntime({
      ...io.runtime,
      ...(opts.session ? { session: opts.session } : {}),
      ...(opts.profile ? { profile: opts.profile } : {}),
      env: io.env ?? process.env,
    });
  } catch (error) {
    // Start-up problems (settings, a broken catalogue) name what to fix; nothing else leaks.
    if (error instanceof ConfigError || error instanceof CatalogError || error instanceof StoreOpenError) {
      io.stderr.write(`modelwise cannot start: ${error.message}\n`);
      return null;
    }
    throw error;
  }
}

async function chat(opts: StartOptions, io: CliIo): Promise<number> {
  const runtime = start(opts, io);
  if (!runtime) return 1;
  // What changed for this session's watched models since it last ran, before anything else.
  for (const alert of await runtime.pendingAlerts()) io.stdout.write(`${renderTurn([alert]).text}\n\n`);
  const adapter = createConsoleAdapter({
    input: io.stdin,
    output: io.stdout,
    runTurn: runtime.runTurn,
    channel: runtime.channel,
    ...(runtime.profile ? { profile: runtime.profile } : {}),
    interactive: io.stdin.isTTY === true,
    ...(io.stdin.isTTY === true ? { history: fileHistory(historyPath(io.env ?? process.env)) } : {}),
  });
  try {
    await adapter.run();
  } finally {
    await runtime.close();
  }
  return 0;
}

/** The terminal's line history sits in the data folder, beside the sessions. */
function historyPath(env: NodeJS.ProcessEnv): string {
  const dir = env.MODELWISE_DATA_DIR?.trim() ? env.MODELWISE_DATA_DIR : join(PACKAGE_ROOT, ".data");
  return join(dir, "terminal-history");
}

async function ask(
  question: string,
  opts: StartOptions & { json?: boolean; chart?: string },
  io: CliIo,
): Promise<number> {
  const runtime = start(opts, io);
  if (!runtime) return 1;
  try {
    const adapter = createConsoleAdapter({
      input: io.stdin,
      output: opts.json ? nullSink() : io.stdout,
      runTurn: runtime.runTurn,
      channel: runtime.channel,
      ...(runtime.profile ? { profile: runtime.profile } : {}),
    });
    const { replies } = await adapter.say(question);
    if (opts.json) io.stdout.write(`${JSON.stringify(jsonAnswer(replies), null, 2)}\n`);
    if (opts.chart) return await writeChart(replies, opts.chart, io);
    return 0;
  } finally {
    await runtime.close();
  }
}

/** The JSON CLI's shape: the whole answer's text and the main reply's data (+ every reply). */
export function jsonAnswer(replies: OutboundMessage[]) {
  const main = replies.find((r) => r.data) ?? replies[0];
  return {
    text: renderTurn(replies).text,
    data: main?.data ?? { intent: "none" },
    replies: replies.map((r) => ({ text: renderReply(r), data: r.data ?? null })),
  };
}

async function writeChart(replies: OutboundMessage[], file: string, io: CliIo): Promise<number> {
  const chart = replies
    .flatMap((r) => r.blocks)
    .find((b): b is Extract<Block, { kind: "chart" }> => b.kind === "chart");
  if (!chart) {
    io.stderr.write("This answer has no chart to write (charts come with break-even and cost comparisons).\n");
    return 2;
  }
  let renderChartPng: (block: typeof chart) => Promise<Buffer>;
  try {
    ({ renderChartPng } = (await import("../shared/chart/render-png.js")) as { renderChartPng: typeof renderChartPng });
  } catch {
    io.stderr.write("Charts are not available in this build yet; the chart is shown as text bars above.\n");
    return 2;
  }
  try {
    await writeFile(file, await renderChartPng(chart));
  } catch {
    io.stderr.write(`Could not write the chart to ${file}.\n`);
    return 1;
  }
  io.stderr.write(`Chart written to ${file}\n`);
  return 0;
}

function nullSink(): Writable {
  return { write: (_chunk: unknown, cb?: () => void) => (cb?.(), true) } as unknown as Writable;
}

/** The process entry: real stdio, exit code on process.exitCode (bin.js calls this). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  // `modelwise ask ... | head`: the reader went away; stop quietly like other command-line tools.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  process.exitCode = await runCli(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}

// `tsx adapters/console/cli.ts ...` runs it directly too.
const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(invokedPath).href) await main();
