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
    ["must run on an iphone, offline translation", { onDevice: true }],
  ] as const)("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(["we don't want to self-host", "we can't run it ourselves", "chat assistant for 3k users"])(
    "states no place: %s",
    (text) => {
      expect(read(text).selfHosted).toBeUndefined();
      expect(read(text).deployment === "own-cloud").toBe(false);
    },
  );
});
