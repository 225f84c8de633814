// How many people the team is: "a 12-person startup", "we're a game studio (80 people)", "team of
// 5", "we are 2 devs", "a bank with 300 developers"; and the organisation's headcount ("an insurer
// with 4,000 employees"), kept apart: a company's size is not the team that builds it. These people build and run the thing; they
// are not its users, so a team size never becomes monthly active users (licence user thresholds
// count users of the product). "for 300 developers" or "5k employees use it" names the users
// (team-facts.ts), and stays so.
import { perMessage } from "../per-message-memo.js";
import { QUANTITY, quantityValue } from "./numbers.js";
import { EACH_OF_THEM_ASKS_AFTER, PEOPLE_WORDS, STAFF_WORDS } from "./people-words.js";
import { useCaseIn } from "./use-case-text.js";

export interface TeamSize {
  value: number;
  /**
   * The whole organisation's headcount ("an insurer with 4,000 employees", "(ca. 2.300
   * Mitarbeitende)"), not the people who build and run the model: said back as the organisation's.
   */
  organisation?: true;
  /** Where the phrase is in the text it was read from, so the user count can skip it. */
  start: number;
  end: number;
}

const STAFF = STAFF_WORDS;
const ORGANISATION = String.raw`(?:team|startup|start-up|scale-?up|company|studio|agency|firm|shop|lab|group|business|org|organi[sz]ation|consultancy|outfit|practice|department|dept|bank|hospital|clinic|school|university|nonprofit|non-profit|publisher|insurer|retailer|manufacturer|enterprise|firm)`;
const ABOUT = String.raw`(?:(?:a|an|about|around|roughly|approx\.?|approximately|only|just|like|~|maybe|some)\s*)*`;

// What a team builds or runs, as it names it ("it", "the pipeline").
const WHAT_THEY_RUN = String.raw`(?:it|this|the (?:model|system|project|pipeline|tool|job|labelling|bot))`;

