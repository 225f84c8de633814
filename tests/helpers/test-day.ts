// The one day the tests live on. The catalogue is read as of this day (vitest.config.ts sets
// MODELWISE_CATALOG_DAY from it for every test process) and the conversation clocks of the flow,
// answer and terminal tests stand on it, so a retirement or price dated after it changes no test as
// real days pass. Move it forward on purpose, when the catalogue's facts are read again, and update
// the expectations that move with it in the same commit.
//
// 2026-12-07: the newest facts on file were read that day (AWS's Bedrock model cards), after Anthropic
// retired Claude Sonnet 4.5 from its API (2026-11-30).
export const TEST_DAY = "2026-12-07";

/** The turn clock of conversation tests: mid-morning UTC on the test day. */
export const TEST_NOW = new Date(`${TEST_DAY}T10:00:00Z`);

/** The environment that pins the catalogue day, for vitest configs and spawned processes. */
export const TEST_DAY_ENV = { MODELWISE_CATALOG_DAY: TEST_DAY } as const;
