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
    ["our legal ops team (5 people, none technical) wants a tool", "none"],
    ["four paralegals, none of them technical", "none"],
    // An ops team sized is capacity, however small.
    ["we have an ml-ops team of 2", "some"],
    ["our mlops team is 2 engineers", "some"],
    ["we're a 40-person company with a devops team of three", "some"],
    ["a 3-person platform team looks after our servers", "some"],
    ["no ml-ops team, just 2 developers", "none"],
  ] as const)("%s -> %s", (text, level) => {
    expect(opsCapacityIn(text)).toBe(level);
  });

  it.each([
    "nobody cares about latency",
    "nobody will read these summaries",
    "our platform is a marketplace",
    "our legal ops team of 5 reviews contracts",
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
  // The eighth tryout round (tests/scenarios/eighth-round-teams.ts) and the seventh's Nagoya maker:
  // Linux admins who never ran ML are general ops ("some"); a team of one or two developers and no
  // GPUs has no one to run models ("none"); a huge infra team runs them ("strong").
  const linuxButNotMl = [
    "a 3-person infra team who run our Linux estate but never did ML",
    "IT team has 2 people who know Linux but not ML",
    "our sysadmins manage linux servers, but nobody has touched ml",
    "we have linux admins, no ml experience",
  ];
  it.each(linuxButNotMl)("Linux ops without ML is some: %s", (text) => {
    expect(opsCapacityIn(text.toLowerCase())).toBe("some");
  });

  const devs = ["one engineer", "2 backend devs", "two developers", "a couple of software engineers", "1 dev"];
  const noGpus = ["No GPUs, {devs}.", "We have no GPUs and {devs}.", "{devs} and no GPUs", "no gpu, just {devs}"];
  it("no GPUs and one or two developers is no ML-ops, for every way of saying both", () => {
    for (const d of devs)
      for (const frame of noGpus) {
        const text = frame.replace("{devs}", d).toLowerCase();
        expect(opsCapacityIn(text), text).toBe("none");
      }
  });

  it.each([
    "we have no gpus and 2 ml engineers who ran vllm before",
    "no gpus yet, our strong platform team will run them",
    "we have 2 backend devs on the project",
    "no gpus on our laptops",
  ] as const)("a headcount or 'no GPUs' alone, or with ML skills, is not 'none': %s", (text) => {
    expect(opsCapacityIn(text)).not.toBe("none");
  });

  it("a huge infra team is strong", () => {
    expect(opsCapacityIn("we have thousands of h100s and a huge infra team")).toBe("strong");
  });
});
