import { describe, expect, it } from "vitest";
import { opsCapacityIn } from "../../../src/intents/ops-capacity.js";

describe("opsCapacityIn: how teams describe running models themselves", () => {
  it.each([
    ["no ml ops at all", "none"],
    ["tiny team, no devops whatsoever", "none"],
    ["nobody on the team has run models in production", "none"],
    ["none of us has ever operated a model server", "none"],
    ["we have never deployed an llm", "none"],
    ["strong ops team", "strong"],
    ["our platform team is very strong", "strong"],
    ["ops experience: solid", "strong"],
    ["we already run gpu clusters", "strong"],
    ["some k8s experience but never ran gpus", "some"],
    ["we know kubernetes but have never deployed a model", "some"],
    ["a couple of devops engineers", "some"],
    ["no gpus, no infra ppl", "none"],
    ["we have no dedicated ops engineers", "none"],
    ["we have a strong ml-ops team", "strong"],
  ] as const)("%s -> %s", (text, level) => {
    expect(opsCapacityIn(text)).toBe(level);
  });

  it.each([
    "nobody cares about latency",
    "nobody will read these summaries",
    "our platform is a marketplace",
    "no budget for this",
    "we never looked at open models",
    // A plan, not the team's skills.
    "is there a volume where running our own gpus beats gpt-5?",
  ])("says nothing about ops: %s", (text) => {
    expect(opsCapacityIn(text)).toBeUndefined();
  });

  it.each([
    // Experience said as a quality of the team, or of its size.
    ["our ml team is experienced", "strong"],
    ["the infra folks are seasoned", "strong"],
    ["ml team of 10, strong", "strong"],
    // Running an inference server is the skill itself.
    ["we run our own vllm cluster on 8x h100", "strong"],
    ["we already operate a tgi deployment for our classifier", "strong"],
    // A company of one or two has no one to run models, unless they say one of them does.
    ["we're 2 people running the website", "none"],
    ["a 2-person charity", "none"],
    ["solo founder here", "none"],
    ["we're 2 people, one is a strong ml engineer", "strong"],
    ["we are two people but one ml engineer has run kubernetes for years", "some"],
  ] as const)("%s -> %s (experience in other words)", (text, level) => {
    expect(opsCapacityIn(text)).toBe(level);
  });

  it.each(["we are 3 people and want a cheap model", "we have 2 people on the project", "2 people will use it"])(
    "a headcount alone says nothing about ops: %s",
    (text) => {
      expect(opsCapacityIn(text)).toBeUndefined();
    },
  );
});
