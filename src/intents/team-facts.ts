// A team's facts, as far as a message states them, for licence verdicts: monthly users,
// commercial use, fine-tuning, training on outputs, self-hosting, distributing weights, serving
// an API, being in the EU, field of use. Unstated facts stay absent (not false).
import { foldCase } from "../catalog/normalize.js";
import { perMessage, perMessageCopies } from "../per-message-memo.js";
import type { TeamFacts } from "../licensing/facts.js";
import { derivativeLicenceIn } from "./derivative-licence-text.js";
import { putsOutputsOut } from "./output-ownership-text.js";
import { distributesWeights } from "./distribution-text.js";
import { trainsOnOutputs, tunesOnlyOwnModel } from "./outputs-training-text.js";
import { QUANTITY, quantityValue, spellOutNumbers, cleanMessage } from "./numbers.js";
import { placesOfPeople, totalOfPeoplePerPlace } from "./people-per-place.js";
import {
  EACH_OF_THEM_ASKS_AFTER,
  HEADCOUNT_WORDS,
  PEOPLE_WORDS,
  PLURAL_AS_WRITTEN,
  WHICH_PEOPLE,
} from "./people-words.js";
import { COUNT_OF_THEM } from "./people-referred.js";
import { teamSizesIn } from "./team-size.js";
import { useCaseIn } from "./use-case-text.js";
import { rangesAtMiddle } from "./number-ranges.js";
import { sharesSpelledOut } from "./share-words.js";
import { userShareAfter, userSharesIn } from "./volume-chain.js";
import { withoutExperience } from "./past-experience-text.js";
import { FINE_TUNE_PLAN, fineTuningNotNeeded } from "./fine-tune-plan.js";
import {
  establishedInEu,
  namesEuResidency,
  placeOutsideEuAfter,
  withoutRegionIds,
  withoutResidency,
} from "./residency-text.js";

const EU_COUNTRIES = [
  "austria",
  "belgium",
  "bulgaria",
  "croatia",
  "cyprus",
  "czechia",
  "czech republic",
  "denmark",
  "estonia",
  "finland",
  "france",
  "germany",
  "greece",
  "hungary",
  "ireland",
  "italy",
  "latvia",
  "lithuania",
  "luxembourg",
  "malta",
  "netherlands",
  "holland",
  "poland",
  "portugal",
  "romania",
  "slovakia",
  "slovenia",
  "spain",
  "sweden",
  "berlin",
  "munich",
  "paris",
  "amsterdam",
  "madrid",
  "milan",
  "rome",
  "vienna",
  "dublin",
  "stockholm",
  "warsaw",
  "lisbon",
  "brussels",
  "copenhagen",
  "helsinki",
  "prague",
  // More cities where teams say they are ("a startup in frankfurt"); none is an ordinary English word.
  "frankfurt",
  "hamburg",
  "cologne",
  "köln",
  "koln",
  "wien",
  "münchen",
  "munchen",
  "düsseldorf",
  "dusseldorf",
  "stuttgart",
  "leipzig",
  "nuremberg",
  "barcelona",
  "valencia",
  "seville",
  "bilbao",
  "rotterdam",
  "utrecht",
  "eindhoven",
  "the hague",
  "lyon",
  "marseille",
  "toulouse",
  "bordeaux",
  "strasbourg",
  "antwerp",
  "ghent",
  "porto",
  "gothenburg",
  "malmo",
  "malmö",
  "krakow",
  "kraków",
  "gdansk",
  "wroclaw",
  "turin",
  "naples",
  "bologna",
  "salzburg",
  "graz",
  "tallinn",
  "riga",
  "vilnius",
  "athens",
  "bucharest",
  "zagreb",
  "ljubljana",
  "bratislava",
  "budapest",
  "aarhus",
];
const EU_ADJECTIVES = [
  "european",
  "german",
  "french",
  "italian",
  "spanish",
  "dutch",
  "polish",
  "swedish",
  "danish",
  "finnish",
  "irish",
  "austrian",
  "belgian",
  "portuguese",
  "greek",
  "czech",
];
/**
 * The EU named only to be set aside ("EU is not enough", "rather than the EU"), the UK's own GDPR
 * ("UK GDPR"), or the EU's product rules and market ("FDA 510(k) + EU MDR", "CE marking under the
 * EU AI Act", "8 EU languages"), or where the models' makers are from ("EU-made models only",
 * "models from EU labs"): none places the team in the EU; a maker anywhere sells there.
 */
