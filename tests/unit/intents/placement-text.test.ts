import { describe, expect, it } from "vitest";
import { placementIn } from "../../../src/intents/placement-text.js";

const read = (t: string) => placementIn(t, t);

describe("placementIn: where the model may run, and who runs it", () => {
  it.each([
    ["we self-host on a single l40s", { selfHosted: true }],
    ["best coding model to host ourselves", { selfHosted: true }],
    ["how does it compare to running llama 3.1 70b ourselves", { selfHosted: true }],
    ["rag, 50 users, on prem, open weights", { deployment: "on-prem" }],
    ["must not leave our building", { deployment: "on-prem" }],
    ["our infra is gcp and it must stay in our project", { deployment: "own-cloud" }],
    ["we use bedrock and the model must run there", { deployment: "own-cloud" }],
    ["any hosted api works", { deployment: "any-api" }],
    ["we can't run anything ourselves, so a hosted api", { deployment: "any-api" }],
    ["must run on an iphone, offline translation", { onDevice: true, device: "phone" }],
    // The users' devices; the smallest one named sets the size cap.
    ["it has to run on our users' phones and laptops", { onDevice: true, device: "phone" }],
    ["a desktop app that works offline", { onDevice: true, device: "laptop" }],
    ["it's a windows app that has to run fully offline", { onDevice: true, device: "laptop" }],
    ["runs on the user's machine, no server", { onDevice: true, device: "laptop" }],
    ["on-device, nothing leaves the handset", { onDevice: true }],
    // Choosing an API is saying where it runs.
    ["what if we used an api instead?", { deployment: "any-api" }],
    ["switch to a hosted api", { deployment: "any-api" }],
    ["it has to run on our own servers", { deployment: "on-prem", selfHosted: true }],
    ["we're happy running our own inference", { selfHosted: true }],
  ] as const)("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    "we don't want to self-host",
    "we can't run it ourselves",
    "chat assistant for 3k users",
    "overnight batch jobs run offline",
  ])("states no place: %s", (text) => {
    expect(read(text).selfHosted).toBeUndefined();
    expect(read(text).deployment === "own-cloud").toBe(false);
  });
});

// "any API provider" names who a rule binds ("no training on our data by any API provider"), not
// a choice of an API: only "any API (provider) is fine" chooses one.
describe("placementIn: 'any API provider' in a rule is no choice of where", () => {
  const rules = [
    "no training on our data by any {host}",
    "remember: {host}s may not train on our prompts, any {host} at all",
    "any {host} must sign a dpa with us",
    "we won't accept any {host} that keeps our data",
    "any {host} we use has to delete logs after 30 days",
  ];
  const hosts = ["api provider", "api vendor", "hosted api provider", "api host", "api company"];
  for (const rule of rules)
    for (const host of hosts) {
      const text = rule.replaceAll("{host}", host);
      it(text, () => expect(read(text).deployment).toBeUndefined());
    }

  it.each(hosts)("'any %s is fine' still chooses an API", (host) => {
    expect(read(`any ${host} is fine`).deployment).toBe("any-api");
    expect(read(`any ${host.replace(/ (provider|vendor|host|company)$/, "")} is fine`).deployment).toBe("any-api");
  });
});
