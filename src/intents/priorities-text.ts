// Which criteria a team says matter, in the order it gives them: "cheapest decent option" ->
// [cost]; "quality matters most, cost second" -> [quality, cost]; "quality > cost" -> [quality];
// "we care most about data control" -> [dataControl]. A stated priority raises the criterion's
// weight; "which is cheaper?" asks, it does not rank. Requirements are not priorities: "data must stay in the EU" is residency and
// "confidential data" a sensitivity level; each has its own slot and constraint.
import type { Criterion } from "../scoring/requirements.js";
import { PLACE_NOUNS } from "../catalog/ordinal.js";

/** Words that name a criterion when a team ranks them ("cost first", "privacy above all"). */
const CRITERION_WORDS: { criterion: Criterion; words: string }[] = [
  { criterion: "cost", words: String.raw`cost|costs|price|pricing|spend|budget|money` },
  { criterion: "quality", words: String.raw`quality|accuracy|capability|performance` },
  {
    criterion: "dataControl",
    words: String.raw`privacy|data control|control (?:of|over) (?:our |the )?data|data sovereignty`,
  },
  { criterion: "customization", words: String.raw`customi[sz]ation|fine-?tuning` },
  { criterion: "integration", words: String.raw`integration(?: effort)?|ease of integration|time to market` },
  { criterion: "operations", words: String.raw`operations(?: load)?|ops(?: load)?|maintenance` },
  { criterion: "contextFit", words: String.raw`context(?: length| window)?` },
];
const WORD = `(${CRITERION_WORDS.map((c) => c.words).join("|")})`;
const WORD_RE = CRITERION_WORDS.map((c) => ({ criterion: c.criterion, pattern: new RegExp(`^(?:${c.words})$`) }));

// What the output must be like, said as a standard: "output must be publication quality", "the
// quality of the writing matters", "high-quality translations", "Quality of Ukrainian and German is
// critical", "accuracy of the extracted fields is key" (the quality of whatever is named, up to
// four words).
const QUALITY_OF_OUTPUT = String.raw`publication[- ](?:quality|ready|grade)|(?:the )?(?:quality|accuracy) of (?:the )?(?:[\w-]+ ){1,4}?(?:matters|is (?:key|critical|crucial|important|essential|everything|paramount|vital))|(?:output|writing|text|translations?|copy|prose) (?:must|has to|needs to|should) be (?:of )?(?:publication|professional|high|top|excellent|native)[- ](?:quality|grade|level|ready)|high[- ]quality (?:output|writing|translations?|text|copy|prose)`;