const EU_SET_ASIDE =
  /\beu[- ](?:made|built|developed|trained|based) (?:ai )?(?:models?|llms?|labs?)\b|\b(?:models?|llms?) (?:from|by) (?:the )?eu(?:[- ]based)? (?:ai )?labs?\b|\buk[- ]gdpr\b|\beu (?:mdr|ivdr|ai act|market|languages?|regulators?)\b|\b(?:the )?eu'?s? (?:medical device|ai|product) (?:regulation|act|rules)\b|\bce[- ]mark\w*|\b(?:sell|selling|sold|ship|shipping|launch\w*) (?:\w+ )?(?:in|into|to) (?:the )?eu\b|\b(?:the )?eu (?:alone )?(?:is|isn'?t|is not|would not be|wouldn'?t be|won'?t be|will not be) (?:not )?(?:enough|sufficient|ok|okay|acceptable)\b|\b(?:rather than|instead of|not just) (?:the )?eu\b/g;
/** The text without the EU named only to be set aside or as a market's rules (EU_SET_ASIDE). */
export const withoutEuSetAside = (t: string): string => t.replace(EU_SET_ASIDE, " ");
const EU_PLACES = new RegExp(String.raw`\b(${EU_COUNTRIES.join("|")})\b`);
/** Beside a residency rule, a team is in the EU when it names an EU place of its own ("an insurer in Köln"). */
const placedInEu = (t: string): boolean => establishedInEu(t) || EU_PLACES.test(withoutResidency(t));
const EU_WORDS = new RegExp(String.raw`\b(eu|e\.u\.|european union|europe|eea|gdpr|${EU_COUNTRIES.join("|")})\b`);
// "a German startup", and with up to two words of what kind between: "a German Mittelstand
// manufacturer", "a Dutch public broadcaster", "a French logistics company".
const EU_ADJECTIVE = new RegExp(
  String.raw`\b(${EU_ADJECTIVES.join("|")})\s+(?:[a-z-]+\s+){0,2}?(company|startup|team|users|customers|bank|hospital|business|firm|manufacturer|insurer|retailer|publisher|broadcaster|agency|municipality|ministry|university|utility|carrier|airline|consultancy|law firm|scale-?up|mittelstand|smes?|group)\b`,
);

// Where a company says its seat is ("HQ in Dubai", "we're headquartered in Singapore", "based in
// Toronto"): a place outside the EU (residency-text.ts keeps that list) is no EU establishment.
const SEAT = String.raw`\b(?:hq|head ?quarters|head office|headquartered|based|incorporated|registered|domiciled)(?: is| are)? (?:in|out of) (?:the )?`;
const seatedOutsideEu = (t: string): boolean => placeOutsideEuAfter(t, SEAT) !== undefined;

// Users under 18: a product for children or teens ("edtech for kids 8-12", "COPPA applies", "K-12",
// "Our users are 13 to 17 years old").
// Providers' age terms and children's-privacy law apply; "adults only" and "no kids" say the opposite.
const MINOR_USERS =
  /\b(coppa|children|kids|minors|teens|teenagers|under[- ]?(13|16|18)s?|(aged?|ages) \d{1,2} ?(-|to) ?1[0-7]|kids \d{1,2} ?(-|to) ?1[0-7]|\d{1,2} ?(-|to|–) ?1[0-7] ?(years? old|year[- ]olds?|yos?)|k-?12|(primary|elementary|middle|high)[- ]school(ers)?|pupils)\b/;
const NO_MINOR_USERS = /\b(adults? only|18\+|no (kids|children|minors)|not (for |aimed at )?(kids|children|minors))\b/;

const FIELDS: { field: string; pattern: RegExp }[] = [
  { field: "military", pattern: /\b(military|defen[cs]e|weapons?|warfare|armed forces)\b/ },
  // ITAR-controlled data is a field of its own, which use policies name outright (Llama's does):
  // a team that handles it need not say "defence" for the policy to apply.
  { field: "ITAR", pattern: /\bitar\b/ },
  // Care for mothers and the nurses who give it are medical too ("a maternal-health SMS hotline",
  // "a nurse reviews every reply").
  {
    field: "medical",
    pattern:
      /\b(medical|healthcare|health care|clinical|diagnos\w*|patients?|hospital|hipaa|maternal|pregnan\w*|midwi\w+|nurses?|(?:health|medical) (?:questions|advice|hotlines?|helplines?))\b/,
  },
  // Before education: "a student-run legal clinic at a university" serves tenants, not students.
  {
    field: "legal",
    pattern:
      /\b(legal (?:advice|clinic|aid|services?|practice|department)|law (?:firm|clinic|practice)|lawyers?|court|(?:housing|tenancy|family|immigration|criminal|contract|corporate|tax|property) law)\b/,
  },
  {
    field: "finance",
    // A bank of something else ("food bank", "blood bank", "question bank") is no bank.
    pattern:
      /\b(credit scoring|lending|loans?|insurers?|insurance (company|companies|firms?|carriers?|underwriting)|(?<!\b(?:food|blood|milk|seed|data|memory|power|question|word|image|photo|test|sperm|gene|tissue|river) )banks?|banking|financial advice)\b/,
  },
  { field: "surveillance", pattern: /\b(surveillance|facial recognition|biometric\w*|tracking people)\b/ },
  { field: "law-enforcement", pattern: /\b(law enforcement|police|policing)\b/ },
  {
    field: "employment",
    pattern: /\b(hiring|recruit\w*|screen(?:ing)? (?:job )?(?:candidates|applicants)|employment decisions)\b/,
  },
  { field: "education", pattern: /\b(education|students?(?! models?\b)|schools?|grading)\b/ },
  { field: "critical-infrastructure", pattern: /\b(critical infrastructure|power grid|nuclear)\b/ },
  // Machines the model steers ("warehouse robots", "autonomous forklifts"); software "robots"
  // (robotic process automation, robots.txt) are no machines.
  {
    field: "robotics",
    pattern:
      /\b(robots?(?!\.txt)|robotics|robotic (?!process automation)\w+|drones?|forklifts?|autonomous (?:vehicles?|driving|cars?|trucks?|machines?|mobile)|self-driving|heavy machinery|industrial (?:machines?|machinery|equipment))\b/,
  },
];

