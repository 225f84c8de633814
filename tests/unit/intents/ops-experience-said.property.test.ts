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

// Fifteenth to seventeenth rounds (words28): 'We have no GPUs, just 4 backend developers' (Lagos),
// 'we have no gpu and only 2 IT person, no AI knowledge' (Dhaka) and 'we have no GPUs and 3
// developers' (Dar es Salaam) were 'not stated', and so were 'an ML platform team of 5' (Istanbul),
// 'an ML team of 10 that runs GPU inference on GKE' (Helsinki) and '4 ML engineers who have run
// models on AKS' (Amsterdam): self-hosted picks were priced for a team of unknown skill.
describe("no GPUs and a few developers, or no AI knowledge, is no one to run models", () => {
  it("'no GPUs, just <n> <developers>' and '<n> <developers> and no GPUs', for up to five", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("1", "2", "3", "4", "5", "two", "three", "four", "a couple of", "a few"),
        fc.constantFrom("backend developers", "developers", "web devs", "software engineers", "IT people", "IT person"),
        fc.constantFrom(
          "We have no GPUs, just {n} {who}.",
          "we have no gpu and only {n} {who}",
          "No GPUs and {n} {who}.",
          "We're {n} {who} and no GPUs.",
        ),
        (n, who, form) => {
          const text = `${form.replace("{n}", n).replace("{who}", who)} Which model for a support chatbot?`;
          const req = parseRequirements(text);
          expect(req.mlOpsExperience, text).toBe("none");
          expect(req.monthlyActiveUsers, text).toBeUndefined();
        },
      ),
      { numRuns: 80 },
    );
  });

  it("'no AI knowledge', 'without any ML background', 'No AI experience in the team'", () => {
    for (const said of [
      "no AI knowledge",
      "without any ML background",
      "No AI experience in the team",
      "zero LLM know-how",
    ])
      expect(parseRequirements(`Our IT team, ${said}. Which model for a FAQ bot?`).mlOpsExperience, said).toBe("none");
  });

  it("a bigger group of developers, or developers with GPUs, says nothing of ops", () => {
    for (const text of [
      "No GPUs, 6 developers. Which model for a chatbot?",
      "We have 4 backend developers and our own GPUs. Which model for a chatbot?",
      "We have no GPUs yet. Which model for a chatbot?",
    ])
      expect(parseRequirements(text).mlOpsExperience, text).toBeUndefined();
  });
});

describe("a team that runs models on its clusters, or whose job is the ML platform, is strong", () => {
  it("'<team> that runs GPU inference on <cluster>', '<people> who have run models on <cluster>', 'an ML platform team of <n>'", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("an ML team of 10", "4 ML engineers", "a data team", "engineers"),
        fc.constantFrom("that runs", "who have run", "who run", "that already serves", "who operate"),
        fc.constantFrom("GPU inference", "models", "LLMs", "our models"),
        fc.constantFrom("GKE", "EKS", "AKS", "Kubernetes", "OpenShift"),
        (team, verb, what, cluster) => {
          const text = `We have ${team} ${verb} ${what} on ${cluster}. Which model for CV parsing?`;
          expect(parseRequirements(text).mlOpsExperience, text).toBe("strong");
        },
      ),
      { numRuns: 80 },
    );
    for (const team of [
      "an ML platform team of 5",
      "an AI platform team",
      "our ML infra team",
      "an inference platform team of 3",
    ])
      expect(parseRequirements(`We have ${team}. Which model for chat?`).mlOpsExperience, team).toBe("strong");
  });

  it("a plan to run models on a cluster, or no platform team, is not strong", () => {
    for (const text of [
      "should we run models on GKE? which model for chat?",
      "we want to run models on EKS. which model?",
      "we don't have an ML platform team. which model?",
      "no ML platform team here. which model?",
    ])
      expect(parseRequirements(text).mlOpsExperience, text).not.toBe("strong");
  });
});

// Eighteenth round (words28): Lahore's 'No GPUs, 2 developers.' made a WhatsApp bot a coding tool
// for '2 monthly users'; Hsinchu's 'Our MLOps team of 3 already runs Triton' and Bangkok's 'We have
// one freelance developer and no servers' were 'not stated'.
describe("developers counted as all the team has build it; a team running an inference server is strong", () => {
  it("'No GPUs, <n> developers.' after a non-coding job: no ML-ops, no coding, no users", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "We want a bot to answer them.",
          "We want something to reply to customer messages.",
          "We need a model for it.",
        ),
        fc.constantFrom("No GPUs, {n} developers.", "No servers, {n} devs.", "no GPUs and only {n} programmers."),
        fc.constantFrom("2", "3", "two", "four"),
        (job, team, n) => {
          const text = `Customers message us about orders. ${job} ${team.replace("{n}", n)}`;
          const req = parseRequirements(text);
          expect(req.mlOpsExperience, text).toBe("none");
          expect(req.useCase, text).not.toBe("coding");
          expect(req.monthlyActiveUsers, text).toBeUndefined();
        },
      ),
      { numRuns: 40 },
    );
    // Developers a tool is for are still its users' trade.
    expect(parseRequirements("We want a model for our developers.").useCase).toBe("coding");
  });

  it("'<team> of <n> already runs <inference server>' is strong; a plan to run one is not", () => {
    for (const team of ["Our MLOps team of 3", "Our platform team", "We"])
      for (const server of ["Triton", "vLLM", "TGI"]) {
        const verb = team === "We" ? "run" : "runs";
        const text = `${team} already ${verb} ${server} for other models. Which model for RAG?`;
        expect(parseRequirements(text).mlOpsExperience, text).toBe("strong");
      }
    expect(parseRequirements("Should our team run vLLM? Which model for RAG?").mlOpsExperience).not.toBe("strong");
  });

  it("one freelance or contract developer is no one to run models", () => {
    for (const who of [
      "one freelance developer and no servers",
      "a single contract developer",
      "just one freelance dev",
    ])
      expect(parseRequirements(`We have ${who}. Which model for a chatbot?`).mlOpsExperience, who).toBe("none");
  });
});
