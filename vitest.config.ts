// `npm test`: unit, flow and in-process adapter tests (real Bolt / discord.js against local
// fakes, real Redis when REDIS_URL is set). Tests that spawn processes live in tests/e2e and run
// with `npm run test:e2e` (vitest.e2e.config.ts), so this suite stays quick.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "**/node_modules/**"],
    testTimeout: 20000,
    hookTimeout: 20000,
    pool: "forks",
  },
});
