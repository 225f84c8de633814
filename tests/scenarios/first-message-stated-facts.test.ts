// Facts a first message states in the team's own words, each of which changes what is checked or
// how the shortlist is weighed when it is lost: a personal-data law names personal data, data
// "operational, not PII" is internal, a model on hardware handed to other companies is weights
// handed over, a team serving models with vLLM has strong ops, "quality of <X> is critical" ranks
// quality first, a legal clinic's field is legal, a "streaming service" is a company (no latency
// need), a summary the product writes is no request for the decision record, and a budget per
// ticket times the tickets a month is the monthly budget. Each is asserted over generated
// phrasings, then on the tryout team's own message.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { parseTeamFacts } from "../../src/intents/team-facts.js";
import { chat } from "../flows/recommend-helpers.js";
import { firstShortlist } from "./cost-working-checks.js";
import { DEVTOOLS } from "./seventh-round-teams.js";
import { HELPDESK_SAAS } from "./eighth-round-teams.js";
import { AIRLINE } from "./sixth-round-teams.js";
import { ATACAMA_MINING, MONTREAL_LAW_CLINIC, PUNE_BPO, WARSAW_TRANSLATION } from "./tenth-round-teams.js";

const catalog = readCatalog();
const read = (text: string) => parseRequirements(text, catalog);
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

describe("data: a personal-data law names personal data; operational data is internal", () => {
  it.each(
    cross(
      ["DPDP Act applies", "it all falls under the DPDPA", "we are bound by India's DPDP Act", "DPDP act compliance"],
      ["call summaries for telecom clients", "support chatbot for a lending app"],
    ),
  )("'%s' beside '%s' is regulated data", (law, job) => {
    expect(read(`${job}. ${law}. which model?`).dataSensitivity).toBe("regulated");
  });

  it("Pune BPO: 'DPDP Act' is said back as regulated data", () => {
    const { req, text } = firstShortlist(catalog, PUNE_BPO);
    expect(req.dataSensitivity).toBe("regulated");
    expect(text).toMatch(/Noted: [^\n]*regulated data/);
  });

  it.each(
    cross(
      [
        "Data is operational, not passenger PII",
        "the data is operational",
        "it's operational data only",
        "operational logs",
      ],
      ["summarise the disruption log", "extract fields from maintenance reports"],
    ),
  )("'%s' (%s) is internal data", (data, job) => {
    expect(read(`${job}. ${data}. which model?`).dataSensitivity).toBe("internal");
  });

  it("operational data beside personal data is still personal data", () => {
    expect(read("operational data plus passenger PII, summaries, which model?").dataSensitivity).toBe("regulated");
  });

  it("airline: 'Data is operational, not passenger PII' is said back as internal data", () => {
    const { req } = firstShortlist(catalog, AIRLINE);
    expect(req.dataSensitivity).toBe("internal");
  });
});

describe("weights: a model on hardware handed to other companies is handed over", () => {
  const HARDWARE = ["devices", "edge boxes", "rugged tablets", "kiosks", "units"];
  const TO_OTHERS = [
    "we give to other companies",
    "we lease to our contractors",
    "we sell to clinics",
    "that we lend to our subcontractors",
  ];
  it.each(cross(HARDWARE, TO_OTHERS))("'the model ships on %s %s' redistributes the weights", (hw, others) => {
    expect(read(`offline assistant; the model ships on ${hw} ${others}. which model?`).redistributeWeights).toBe(true);
  });

  it.each([
    "the model runs on laptops our engineers use",
    "the model runs on tablets our mechanics carry",
    "the model ships on devices we keep in our own depots",
  ])("'%s' hands nothing to others", (text) => {
    expect(read(`offline assistant, ${text}. which model?`).redistributeWeights).toBeUndefined();
  });

  it("Atacama mine: leasing the edge boxes to contractors redistributes the weights, said back", () => {
    const { req, text } = firstShortlist(catalog, ATACAMA_MINING);
    expect(req.redistributeWeights).toBe(true);
    expect(text).toMatch(/you ship the weights to customers/);
  });
});

describe("ops: a team that already serves models with an inference server has strong ops", () => {
  it.each(
    cross(
      [
        "Our infra team runs Kubernetes at scale and already serves models with",
        "we already serve our own fine-tunes with",
        "we currently host open models behind",
        "our platform team deploys models on",
      ],
      ["vLLM", "TGI", "SGLang", "Triton"],
    ),
  )("'%s %s' is strong", (said, server) => {
    expect(read(`${said} ${server}. coding assistant, which model?`).mlOpsExperience).toBe("strong");
  });

  it.each(["is it cheaper if we serve models with vllm?", "could we serve it with vllm ourselves? coding model"])(
    "a plan or a question, '%s', says nothing of skills",
    (text) => {
      expect(read(text).mlOpsExperience).toBeUndefined();
    },
  );

  it("dev-tools: the vLLM team is priced as strong ops (×1 operations), not 'some'", () => {
    const { req, text } = firstShortlist(catalog, DEVTOOLS);
    expect(req.mlOpsExperience).toBe("strong");
    expect(text).toMatch(/ML-ops experience: strong/);
    expect(text).toMatch(/at strong ops capacity \(×1\)/);
  });
});

describe("priorities: 'quality of <what> is critical' ranks quality first", () => {
  it.each(
    cross(
      ["Quality of Ukrainian and German", "accuracy of the extracted fields", "the quality of our Korean subtitles"],
      ["is critical", "is crucial", "matters", "is essential"],
    ),
  )("'%s %s' is a quality priority", (what, how) => {
    expect(read(`${what} ${how}. which model?`).priorities).toContain("quality");
  });

  it("Warsaw office: 'Quality of Ukrainian and German is critical' weighs quality first", () => {
    const { req, text } = firstShortlist(catalog, WARSAW_TRANSLATION);
    expect(req.priorities?.[0]).toBe("quality");
    expect(text).toMatch(/priorities: quality/);
  });
});

