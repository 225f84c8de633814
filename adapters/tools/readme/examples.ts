// The README's terminal examples are real output: each ```text block after a marker
//   <!-- example: npx modelwise ask "question" -->
//   <!-- example: printf 'line 1\nline 2\n' | npx modelwise chat -->
// is what that command prints today, produced in-process through the CLI. `npm run readme:examples`
// rewrites the blocks; the test suite checks them, so an example can never go stale.
import { PassThrough, Readable } from "node:stream";
import { runCli } from "../../console/cli.js";

const MARKER =
  /<!-- example: (npx modelwise ask "((?:[^"\\]|\\.)*)"|printf '((?:[^'\\]|\\.)*)' \| npx modelwise chat) -->\n```text\n([\s\S]*?)```/g;

export interface Example {
  command: string;
  /** The block as the README has it now. */
  current: string;
  /** The block as the command prints it today. */
  expected: string;
}

async function run(argv: string[], lines: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  const stdin = Readable.from(lines.map((l) => `${l}\n`));
  await runCli(argv, { stdin, stdout, stderr: new PassThrough(), env: { PATH: process.env.PATH ?? "" } });
  return out;
}

function block(command: string, output: string): string {
  // Trailing blank lines are the terminal's spacing between turns, not part of the answer.
  return `$ ${command}\n${output.replace(/\s+$/, "")}\n`;
}

export async function readmeExamples(readme: string): Promise<Example[]> {
  const examples: Example[] = [];
  for (const m of readme.matchAll(MARKER)) {
    const [, command = "", question, piped, current = ""] = m;
    const output =
      question !== undefined
        ? await run(["ask", "--", question.replace(/\\"/g, '"')], [])
        : await run(
            ["chat"],
            (piped ?? "").split("\\n").filter((l) => l !== ""),
          );
    examples.push({ command, current, expected: block(command, output) });
  }
  return examples;
}

/** The README with every example block replaced by today's output. */
export async function refreshReadme(readme: string): Promise<string> {
  const examples = await readmeExamples(readme);
  let i = 0;
  return readme.replace(MARKER, (whole: string) => {
    const example = examples[i++];
    return example ? whole.replace(/```text\n[\s\S]*?```/, `\`\`\`text\n${example.expected}\`\`\``) : whole;
  });
}