// The team's own lawyers reviewing the licence ("our lawyers flagged the 700M MAU clause", "the
// attorneys said no copyleft", "our legal service does not accept US cloud providers") are who
// checks it, not the field the product serves: a law firm's
// lawyers who use the tool are still read ("an assistant for our lawyers").
// Care billed, claimed or insured is a payer's material, not clinical work: an insurer that reads
// "hospital bills" or sells "medical insurance" decides money, and no wrong output reaches a
// patient's treatment. The care word is blanked before FIELDS is read (the insurer stays), so
// "hospital" there is care.
const BILLED_CARE =
  /\b(?:hospital|medical|clinic|pharmacy|doctors?'?|treatment)(?= (?:bills?|invoices?|receipts?|claims?|expenses?|costs?|insurance|insurers?|cover(?:age)?|polic(?:y|ies))\b)/g;

// A medical document named as what the team reads ("claim files (letters, medical reports,
// invoices)", "the medical records our clients send") is the material, not the use: an insurer's
// claims handlers or a law firm that read them decide a claim or a case, and no output reaches a
// patient's care. Such a mention makes the field medical only when nothing else in the text names
// one (a team that only says "summarise medical reports" may well be a clinic).
const CARE_DOCUMENTS =
  /\b(?:medical|clinical|hospital|doctors?'?|patients?'?)\s+(?:(?:discharge|admission|lab|pathology|radiology)\s+)?(?:reports?|records?|documents?|files?|notes?|letters?|certificates?|histor(?:y|ies)|evidence|results?)\b/g;

/** The first field FIELDS reads in the text, or undefined. */
const fieldIn = (t: string): string | undefined => FIELDS.find(({ pattern }) => pattern.test(t))?.field;

const LICENCE_REVIEWERS =
  /\b(?:our|the|my|company'?s|in-house)\s+(?:in-house\s+|own\s+)?(?:lawyers?|attorneys?|counsel|legal (?:service|team|department|office|unit|counsel)s?)\s+(?:(?:have|has|had|already|just|also|then|all)\s+)*(?:flag\w*|review\w*|check\w*|approv\w*|sign\w* off|warn\w*|rais\w*|object\w*|block\w*|veto\w*|says?|said|told|tell|insist\w*|worr\w*|are worried|looked|read|noticed|pointed|want(?:ed)? (?:us )?to avoid|(?:won'?t|will not|would not|wouldn'?t|does not|doesn'?t|do not|don'?t|did not|didn'?t) (?:allow|accept|approve|sign|permit))\b/g;

const USER_WORDS = String.raw`(?:monthly\s+active\s+users|monthly\s+users|monthly\s+actives?|active\s+users|${PEOPLE_WORDS})`;

const SINGULAR_MODIFIER = new RegExp(`(?<!s|${PLURAL_AS_WRITTEN}|mau|dau|users)$`);
const USERS_COUNTED = new RegExp(
  String.raw`${QUANTITY}\s*(?:\+\s*)?(?:monthly\s+|active\s+|daily\s+|end\s+|paying\s+|support\s+|sales\s+|human\s+|customer[- ]service\s+|(?:call|contact)[- ]?cent(?:er|re)\s+)*${WHICH_PEOPLE}${USER_WORDS}\b`,
  "g",
);
// The people named first and counted after: "our caseworkers (about 400 of them)".
const USERS_OF_THEM = new RegExp(String.raw`\b(${USER_WORDS})${COUNT_OF_THEM}`);
const USERS_AFTER = new RegExp(
  String.raw`\b(?:mau|monthly (?:active )?users)\s*(?:of|:|=|is|are|around|about|~|over|above)?\s*${QUANTITY}`,
);

// Both patterns count people with QUANTITY, which needs a digit: a text without one (numbers
// spelled out) states no users. Checked on the patterns, so one added without a number turns it off.
const USERS_NEED_DIGIT = [USERS_COUNTED, USERS_AFTER, USERS_OF_THEM].every((p) => p.source.includes(QUANTITY));