describe("field of use: a legal clinic at a university is legal work", () => {
  it.each([
    "a student-run legal clinic at a university helping tenants",
    "a legal aid office for students",
    "the university's housing law clinic",
    "a free legal services project run by law school students",
  ])("'%s' is legal", (who) => {
    expect(parseTeamFacts(`we're ${who}. which model?`).fieldOfUse).toBe("legal");
  });

  it("a tutoring app for university students stays education", () => {
    expect(parseTeamFacts("tutoring app for university students, which model?").fieldOfUse).toBe("education");
  });

  it("Montreal law clinic: said back as legal, not education", () => {
    const { text } = firstShortlist(catalog, MONTREAL_LAW_CLINIC);
    expect(text).toMatch(/field of use: legal/);
    expect(text).not.toMatch(/field of use: education/);
  });
});

describe("a streaming business needs no streamed answers", () => {
  it.each(
    cross(
      [
        "streaming service, 12M subscribers",
        "we're a video streaming company",
        "music streaming platform",
        "a sports streaming app",
      ],
      ["help chat for subscribers", "recommendation chatbot"],
    ),
  )("'%s' (%s) states no latency", (company, job) => {
    expect(read(`${company}; ${job}, which model?`).latency).toBeUndefined();
  });

  it.each(["streaming responses needed", "answers must start streaming at once", "token streaming in the UI"])(
    "'%s' is interactive",
    (text) => {
      expect(read(`support chat, ${text}. which model?`).latency).toBe("interactive");
    },
  );
});

describe("a summary the product writes is no request for the decision record", () => {
  it.each(
    cross(
      [
        "a voice agent for our clinic's phone line",
        "our tool reads each contract",
        "a bot that listens to standups",
        "the pipeline takes every support ticket",
      ],
      ["after each call it writes a summary.", "and generates a short summary.", "and it produces a one-page summary."],
    ),
  )("'%s, %s which model?' asks for a recommendation", (what, does) => {
    const reply = chat(catalog).say(`${what}, ${does} which model?`);
    expect(reply.data?.intent).not.toBe("decision-record");
  });

  it("after a shortlist, 'write a summary.' still asks for the record", () => {
    const c = chat(catalog);
    c.say("coding assistant, 20M tokens a month, which model?");
    expect(c.say("write a summary.").data?.intent).toBe("decision-record");
  });

  it("the clinic's voice agent gets a shortlist", () => {
    const reply = chat(catalog).say(
      "a voice agent for our clinic's phone line, after each call it writes a summary. which model?",
    );
    expect(reply.data?.intent).toBe("recommend");
  });
});

describe("words that already name a use case", () => {
  it("'ad copy in spanish and italian, 50M tokens a month' is creative writing", () => {
    expect(read("ad copy in spanish and italian, 50M tokens a month, which model?").useCase).toBe("creative");
  });
  it("'best llm for legal contract review in german?' names a use case", () => {
    expect(read("best llm for legal contract review in german?").useCase).toBeDefined();
  });
});

describe("budget: an amount per thing times the things counted a month", () => {
  const AMOUNTS = [
    ["at most 0.3 cents per", 0.003],
    ["max $0.01 per", 0.01],
    ["no more than 1 cent a", 0.01],
    ["we can spend up to $0.002 per", 0.002],
  ] as const;
  const THINGS = [
    ["tickets", "ticket", 20_000_000],
    ["emails", "email", 3_000_000],
    ["conversations", "conversation", 500_000],
  ] as const;
  it.each(cross(AMOUNTS, THINGS))("'%s' × '%s' a month", ([said, usd], [plural, singular, count]) => {
    const req = read(`${count} ${plural} a month, ~2k tokens each. the AI can cost ${said} ${singular}. which model?`);
    expect(req.monthlyBudgetUsd).toBeCloseTo(usd * count, 2);
    expect(req.budgetPerUnit).toMatchObject({ usd, thing: singular, count });
  });

  it.each([
    ["under $500 a month", 500],
    ["max $2k per month", 2000],
    ["at most $100 a day", 3000],
  ])("'%s' beside a count of tickets is a budget per period, not per thing", (said, usd) => {
    expect(read(`20M tickets a month, ~2k tokens each, ${said}. which model?`).monthlyBudgetUsd).toBe(usd);
  });

  it("a price per thing with no count of those things is no monthly budget", () => {
    expect(read("at most $0.002 per request, which model is cheapest for a chatbot?").monthlyBudgetUsd).toBeUndefined();
    expect(read("20k emails a month, 1k tokens each, max $0.01 per ticket").monthlyBudgetUsd).toBeUndefined();
  });

  it("helpdesk SaaS: 20M tickets × 0.3 cents is $60,000 a month, said back with its working", () => {
    const { req, text } = firstShortlist(catalog, HELPDESK_SAAS);
    expect(req.monthlyBudgetUsd).toBe(60_000);
    expect(text).toMatch(/budget \$60,000\.00\/month · = 0\.3¢ per ticket × 20M tickets a month/);
  });

  it("a new monthly budget said later replaces the per-ticket working", () => {
    const c = chat(catalog);
    c.say(
      "20M tickets a month, ~2k tokens each. the AI can cost at most 0.3 cents per ticket. support chat, which model?",
    );
    c.say("what if our budget is $10k a month?");
    expect(c.session.requirements.monthlyBudgetUsd).toBe(10_000);
    expect(c.session.requirements.budgetPerUnit).toBeUndefined();
  });
});
