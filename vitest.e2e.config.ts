// `npm run test:e2e`: tests that start modelwise as a real process (the compiled build, as an
// operator runs it) or start servers of their own. The global setup builds dist/ first.
import { defineConfig } from "vitest/config";
import { TEST_DAY_ENV } from "./tests/helpers/test-day.js";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    // Every test reads the catalogue as of the one test day, never the wall clock's (tests/helpers/test-day.ts).
    env: { ...TEST_DAY_ENV },
    globalSetup: ["tests/helpers/build-dist.ts"],
    testTimeout: 60000,
    hookTimeout: 60000,
    pool: "forks",
  },
});