/**
 * Monthly active users stated in text ("800M monthly users", "1B MAU", "5 million users",
 * "for 300 developers"). The size of the team ("a 12-person startup", "a studio (80 people)")
 * is who builds it, not who uses it (team-size.ts), and is skipped.
 */
export function parseMonthlyUsers(text: string): number | undefined {
  return usersIn(text)?.count;
}

// "40k daily actives", "120k DAU", "250k daily active students": a count of one day's users.
const DAILY_COUNT = /\bdaily\b|\bdaus?\b/;

/**
 * The users stated in text, and whether the figure was a daily count ("40k daily actives"): the
 * monthly users are then at least that many, and the figure is kept as the floor (a licence's
 * monthly threshold is met no sooner) and said back as daily.
 */
function usersIn(text: string): { count: number; daily: boolean } | undefined {
  const count = (n: number | undefined) => (n === undefined ? undefined : { count: n, daily: false });
  // "K-12 students" names school years, not twelve students.
  // "a quarter of our 200k farmers use it": shares said in words or first read as "200k farmers,
  // 25% use it"; "3-5k users" at the middle of the range, as the volume counts them.
  const t = usersText(text);
  if (USERS_NEED_DIGIT && !/\d/.test(t)) return undefined;
  const team = teamSizesIn(t);
  let staff: number | undefined;
  let first: number | undefined;
  let firstBuys = false;
  let firstDaily = false;
  for (const m of t.matchAll(USERS_COUNTED)) {
    if (m[1] === undefined) continue;
    const end = m.index + m[0].length;
    if (team.some((s) => m.index < s.end && s.start < end)) continue;
    // A people noun in the singular before another noun describes it: "50k citizen questions".
    if (SINGULAR_MODIFIER.test(m[0]) && /^\s+[a-z]/.test(t.slice(end))) continue;
    // "the Llama 700M MAU clause", "a 100M-user cap": a licence's threshold, not the team's users.
    if (LICENCE_TERM_AFTER.test(t.slice(end, end + 30))) continue;
    if (RUN_THE_MACHINES_AFTER.test(t.slice(end, end + 60))) continue;
    // "180k students, maybe 60% use it": the users are the share that uses it.
    // "40 bulk carriers … 25 crew per ship": the people count once per place (people-per-place.ts).
    // "10 students per class, about 600 in all": the total said after is everyone.
    const total = totalOfPeoplePerPlace(t.slice(m.index, end + 80));
    const places = placesOfPeople(t.slice(0, m.index), t.slice(m.index, end + 40))?.count ?? 1;
    const counted = total ?? quantityValue(m[1], m[2]) * places;
    const n = Math.round(counted * (userShareAfter(t, end)?.share ?? 1));
    if (!(n >= 1)) continue;
    // The organisation's own headcount ("about 120 staff", "5,000 employees") is who works there:
    // the users only when the tool is for them; the people a product serves count first.
    if (STAFF_COUNTED.test(m[0])) {
      if (staff === undefined && staffUseIt(t, m.index, end)) staff = n;
      continue;
    }
    // The organisation's own base, said as who it is ("a medical scheme with about 400,000
    // members"): its users only when the tool is for them or they use it.
    if (organisationBase(t, m.index, m[0])) continue;
    // "6 million customers, ~1.5M monthly active": a count said to be monthly is the one a licence
    // threshold counts; the customer base before it is only who could use it.
    if (MONTHLY_COUNT.test(m[0])) return count(n);
    // "daily active users" is a floor for monthly ones; the figure is kept as stated.
    if (first === undefined) {
      first = n;
      firstBuys = BUYERS_COUNTED.test(m[0]);
      firstDaily = DAILY_COUNT.test(m[0]);
    }
  }
  const after = USERS_AFTER.exec(t);
  if (after?.[1] !== undefined) return count(quantityValue(after[1], after[2]));
  // "to about 60 mining customers, around 8,000 tablets": more devices than buyers, so the buyers
  // are organisations and the devices count the people.
  const devices = devicesCountedIn(t);
  if (devices !== undefined && (first === undefined || (firstBuys && first < devices))) return count(devices);
  if (first !== undefined) return { count: first, daily: firstDaily };
  const ofThem = USERS_OF_THEM.exec(t);
  // "our data team is 4 people, 2 of them know Kubernetes": a part of the team is no users either.
  const ofTheTeam =
    ofThem !== null && team.some((s) => ofThem.index < s.end && s.start < ofThem.index + (ofThem[1] ?? "").length);
  if (
    ofThem?.[2] !== undefined &&
    !ofTheTeam &&
    (!STAFF_COUNTED.test(ofThem[1] ?? "") || staffUseIt(t, ofThem.index, ofThem.index + ofThem[0].length))
  )
    return count(quantityValue(ofThem[2], ofThem[3]));
  // Whoever uses it is a user, whatever the noun: "200k farmers, maybe 25% ask something each month".
  const sharedOf = userSharesIn(t).find((s) => s.people !== undefined);
  if (staff === undefined && sharedOf?.people) return count(Math.round(sharedOf.people.count * sharedOf.share));
  return count(staff);
}

