// Use policies on decisions about people. Gemma's forbids automated decisions in employment,
// finance, healthcare, housing and the like; DeepSeek-V3's and MiniMax-M2.5's forbid fully
// automated decisions that adversely affect a person's legal rights; Llama's forbids facilitating
// discrimination in the provision of employment, credit or housing. A team whose field is one the
// clause reaches (screening job applicants, scoring credit) hears the clause and what it asks: a
// person deciding each case, or outcomes checked for discrimination. Never a silent "allowed".
import type { Finding, Rule } from "./finding.js";

/** What is decided about people in each field, for a sentence ("decide who is hired or rejected"). */
const DECIDED: Record<string, string> = {
  employment: "who is hired or rejected",
  finance: "who gets credit, a loan or insurance",
  housing: "who gets housing",
  medical: "a patient's care",
  legal: "a person's legal matter",
};

export const decisionsAboutPeopleRule: Rule = ({ model, license, facts }) => {
  const term = license.terms.decisionsAboutPeople;
  const field = facts.fieldOfUse?.trim().toLowerCase();
  if (!term || !field || !term.fields.includes(field)) return [];
  const decided = DECIDED[field] ?? `what happens to people in ${field}`;
  const topics = ["decisions-about-people" as const];
  const finding: Finding =
    term.kind === "automated"
      ? {
          level: "conditional",
          topics,
          stated: true,
          reason: `Your use (${field}) is one where automated decisions about people are forbidden by ${term.policy}: ${model.name} may rank, summarise or draft, but must not decide ${decided} on its own.`,
          duty: `Keep a person making each decision on ${decided}, with ${model.name}'s output as input only; never let it reject or approve anyone automatically.`,
        }
      : {
          level: "conditional",
          topics,
          stated: true,
          reason: `Your use (${field}) is one named by ${term.policy}, which forbids facilitating discrimination in the provision of employment, credit or housing.`,
          duty: `Check that ${model.name}'s part in deciding ${decided} does not discriminate (test its outcomes across protected characteristics) before and while you use it.`,
        };
  return [finding];
};
