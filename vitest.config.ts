// `npm test`: unit, flow and in-process adapter tests (real Bolt / discord.js against local
// fakes, real Redis when REDIS_URL is set). Tests that spawn processes live in tests/e2e and run
// with `npm run test:e2e` (vitest.e2e.config.ts), so this suite stays quick.
import { defineConfig } from "vitest/config";
import { TEST_DAY_ENV } from "./tests/helpers/test-day.js";

// Adapter tests about what happens on a module's first load, which a shared worker may have done
// before them: each keeps a fresh process.
const ADAPTER_FILES_WITH_OWN_PROCESS = ["tests/adapters/discord/load-order.test.ts"];

export default defineConfig({
  test: {
    exclude: ["tests/e2e/**", "**/node_modules/**"],
    // Every test reads the catalogue as of the one test day, never the wall clock's (tests/helpers/test-day.ts).
    env: { ...TEST_DAY_ENV },
    testTimeout: 20000,
    hookTimeout: 20000,
    pool: "forks",
    // Every core, not vitest's default of cores - 1: on a 2-core machine that default runs one file at
    // a time while most files wait on I/O (Redis, HTTP to the local Slack/Discord fakes), so the suite
    // took ~190 s; two workers take ~130 s there.
    maxWorkers: "100%",
    // Every run after the first reads the test files and modules as transformed before, kept on disk
    // per checkout, instead of transforming each of ~600 files again (content-hashed, so an edited
    // file is transformed again; vitest 5 turns this on by default). The main process's transforms
    // compete with the two workers for the two cores: over tests/unit/{answers,conversation,…} (33
    // files) its CPU went 3.7 s -> 1.5 s and the run's 14.0 s -> 12.7 s. `vitest --clearCache` empties it.
    experimental: { fsModuleCache: true, fsModuleCachePath: ".tmp/vitest-module-cache" },
    projects: [
      {
        extends: true,
        test: {
          name: "core",
          include: ["tests/unit/**/*.test.ts", "tests/flows/**/*.test.ts", "tests/scenarios/**/*.test.ts"],
          // The core is pure (no I/O, no module state a test changes: no mocks, env edits or globals
          // in these folders), so its files share a worker's loaded modules instead of loading the
          // whole module graph again for each of ~180 files, which was most of the suite's time
          // (tests/unit/intents: 75 s -> 14 s). Each file still builds its own catalogue and state.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "adapters",
          include: ["tests/adapters/**/*.test.ts"],
          exclude: ADAPTER_FILES_WITH_OWN_PROCESS,
          // Adapters open servers, sockets, files and Redis connections, but each file opens its own
          // and closes them, so its files share a worker too: a process per file loaded Bolt,
          // discord.js and the core again ~60 times, two thirds of this project's CPU (120 s -> 37 s).
          // Files then see what earlier files in the worker loaded; the set-up file loads the one
          // library whose loading order matters (discord.js before vega-lite) before any file, so the
          // order files run in changes nothing. tests/unit/shared-worker-tests.test.ts keeps module
          // mocks, env stubs and leaked fake timers out of every shared worker.
          isolate: false,
          setupFiles: ["tests/helpers/adapters-worker-setup.ts"],
        },
      },
      {
        extends: true,
        test: { name: "adapters-own-process", include: ADAPTER_FILES_WITH_OWN_PROCESS },
      },
    ],
  },
});
