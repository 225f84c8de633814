import { describe, expect, it } from "vitest";
import { ownedGpusIn } from "../../../src/intents/fleet-text.js";

describe("ownedGpusIn: the GPUs a team has, in its words", () => {
  it.each([
    ["we own 8 h100s", { type: "h100", count: 8 }],
    ["the 4 a100s we own", { type: "a100", count: 4 }],
    ["we have our own k8s with 16 a100 80gb already", { type: "a100 80gb", count: 16 }],
    ["we have one h100", { type: "h100", count: 1 }],
    ["we have a single l40s in the office", { type: "l40s", count: 1 }],
    ["we self-host on a single l40s", { type: "l40s", count: 1 }],
    ["we already run everything on 2 h100s", { type: "h100", count: 2 }],
    ["what if we buy 8 h100 instead", { type: "h100", count: 8 }],
  ] as const)("%s", (text, expected) => {
    expect(ownedGpusIn(text)).toEqual(expected);
  });

  it.each([
    "what would it cost to run llama 3.3 70b on 8 h100s",
    "is an h100 faster than an a100?",
    "our a100 cluster is busy",
    "no gpus, no infra people",
    // A question about hardware asks whether it fits; it does not say the team has it.
    "can we run kimi k2 on 2x h100?",
    "could we serve qwen3 32b on 4 l40s",
    "what if we run it on 8 h100s",
    // GPUs the team runs but rents.
    "we run our own vllm cluster on 8x h100 (rented, $2.10/gpu-hour)",
    "we serve everything on 4 a100s rented from lambda",
  ])("owns nothing: %s", (text) => {
    expect(ownedGpusIn(text)).toBeUndefined();
  });
});
