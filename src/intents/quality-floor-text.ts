// A quality floor relative to a named model: "answers no worse than GPT-4o", "at least as good as
// claude sonnet", "gpt-4o-level quality". The model named is the bar a pick must clear, not the
// model asked about (nor one ruled out: "no worse than" is no negation, see negation.ts).
import type { Catalog } from "../catalog/catalog.js";
import { findModelMentions } from "../catalog/mentions.js";
import { newestReleaseFirst } from "../catalog/release-order.js";
import type { Scope } from "./negation.js";

/** Words that put the bar after them: "no worse than X", "as good as X", "on par with X". */
const BAR_AFTER =
  /\b(?:no worse than|not worse than|no weaker than|not weaker than|(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|should not|may not|won'?t|can not) be (?:any |much |noticeably )?(?:worse|weaker) than|(?:at least |just |about )?as (?:good|capable|smart|strong|accurate) as|on (?:a )?par with|(?:quality|answers?|outputs?) (?:comparable to|similar to|like|matching)|(?:at least|minimum|min) (?:the )?quality of|match(?:es|ing)? (?:the quality of|the answers of))\s+/g;
/** Words that put the bar before them: "gpt-4o-level quality", "gpt-4o quality or better". */
const BAR_BEFORE =
  /[-\s](?:level|class|grade|tier)(?: of)? (?:quality|answers?|performance)\b|\s(?:quality|answers?) or better\b|(?:'s)? quality at least\b/g;
/** The model a team uses today and wants to replace: "replacing gpt-4o", "switching from claude". */
const REPLACED =
  /\b(?:replac(?:e|es|ing)|switch(?:ing)? (?:away )?from|mov(?:e|ing) (?:away )?(?:off|from)|migrat(?:e|ing) (?:away )?(?:off|from)|currently (?:on|using)|instead of)\s+/g;
/**
 * The model in use today, said after its name: "we run support on gpt-4o today", "runs on claude
 * sonnet right now", "we use gpt-4.1 currently". Group 1 is the span that may hold the name.
 */
const IN_USE_NOW =
  /\b(?:on|using|use|uses|with)\s+([^,;:!?\n]{1,40}?)\s+(?:today|right now|currently|at the moment|at present|as of now)\b/g;
/** A bar relative to the replaced model: "without noticeably worse answers", "same quality". */
const RELATIVE_BAR =
  /\b(?:without|no|not|never|(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|should not|won'?t) (?:have|get|be|accept)) (?:noticeably |much |any |a )?(?:worse|lower|weaker|drop in|loss of|loss in|dip in)(?: (?:answers?|quality|results?|outputs?|accuracy))?\b|\b(?:same|similar|equal|comparable) (?:quality|answers|accuracy)\b/;
/** How far a bar's model name may reach from its words. */
const NAME_REACH = 40;

/** The span after a cue that holds the model it names (up to a clause break). */
function nameAfter(t: string, m: RegExpMatchArray & { index: number }): Scope {
  const start = m.index + m[0].length;
  const stop = /[,;:!?\n]|\.(?![\da-z])|\s(?:and|but|for|with|at|in|on|which|to)\s/.exec(
    t.slice(start, start + NAME_REACH),
  );
  return { start: m.index, end: start + (stop ? stop.index : Math.min(NAME_REACH, t.length - start)) };
}

/** The spans of `t` (folded text) naming a model replaced today. */
function replacedScopes(t: string): Scope[] {
  const named = [...t.matchAll(REPLACED)].map((m) => nameAfter(t, m));
  for (const m of t.matchAll(IN_USE_NOW)) named.push({ start: m.index, end: m.index + m[0].length });
  return named.sort((a, b) => a.start - b.start);
}

/**
 * The spans of `t` (folded text) that name a bar model or the model being replaced: in a request
 * for a recommendation, the names in them are no subject (the team asks for another model).
 */
export function qualityFloorScopes(t: string): Scope[] {
  return [...barScopes(t), ...replacedScopes(t)].sort((a, b) => a.start - b.start);
}

function barScopes(t: string): Scope[] {
  const scopes: Scope[] = [];
  for (const m of t.matchAll(BAR_AFTER)) scopes.push(nameAfter(t, m));
  for (const m of t.matchAll(BAR_BEFORE)) {
    const from = Math.max(0, m.index - NAME_REACH);
    // The clause the name is in: after the last break before the bar's words (a point inside a
    // name, "gpt-4.1", breaks nothing).
    let start = from;
    for (const b of t.slice(from, m.index).matchAll(/[,;:!?\n]|\.(?![\da-z])/g)) start = from + b.index + 1;
    scopes.push({ start, end: m.index + m[0].length });
  }
  return scopes;
}

export interface QualityFloor {
  id: string;
  name: string;
}

/**
 * The model a message sets as its quality bar, when it names one in a bar phrase (or replaces one
 * "without worse answers"). A family name ("claude sonnet") is its newest rated member: the bar a
 * team means by a family is today's model, and the answer names it so the team can correct it.
 */
export function qualityFloorIn(t: string, catalog: Catalog): QualityFloor | undefined {
  const bar = firstModelIn(t, barScopes(t), catalog);
  if (bar) return bar;
  // "replacing GPT-4o without noticeably worse answers": the model replaced is the bar.
  return RELATIVE_BAR.test(t) ? firstModelIn(t, replacedScopes(t), catalog) : undefined;
}

function firstModelIn(t: string, scopes: readonly Scope[], catalog: Catalog): QualityFloor | undefined {
  for (const scope of scopes) {
    for (const mention of findModelMentions(t.slice(scope.start, scope.end), catalog)) {
      const r = mention.resolution;
      const ids = r.status === "found" ? [r.id] : r.status === "ambiguous" ? r.candidates : [];
      // A family's newest member with a rating of its own: an unrated newest one is no bar to measure against.
      const models = ids
        .flatMap((id) => catalog.modelById.get(id) ?? [])
        .sort((a, b) => Number(b.quality.length > 0) - Number(a.quality.length > 0) || newestReleaseFirst(a, b));
      const model = models[0];
      if (model) return { id: model.id, name: model.name };
    }
  }
  return undefined;
}
