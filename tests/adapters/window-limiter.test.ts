// The in-memory rate counters: a person's limit within a window, a fresh budget once it ends, and
// a bounded number of keys however many distinct people write (the oldest window goes first).
import { describe, expect, it } from "vitest";
import { createWindowLimiter } from "../../adapters/shared/window-limiter.js";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("window limiter", () => {
  it("allows `points` messages per window, says how long to wait, and starts over when it ends", () => {
    const c = clock();
    const limiter = createWindowLimiter({ points: 2, windowMs: 60_000, now: c.now });
    expect(limiter.consume("ann")).toEqual({ allowed: true });
    c.advance(10_000);
    expect(limiter.consume("ann")).toEqual({ allowed: true });
    expect(limiter.consume("ann")).toEqual({ allowed: false, retryAfterMs: 50_000 });
    expect(limiter.consume("bob")).toEqual({ allowed: true });
    c.advance(50_000);
    expect(limiter.consume("ann")).toEqual({ allowed: true });
  });

  it("gives a point back", () => {
    const limiter = createWindowLimiter({ points: 1, windowMs: 60_000, now: clock().now });
    limiter.consume("team");
    limiter.reward("team");
    expect(limiter.consume("team")).toEqual({ allowed: true });
    expect(limiter.consume("team").allowed).toBe(false);
  });

  it("holds at most maxKeys keys, evicting the window that started first", () => {
    const c = clock();
    const limiter = createWindowLimiter({ points: 1, windowMs: 60_000, maxKeys: 3, now: c.now });
    for (const who of ["a", "b", "c"]) {
      limiter.consume(who);
      c.advance(1000);
    }
    // "a" goes over its limit: still the oldest window, its count is kept until a new key needs room.
    expect(limiter.consume("a").allowed).toBe(false);
    for (let i = 0; i < 1000; i++) limiter.consume(`stranger-${i}`);
    expect(limiter.size).toBe(3);
    // The newest strangers are still counted; "a", "b" and "c" were evicted and start afresh.
    expect(limiter.consume("stranger-999").allowed).toBe(false);
    expect(limiter.consume("a")).toEqual({ allowed: true });
  });

  it("drops ended windows before evicting running ones", () => {
    const c = clock();
    const limiter = createWindowLimiter({ points: 1, windowMs: 60_000, maxKeys: 2, now: c.now });
    limiter.consume("old");
    c.advance(30_000);
    limiter.consume("flooder");
    c.advance(31_000); // "old"'s window has ended, the flooder's has not
    limiter.consume("new");
    expect(limiter.size).toBe(2);
    expect(limiter.consume("flooder").allowed).toBe(false);
  });

  it("forgets ended windows as new ones start, without waiting for the bound", () => {
    const c = clock();
    const limiter = createWindowLimiter({ points: 1, windowMs: 60_000, maxKeys: 10_000, now: c.now });
    for (let i = 0; i < 100; i++) limiter.consume(`early-${i}`);
    c.advance(30_000);
    limiter.consume("later");
    c.advance(30_000); // the early windows have just ended; "later"'s runs on
    limiter.consume("newcomer");
    expect(limiter.size).toBe(2);
    expect(limiter.consume("later").allowed).toBe(false);
  });

  it("a key whose window restarts moves to the back of the eviction order", () => {
    const c = clock();
    const limiter = createWindowLimiter({ points: 1, windowMs: 60_000, maxKeys: 2, now: c.now });
    limiter.consume("a");
    c.advance(10_000);
    limiter.consume("b");
    c.advance(55_000); // a's window ended, b's is running
    limiter.consume("a"); // a new window for "a", newer than b's
    c.advance(1000);
    limiter.consume("c"); // room for one: b's window is now the oldest
    expect(limiter.consume("a").allowed).toBe(false);
    expect(limiter.consume("b")).toEqual({ allowed: true });
  });
});
