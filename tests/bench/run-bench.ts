// `npm run bench`: how fast modelwise starts, understands and answers, on the real catalogue.
// Every in-process figure is p50/p95/p99 over ≥ 5,000 runs after a warm-up (fewer where one run
// takes long: each figure prints its n), with its ratio to a baseline workload timed in the same
// run. Targets end with PASS/FAIL lines.
// Speed lives here, never in tests (timings vary by machine).
import Fuse from "fuse.js";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";
import { clearCatalogCache, readCatalog } from "../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../src/advisor.js";
import { resolveModel } from "../../src/catalog/lookup.js";
import { newSession, type Session } from "../../src/conversation/session.js";
import { understand } from "../../src/intents/understand.js";
import { startMessage } from "../../src/per-message-memo.js";
import type { InboundMessage } from "../../src/ports.js";
import { runChartBench } from "./chart-bench.js";
import { growth, measureScale, measureVaried, SCALE_TARGETS } from "./scale-bench.js";
import { CONVERSATION, LOOKUPS, ONE_SHOT } from "./corpus.js";
import { startupFigures } from "./startup-bench.js";
import { baselineFigure, below, figureOf, formatFigure, sample, type Check, type Figure } from "./stats.js";

const TARGETS = {
  catalogLoadMs: 50,
  understandP99Ms: 1,
  turnP99Ms: 20,
  startupRatio: 5,
  heapUsedMb: 200,
};

// `npm run bench -- scale turn` runs only the named sections (all of them without names).
const SECTIONS = ["load", "understand", "lookup", "turn", "scale", "charts", "startup", "slack"];
const named = process.argv.slice(2);
const unknown = named.filter((n) => !SECTIONS.includes(n));
if (unknown.length > 0) {
  console.log(`unknown section(s) ${unknown.join(", ")}; sections: ${SECTIONS.join(", ")}`);
  process.exit(2);
}
const wanted = (section: string): boolean => named.length === 0 || named.includes(section);

const checks: Check[] = [];
const [load1] = loadavg();
const busy = (load1 ?? 0) > cpus().length;
console.log(
  `machine: ${cpus().length} CPUs, node ${process.version}, load average ${(load1 ?? 0).toFixed(1)}${busy ? " (busy: timings are inflated)" : ""}`,
);
const baseline = baselineFigure();
const show = (f: Figure): Figure => (console.log(formatFigure(f, baseline)), f);
show(baseline);

// 1. Catalogue: read, parse, validate, then build the lookup index on first use.
if (wanted("load")) {
  const loads: number[] = [];
  for (let i = 0; i < 30; i++) {
    clearCatalogCache();
    const t = performance.now();
    const fresh = readCatalog();
    understand("tell me about gpt-4o", { catalog: fresh, session: newSession(new Date()) });
    loads.push(performance.now() - t);
  }
  const load = show(figureOf("catalogue load + index build (cold, 30 runs)", loads));
  checks.push(below("catalogue load + index p50", load.p50, TARGETS.catalogLoadMs));
}
const catalog = readCatalog();

