// A model the team names as its past experience ("our 5 ML engineers have fine-tuned BERT models",
// "we used GPT-4o before", "our team has experience deploying Llama 3 8B", "we fine-tuned Mistral
// 7B last year") says who the team is, not which model it asks about. understand.ts leaves such a
// name out only when the message, read without it, asks for a recommendation: "we fine-tuned llama
// 3 8b, can we ship it in our app?" still asks about the model it fine-tuned.
import { perMessage } from "../per-message-memo.js";
import type { Scope } from "./negation.js";

// Done to a model, said of the team: what it did with one before.
// "run" is past only after "have" ("we run our own models" is today).
const DONE_PAST = String.raw`(?:fine-?tuned|trained|pre-?trained|deployed|served|hosted|self-hosted|ran|operated|shipped|built (?:on|with)|worked (?:with|on)|experimented with|prototyped (?:with|on)|evaluated|benchmarked|tried|used)`;
// Who did it: the team, its people, or "we".
const WHO = String.raw`(?:we|i|team|engineers?|scientists?|devs?|developers?|researchers?|people|staff|who|that)`;
// Words allowed between the doer and the deed: "have already", "'ve mostly", "has also".
const AUX = String.raw`(?:\s+(?:already|previously|successfully|mostly|mainly|also|both|all|each|even|once|recently|so far))*`;
const HAVE = String.raw`(?:\s+(?:have|has|had)|'ve|'d)`;
// The doer and the deed; "we used X" alone is past only with a time said (PAST_SAID).
const DEED = new RegExp(String.raw`\b${WHO}${AUX}${HAVE}${AUX}\s+(?:run|${DONE_PAST})\s+`, "g");
const DEED_SIMPLE_PAST = new RegExp(String.raw`\b${WHO}${AUX}\s+${DONE_PAST}\s+`, "g");
// "experience with X", "experience deploying X", "worked with X in the past".
const EXPERIENCE =
  /\b(?:experience|expertise|background|track record)\s+(?:(?:with|in|on|of)\s+)?(?:(?:fine-?tuning|training|deploying|serving|hosting|running|operating|using|building (?:on|with))\s+)?/g;
// A time that puts a plain past deed behind the team: "last year", "before", "in the past".
// A class of models ("we fine-tuned BERT models") is experience with the kind, not one model in hand.
const PAST_SAID =
  /\b(?:models|classifiers|before|previously|in the past|last (?:year|quarter|month|summer|spring|autumn|fall|winter)|(?:a|one|two|\d+) (?:years?|months?) ago|back in \d{4}|in \d{4}|earlier)\b/;
/** How far a deed's model name may reach. */
const NAME_REACH = 60;

/** The span from a cue to the end of its clause (a point inside a name, "gpt-4.1", breaks nothing). */
function clauseFrom(t: string, start: number, nameStart: number): Scope {
  const rest = t.slice(nameStart, nameStart + NAME_REACH);
  const stop =
    /[;:!?\n]|,\s|\.(?![\da-z])|\s(?:but|so|now|while|and (?:we|now|want|need|would|plan|are|it|they))\s/.exec(rest);
  return { start, end: nameStart + (stop ? stop.index : rest.length) };
}

// The team's people, said as having done something: their skills ("our 5 ML engineers have
// fine-tuned BERT models", "data scientists who have trained classifiers").
const SKILLED = /^(?:team|engineers?|scientists?|devs?|developers?|researchers?|people|staff|who|that)\b/;

interface Deed extends Scope {
  /** Said as experience: of the team's people, "experience with", or at a stated past time. */
  experience: boolean;
}

/**
 * Every clause of `t` (folded text) that says what the team did with models. The placement,
 * team-facts and past-experience readers each ask this of the same text in one message: the
 * answer is kept for the message (frozen, so no caller can change another's).
 */
const deedsIn = perMessage((t: string): readonly Readonly<Deed>[] =>
  Object.freeze(deedsFoundIn(t).map((deed) => Object.freeze(deed))),
);

function deedsFoundIn(t: string): Deed[] {
  const deeds: Deed[] = [];
  const timed = (c: Scope) => PAST_SAID.test(t.slice(c.start, c.end + 25));
  for (const m of t.matchAll(DEED)) {
    const clause = clauseFrom(t, m.index, m.index + m[0].length);
    deeds.push({ ...clause, experience: SKILLED.test(m[0]) || timed(clause) });
  }
  for (const m of t.matchAll(EXPERIENCE))
    deeds.push({ ...clauseFrom(t, m.index, m.index + m[0].length), experience: true });
  // A plain past ("we fine-tuned X") is behind the team only with a time said: "last year", "before".
  for (const m of t.matchAll(DEED_SIMPLE_PAST)) {
    const clause = clauseFrom(t, m.index, m.index + m[0].length);
    if (timed(clause)) deeds.push({ ...clause, experience: true });
  }
  return deeds.sort((a, b) => a.start - b.start);
}

/**
 * The spans of `t` (folded text) that name what the team did with models before: the names in
 * them are its experience when the message asks for a recommendation without them.
 */
export function pastExperienceScopes(t: string): Scope[] {
  return deedsIn(t).map(({ start, end }) => ({ start, end }));
}

/**
 * `t` with the clauses blanked that say what the team's people can do or what it did at a stated
 * past time (same length: offsets still line up), so a fine-tune said there is no plan to
 * fine-tune. "We have fine-tuned Llama 3 8B and want to ship it" is the model in hand: kept.
 */
export function withoutExperience(t: string): string {
  return withoutExperienceThisMessage(t);
}

const withoutExperienceThisMessage = perMessage((t: string): string => {
  let out = t;
  for (const d of deedsIn(t))
    if (d.experience) out = out.slice(0, d.start) + " ".repeat(d.end - d.start) + out.slice(d.end);
  return out;
});

// A plan done to "it"/"them" after the deed takes the model named there in hand: "we have
// fine-tuned llama 3 8b and want to ship it in our paid app, ok?" asks about that model, however
// its licence question is worded ("replace it", "it was slow" or a past "we used it" still leave
// it behind: experience, not a plan).
const PLAN_ON_IT =
  /\b(?:ship|deploy|use|run|sell|release|publish|bundle|embed|host|serve|distribute|offer|license|put)(?!(?:p?ed|d)\b)\w*\s+(?:it|them)\b/;

/** Whether `t` (folded text) goes on, after one of the deeds in `scopes`, to plan with the model it named. */
export function takesTheModelInHand(t: string, scopes: readonly Scope[]): boolean {
  return scopes.some((s) => PLAN_ON_IT.test(t.slice(s.end)));
}
