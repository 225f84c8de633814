// A store call's time limit judges the call, not the event loop: when another turn's synchronous
// work blocks the loop past the limit while the call's I/O completes, the call succeeded and must
// not be reported as timed out (a profile fact was lost that way under load). Work still pending
// after the loop catches up is late.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StoreTimeoutError, withTimeout } from "../../adapters/shared/store-errors.js";

const dir = mkdtempSync(join(tmpdir(), "store-timeout-"));
const file = join(dir, "f");
writeFileSync(file, "x");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Keeps the event loop busy, as a long synchronous turn does. */
function blockLoop(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    /* busy on purpose */
  }
}

describe("withTimeout", () => {
  it("keeps the result of I/O that completed while the loop was blocked past the limit", async () => {
    for (let round = 0; round < 5; round++) {
      const call = withTimeout(stat(file), 5, "session store set");
      blockLoop(150); // the stat finishes on the thread pool meanwhile
      await expect(call).resolves.toMatchObject({ size: 1 });
    }
  });

  it("still rejects work that is pending after the loop catches up", async () => {
    const never = new Promise<never>(() => undefined);
    const call = withTimeout(never, 5, "session store get");
    blockLoop(20);
    await expect(call).rejects.toBeInstanceOf(StoreTimeoutError);
  });

  it("passes a rejection of the work through unchanged", async () => {
    const failing = Promise.reject(new Error("connection reset"));
    await expect(withTimeout(failing, 1_000, "session store get")).rejects.toThrow("connection reset");
  });
});
