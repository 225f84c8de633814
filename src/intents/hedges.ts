// A wish said as a possibility or a preference is not a rule: "we'd consider self-hosting if
// needed", "open to self-hosting", "open weights preferred but not required". The readers of hard
// requirements (only open weights, the team runs the weights) ask here before they set one, so a
// team that only considered an option keeps both routes in the ranking.

// Words just before the option that make it a possibility: "we'd consider", "we might", "open to",
// "we can" (an ability offered, not a rule; "we can only" stays a rule, and so does a model "that
// we can run on our own servers", which says what the model must allow).
const POSSIBILITY_BEFORE =
  /\b(?:consider(?:s|ed|ing)?|might|could|(?<!\b(?:that|which|models?|llms?|ones?)\s+)(?:we|i) can(?!\s+only\b)|open to|willing to|maybe|possibly|perhaps|(?:would|wouldn'?t) mind|not against|eventually|later)\s+(?:[\w'-]+\s+){0,2}$/;
// Words after a wish that say it is not required, for an option and a residency wish alike.
// A wish with no rule in it: "preferred", "is only nice to have", "just a nice-to-have".
const WISH_NOT_RULE = String.raw`preferred|a plus|(?:(?:only|just|merely)\s+)?(?:an?\s+)?nice[- ]to[- ]have|optional`;
/** Those words anywhere: what a lifted rule leaves as a wish ("isn't a must, just a nice-to-have"). */
export const WISH_LEFT = new RegExp(String.raw`\b(?:${WISH_NOT_RULE})\b`);
const NOT_REQUIRED = String.raw`${WISH_NOT_RULE}|(?:but )?not (?:required|a must|mandatory)`;
// Words just after it that make it a preference: "preferred", "nice to have", "if needed", a time
// to come ("eventually", "down the line"); or
// one acceptable route among others: "open weights are fine", "self-hosting is an option".
const PREFERENCE_AFTER = new RegExp(
  String.raw`^[\s,(]*(?:(?:(?:is|are|was|were|would be|would be a)\s+)?(?:${NOT_REQUIRED}|if (?:needed|necessary|possible|it saves money|(?:it'?s |that'?s |it is |that is |it'?d be |it would be )?cheaper)|where possible|ideally|down the line|later on|later|eventually|at some point|in (?:the )?future)|(?:is|are|'s|'re|would be)\s+(?:also\s+|totally\s+|perfectly\s+)?(?:fine|ok|okay|acceptable|welcome|an option|one option|a possibility))\b`,
);

// Words just before a wish that make it a preference: "ideally data stays in the EU", "we prefer
// a vendor with a Japan region".
const PREFERENCE_BEFORE =
  /\b(?:ideally|preferably|if possible|where possible|prefer(?:s|red|ably)?)\s*,?\s+(?:[\w'-]+\s+){0,4}$/;

/**
 * Whether the rule `text.slice(start, end)` is said as a preference ("should stay in Nigeria where
 * possible", "EU hosting preferred", "ideally in Europe"); a possibility ("could", "maybe") is not
 * read as one here: "which model could keep data in the EU?" still asks about the rule.
 */
export function isPreferenceOnly(text: string, start: number, end: number): boolean {
  return (
    PREFERENCE_BEFORE.test(text.slice(Math.max(0, start - 50), start)) || WISH_AFTER.test(text.slice(end, end + 40))
  );
}
// After a rule, the words that make it a wish; "ideally" only where it ends the clause: in "must
// stay in the EU, ideally no US-hosted API" it opens a wish of its own.
const WISH_AFTER = new RegExp(
  String.raw`^[\s,(]*(?:(?:is|are|was|were|would be)\s+)?(?:${NOT_REQUIRED}|if (?:possible|we can)|where(?:ver)? possible|as far as possible|ideally(?=\s*(?:[.;!?)]|$)))`,
);

/** Whether the option `text.slice(start, end)` is said as a possibility or a preference. */
export function isHedged(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return POSSIBILITY_BEFORE.test(before) || PREFERENCE_AFTER.test(after);
}

// The global copy of each pattern firstUnhedged is given (module patterns, a handful), made once:
// a copy per call was a new RegExp for most messages read.
const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  return global;
}

/** The first match of `pattern` in `text` that is not hedged, if any. */
export function firstUnhedged(pattern: RegExp, text: string): RegExpExecArray | null {
  // matchAll reads a copy of the pattern, so the shared one keeps no position between calls.
  for (const m of text.matchAll(globalCopy(pattern)))
    if (!isHedged(text, m.index, m.index + m[0].length)) return m as RegExpExecArray;
  return null;
}

// The one rule for ruling out said as a wish: "rather" and "prefer" say what a team would like,
// not what it requires, whatever follows them. "we'd rather avoid Meta", "we'd rather not use
// Meta", "we'd prefer to avoid US labs" and "we'd prefer not to depend on US labs" are all wishes
// (avoidIfPossible); "no Meta" and "we can't use Meta" stay rules.
const WISH_VERB = String.raw`(?:rather|prefer(?:ably|red|s)?)`;
/**
 * The one list of words that make what follows them a wish, not a rule: "we'd rather", "prefer
 * (to)", "ideally", "we'd like to", "if possible", "nice to have". Exclusions (below) and the
 * licence kinds a team allows (licence-classes.ts) are both read with it.
 */
export const WISH_WORDS_BEFORE = String.raw`(?:(?:would|'d|we'?d|i'?d) (?:like|love)(?: to)?|${WISH_VERB}(?: to)?|ideally|if possible|where possible|if we can|nice to have)`;
/**
 * The words after a phrase that make it a wish: "… if possible", "… preferred", "… would be nice";
 * "ideally" only where it ends the clause ("nothing from Meta, ideally open weights" opens another wish).
 */
export const WISH_WORDS_AFTER = String.raw`(?:if (?:possible|we can)|where(?:ver)? possible|as far as possible|preferred|ideally(?=\s*(?:[.;!?)]|$))|would be (?:nice|ideal|best|great|better|good)|(?:is|are) (?:a plus|ideal|nicer|better))`;
// Words just before a negation cue that make what it rules out a wish: "we'd rather avoid Meta",
// "ideally nothing from OpenAI", "we'd prefer to avoid US labs", "we'd like to avoid Meta".
const SOFT_CUE_BEFORE = new RegExp(String.raw`\b${WISH_WORDS_BEFORE}[\s,]*$`);
// A negation cue that is itself a wish ("would rather not", "'d prefer not to"; negation.ts reads
// them as cues): the same words, so the same rule.
const WISH_CUE = new RegExp(String.raw`^(?:(?:would|'d)\s+)?${WISH_VERB}\s+not\b`);
// Words after the ruled-out phrase that make it a wish: "no US models if possible", "… but that's
// a preference, not a rule", "… but it's not a deal-breaker".
const SOFT_AFTER = new RegExp(
  String.raw`^[\s,(]*(?:${WISH_WORDS_AFTER}|(?:but |though )?(?:that'?s |it'?s |this is )?(?:(?:just |only )?a preference|not a (?:hard )?(?:rule|requirement|must|deal[- ]?breaker)))\b`,
);

/**
 * Whether the exclusion whose cue starts at `start` and whose phrase ends at `end` is said as a
 * wish ("we'd rather avoid Meta", "no US models if possible"): kept as a preference, never a filter.
 */
export function isSoftExclusion(text: string, start: number, end: number): boolean {
  return (
    WISH_CUE.test(text.slice(start, end)) ||
    SOFT_CUE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    SOFT_AFTER.test(text.slice(end, end + 60))
  );
}
