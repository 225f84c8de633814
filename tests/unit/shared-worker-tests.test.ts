// The core project of `npm test` runs its files without isolation (vitest.config.ts: isolate
// false), so the files one worker runs share loaded modules and globals. That is safe only while no
// file replaces a module or a global for the files after it: module mocks and module resets are
// forbidden outside tests/e2e (which keeps a process per file), and fake timers are put back.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

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
