import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const latency = (text: string) => parseRequirements(text).latency;

describe("latency: a response-time target is a user waiting", () => {
  it.each([
    "p95 latency under 300ms, chat assistant for customers",
    "ttft below 500 ms please",
    "we need replies within 2 seconds",
    "latency must stay < 1.5s",
    "answers in under 3 secs",
    "p99 matters for us",
  ])("%j is interactive", (text) => {
    expect(latency(text)).toBe("interactive");
  });

  it.each([
    // A turnaround in hours is a report that can wait; a count of seconds of audio is no target.
    ["reports within 24 hours", undefined],
    ["we transcribe 30 seconds of audio per call", undefined],
    ["overnight batch jobs, latency doesn't matter", "batch"],
  ] as const)("%j -> %s", (text, expected) => {
    expect(latency(text)).toBe(expected);
  });
});

describe("offline: no internet at run time, unless it qualifies processing", () => {
  it.each([
    ["offline translation app", { deployment: "on-prem" }],
    ["it has to work offline, chatbot for the factory floor", { deployment: "on-prem" }],
    ["a desktop app that works offline", { onDevice: true }],
  ] as const)("%j runs where there is no internet: %j", (text, expected) => {
    const r = parseRequirements(text);
    expect(r).toMatchObject(expected);
    expect(r.latency).toBeUndefined();
  });

  it.each(["offline batch processing of invoices", "overnight scoring jobs run offline", "offline evaluation runs"])(
    "%j is timing, not a place",
    (text) => {
      const r = parseRequirements(text);
      expect(r.latency).toBe("batch");
      expect(r.deployment).toBeUndefined();
    },
  );
});