// 2. Understanding one message, cycling through the conversation.
if (wanted("understand")) {
  const session = newSession(new Date());
  const und = show(
    // Each sample is a new message, as in a real turn (advisor.handleTurn): without startMessage the
    // per-message caches would keep answers from the last time the same text came round.
    sample("understand() one message", (i) => {
      startMessage();
      return understand(CONVERSATION[i % CONVERSATION.length] ?? "", { catalog, session });
    }),
  );
  checks.push(below("understand p99", und.p99, TARGETS.understandP99Ms));
  // What people write (every labelled corpus message, each a new message): longer than the
  // benchmark's conversation, so the requirement readers and the other-language checks weigh in.
  const corpus = ["dev", "test"].flatMap((part) =>
    readFileSync(join(PACKAGE_ROOT, `tests/corpus/${part}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  show(
    sample(
      "understand() one corpus message",
      (i) => {
        startMessage();
        return understand(corpus[i % corpus.length] ?? "", { catalog, session });
      },
      { samples: corpus.length * 2 },
    ),
  );
}

// 3. Lookup: our ladder against Fuse.js with its defaults on the same queries.
if (wanted("lookup")) {
  const fuse = new Fuse(catalog.models, { keys: ["id", "name", "aliases"] });
  for (const [kind, queries] of Object.entries(LOOKUPS)) {
    show(sample(`lookup, ${kind} name`, (i) => resolveModel(queries[i % queries.length] ?? "", catalog)));
    show(sample(`  Fuse.js defaults, ${kind} name`, (i) => fuse.search(queries[i % queries.length] ?? "")));
  }
}

// 4. Whole turns through the advisor, carrying the session as an adapter would.
if (wanted("turn")) {
  const advisor = createAdvisor({ catalog, now: () => new Date("2026-12-01T10:00:00Z") });
  const inbound = (text: string, i: number): InboundMessage => ({
    ref: { platform: "console", channel: "bench" },
    user: { id: "bench" },
    text,
    messageId: `bench-${i}`,
    receivedAt: new Date("2026-12-01T10:00:00Z"),
  });
  let convo: Session = newSession(new Date("2026-12-01T10:00:00Z"));
  let threw = 0;
  const turn = show(
    sample("advisor turn (conversation mix)", (i) => {
      const k = i % CONVERSATION.length;
      if (k === 0) convo = newSession(new Date("2026-12-01T10:00:00Z"));
      try {
        convo = advisor.handleTurn(convo, inbound(CONVERSATION[k] ?? "", i)).session;
      } catch {
        threw++;
      }
    }),
  );
  checks.push(below("advisor turn p99", turn.p99, TARGETS.turnP99Ms));
  checks.push({ target: "no turn throws", value: String(threw), ok: threw === 0 });

  // 5. One-shot answers on a fresh conversation each time.
  for (const [name, text] of Object.entries(ONE_SHOT)) {
    show(
      sample(`one-shot: ${name}`, (i) => advisor.handleTurn(newSession(new Date()), inbound(text, i)), {
        samples: 5000,
        warmup: 50,
      }),
    );
  }

  // Memory after serving the real catalogue (read here: the scaling section below builds
  // catalogues 10× and 100× the size on purpose, which says nothing about a running bot). The
  // target is the live heap, read after a full collection: before one, heapUsed also counts the
  // garbage of 25,000 turns that V8 has not yet swept, which moved between 138 and 243 MB from
  // run to run on the same code while the live heap stayed at about 50 MB.
  const beforeGcMb = process.memoryUsage().heapUsed / 1024 / 1024;
  collectGarbage();
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(
    `memory: rss ${(process.memoryUsage().rss / 1048576).toFixed(1)} MB, heap used ${heapMb.toFixed(1)} MB live (${beforeGcMb.toFixed(1)} MB before a full collection)`,
  );
  checks.push(below("heap used (real catalogue)", heapMb, TARGETS.heapUsedMb, "MB"));
}

// 5b. The full recommendation (constraints, scores, why #1 beats #2, the sensitivity search) on
// the real catalogue and on generated ones 10× and 100× its size (see scale-bench.ts).
if (wanted("scale")) {
  const scales = [1, 10, 100].map((factor) => measureScale(catalog, factor));
  const base = scales[0];
  for (const r of scales) {
    show(r.cold);
    show(r.warm);
    for (const f of r.perSet) show(f);
    const g = base ? growth(r, base) : 0;
    const cpuGrowth = base && base.cpuMsPerRun > 0 ? r.cpuMsPerRun / base.cpuMsPerRun : 0;
    console.log(
      `  ×${r.factor}: one pass through the ${r.perSet.length} sets at their medians takes ${g.toFixed(1)}× the ×1 pass (linear: ${r.factor}×); CPU ${r.cpuMsPerRun.toFixed(2)} ms a run (${cpuGrowth.toFixed(1)}× ×1's); load average now ${loadavg()[0]?.toFixed(1)}`,
    );
    if (r.factor > 1)
      checks.push({
        target: `recommendation ×${r.factor} grows at most linearly`,
        value: `${g.toFixed(1)}× time for ${r.factor}× models`,
        ok: g <= r.factor,
      });
  }
  checks.push(below("recommendation p99, real catalogue", base?.warm.p99 ?? 0, SCALE_TARGETS.realP99Ms));
  checks.push(below("recommendation p99, ×100 catalogue", scales[2]?.warm.p99 ?? 0, SCALE_TARGETS.hundredfoldP99Ms));
  // The figures above repeat 6 requirement sets, and a repeated set reuses what its last run
  // memoized; these are every set asked once (reported, not a target: see scale-bench.ts).
  for (const factor of [1, 10, 100]) {
    const v = measureVaried(catalog, factor, collectGarbage);
    show(v.varied);
    console.log(
      `  ×${factor} varied: CPU ${v.cpuMsPerRun.toFixed(1)} ms a run; heap used ${v.heapMbAfterRepeated.toFixed(0)} MB after the repeated sets, ${v.heapMbAfterVaried.toFixed(0)} MB after the varied ones; load average now ${loadavg()[0]?.toFixed(1)}`,
    );
  }
}

// 6. Charts (rendered by the adapters), fewer runs: each is tens of milliseconds.
if (wanted("charts")) {
  try {
    for (const r of await runChartBench(20))
      console.log(`${r.name.padEnd(48)} p50 ${r.medianMs.toFixed(1)} ms  p95 ${r.p95Ms.toFixed(1)} ms  (n=${r.runs})`);
  } catch (error) {
    console.log(`chart bench skipped: ${(error as Error).message}`);
  }
}

// 7. Start-up of the installed command next to a bare node.
if (wanted("startup")) {
  const startup = startupFigures();
  show(startup.bare);
  show(startup.ask);
  const ratio = startup.ask.p50 / startup.bare.p50;
  console.log(`start-up ratio (p50): ${ratio.toFixed(1)}× node -e 0`);
  checks.push(below("modelwise ask start-up / node -e 0", ratio, TARGETS.startupRatio, "×"));
}

// 8. The Slack path beside a bare Bolt app, its ratio to that app being its baseline: the whole
// `npm run bench:slack` (its own processes, about a minute and a half), gated on its checks here.
if (wanted("slack")) {
  console.log("");
  const dir = mkdtempSync(join(tmpdir(), "modelwise-bench-"));
  const file = join(dir, "slack-checks.json");
  try {
    const run = spawnSync(process.execPath, ["--import", "tsx", join(PACKAGE_ROOT, "tests/bench/slack-bench.ts")], {
      cwd: PACKAGE_ROOT,
      stdio: "inherit",
      env: { ...process.env, BENCH_CHECKS_FILE: file },
    });
    let slackChecks: Check[] = [];
    try {
      slackChecks = JSON.parse(readFileSync(file, "utf8")) as Check[];
    } catch {
      slackChecks = [{ target: "Slack path bench ran", value: `exit ${run.status ?? run.signal}`, ok: false }];
    }
    checks.push(...slackChecks);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log("");
for (const c of checks) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.target.padEnd(44)} ${c.value}`);
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;

/** A full garbage collection without starting node with --expose-gc (the flag is set, then read in a fresh context). */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}
