// `npm test`: unit, flow and in-process adapter tests (real Bolt / discord.js against local
// fakes, real Redis when REDIS_URL is set). Tests that spawn processes live in tests/e2e and run
// with `npm run test:e2e` (vitest.e2e.config.ts), so this suite stays quick.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    exclude: ["tests/e2e/**", "**/node_modules/**"],
    testTimeout: 20000,
    hookTimeout: 20000,
    pool: "forks",
    // Every core, not vitest's default of cores - 1: on a 2-core machine that default runs one file at
    // a time while most files wait on I/O (Redis, HTTP to the local Slack/Discord fakes), so the suite
    // took ~190 s; two workers take ~130 s there.
    maxWorkers: "100%",
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
        // Adapters open servers, sockets, files and Redis connections: each file keeps its own process.
        // Sharing a worker here (isolate false) cut this project's CPU from 120 s to 37 s, but files
        // then depend on each other's loading order: after a chart test has loaded vega-lite (which
        // patches Set.prototype.toJSON), a file that loads discord.js outside load-discord.ts fails.
        test: { name: "adapters", include: ["tests/adapters/**/*.test.ts"] },
      },
    ],
  },
});