// One person to a device: "around 8,000 tablets", "installed on roughly 200k phones", "12,000
// handsets in use", always in the plural ("3,000 phone calls" are calls). A memory size is no
// count ("6 GB tablets"), nor a handful under test.
const DEVICES_COUNTED = new RegExp(
  String.raw`${QUANTITY}\s*(?!(?:gb|mb|tb|inch|in)\b)(?:[a-z-]+\s+){0,2}?(?:tablets|phones|smartphones|handsets|ipads)\b`,
  "g",
);
const FEWEST_DEVICES = 10;
// Whom a vendor sells to: organisations as often as people ("60 mining customers").
const BUYERS_COUNTED = /\b(?:customers?|clients?)$/;

/** The users' devices counted in `t` (the largest count), if any: each is one person's. */
function devicesCountedIn(t: string): number | undefined {
  let most: number | undefined;
  for (const m of t.matchAll(DEVICES_COUNTED)) {
    if (m[1] === undefined) continue;
    const n = quantityValue(m[1], m[2]);
    if (n >= FEWEST_DEVICES && (most === undefined || n > most)) most = n;
  }
  return most;
}

/** The text as the user counts read it: folded, numbers spelled out, ranges at their middle. */
function usersText(text: string): string {
  return sharesSpelledOut(
    rangesAtMiddle(
      spellOutNumbers(foldCase(cleanMessage(text)))
        .replace(/\bk-?12\b/g, "k-xx")
        .replace(SCHOOL_YEAR, (_m, word: string) => `${word} xx`),
    ),
  );
}

// "class 10 students", "grade 7 pupils", "year 11 students": a school year names which learners,
// not how many (as "K-12 students" does above).
const SCHOOL_YEAR =
  /\b(class|grade|year|standard|std\.?|form)\s+\d{1,2}(?=(?:th)?\s+(?:students|pupils|learners|kids|children|schoolchildren)\b)/g;

/**
 * The organisation's own base a message counts as who it is and does not count as users ("a
 * medical scheme with about 400,000 members" when the tool is for its reviewers), said back so
 * the team sees what was read and can say otherwise.
 */
export function organisationBaseIn(text: string): { count: number; noun: string } | undefined {
  const t = usersText(text);
  if (!/\d/.test(t)) return undefined;
  for (const m of t.matchAll(USERS_COUNTED)) {
    if (m[1] === undefined || !organisationBase(t, m.index, m[0])) continue;
    const noun = /\b(\w+)$/.exec(m[0])?.[1];
    const count = quantityValue(m[1], m[2]);
    if (noun && count >= 1) return { count, noun };
  }
  return undefined;
}

