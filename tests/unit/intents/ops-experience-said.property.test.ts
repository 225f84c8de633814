// Teams say what their people have run rather than rate it (thirteenth round): the Mumbai insurer's
// 'We have an ML team of 6 with SageMaker experience' and the Curitiba marketplace's 'Temos um time
// de ML com 8 pessoas que já roda modelos em GPU' were 'ML-ops experience: not stated', so both
// were priced as a team of unknown skill. Deploying on a managed ML platform is some experience;
// a team that already runs models on GPUs is strong. A plan or a question is neither.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const PLATFORMS = ["SageMaker", "Vertex AI", "Azure ML", "Azure Machine Learning", "Databricks"];
const TEAMS = ["an ML team of 6", "a data science team", "two ML engineers", "a small platform group"];

describe("experience on a managed ML platform is some ML-ops experience", () => {
  it("'<team> with <platform> experience', 'experience with <platform>', 'we've deployed models on <platform>'", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLATFORMS),
        fc.constantFrom(...TEAMS),
        fc.constantFrom(
          "We have {team} with {platform} experience.",
          "We have {team} with experience on {platform}.",
          "{team} here has deployed models on {platform} endpoints before.",
          "we've deployed two models on {platform} already.",
        ),
        (platform, team, form) => {
          const text = `${form.replace("{team}", team).replace("{platform}", platform)} which model for invoice extraction?`;
          expect(parseRequirements(text).mlOpsExperience, text).toBe("some");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a wish to deploy there says nothing of the team", () => {
    for (const platform of PLATFORMS)
      for (const text of [`we want to deploy on ${platform}`, `should we deploy models on ${platform}?`])
        expect(parseRequirements(text).mlOpsExperience, text).toBeUndefined();
  });
});

describe("a team that already runs models on GPUs is strong", () => {
  it("said of the team, in English or in Portuguese", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("our team", "our ML team", "we", "the team"),
        fc.constantFrom("already runs", "runs", "has run", "already serves"),
        fc.constantFrom("models", "LLMs", "open models", "our own models"),
        fc.constantFrom("GPUs", "our own GPUs", "GPU"),
        (who, verb, what, gpus) => {
          const runs =
            who === "we"
              ? verb.replace(/runs$/, "run").replace("has run", "have run").replace("serves", "serve")
              : verb;
          const text = `${who} ${runs} ${what} on ${gpus}. which model for coding?`;
          expect(parseRequirements(text).mlOpsExperience, text).toBe("strong");
        },
      ),
      { numRuns: 60 },
    );
    for (const n of [3, 8, 12])
      expect(
        parseRequirements(
          `Temos um time de ML com ${n} pessoas que já roda modelos em GPU. Qual modelo para atendimento ao cliente?`,
        ).mlOpsExperience,
      ).toBe("strong");
  });

  it("a plan or a question about running models on GPUs says nothing of the team", () => {
    for (const text of [
      "what if we run models on GPUs ourselves?",
      "should our team run models on GPUs?",
      "does the team run models on GPUs?",
      "we want to run models on our own GPUs",
    ])
      expect(parseRequirements(text).mlOpsExperience, text).not.toBe("strong");
  });
});

describe("nobody to run it", () => {
  it("'No developers, I'm the part-time IT person' (the Auckland trust) is no ML-ops experience", () => {
    for (const who of ["I'm the part-time IT person", "just me doing IT part-time", "our office manager does the IT"])
      expect(parseRequirements(`No developers, ${who}. which model?`).mlOpsExperience, who).toBe("none");
  });
});
