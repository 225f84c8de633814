// Nouns for people counted in a message: "2M users", "300 developers", "80 people", "5,000
// clinicians". One table for every reader of counts of people: the monthly-user count and the
// team size (team-facts.ts, team-size.ts), people × tokens each (volume.ts), and the period
// reader, for which "900M monthly users" counts users, not tokens a month.

const NOUNS = [
  "users?",
  "maus?",
  "customers?",
  "subscribers?",
  "people",
  "persons?",
  "players?",
  "gamers?",
  "members?",
  "shoppers?",
  "visitors?",
  "readers?",
  "learners?",
  "students?",
  "creators?",
  "clients?",
  "patients?",
  "staff",
  "employees?",
  "engineers?",
  "devs?",
  "developers?",
  "programmers?",
  "analysts?",
  "reps?",
  "agents?",
  "lawyers?",
  "writers?",
  "clinicians?",
  "doctors?",
  "nurses?",
  "seats?",
  "headcount",
];

/** One noun for people (singular or plural), as a regex source without groups. */
export const PEOPLE_WORDS = String.raw`(?:${NOUNS.join("|")})`;

/** People who work at the organisation, as opposed to those its product serves (users, players). */
export const STAFF_WORDS = String.raw`(?:people|persons?|ppl|folks|employees?|staff|engineers?|devs?|developers?|programmers?|headcount|members?|ftes?)`;
