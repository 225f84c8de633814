// The deferred ack of a slash command: exactly one ack whatever happens first (the answer, the
// bound, the end of the listener), and an answer that cannot ride on the ack is left to response_url.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deferAck } from "../../../adapters/slack/answer-in-ack.js";

const MESSAGE = { response_type: "ephemeral" as const, text: "the answer" };

describe("deferAck", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("carries an answer that is ready before the bound, and acks only once", async () => {
    const ack = vi.fn(async () => {});
    const acked = deferAck(ack, 1000, () => {});
    expect(await acked.carry(MESSAGE)).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    await acked.close();
    expect(ack.mock.calls).toEqual([[MESSAGE]]);
  });

  it("acks empty at the bound, then refuses to carry a late answer", async () => {
    const ack = vi.fn(async () => {});
    const acked = deferAck(ack, 1000, () => {});
    await vi.advanceTimersByTimeAsync(999);
    expect(ack).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ack.mock.calls).toEqual([[undefined]]);
    expect(await acked.carry(MESSAGE)).toBe(false);
    await acked.close();
    expect(ack).toHaveBeenCalledTimes(1);
  });

  it("acks empty when the listener ends without an answer (a duplicate, a failure)", async () => {
    const ack = vi.fn(async () => {});
    await deferAck(ack, 1000, () => {}).close();
    expect(ack.mock.calls).toEqual([[undefined]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(ack).toHaveBeenCalledTimes(1);
  });

  it("reports an ack that fails and says the answer was not carried", async () => {
    const failure = new Error("socket closed");
    const errors: unknown[] = [];
    const acked = deferAck(
      async () => Promise.reject(failure),
      1000,
      (e) => errors.push(e),
    );
    expect(await acked.carry(MESSAGE)).toBe(false);
    expect(errors).toEqual([failure]);
  });
});
