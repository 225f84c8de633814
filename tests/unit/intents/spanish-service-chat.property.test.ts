// A Spanish-speaking team asks for a customer-service assistant in its own words (seventeenth tryout
// round, the Mexican telco: 'Queremos un asistente en WhatsApp y en la app que resuelva dudas de
// saldo, recargas, planes y portabilidad, y que pase a un agente humano cuando haga falta' was
// unread, so the questionnaire started). Over generated messages (verb of wanting × the assistant ×
// where it runs × what it does with the customers' doubts × a hand-over to a person or none): the
// use case is chat, never agents with tools; the team's sector or its customers' personal data make
// the data regulated, as the same message in English is read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const WANT = ["Queremos", "Necesitamos", "Buscamos"] as const;
const ASSISTANT = [
  "un asistente",
  "un asistente virtual",
  "un chatbot de soporte",
  "un bot de ayuda",
  "un bot",
] as const;
const WHERE = ["", " en WhatsApp", " en la app", " en WhatsApp y en la app", " en nuestra web"] as const;
const ANSWERS = ["que resuelva", "que responda", "que atienda", "que conteste", "que resuelve"] as const;
const DOUBTS = [
  "las dudas de nuestros clientes",
  "dudas de saldo, recargas y planes",
  "las preguntas de los clientes sobre sus pedidos",
  "consultas sobre envíos y devoluciones",
] as const;
const HAND_OVER = [
  "",
  ", y que pase a un agente humano cuando haga falta",
  " y que los transfiera a un asesor humano",
  ", y que derive a un operador humano si no sabe",
] as const;

const SECTOR = ["Somos un banco", "Somos una aseguradora", "Somos una clínica", "Somos un hospital"] as const;
const PERSONAL = [
  "Los datos personales de nuestros clientes están bajo la LFPDPPP.",
  "Son datos personales, protegidos por la ley.",
  "Manejamos datos de salud de los pacientes.",
] as const;

const request = fc
  .tuple(
    fc.constantFrom(...WANT),
    fc.constantFrom(...ASSISTANT),
    fc.constantFrom(...WHERE),
    fc.constantFrom(...ANSWERS),
    fc.constantFrom(...DOUBTS),
    fc.constantFrom(...HAND_OVER),
  )
  .map(
    ([want, assistant, where, answers, doubts, handOver]) =>
      `${want} ${assistant}${where} ${answers} ${doubts}${handOver}.`,
  );

describe("a customer-service assistant asked for in Spanish", () => {
  it("is chat, never agents with tools: the human agent is the person it hands over to", () => {
    fc.assert(
      fc.property(request, (said) => {
        expect(parseRequirements(said).useCase, said).toBe("chat");
      }),
      { numRuns: 60, seed: 2917 },
    );
  });

  it("the team's sector or its customers' personal data make the data regulated", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...SECTOR).map((s) => `${s} en México.`),
          fc.constantFrom(...PERSONAL),
        ),
        request,
        (facts, said) => {
          const message = `${facts} ${said}`;
          const req = parseRequirements(message);
          expect(req.useCase, message).toBe("chat");
          expect(req.dataSensitivity, message).toBe("regulated");
        },
      ),
      { numRuns: 40, seed: 2918 },
    );
  });
});
