// `npm test` runs the files of its core and adapters projects without isolation (vitest.config.ts:
// isolate false), so the files one worker runs share loaded modules and globals. That is safe only
// while no file replaces a module or a global for the files after it: module mocks and module resets
// are forbidden outside tests/e2e (which keeps a process per file), and fake timers are put back;
// and while no file depends on what the files before it loaded: the adapters project loads
// discord.js (which fails to load after vega-lite) in a set-up file, before any of its files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import config from "../../vitest.config.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const testsDir = join(root, "tests");

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "e2e" ? [] : testFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

const LEAKS_ACROSS_FILES = /\bvi\.(?:mock|doMock|unmock|doUnmock|resetModules|stubGlobal|stubEnv)\s*\(/;
const FAKE_TIMERS = /\bvi\.useFakeTimers\s*\(/;
const REAL_TIMERS = /\bvi\.useRealTimers\s*\(/;
const THIS_FILE = fileURLToPath(import.meta.url);

/** What in `code` would outlive its file in a shared worker; empty when nothing does. */
function leaks(code: string): string[] {
  const found: string[] = [];
  const leak = LEAKS_ACROSS_FILES.exec(code);
  if (leak) found.push(leak[0]);
  if (FAKE_TIMERS.test(code) && !REAL_TIMERS.test(code)) found.push("fake timers never put back");
  return found;
}

describe("tests that share a worker leave nothing behind", () => {
  it("the scanner sees a module mock, an env stub and fake timers left on", () => {
    expect(leaks('vi.mock("../src/x.js")')).toHaveLength(1);
    expect(leaks('vi.stubEnv("A", "1")')).toHaveLength(1);
    expect(leaks("vi.useFakeTimers();")).toEqual(["fake timers never put back"]);
    expect(leaks("vi.useFakeTimers(); afterEach(() => vi.useRealTimers());")).toEqual([]);
  });

  const files = testFiles(testsDir).filter((f) => f !== THIS_FILE);
  it("finds the test files", () => expect(files.length).toBeGreaterThan(300));

  it("no test file outside tests/e2e mocks modules, stubs globals or keeps fake timers", () => {
    const offenders = files.flatMap((f) => leaks(readFileSync(f, "utf8")).map((l) => `${relative(root, f)}: ${l}`));
    expect(offenders).toEqual([]);
  });
});

describe("adapter files that share a worker do not depend on the order they run in", () => {
  type Project = { test?: { name?: string; isolate?: boolean; setupFiles?: string | string[] } };
  const projects = (config.test?.projects ?? []) as Project[];
  const shared = projects.filter((p) => p.test?.isolate === false && p.test.name?.startsWith("adapters"));

  it("finds the adapters project sharing its workers", () => expect(shared.length).toBeGreaterThan(0));

  it("each loads discord.js through load-discord.ts before any of its files, then vega-lite", () => {
    for (const project of shared) {
      const setup = [project.test?.setupFiles ?? []].flat();
      expect(setup, project.test?.name).toHaveLength(1);
      const imports = [...readFileSync(join(root, setup[0]!), "utf8").matchAll(/^import "([^"]+)";/gm)].map(
        (m) => m[1],
      );
      expect(imports).toEqual(["../../adapters/discord/load-discord.js", "vega-lite"]);
    }
  });
});
