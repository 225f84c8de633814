// Dependencies point one way: adapters -> src. The core never imports an adapter, a platform SDK,
// Node I/O or Keyv, so it stays pure and testable (design.md §1). This scans every file in src/.
import { readdirSync, readFileSync, statSync } from "node:fs";
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
