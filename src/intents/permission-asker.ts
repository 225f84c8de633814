// Who a permission question names as the one who would use a model: the team ("can we …", "may I
// …") or an organisation put in its place ("can a government ministry use X?", "could the police
// run X?", "may a hospital self-host X?"). Either way it asks whether that use is allowed, a
// licence question, never a look-up of the model. One home for the licence readers
// (registry/question-cues.ts, registry/questions/license.ts and compare.ts).
//
// Only organisations and bodies of people are askers: "can the model use tools?" or "can a small
// model run offline?" ask what a model does, not whether anyone may use it.
const ORGANISATION = [
  "governments?",
  "ministry",
  "ministries",
  "departments?",
  "agency",
  "agencies",
  "councils?",
  "municipality",
  "municipalities",
  "city",
  "cities",
  "public (?:body|bodies|sector|administration|service)",
  "police",
  "army",
  "armed forces",
  "military",
  "courts?",
  "regulators?",
  "universit(?:y|ies)",
  "schools?",
  "hospitals?",
  "clinics?",
  "charit(?:y|ies)",
  "non-?profits?",
  "ngos?",
  "compan(?:y|ies)",
  "business(?:es)?",
  "startups?",
  "banks?",
  "insurers?",
  "firms?",
  "enterprises?",
  "corporations?",
  "employers?",
  "retailers?",
  "organi[sz]ations?",
  "orgs?",
  "institutions?",
  "libraries",
  "library",
  "broadcasters?",
  "publishers?",
  "newsrooms?",
];

/** An organisation as the asker, as a regex source: "a government ministry", "the police", "our bank". */
export const ORGANISATION_ASKER = String.raw`(?:a|an|the|our|my|your|their|any) (?:[\w-]+ ){0,2}?(?:${ORGANISATION.join("|")})`;
/** The asker of a permission question, as a regex source: "we", "I", or an organisation. */
export const ASKER = String.raw`(?:we|i|${ORGANISATION_ASKER})`;
