import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

// Running an inference server is the skill itself, said of the team with a relative clause too:
// "a small ML team that already runs vLLM". A plan to run one is no experience.
describe("a team that runs an inference server", () => {
  it.each(["We have a small ML team that already runs vLLM.", "our platform team who runs TGI for the search models"])(
    "%s",
    (text) => {
      expect(parseRequirements(text).mlOpsExperience).toBe("strong");
    },
  );

  it("a question about running one is no experience", () => {
    expect(parseRequirements("should our team run vLLM or TGI?").mlOpsExperience).not.toBe("strong");
  });
});
