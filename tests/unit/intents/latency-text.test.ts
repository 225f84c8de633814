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

describe("a response-time target is kept with its number, what it times and its percentile", () => {
  const target = (text: string) => parseRequirements(text).latencyTarget;

  it.each([
    ["p95 latency under 300ms, chat assistant for customers", { seconds: 0.3, measure: "answer", percentile: "p95" }],
    ["ttft below 500 ms please", { seconds: 0.5, measure: "first-token" }],
    ["we need replies within 2 seconds", { seconds: 2, measure: "answer" }],
    ["latency must stay < 1.5s", { seconds: 1.5, measure: "answer" }],
    ["answers in under 3 secs", { seconds: 3, measure: "answer" }],
    ["Latency matters, under 1.5s.", { seconds: 1.5, measure: "answer" }],
    ["p99 below 1,200 ms for the support widget", { seconds: 1.2, measure: "answer", percentile: "p99" }],
    ["time to first token under 0.8 seconds", { seconds: 0.8, measure: "first-token" }],
    ["responses must be sub-second", { seconds: 1, measure: "answer" }],
    ["suggestions must come back in under 1.5 seconds", { seconds: 1.5, measure: "answer" }],
  ] as const)("%j -> %j", (text, expected) => {
    expect(target(text)).toEqual(expected);
  });

  it.each(["real-time voice agent that books appointments", "a voice bot for our call centre, snappy please"])(
    "%j is a voice agent: an assumed first-words target, said as assumed",
    (text) => {
      expect(target(text)).toMatchObject({ measure: "first-token", assumed: true });
    },
  );

  it.each(["voice bot, first token within 400ms", "voice agent; p90 ttft under 600 ms"])(
    "%j: a number said for a voice agent replaces the assumption",
    (text) => {
      const t = target(text);
      expect(t?.assumed).toBeUndefined();
      expect(t?.measure).toBe("first-token");
    },
  );

  it.each([
    "reports within 24 hours",
    "we transcribe 30 seconds of audio per call",
    "overnight batch jobs, latency doesn't matter",
    "latency matters",
    "no latency target, it can run overnight",
  ])("%j states no target", (text) => {
    expect(target(text)).toBeUndefined();
  });
});