/** Phrases that state a criterion matters, in any order. */
const MENTIONS: { criterion: Criterion; pattern: RegExp }[] = [
  {
    criterion: "cost",
    pattern:
      /\b(cheap(?!er\b)\w*|low[- ]cost|inexpensive|affordable|budget[- ]friendly|cost (matters|is (the )?(most|key|important|critical|priority))|cost[- ]sensitive|cost[- ]effective|save money|minimi[sz]e cost|lowest (cost|price)|free tier|as little as possible|on a (tight |shoestring )?budget|budget (chat ?bot|bot|model|option|pick))\b/,
  },
  {
    criterion: "quality",
    pattern: new RegExp(
      String.raw`\b(best quality|highest quality|quality (matters|is (the )?(most|key|important|critical))|most (capable|accurate|powerful)|top[- ]tier|state of the art|sota|accuracy (matters|is key)|smartest|best possible|${QUALITY_OF_OUTPUT})\b`,
    ),
  },
  {
    criterion: "customization",
    pattern: /\b(customi[sz]\w*|fine-?tun\w* (matters|is (key|important|a must))|control over the model)\b/,
  },
  // A law's or document's name ("the Privacy Act", "our privacy policy") ranks nothing.
  {
    criterion: "dataControl",
    pattern:
      /\b(privacy(?! (?:(?:and|&) data protection )?(?:act|acts|law|laws|policy|policies|notice|statement)\b)|data control|data sovereignty|no data (leaves|leaving))\b/,
  },
  {
    criterion: "integration",
    pattern:
      /\b(easy to integrate|easy integration|simple integration|quick to integrate|plug and play|integrat\w* (matters|is key)|drop-?in|time to market|ship fast|quickly)\b/,
  },
  {
    criterion: "operations",
    pattern:
      /\b(low maintenance|minimal ops|no ops|(?:fully |completely )?managed(?! (?:apis?|endpoints?|services?|hosting|offerings?|providers?|inference|models?|llms?|cloud|platforms?)\b)|hands-?off|don'?t want to (run|manage) (gpus|infrastructure|servers)|operations (matter|are key)|reliab\w*|uptime)\b/,
  },
  {
    criterion: "contextFit",
    pattern: /\b(long context|long documents|large context|huge context|whole codebase|entire (book|codebase|repo))\b/,
  },
];

const GAP = String.raw`(?:[^.?!]|\.(?=\d)){0,30}`;
// The criterion that comes first: "cost matters most", "quality is our top priority", "privacy
// first", "above all, cost", "we care most about data control", "what matters most is quality".
const FIRST = [
  new RegExp(
    String.raw`\b${WORD}\b${GAP}\b(?:matters? (?:the )?most|mattered most|is all that matters|(?:is )?(?:the )?only thing (?:that )?(?:matters|counts|we care about)|(?:is|are) what matters|above all(?: else)?|(?:is|are) (?:the |our )?(?:most important|top priority|priority|top concern|main concern|biggest concern|#1|number one)|first(?!\s+${PLACE_NOUNS}\b))\b`,
  ),
  new RegExp(
    String.raw`\b(?:above all|most of all|first and foremost|(?:we )?care (?:the )?most about|(?:what )?(?:matters|counts) most (?:to us )?is|(?:our )?(?:top|first|main|number one|#1) (?:priority|concern) is|prioriti[sz]e|optimi[sz]e for),?\s+(?:the |our |low |lowest |high |best )?${WORD}\b`,
  ),
];
// "quality > cost", "quality over cost", "cost before quality": the first one is what matters.
// "Quality and long-context reasoning matter far more than price" says the same, with its verb.
const OVER = new RegExp(
  String.raw`\b${WORD}(?:\s*(?:>|>>|over|before|rather than|ahead of|beats?)|(?: and [\w -]{1,40}?)? (?:matters?|counts?|is|are) (?:far |much |way |a lot |even )?more(?: important)? than)\s*${WORD}\b`,
);
// After the first: "…, then cost", "…, cost second", "followed by cost".
const NEXT = new RegExp(
  String.raw`\b(?:then|followed by|after that|and then|next)\s+${WORD}\b|\b${WORD}\s+(?:second|next|after that|comes second)\b`,
  "g",
);

function criterionOf(word: string): Criterion | null {
  return WORD_RE.find((c) => c.pattern.test(word))?.criterion ?? null;
}

/**
 * Priorities a message states, most important first. `pos` is the text with negated phrases
 * blanked ("not cheap" is no cost priority); `t` the whole text, for orderings.
 */
export function prioritiesIn(pos: string, t: string): Criterion[] {
  const out: Criterion[] = [];
  for (const { criterion, pattern } of MENTIONS) if (pattern.test(pos)) out.push(criterion);
  let first: { criterion: Criterion; end: number } | null = null;
  for (const pattern of FIRST) {
    const m = pattern.exec(t);
    const c = m?.[1] !== undefined ? criterionOf(m[1]) : null;
    if (m && c && (first === null || m.index < first.end)) first = { criterion: c, end: m.index + m[0].length };
  }
  const over = OVER.exec(t);
  if (!first && over?.[1] !== undefined) {
    const c = criterionOf(over[1]);
    const behind = criterionOf(over[2] ?? "");
    if (c) first = { criterion: c, end: over.index + over[0].length };
    // "quality > cost": cost is what the team gives up, not a priority.
    if (behind && behind !== c && out.includes(behind)) out.splice(out.indexOf(behind), 1);
  }
  if (!first) return out;
  const ordered = [first.criterion];
  for (const m of t.slice(first.end).matchAll(NEXT)) {
    const next = criterionOf(m[1] ?? m[2] ?? "");
    if (next && !ordered.includes(next)) ordered.push(next);
  }
  for (const c of out) if (!ordered.includes(c)) ordered.push(c);
  return ordered;
}
