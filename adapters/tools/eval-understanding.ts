// npm run eval:understanding [-- --split test|dev|all] [--json] [--confusions N]
// Scores the real understanding step against the labelled corpus (tests/corpus/README.md):
// intent accuracy, precision / recall / F1 per slot and micro-averaged, exclusion flips, the
// confusions, and time per message. Exits 1 when the held-out test part misses a target.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readCatalog } from "../shared/read-catalog.js";
import { readCorpus, SPLITS, type CorpusRecord, type Split } from "./understanding-eval/corpus.js";
import { createReplayer, REPLAY_DAY } from "./understanding-eval/replay.js";
import { missedTargets, score, TARGETS, type RecordOutcome, type Report } from "./understanding-eval/score.js";

interface Options {
  split: Split | "all";
  json: boolean;
  confusions: number;
}

export function parseArgs(argv: string[]): Options {
  const options: Options = { split: "test", json: false, confusions: 40 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes("=") ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? "";
    if (name === "--json") options.json = true;
    else if (name === "--split") {
      const split = value();
      if (split !== "all" && !SPLITS.includes(split as Split)) throw new Error(`--split must be test, dev or all`);
      options.split = split as Options["split"];
    } else if (name === "--confusions") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error("--confusions takes a whole number");
      options.confusions = n;
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const short = (value: unknown) => JSON.stringify(value);

function differing(o: RecordOutcome): string {
  const keys = new Set([...Object.keys(o.expected), ...Object.keys(o.got)]);
  const parts: string[] = [];
  for (const k of keys) {
    const e = o.expected[k];
    const g = o.got[k];
    if (short(e) !== short(g))
      parts.push(`${k}: ${e === undefined ? "–" : short(e)} → ${g === undefined ? "–" : short(g)}`);
  }
  return parts.join("; ");
}

function printReport(label: string, report: Report, confusions: number): void {
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out(`== ${label}: ${report.records} records`);
  out(`intent accuracy   ${pct(report.intentAccuracy)}   (target ≥ ${pct(TARGETS.intentAccuracy)})`);
  out(
    `slot micro        P ${pct(report.micro.precision)}  R ${pct(report.micro.recall)}  F1 ${pct(report.micro.f1)}   (target F1 ≥ ${pct(TARGETS.slotMicroF1)})`,
  );
  out(`exclusion flips   ${report.flips.length}   (target ${TARGETS.exclusionFlips})`);
  out(`understanding     ${report.msAverage.toFixed(3)} ms average, ${report.msP99.toFixed(3)} ms p99 per message`);
  out();
  out("slot                 support   precision  recall     F1");
  for (const [slot, s] of Object.entries(report.slots))
    out(
      `${slot.padEnd(20)} ${String(s.support).padStart(7)}   ${pct(s.precision).padStart(8)}  ${pct(s.recall).padStart(8)}  ${pct(s.f1).padStart(8)}`,
    );
  if (report.intentConfusions.length > 0) {
    out();
    out("intent confusions (expected → got: count)");
    for (const c of report.intentConfusions) out(`  ${c.expected} → ${c.got}: ${c.count}`);
  }
  if (report.flips.length > 0) {
    out();
    out("exclusion flips (forbidden value read)");
    for (const f of report.flips) out(`  ${f.id}  ${f.slot} = ${short(f.value)}`);
  }
  if (confusions > 0 && report.confusions.length > 0) {
    out();
    out(`confusions (${Math.min(confusions, report.confusions.length)} of ${report.confusions.length})`);
    for (const o of report.confusions.slice(0, confusions)) {
      const intent = o.expectedIntent === o.gotIntent ? o.gotIntent : `${o.expectedIntent} → ${o.gotIntent}`;
      const text = o.text.replace(/\s+/g, " ").slice(0, 90);
      out(`  ${o.id}  ${short(text)}  [${intent}]  ${differing(o)}`);
    }
  }
  out();
}

export function main(argv: string[]): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const splits: Split[] = options.split === "all" ? [...SPLITS] : [options.split];
  const records: CorpusRecord[] = [];
  for (const split of splits) {
    const { records: parsed, problems } = readCorpus(split);
    if (problems.length > 0) {
      process.stderr.write(`${split}.jsonl is malformed (npx vitest run tests/unit/corpus):\n${problems.join("\n")}\n`);
      return 2;
    }
    records.push(...parsed);
  }
  const replay = createReplayer(readCatalog(undefined, { today: REPLAY_DAY }));
  const outcomes = records.map(replay);
  const reports = splits.map((split) => ({ split, report: score(outcomes.filter((o) => o.split === split)) }));
  const test = reports.find((r) => r.split === "test")?.report;
  const missed = test ? missedTargets(test) : [];

  if (options.json) {
    const json = {
      targets: TARGETS,
      passed: missed.length === 0,
      missed,
      splits: Object.fromEntries(
        reports.map(({ split, report }) => [
          split,
          { ...report, confusions: report.confusions.slice(0, options.confusions) },
        ]),
      ),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    for (const { split, report } of reports) printReport(split, report, options.confusions);
    if (test)
      process.stdout.write(
        missed.length === 0 ? "test part: all targets met\n" : `test part below target: ${missed.join(", ")}\n`,
      );
  }
  return missed.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
