// English words for what a team does, who builds it and what its data is, asserted over generated
// phrasings (found in tryout rounds 15–19; words32):
// - developers named beside the rest of the team's means ("We have one developer and a laptop.")
//   build the tool; they are not its users, so a hotline stays a conversation, not coding, and one
//   for mothers' health questions, a nurse reviewing, is medical work;
// - writing SQL from questions (text-to-SQL, NL2SQL) is code generation, and a machine's fault codes
//   are no software;
// - a clinical documentation tool writes the visit's notes: a summary, not a chat;
// - the agents a support bot is for (mobile-money shops) are people, not agents with tools;
// - invoices customers ask about are a chat's topic, while invoices read are extraction;
// - Turkey's KVKK, attorney-client privilege and humanitarian protection data are regulated data;
// - the team's legal service ruling out a provider decides; it makes the work no legal work.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";

const catalog = readCatalog();
const read = (text: string) => parseRequirements(text, catalog);

const COUNTS = ["one", "two", "3", "a couple of", "5"];
const MEANS = ["a laptop", "no servers", "a data scientist", "no GPUs", "one ML engineer", "a small budget"];
const CONVERSATIONS = [
  "We want an SMS hotline where mothers text health questions",
  "We want a chatbot that answers our customers' questions about deliveries",
  "We want a support bot for our shop's customers",
];

describe("developers counted beside the team's means", () => {
  it("build the tool: a conversation stays a conversation, never coding", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONVERSATIONS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...MEANS),
        fc.constantFrom("We have", "There are", "Our team is"),
        (want, count, means, have) => {
          const devs = count === "one" ? "developer" : "developers";
          const text = `${want}, 20,000 messages a month. ${have} ${count} ${devs} and ${means}.`;
          expect(read(text).useCase, text).toBe("chat");
        },
      ),
    );
  });

  it("still makes a tool for developers coding when they are its users", () => {
    for (const text of [
      "Something for our 300 developers and a data scientist, 50M tokens a month.",
      "An assistant for our developers, 20M tokens a month.",
    ])
      expect(read(text).useCase, text).toBe("coding");
  });
});

describe("care for mothers and the nurses who give it", () => {
  it("is medical work", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "a maternal-health SMS hotline",
          "a hotline for pregnant women",
          "a helpline where midwives answer",
        ),
        fc.constantFrom(
          "a nurse reviews every reply",
          "mothers text their health questions",
          "20,000 messages a month",
        ),
        (what, detail) => {
          const text = `We run ${what}; ${detail}.`;
          expect(parseTeamFacts(text).fieldOfUse, text).toBe("medical");
        },
      ),
    );
  });
});

describe("writing SQL from questions", () => {
  it("is code generation", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "need text-to-SQL over customers' postgres schemas",
          "we want a model that writes SQL queries from our analysts' questions",
          "natural-language-to-SQL for our warehouse",
          "an NL2SQL feature in our BI tool",
          "a tool that generates SQL from plain English",
        ),
        fc.constantFrom(", 5M tokens a month.", ". Which model?", ", open weights only."),
        (need, rest) => {
          const text = `${need}${rest}`;
          expect(read(text).useCase, text).toBe("coding");
        },
      ),
    );
  });
});

describe("a machine's fault codes", () => {
  it("are no software: answers from the manual and the codes are retrieval", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("fault-code", "fault code", "trouble code", "alarm code", "OBD trouble code"),
        fc.constantFrom("descriptions", "tables", "lists"),
        fc.constantFrom("the driver's manual", "the service manual", "our machine manuals"),
        (code, what, manual) => {
          const text = `We want an offline assistant: the operator asks and it answers from ${manual} and ${code} ${what}. Which model?`;
          expect(read(text).useCase, text).toBe("rag");
        },
      ),
    );
  });
});

