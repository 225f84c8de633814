// Dependencies point one way: adapters -> src. The core never imports an adapter, a platform SDK,
// Node I/O or Keyv, so it stays pure and testable (design.md §1). This scans every file in src/.
// Inside src/ dependencies point one way too: no file imports itself back through others, and
// no module (a folder of src/, or a file at its top) does (answers -> conversation -> answers).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const srcDir = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function importsOf(code: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?["']([^"']+)["']/g,
    /\bexport\s+(?:type\s+)?[^'"`;]*?\s+from\s+["']([^"']+)["']/g,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) if (match[1]) specs.push(match[1]);
  return specs;
}

const FORBIDDEN: [RegExp, string][] = [
  [/^@slack\//, "Slack SDK"],
  [/^discord\.js$|^@discordjs\//, "Discord SDK"],
  [
    /^(node:)?(fs|fs\/promises|readline|readline\/promises|http|https|http2|net|tls|dgram|child_process|worker_threads|cluster)$/,
    "Node I/O module",
  ],
  [/^keyv$|^@keyv\/|^keyv-/, "Keyv"],
  [/^ws$|^redis$|^ioredis$/, "network client"],
  [/^vega|^@resvg\//, "chart renderer (adapters only)"],
];

describe("architecture: src/ is the pure core", () => {
  const files = sourceFiles(srcDir);

  it("finds the core's files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("the import scanner sees static, type, re-export and dynamic imports", () => {
    const code = `import a from "node:fs";\nimport type { B } from "../adapters/x.js";\nexport * from "keyv";\nconst c = await import("@slack/bolt");\nimport "./side.js";`;
    expect(importsOf(code)).toEqual(
      expect.arrayContaining(["node:fs", "../adapters/x.js", "keyv", "@slack/bolt", "./side.js"]),
    );
  });

  for (const file of files) {
    const rel = relative(root, file);
    it(`${rel} imports no adapter, platform SDK, Node I/O or Keyv`, () => {
      const problems: string[] = [];
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        if (spec.startsWith(".")) {
          const target = relative(root, resolve(dirname(file), spec));
          if (!target.startsWith("src")) problems.push(`${spec} (outside src/: ${target})`);
          continue;
        }
        for (const [pattern, what] of FORBIDDEN) if (pattern.test(spec)) problems.push(`${spec} (${what})`);
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Relative imports of each file, resolved to files of src/ (".js" specifiers name ".ts" sources). */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(readFileSync(file, "utf8"))
      .filter((spec) => spec.startsWith("."))
      .map((spec) => resolve(dirname(file), spec).replace(/\.js$/, ".ts"))
      .filter((target) => target.startsWith(srcDir) && existsSync(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle's path, found by depth-first search (one path per back edge). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** The module a file belongs to: its folder under src/, or the file itself at the top. */
function moduleOf(file: string): string {
  const rel = relative(srcDir, file);
  const [first = rel] = rel.split("/");
  return first.replace(/\.ts$/, "");
}

function moduleGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const modules = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = moduleOf(file);
    const set = modules.get(from) ?? new Set<string>();
    for (const target of targets) if (moduleOf(target) !== from) set.add(moduleOf(target));
    modules.set(from, set);
  }
  return new Map([...modules].map(([m, set]) => [m, [...set].sort()]));
}

describe("architecture: no import cycles inside src/", () => {
  const graph = importGraph(sourceFiles(srcDir));
  const show = (cycle: string[]) => cycle.map((f) => (f.startsWith(srcDir) ? relative(srcDir, f) : f)).join(" -> ");

  it("the cycle finder finds a cycle and only cycles", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
    ]);
    expect(findCycles(g)).toEqual([["a", "b", "c", "a"]]);
    expect(
      findCycles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("sees the core's imports", () => {
    expect([...graph.values()].reduce((n, t) => n + t.length, 0)).toBeGreaterThan(100);
    expect(moduleGraph(graph).get("advisor")).toContain("conversation");
  });

  it("no file imports itself back through other files", () => {
    expect(findCycles(graph).map(show)).toEqual([]);
  });

  it("no module (folder of src/ or top-level file) depends on itself through others", () => {
    expect(findCycles(moduleGraph(graph)).map(show)).toEqual([]);
  });
});
