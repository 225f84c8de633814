// Three readings the fourteenth tryout round's foreign-language teams needed, asserted over
// generated phrasings in English and in the teams' languages:
// - a voice or phone agent that answers callers is a conversation (chat), not agents with tools
//   (Bogotá: 'un agente de voz que atienda por teléfono las preguntas de facturación'); one that
//   acts for them ("books appointments") stays an agent;
// - coding free-text answers into a code list (ISCO, NACE, occupation codes) is classification,
//   not programming (Statistics Austria: '… den ISCO-Berufscodes … zuordnen');
// - when the first word must come: 'la primera palabra tiene que salir en menos de 500 ms', 'la
//   respuesta tiene que empezar en menos de un segundo' is a time-to-first-token target;
// - 'Two colleagues run Kubernetes' ('Zwei Kollegen betreiben Kubernetes'): who runs the
//   machines is no count of users.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const read = (text: string) => parseRequirements(text, catalog);

// [who, what it does, the message around them] in English and in Spanish.
const SPOKEN_AGENTS = {
  en: ["a voice agent", "an AI voice agent", "a phone agent", "a voice assistant", "a telephone assistant"],
  es: ["un agente de voz", "un asistente de voz", "un bot de voz"],
};
const ANSWERS = {
  en: [
    "that answers billing questions on the phone",
    "that answers callers' questions about their bill",
    "for our hotline; it answers questions about opening hours",
  ],
  es: [
    "que atienda por teléfono las preguntas de facturación",
    "que responda las consultas de los clientes por teléfono",
  ],
};
const SAID = {
  en: (agent: string, answers: string) => `We want ${agent} ${answers}. Which model?`,
  es: (agent: string, answers: string) =>
    `Somos una aseguradora. Queremos ${agent} ${answers}. ¿Qué modelo nos recomiendan?`,
};

describe("a voice or phone agent that answers callers", () => {
  it("is a conversation (chat), whatever the words and the language", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom("en" as const, "es" as const)
          .chain((lang) =>
            fc.tuple(fc.constant(lang), fc.constantFrom(...SPOKEN_AGENTS[lang]), fc.constantFrom(...ANSWERS[lang])),
          ),
        ([lang, agent, answers]) => {
          const text = SAID[lang](agent, answers);
          expect(read(text).useCase, text).toBe("chat");
        },
      ),
    );
  });

  it("stays an agent with tools when it acts for the caller", () => {
    for (const text of [
      "a voice agent that books appointments in our calendar, which model?",
      "real-time voice agent that books appointments with tools, 20M tokens a month. which model?",
      "phone agent that submits refunds through our API, which model?",
    ])
      expect(read(text).useCase, text).toBe("agents");
  });
});

const CODE_LISTS = [
  "ISCO occupation codes",
  "NACE industry codes",
  "occupation codes",
  "ISCO-08 codes",
  "our industry classification codes",
];
const ANSWERS_CODED = [
  "free-text survey answers",
  "job descriptions",
  "the open answers of our census",
  "responses",
  "the free-text answers from our household surveys (occupation and activity)",
];

describe("coding answers into a code list", () => {
  it("is classification (extraction), not programming", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("code", "automatically code", "we code"),
        fc.constantFrom(...ANSWERS_CODED),
        fc.constantFrom("into", "to"),
        fc.constantFrom(...CODE_LISTS),
        (verb, what, into, codes) => {
          const text = `We want to ${verb} ${what} ${into} ${codes}, about 50k a month. Which model?`;
          expect(read(text).useCase, text).toBe("extraction");
        },
      ),
    );
  });

  it("code that a team writes is still programming", () => {
    for (const text of [
      "we write code that maps HTTP errors to status codes, which model?",
      "code review bot for our repo",
      "a coding assistant for our 40 developers",
    ])
      expect(read(text).useCase, text).toBe("coding");
  });
});

describe("when the first word must come, in Spanish", () => {
  it("is a time-to-first-token target of the seconds said", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "la primera palabra tiene que salir",
          "la respuesta tiene que empezar",
          "el primer token debe salir",
        ),
        fc.constantFrom(
          ["500 ms", 0.5] as const,
          ["800 ms", 0.8] as const,
          ["un segundo", 1] as const,
          ["2 segundos", 2] as const,
        ),
        (what, [bound, seconds]) => {
          const text = `Somos un banco. Queremos un asistente de voz para nuestros clientes; ${what} en menos de ${bound}. ¿Qué modelo nos recomiendan?`;
          expect(read(text).latencyTarget, text).toEqual({ seconds, measure: "first-token" });
        },
      ),
    );
  });
});

describe("who runs the machines", () => {
  it("is no count of users", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Two colleagues", "2 colleagues", "Three engineers", "3 people", "Our two colleagues"),
        fc.constantFrom("run Kubernetes", "run our servers", "maintain our GPU cluster", "who run our infrastructure"),
        (who, run) => {
          const text = `Support chatbot for our shop, which model? ${who} ${run}.`;
          expect(read(text).monthlyActiveUsers, text).toBeUndefined();
        },
      ),
    );
  });
});