describe("a clinical documentation tool", () => {
  it("writes the visit's notes (summarisation), not a chat", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("clinical", "medical", "nursing"),
        fc.constantFrom("assistant", "tool", "copilot", "app"),
        fc.constantFrom("We're building a", "We want a", "Which model for a"),
        (kind, tool, opening) => {
          const text = `${opening} ${kind} documentation ${tool} for hospitals, 20M tokens a month.`;
          expect(read(text).useCase, text).toBe("summarization");
        },
      ),
    );
  });

  it("answering questions over clinical documentation stays retrieval", () => {
    const text = "We want to answer questions from our clinical documentation, 5M tokens a month.";
    expect(read(text).useCase, text).toBe("rag");
  });
});

describe("the people a support bot is for", () => {
  it("are people: a chat, not agents with tools", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("a support bot", "a chatbot", "an assistant", "a help desk bot"),
        fc.constantFrom("for our agents", "for the agents", "that helps our agents", "for all our agents"),
        fc.constantFrom(" (the shops that do cash in / cash out)", " in the field", ""),
        (bot, forWhom, who) => {
          const text = `We want ${bot} ${forWhom}${who}, about 10M tokens a month.`;
          expect(read(text).useCase, text).toBe("chat");
        },
      ),
    );
  });

  it("an agent that acts is still an agent with tools", () => {
    const text = "We want an agent that books appointments through our API.";
    expect(read(text).useCase, text).toBe("agents");
  });
});

describe("invoices", () => {
  it("asked about are the topic of a chat", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("a virtual assistant", "a chatbot", "a support bot"),
        fc.constantFrom("answers customer questions about", "answers questions on", "handles queries regarding"),
        fc.constantFrom("invoices", "their invoices", "unpaid invoices"),
        (bot, answers, invoices) => {
          const text = `We want ${bot} that ${answers} ${invoices}, 10,000 chats a month.`;
          expect(read(text).useCase, text).toBe("chat");
        },
      ),
    );
  });

  it("read are extraction", () => {
    for (const text of [
      "we classify incoming invoices, 40k invoices a month",
      "extraction from invoices, 5M tokens a month",
      "we process 3,000 invoices a day (2k in, 300 out)",
    ])
      expect(read(text).useCase, text).toBe("extraction");
  });
});

describe("data a law or a duty of confidence protects", () => {
  it("is regulated, whatever job comes with it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "Passenger data falls under KVKK.",
          "Under KVKK, personal data must be protected.",
          "Everything is covered by attorney-client privilege.",
          "The files are under legal professional privilege.",
          "This is protection data about vulnerable people.",
          "These are protection case files.",
          "The reports hold data about vulnerable people.",
        ),
        fc.constantFrom(
          "We want to summarise them, 5M tokens a month.",
          "We want a chatbot, 30M tokens a month.",
          "Which model?",
        ),
        (data, job) => {
          const text = `${data} ${job}`;
          expect(read(text).dataSensitivity, text).toBe("regulated");
        },
      ),
    );
  });

  it("'fire protection records' are about equipment, not people", () => {
    expect(read("We want to summarise our fire protection records, 5M tokens a month.").dataSensitivity).not.toBe(
      "regulated",
    );
  });
});

describe("a legal service that rules out a provider", () => {
  it("decides; the work is not legal work", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("legal service", "legal team", "legal department"),
        fc.constantFrom("does not accept", "doesn't allow", "won't approve", "will not accept"),
        fc.constantFrom("US cloud providers", "Chinese models", "providers that train on our data"),
        (who, rule, what) => {
          const text = `We are a humanitarian organisation. Our ${who} ${rule} ${what}. We want to summarise field reports, 5M tokens a month.`;
          expect(parseTeamFacts(text).fieldOfUse, text).toBeUndefined();
        },
      ),
    );
  });

  it("a law firm's work stays legal", () => {
    for (const text of [
      "We're a law firm; we want to summarise depositions, 5M tokens a month.",
      "Our legal service wants a tool that summarises its case files.",
    ])
      expect(parseTeamFacts(text).fieldOfUse, text).toBe("legal");
  });
});
