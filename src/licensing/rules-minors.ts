// Age terms: a product for people under 18 is checked against the provider's own words before it
// is called allowed. Hosted services set age rules in their terms (Gemini API: no apps likely to
// be used by under-18s; OpenAI: parents' consent; Anthropic: its guidelines for products serving
// minors). Open-weights licences say nothing on age, so only hosted terms are checked.
import type { Rule } from "./finding.js";
import { hasNoWeights, termNote } from "./finding.js";
import { sentence } from "./format.js";

export const minorUsersRule: Rule = ({ model, license, facts, licenseName }) => {
  if (facts.minorUsers !== true || !hasNoWeights(model, license) || license.kind === "not-released") return [];
  const topics = ["minors" as const];
  const rule = license.terms.minorUsers;
  const note = termNote(license, "minorUsers");
  if (rule === "no")
    return [
      {
        level: "blocked",
        topics,
        reason: `${licenseName} does not allow ${model.name} in a product for, or likely to be used by, people under 18${note ? `: ${note.replace(/[.]$/, "")}` : ""}.`,
      },
    ];
  if (rule === "conditional")
    return [
      {
        level: "conditional",
        topics,
        reason: `${licenseName} lets a product reach people under 18 only on its conditions.`,
        duty: sentence(note ?? `Meet ${license.developer}'s conditions for users under 18.`),
      },
    ];
  if (rule === "allowed") return [];
  // A hosted service whose age terms we do not hold: never passed as allowed for minors.
  return [
    {
      level: "conditional",
      topics,
      reason: `Users under 18: the terms we hold for ${licenseName} say nothing on age, so whether ${model.name} may serve minors is not checked.`,
      duty: `Read ${license.developer}'s terms on users under 18 before offering ${model.name} to them.`,
    },
  ];
};
