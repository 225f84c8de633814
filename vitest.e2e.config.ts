// `npm run test:e2e`: tests that start modelwise as a real process (the compiled build, as an
// operator runs it) or start servers of their own. The global setup builds dist/ first.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/helpers/build-dist.ts"],
    testTimeout: 60000,
    hookTimeout: 60000,
    pool: "forks",
  },
});