const MONTHLY_COUNT = /\b(?:monthly|maus?)\b/;
// Who an organisation serves, counted as who it is: "we're a medical scheme … with about 400,000
// members", "um marketplace … com 40 milhões de clientes" (glossed "with 40 million customers"), "a
// Norwegian municipality (about 60,000 residents)", "a regional council serving 250,000 citizens".
const BASE_NOUNS = String.raw`(?:members?|customers?|clients?|patients?|residents?|citizens?)`;
const BASE_COUNTED = new RegExp(String.raw`\b${BASE_NOUNS}$`);
const BASE_SAID_BEFORE =
  /(?:\bwe(?:'re| are)|\bwe'?re|\bour (?:company|organi[sz]ation|business|bank|scheme|firm) (?:is|has))\b[^.;!?]{0,100}(?:\b(?:with|serving|has|have)\s+|\(\s*)(?:(?:about|around|roughly|over|some|nearly|almost|approx\.?|approximately|more than|~)\s*)*$/;
// The tool faces them: "a support chatbot for our customers", "members can ask it", "customer-facing".
const FACES_BASE = new RegExp(
  String.raw`\b(?:for|to|helps?|serving|talks? to|chats? with)\s+(?:all\s+)?(?:(?:our|the|its|their)\s+(?:[\w-]+\s+)?${BASE_NOUNS}\b|them\b)|\b${BASE_NOUNS}\s+(?:can |will |would |could )?(?:use|uses|ask|asks|chat|chats|talk|talks|message|messages|open|opens|log in)\b|\b(?:customer|member|client|patient|resident|citizen)[- ]facing\b`,
);

// "a bank in São Paulo (~4,000 employees, 9M customers)": the base beside the organisation's
// headcount, in the same brackets, says how big it is, as the headcount does.
const BASE_BESIDE_HEADCOUNT = new RegExp(
  String.raw`\([^()]{0,40}\d[^()]{0,12}\b${HEADCOUNT_WORDS}\s*[,;]\s*(?:(?:about|around|roughly|over|some|nearly|almost|approx\.?|approximately|more than|~)\s*)*$`,
);

/** Whether the count matched at `start` is the organisation's base, said as who it is, and the tool does not face it. */
function organisationBase(t: string, start: number, matched: string): boolean {
  if (!BASE_COUNTED.test(matched)) return false;
  const before = t.slice(Math.max(0, start - 140), start);
  if (!BASE_SAID_BEFORE.test(before) && !BASE_BESIDE_HEADCOUNT.test(before)) return false;
  return !FACES_BASE.test(t);
}
const LICENCE_TERM_AFTER =
  /^[\s-]*(?:(?:user|mau|monthly[- ]users?)\s+)?(?:clauses?|thresholds?|caps?|limits?|ceilings?|rules?|provisions?|restrictions?|terms?|conditions?)\b/;
const STAFF_COUNTED = new RegExp(String.raw`\b${HEADCOUNT_WORDS}$`);
// "Two colleagues run Kubernetes", "3 engineers who maintain our servers": who keeps the machines
// running (ops capacity, ops-capacity.ts), not who uses the tool.
const RUN_THE_MACHINES_AFTER =
  /^\s*,?\s*(?:(?:who|that|already|also|currently|both|all)\s+)*(?:run|runs|maintain|maintains|operate|operates|manage|manages|administer|administers|look after|looks after|keep|keeps)\s+(?:our |the |a |an |its |their )?(?:own )?(?:[\w-]+\s+){0,2}?(?:kubernetes|k8s|openshift|servers?|clusters?|infra\w*|gpus?|data ?cent(?:er|re)s?|machines|hardware|it|systems?|networks?|devops|mlops|platform)\b/;
// "for our 5,000 employees", "helping 300 staff", "a bot serving all 2k colleagues".
const FOR_THEM_BEFORE =
  /\b(?:for|serving|supporting|helping|help|across|to)\s+(?:(?:all|our|the|its|their|about|around|roughly|some|approx\.?|~)\s*)*$/;
// "1.2k employees use it", "staff who will use it", "5k staff, each around 20k tokens".
const THEY_USE_AFTER =
  /^\s*,?\s*(?:(?:who|that|will|would|can|could|all|daily|actively|each|then)\s+)*(?:use|uses|using|ask|asks|query|chat|send|sends)\b|^[^.;!?]{0,40}\b(?:each|apiece|per (?:head|person|dev|developer|engineer|employee|user|seat))\b/;
// A tool for the organisation itself: its staff are its users.
// "what would change if we had 2000 employees?": a headcount asked about as a change matters for
// the users it brings (licence thresholds), not for who builds the tool.
const HEADCOUNT_CHANGE =
  /\b(?:what if|what would change if|what changes if|if we (?:had|have|grow|hire|reach)|suppose|assuming)\b[^.;!?]*$/;
const INTERNAL_TOOL =
  /\b(?:internal|in-house|employee-facing|staff-facing|intranet|helpdesk|help desk|hr (?:assistant|bot|chatbot|policy))\b/;

/** Whether the staff counted at [start, end) use the tool: said so, an internal tool, or developers of a coding tool. */
function staffUseIt(t: string, start: number, end: number): boolean {
  if (FOR_THEM_BEFORE.test(t.slice(Math.max(0, start - 30), start))) return true;
  if (THEY_USE_AFTER.test(t.slice(end, end + 60)) || EACH_OF_THEM_ASKS_AFTER.test(t.slice(end, end + 60))) return true;
  if (HEADCOUNT_CHANGE.test(t.slice(Math.max(0, start - 60), start))) return true;
  return INTERNAL_TOOL.test(t) || useCaseIn(t) === "coding";
}

// A use that earns nothing: research, teaching, a hobby. A nonprofit is who the team is, not how
// the model is used: a hospital or a helpline a nonprofit runs serves people as a business does,
// and non-commercial licences are judged by the use (NONPROFIT below says it back instead).
const NOT_COMMERCIAL =
  /\b(non-?commercial|not commercial|research only|research purposes|academic|personal project|hobby|internal research|research (group|lab|institute)|(?:for|in) (?:our|my|their) (?:own )?(?:academic |scientific )?research(?! (?:team|department|dept|division|unit|org\w*|budget|platform|tools?|assistant|staff)))\b/;
// "We're a nonprofit health system", "a non-profit hospital", "a charity", "an NGO", "a 501(c)(3)".
const NONPROFIT =
  /\b(?:non[- ]?profit|not[- ]for[- ]profit|charit(?:y|ies|able (?:trust|organi[sz]ation|foundation))|ngos?|501\(c\)\(3\))\b/;
// "in production" says the use is real, except in a sentence about experience ("nobody here has
// run models in production"); "our platform team" is people, not a product.
// A game or app that players get ("our game", "a game on Steam") is a product: commercial use.
const COMMERCIAL =
  /\b(commercial(ly)?|for profit|sell|selling|charg(e|ing) (for|money|per (call|request|seat|user|use))|paid (\w+ )?(product|app|plan|service|game|tool|tier|subscription|platform)|(?<=\()paid(?=\s*[,)])|our (product|app|customers|saas|platform(?! (?:team|engineers?|people|group))|startup)|our (?:[\w-]+ )?(?:game|mobile app|ios app|android app)|(?:game|app) (?:on|for) (?:steam|the app store|google play|consoles?)|saas|monetiz|(?<!\b(?:run|ran|deployed|hosted|operated|served)\s(?:\w+\s){0,2})in production|production app|revenue|business use|enterprise product|ship (it|this|a product|an app)|(in|into) (an|our|a) (app|product|saas|service)|(an|our) (app|application|product|service|platform) (with|for|that has))\b/;

// A business using the model for its own work: commercial use for a licence, internal tools
// included ("can a bank use X for an internal code assistant?"). A non-production or
// non-commercial licence rules that out as surely as selling a product.
const BUSINESS_USE =
  /\b((can|could|may|would) an? (\w+ )?(bank|company|corporation|firm|business|startup|enterprise|insurer|retailer|agency|employer) (use|run|deploy|adopt|host)|internal (code |coding |dev |developer |engineering |support |hr |it |sales |knowledge )?(assistants?|copilots?|tools?|chat ?bots?|bots?|apps?|platform|deployment|use) (for|at|in) (our|the|a|its) (company|bank|firm|business|employees|staff|developers|engineers|teams?)|internal (code |coding |dev |developer |engineering )(assistants?|copilots?|tools?))\b/;

/** Whether the team's use is commercial, as the message says it (`t`: folded, cleaned text). */
export function commercialUseIn(t: string): boolean | undefined {
  return commercialUseThisMessage(t);
}

// The team facts and the requirements both read it from the same text: kept while the message is read.
const commercialUseThisMessage = perMessage((t: string): boolean | undefined => {
  if (NOT_COMMERCIAL.test(t)) return false;
  if (COMMERCIAL.test(t)) return true;
  return undefined;
});

// Fine-tuning ruled out as a rule or a wish ("we must not fine-tune anything on citizens' data",
// "we don't want to fine-tune", "fine-tuning on our data is not allowed", "we will never
// fine-tune"): no fine-tuning, not a need for it. "We can't fine-tune ourselves" is about who does
// it (a provider's fine-tuning API may), so "can't" is no rule here.
const TUNE = String.raw`(?:fine-?\s?tun\w*|finetun\w*)`;
const NO_FINE_TUNING_RULE = new RegExp(
  String.raw`\b(?:must not|mustn'?t|may not|shall not|should not|shouldn'?t|never|(?:do not|don'?t|doesn'?t|does not) (?:want|plan|intend|wish) to|(?:are|is) not (?:allowed|permitted) to|(?:aren'?t|isn'?t) (?:allowed|permitted) to|not allowed to|have no (?:plans|intention) to)\s+(?:ever\s+)?${TUNE}|\b${TUNE}\b(?:\s+[\w'-]+){0,6}?\s+(?:is|are|would be)\s+(?:not (?:allowed|permitted|an option|wanted)|forbidden|prohibited|off the table|out of the question|ruled out)\b`,
);

export function parseTeamFacts(text: string): TeamFacts {
  return factsThisMessage(foldCase(cleanMessage(text)));
}

// Read for the question's features and again for the requirements, from the same folded text: once.
const factsThisMessage = perMessageCopies(factsIn);

function factsIn(folded: string): TeamFacts {
  const t = folded.replace(/[‐-]/g, "-");
  const facts: TeamFacts = {};

  const users = usersIn(t);
  if (users !== undefined) facts.monthlyActiveUsers = users.count;
  if (users?.daily) facts.dailyActiveUsers = users.count;

  // Stated use first; a business's own use counts as commercial for a licence.
  const commercial = commercialUseIn(t) ?? (BUSINESS_USE.test(t) ? true : undefined);
  if (commercial !== undefined) facts.commercial = commercial;

  // A fine-tune the team's people did before ("our engineers have fine-tuned BERT models") is experience, no plan.
  const planned = withoutExperience(t);
  if (
    /\b(no|don'?t need|do not need|without|won'?t|will not|not going to|skip)\s+(any\s+)?(fine-?\s?tun\w*|custom training)\b/.test(
      t,
    ) ||
    NO_FINE_TUNING_RULE.test(t) ||
    fineTuningNotNeeded(t)
  )
    facts.fineTune = false;
  else if (FINE_TUNE_PLAN.test(planned)) facts.fineTune = true;

  const outputs = trainsOnOutputs(t);
  if (outputs !== undefined) facts.trainOnOutputs = outputs;
  // "use Claude's outputs to fine-tune our own small model": the tuning is of the team's model,
  // which the outputs term covers; the model asked about is not fine-tuned.
  if (facts.fineTune === true && outputs === true && tunesOnlyOwnModel(t)) delete facts.fineTune;

  // Closed-model terms forbid training only COMPETING models on outputs, so say which it is.
  if (
    /\b(not (a )?compet\w*|doesn'?t compete|does not compete|won'?t compete|non-?competing|a (small |simple |text |spam |sentiment |intent )?classifier|internal (tool|classifier))\b/.test(
      t,
    )
  )
    facts.competingModel = false;
  else if (
    /\b(competing|compet(es|e) with|rival|competitor to|our own (foundation|general[- ]purpose|frontier) (model|llm)|general[- ]purpose (model|llm|chatbot))\b/.test(
      t,
    )
  )
    facts.competingModel = true;

  if (/\b(not|no need to|don'?t want to|won'?t)\s+self[- ]?host/.test(t)) facts.selfHost = false;
  else if (
    /\b(can|could|may|will|want to|would|plan to|going to) (we|i) host\b|\bwe(?:'ll| will| would| want to| plan to)? host (it|them|the model|\S+ \S*\d\S*)\b/.test(
      t,
    ) ||
    /\b(self[- ]?host\w*|host (it|them|the model|models)? ?(ourselves|ourself|in-?house|on our own)|run (it|them|the model|models)? ?(ourselves|in-?house|locally|on our (own )?(gpus|servers|hardware|infra\w*|cloud|machines))|on[- ]?prem\w*|on premises?|air-?gapped|our own (gpus|servers|hardware|infra\w*|data ?cent(er|re)s?|cloud)|in our (vpc|cloud|data ?cent(er|re))|own infrastructure|locally hosted|local deployment|deploy (it )?locally)\b/.test(
      t,
    )
  )
    facts.selfHost = true;

  if (distributesWeights(t)) facts.distributeWeights = true;
  // Publishing a derivative under a licence of one's choosing is distributing it.
  const derivativeLicence = derivativeLicenceIn(t);
  // "publish the summaries under CC-BY": what the model writes goes out under that licence, not a
  // derivative of the model, so no weights are handed over.
  if (derivativeLicence !== undefined && putsOutputsOut(t)) facts.outputsLicence = derivativeLicence;
  else if (derivativeLicence !== undefined) {
    facts.derivativeLicence = derivativeLicence;
    facts.distributeWeights = true;
  }

  if (
    /\b(offer|serve|sell|expose|provide|resell|host)\w*\b(?:[^.?!]|\.(?=\d)){0,40}\b(as an? (hosted |public |paid )?api|api (to|for) (our )?(customers|clients|others|other (companies|businesses|teams|developers)|third parties|developers)|model as a service|inference service|to (other|third) (companies|parties|developers))\b/.test(
      t,
    ) ||
    /\b(resell\w*|model-as-a-service|maas|api business|our own api for customers|competing (api|service))\b/.test(t) ||
    /\b(expose|wrap|offer|sell)\b(?:[^.?!]|\.(?=\d)){0,30}\b(through|via|as|in) (our |an |a )?(own |public |paid )?api\b|\b(sell|charge for) (api )?access\b/.test(
      t,
    ) ||
    /\bas an? (hosted |public |paid )?api (for|to) (our )?(customers|clients|users|others|third parties|developers|partners)\b/.test(
      t,
    )
  )
    facts.serveAsApi = true;

  // Residency alone ("data must stay in the EU") says where data lives, not where the team is.
  // "(EU is not enough)" beside "data must stay in the UK" names the EU only to set it aside.
  // A region id ("eu-central-1") says where data runs, not where the team is.
  const eu = withoutRegionIds(withoutEuSetAside(t));
  if ((EU_WORDS.test(eu) || EU_ADJECTIVE.test(eu)) && (!namesEuResidency(eu) || placedInEu(eu)))
    // "nothing processed outside the EU" is the residency rule, not a team outside the EU.
    facts.inEu = !/\b(not|outside( of)?|no) (in |based in )?(the )?(eu|europe)\b/.test(withoutResidency(eu));
  else if (seatedOutsideEu(t)) facts.inEu = false;

  if (MINOR_USERS.test(t) && !NO_MINOR_USERS.test(t)) facts.minorUsers = true;
  if (NONPROFIT.test(t)) facts.nonprofit = true;

  const fieldWords = t.replace(LICENCE_REVIEWERS, " ").replace(BILLED_CARE, " ");
  const field = fieldIn(fieldWords.replace(CARE_DOCUMENTS, " ")) ?? fieldIn(fieldWords);
  if (field !== undefined) facts.fieldOfUse = field;
  return facts;
}