const PATTERNS: RegExp[] = [
  // "a 12-person startup", "3 person startup", "a 40-strong team".
  new RegExp(String.raw`${QUANTITY}\s*(?:-|\s)\s*(?:person|man|strong)\b`, "g"),
  // "an 80-people studio", "a 200 employee company" (a count before the organisation it sizes).
  new RegExp(
    String.raw`${QUANTITY}\s*(?:-|\s)\s*(?:people|employees?|staff|devs?|engineers?|members?)\s+(?:[\w-]+\s+){0,2}?${ORGANISATION}\b`,
    "g",
  ),
  // "we're 80 people", "we are 2 devs", "our team is 5 engineers", "team of 12", "headcount of 200".
  new RegExp(
    String.raw`\b(?:we(?:'re| are)|we'?re|our (?:team|company|studio|startup|org) is|(?:team|company|studio|startup|org|staff|headcount) of|headcount(?: is)?)\s+${ABOUT}${QUANTITY}(?:\s*${STAFF}\b|(?=\s*(?:[,.;:!?)]|$|\band\b)))`,
    "g",
  ),
  // "Our fleet IT is 3 people", "our data team is 4 engineers", "Our IT has two people who …": a
  // unit of the organisation, sized.
  new RegExp(
    String.raw`\bour\s+(?:[\w-]+\s+)?(?:it|ops|devops|infra\w*|platform|engineering|data|ml|dev|tech|development|operations)(?:\s+(?:team|department|dept|group|staff))?\s+(?:is|are|has|have)\s+${ABOUT}${QUANTITY}\s*${STAFF}\b`,
    "g",
  ),
  // "We're 6 data scientists", "we are 3 ML engineers": who builds it, by trade.
  new RegExp(
    String.raw`\bwe(?:'re| are)\s+${ABOUT}${QUANTITY}\s*(?:(?:data|ml|machine[- ]learning|ai|platform|backend|software)\s+)?(?:scientists?|engineers?|devs?|developers?)\b(?!\s+(?:who|that)\s+(?:will\s+)?use)`,
    "g",
  ),
  // "healthtech startup here, 25 people, US only", "small startup in Buenos Aires, 6 people": the
  // count right after the organisation it sizes, and where it is.
  new RegExp(
    String.raw`\b${ORGANISATION}(?:\s+here|\s+(?:in|from|based in|out of)\s+[a-z][\p{L}-]*(?:\s+[a-z][\p{L}-]*){0,2})?\s*[,:;–-]\s*${ABOUT}${QUANTITY}\s*${STAFF}\b(?!\s+(?:who|that|will|would|use|using|can|could|need)\b)`,
    "gu",
  ),
  // "we have two data scientists", "with 3 ML engineers": people whose trade is building models
  // and software are who builds it, never its users.
  new RegExp(
    String.raw`\b(?:we(?:'ve got| have| employ| also have)|with)\s+${ABOUT}${QUANTITY}\s*(?:data|ml|machine[- ]learning|ai|platform|backend|software)\s+(?:scientists?|engineers?|people|devs?|developers?)\b(?!\s+(?:who|that)\s+(?:will\s+)?use)`,
    "g",
  ),
  // "no GPUs, just 4 backend developers", "only 2 IT person", "no GPUs and 3 IT people", "we're 2 IT
  // people": the few people the team has, by a technical trade, said as all it has to build and run it.
  new RegExp(
    String.raw`\b(?:just|only|we(?:'re| are)|no gpus?,?(?:\s+and)?)\s+${ABOUT}${QUANTITY}\s*(?:it|ml|data|devops|platform|backend|software|web|full[- ]?stack)\s+${STAFF}\b(?!\s+(?:who|that)\s+(?:will\s+)?use)`,
    "g",
  ),
  // "No GPUs, 2 developers.", "no servers and 3 devs": no machines and the people, by any name.
  new RegExp(
    String.raw`\bno (?:gpus?|servers?)[,;]?(?:\s+and)?\s+(?:just\s+|only\s+)?${ABOUT}${QUANTITY}\s*(?:[\w-]+\s+)?${STAFF}\b(?!\s+(?:who|that)\s+(?:will\s+)?use)`,
    "g",
  ),
  // "we're an insurance broker in Monterrey, Mexico, ~90 people": the team introduces itself and
  // its place, then its size; whatever it is (broker, practice, fintech) needs no word of its own.
  new RegExp(
    String.raw`\bwe(?:'re| are)\s+(?:a|an)\s+[^.;:!?()\d]{1,80}?,\s*${ABOUT}${QUANTITY}\s*${STAFF}\b(?!\s+(?:who|that|will|would|use|using|can|could|need)\b)(?=\s*(?:[,.;:!?)]|$|\band\b))`,
    "g",
  ),
  // "a game studio (80 people)", "agency (~12 ppl)", and beside other facts in the same brackets:
  // "legal tech startup (US, 18 ppl)", "(Berlin; 40 people; Series A)". A bare number needs the
  // brackets to itself, so "(EU, 2M users)" stays users.
  new RegExp(String.raw`\b${ORGANISATION}\s*\(\s*${ABOUT}${QUANTITY}\s*${STAFF}?\s*\)`, "g"),
  new RegExp(
    String.raw`\b${ORGANISATION}\s*\((?:[^()\d]{1,30}[,;]\s*)?${ABOUT}${QUANTITY}\s*${STAFF}\b\s*(?:[,;][^()]{0,40})?\)`,
    "g",
  ),
  // "Two PhD students will run it", "3 developers will build and maintain it", "two contractors will
  // set it up": the people who will build or run it are the team, whatever they are called, never
  // its users (a lab's students running a labelling job do not use the model's answers).
  new RegExp(
    String.raw`${QUANTITY}\s*(?:[\w-]+\s+)?${PEOPLE_WORDS}\s+(?:will|would|are going to|can)\s+(?:(?:build|run|maintain|operate|set up|deploy|manage|look after|own|develop)\b(?:\s+and\s+\w+)?\s+${WHAT_THEY_RUN}|set\s+${WHAT_THEY_RUN}\s+up)\b`,
    "g",
  ),
  // "a bank with 300 developers", "we have 80 employees", "we employ 40 people" (not "… who use it").
  new RegExp(
    String.raw`\b(?:${ORGANISATION}|we)\s+(?:with|of|has|have|employing|employ)\s+${ABOUT}${QUANTITY}\s*${STAFF}\b(?!\s+(?:who|that)\s+(?:will\s+)?use)`,
    "g",
  ),
];

// The technical trades of the people who build and run it: "2 data people", "our data team",
// "Two backend developers", "4 ML engineers", "3 IT staff".
const TRADE = String.raw`(?:data|ml|ai|it|devops|mlops|ops|platform|infra(?:structure)?|backend|back-end|frontend|front-end|software|web|full[- ]?stack|engineering|dev)`;
const BUILDER_NOUNS = String.raw`(?:developers?|devs?|engineers?|programmers?)`;

