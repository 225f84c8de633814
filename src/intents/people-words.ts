// Nouns for people counted in a message: "2M users", "300 developers", "80 people", "5,000
// clinicians", "120 tutors". One table for every reader of counts of people: the monthly-user
// count and the team size (team-facts.ts, team-size.ts), people × tokens each (volume.ts), the
// period reader, for which "900M monthly users" counts users, not tokens a month, and the use-case
// reader, for which "200 contact-centre agents" are people, not agents with tools.
//
// Words that also name things a model works on or runs with stay out ("drivers", "operators",
// "candidates", "reviews"): a count of them is not a count of people.

import { nounForms } from "./noun-forms.js";

/** People who work at the organisation, as opposed to those its product serves (users, players). */
const STAFF = [
  "people",
  "persons?",
  "ppl",
  "folks",
  "employees?",
  "staff",
  // A ship's or a flight's people: "25 crew per ship" (never "crews", which are teams of them).
  "crew",
  "engineers?",
  "devs?",
  "developers?",
  "programmers?",
  "headcount",
  "members?",
  "ftes?",
];

// Roles: who a team builds for or employs, by trade. Counted, they are people, whatever the trade.
const ROLES = [
  "analysts?",
  "reps?",
  "agents?",
  "lawyers?",
  "attorneys?",
  "paralegals?",
  "writers?",
  "editors?",
  "journalists?",
  "translators?",
  "clinicians?",
  "doctors?",
  "physicians?",
  "nurses?",
  "pharmacists?",
  "therapists?",
  "caregivers?",
  "carers?",
  "caseworkers?",
  "teachers?",
  "tutors?",
  "instructors?",
  "lecturers?",
  "professors?",
  "researchers?",
  "scientists?",
  "accountants?",
  "auditors?",
  "advis[eo]rs?",
  "consultants?",
  "recruiters?",
  "marketers?",
  "designers?",
  "underwriters?",
  "adjusters?",
  "brokers?",
  "bankers?",
  // "relationship managers", "account managers": people, whatever they manage.
  "managers?",
  "traders?",
  "tellers?",
  "dispatchers?",
  "technicians?",
  "officers?",
  "workers?",
  "colleagues?",
  "coworkers?",
  "volunteers?",
  "moderators?",
  "annotators?",
  "testers?",
];

// Those a product serves.
const AUDIENCE = [
  "users?",
  "maus?",
  // "120k DAU", "40k daily actives": counted each day (team-facts.ts keeps that it was daily).
  "daus?",
  "actives",
  "customers?",
  "subscribers?",
  "players?",
  "gamers?",
  "shoppers?",
  "visitors?",
  "readers?",
  "viewers?",
  "listeners?",
  "callers?",
  "learners?",
  "students?",
  "pupils?",
  "parents?",
  "creators?",
  "clients?",
  "patients?",
  "residents?",
  "citizens?",
  "tenants?",
  "guests?",
  "passengers?",
  "travell?ers?",
  "seats?",
];

/** One noun for people (singular or plural), as a regex source without groups. */
export const PEOPLE_WORDS = String.raw`(?:${[...STAFF, ...ROLES, ...AUDIENCE].join("|")})`;

/**
 * The words of a headcount ("5,000 employees", "about 120 staff", "300 devs"): who works at the
 * organisation, never the people its product serves. "people" and "members" are left out: "2M
 * people" and "400k members" are as often a product's users.
 */
export const HEADCOUNT_WORDS = String.raw`(?:employees?|staff|ftes?|headcount|engineers?|devs?|developers?|programmers?)`;

/**
 * People words counted as they are written, with no plural "s" ("25 crew", "80 staff", "3 ppl"):
 * a count of them is plural already. As an alternation to test a word's end with.
 */
export const PLURAL_AS_WRITTEN = "people|staff|crew|ppl|folks|headcount";

/** People who work at the organisation, as opposed to those its product serves (users, players). */
export const STAFF_WORDS = String.raw`(?:${STAFF.join("|")})`;

/**
 * Words that make "agents" software, not people: "80 AI agents", "20 autonomous coding agents"
 * are no users or staff (use-case-text.ts reads them as the agents use case).
 */
export const SOFTWARE_AGENT_WORDS = String.raw`(?:ai|llm|autonomous|coding|software|research|browser|gpt|bot)`;

/**
 * Up to two words that say which people ("50 insurance agents", "1.2M loyalty app users"), unless
 * one is a unit or a joining word: "500 requests from users" counts requests, not users.
 */
export const WHICH_PEOPLE = String.raw`(?:(?!(?:tok\w*|gpus?|requests?|calls?|queries|messages?|questions?|per|a|an|the|of|and|or|from|for|with|by|to|in|on|at|each|every)\b|${SOFTWARE_AGENT_WORDS}\s+(?:[a-z-]+\s+)?agents?\b)[a-z][a-z-]*\s+){0,2}`;

// Short and long names of the same people: a thread counted "400 devs" grows "to 1,000 developers".
const SAME_PEOPLE: readonly (readonly string[])[] = [
  ["devs", "developers"],
  ["ppl", "people", "persons"],
  ["reps", "representatives"],
];

/** The forms of a people noun and of its other names, as one pattern on folded text. */
export function peopleForms(noun: string): RegExp {
  const group = SAME_PEOPLE.find((names) => names.some((n) => nounForms(n).test(noun)));
  return group ? new RegExp(group.map((n) => nounForms(n).source).join("|")) : nounForms(noun);
}

/**
 * Right after a count of people, a clause saying each of them sends the requests ("We have 1,200
 * engineers; every engineer asks about 10 questions a day"): the people are the users, whoever
 * they are. Read by the team size (which leaves them out) and the user count (which counts them).
 */
export const EACH_OF_THEM_ASKS_AFTER =
  /^\s*[;,:–-]\s*(?:and\s+)?(?:each|every)(?:\s+(?:one|of them|[a-z-]+))?\s+(?:(?:will|would|can|then)\s+)?(?:asks?|uses?|sends?|quer(?:y|ies)|chats?|submits?|makes?|runs?)\b/;