// "(about 300 employees, 2 data people, no ML team)", "… per contract. Two backend developers, no
// ML-ops.", "(120 people, 4 ML engineers)": a count of people by a technical trade, said on its own
// (after a sentence, a bracket or a comma, so not "for our 60 developers"), is who builds and runs
// it, never its users, unless they use it ("… who use it") or, with no trade word, the tool is
// for coding ("coding assistant. 250 devs.", whose developers are its users).
const BUILDERS = new RegExp(
  String.raw`(?:^|[.;!?(]\s*|(?<!\d),\s*)(?:(?:and|plus|just|only)\s+)?${ABOUT}${QUANTITY}\s*${TRADE}\s+(?:${STAFF}|scientists?|analysts?|${BUILDER_NOUNS})\b(?!\s+(?:who|that|will|would|use|using|can|could|need)\b)`,
  "g",
);
// Who writes the code a coding tool helps with: "3 backend devs", "40 software engineers".
const CODERS = new RegExp(
  String.raw`\b(?:backend|back-end|frontend|front-end|software|web|full[- ]?stack|dev)\s+${BUILDER_NOUNS}$`,
);
// "~150 ML engineers, maybe 40 questions a day each": people whose use is counted are its users.
const SHARED_OUT_AFTER =
  /^[^.;!?]{0,60}\b(?:each|apiece|every (?:one|of them)|per (?:head|person|dev|developer|engineer|scientist|analyst))\b/;
// A size said by who builds it: the team, beside which a larger head count is the organisation.
const SAID_BY_TRADE = new RegExp(
  String.raw`\b(?:${TRADE}\s+(?:team|department|dept|group|${STAFF}|scientists?|analysts?)|${BUILDER_NOUNS}|scientists?)\b`,
);

// "(about 60 people, 15 researchers)", "(roughly 200 staff; 30 analysts)": a headcount with a part
// of it named right after is the whole organisation, and the part (researchers, analysts) is who
// the tool is for, read as its users (team-facts.ts). Only the headcount is matched, so the part
// stays free for the user count.
const WHOLE_WITH_PART = new RegExp(
  String.raw`\(\s*${ABOUT}${QUANTITY}\s*(?:people|persons|ppl|folks|staff|employees)\b(?=\s*[,;]\s*(?:incl(?:uding|\.)?\s+|of (?:whom|them)\s+|with\s+)?${ABOUT}\d[\d,.]*\s*k?\s*(?:[a-z-]+\s+)?[a-z-]+s\b[^()]{0,40}\))`,
  "g",
);

// "… ~200 tokens. 3 devs." or "(2 engineers)": a count of staff said as a sentence of its own,
// with no "for" or "use" to make them the users, is who builds it, unless the tool is for coding,
// whose users are the developers ("coding assistant. 250 devs.").
const ALONE = new RegExp(
  String.raw`(?:^|[.;!?(]\s*)${ABOUT}${QUANTITY}\s*${STAFF}(?:\s+(?:here|on (?:the|our) team|in total))?(?=\s*(?:[.;!?)]|$))`,
  "g",
);

// Employees are everyone the organisation employs: "4,000 employees", "a 200-employee company",
// "headcount of 200". Developers, engineers or people ("a 12-person startup", "a studio (80
// people)") stay the team that builds it.
const EMPLOYEES = /\d\s*(?:k|thousand|million)?\s*-?\s*employees?\b|\bheadcount\b|\bworkforce\b/;

// Members of a community a bot or tool serves ("my gaming community (~2,000 members)", "our Discord
// server (about 5k members)", "a book club (30 members)") are its users, never who builds it.
const COMMUNITY_BEFORE =
  /\b(?:community|communities|server|discord|guild|clan|subreddit|forum|club|fandom|fan ?base|channel|group chat|telegram group|whatsapp group|slack|meetup)\b[^.;!?]{0,30}$/;
const MEMBERS = /\bmembers?\b/;

// Every pattern counts people with QUANTITY, which needs a digit: a text without one states no
// team size. Checked on the table itself, so a pattern added without a number turns the skip off.
const NEEDS_DIGIT = [...PATTERNS, ALONE, BUILDERS, WHOLE_WITH_PART].every((p) => p.source.includes(QUANTITY));

/** Every statement of the team's size in `t` (folded, cleaned, numbers spelled out), first first. */
export function teamSizesIn(t: string): readonly TeamSize[] {
  return sizesThisMessage(t);
}

// Read for the requirements and again for the users (team-facts.ts), mostly from the same text.
const sizesThisMessage = perMessage((t: string) => Object.freeze(readTeamSizes(t).map((s) => Object.freeze(s))));

function readTeamSizes(t: string): TeamSize[] {
  const found: TeamSize[] = [];
  if (NEEDS_DIGIT && !/\d/.test(t)) return found;
  for (const pattern of PATTERNS) {
    for (const m of t.matchAll(pattern)) {
      if (m[1] === undefined) continue;
      const value = quantityValue(m[1], m[2]);
      if (!(value >= 1) || !Number.isFinite(value)) continue;
      const end = m.index + m[0].length;
      // "We have 1,200 engineers; every engineer asks …": they use it, so they are no team size.
      if (EACH_OF_THEM_ASKS_AFTER.test(t.slice(end, end + 60))) continue;
      if (communityMembers(t, m[0], m.index)) continue;
      found.push(sizeAt(m[0], m.index, value));
    }
  }
  if (t.search(ALONE) >= 0 && useCaseIn(t) !== "coding") {
    for (const m of t.matchAll(ALONE)) {
      const value = m[1] === undefined ? NaN : quantityValue(m[1], m[2]);
      if (!(value >= 1) || !Number.isFinite(value)) continue;
      if (communityMembers(t, m[0], m.index)) continue;
      found.push(sizeAt(m[0], m.index, value));
    }
  }
  const coding = useCaseIn(t) === "coding";
  for (const m of t.matchAll(BUILDERS)) {
    const value = m[1] === undefined ? NaN : quantityValue(m[1], m[2]);
    if (!(value >= 1) || !Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    const start = end - m[0].replace(/^[.;!?(,\s]*/, "").length;
    // "coding assistant. 3 backend devs.": a coding tool's developers are its users.
    if (coding && CODERS.test(t.slice(start, end))) continue;
    if (SHARED_OUT_AFTER.test(t.slice(end, end + 80)) || EACH_OF_THEM_ASKS_AFTER.test(t.slice(end, end + 60))) continue;
    if (found.some((s) => s.start < end && start < s.end)) continue;
    found.push(sizeAt(t.slice(start, end), start, value));
  }
  // A headcount with its part named: the organisation's size, and no other reading of the same
  // brackets (the patterns above, ALONE too, would take the headcount or the part for the team),
  // except a part by a technical trade ("2 data people"), who build it: the team.
  for (const m of t.matchAll(WHOLE_WITH_PART)) {
    const value = m[1] === undefined ? NaN : quantityValue(m[1], m[2]);
    if (!(value >= 1) || !Number.isFinite(value)) continue;
    const close = t.indexOf(")", m.index);
    const end = m.index + m[0].length;
    for (let i = found.length - 1; i >= 0; i--) {
      const size = found[i]!;
      if (!(size.start < close && m.index < size.end)) continue;
      if (size.start >= end && SAID_BY_TRADE.test(t.slice(size.start, size.end))) continue;
      found.splice(i, 1);
    }
    found.push({ value, start: m.index, end, organisation: true });
  }
  return withOrganisationAbove(t, found).sort((a, b) => a.start - b.start);
}

/**
 * "a 30-person startup … Two backend developers", "(about 6,000 staff; our data team is 4
 * people)": beside a size said by who builds it, a larger count of people or staff is the whole
 * organisation, not the team.
 */
function withOrganisationAbove(t: string, found: TeamSize[]): TeamSize[] {
  const builders = found.filter((s) => !s.organisation && SAID_BY_TRADE.test(t.slice(s.start, s.end)));
  if (builders.length === 0) return found;
  const fewest = Math.min(...builders.map((s) => s.value));
  for (const s of found) if (!s.organisation && s.value > fewest && !builders.includes(s)) s.organisation = true;
  return found;
}

/** Whether the size said at `start` counts a community's members (COMMUNITY_BEFORE): its users. */
const communityMembers = (t: string, said: string, start: number): boolean =>
  MEMBERS.test(said) && COMMUNITY_BEFORE.test(t.slice(Math.max(0, start - 60), start + said.search(/\d/)));

function sizeAt(said: string, start: number, value: number): TeamSize {
  const size: TeamSize = { value, start, end: start + said.length };
  if (EMPLOYEES.test(said)) size.organisation = true;
  return size;
}
