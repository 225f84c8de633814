// Where a message rules something out. A negation cue ("no", "nothing from", "avoid", "anything
// but", "except", "without") scopes over the phrase that follows it, up to the end of its clause;
// a trailing cue ("... are a no-go", "... is off the table", "personal data is minimal") over the
// phrase before it. Words inside a scope are exclusions and never fill an inclusion slot: "no
// Chinese-origin models" is exclude.countries CN, never languages zh; "nothing regulated" is not
// regulated data; "no API costs" is not "any API"; "hardly any personal data" is not regulated.

import type { Catalog } from "../catalog/catalog.js";
import { COUNTRY_WORDS, labWords, type LabWords } from "./lab-words.js";
import { withoutLeaveRules } from "./residency-text.js";
import { perMessageCopies } from "../per-message-memo.js";

/**
 * Cues that negate what follows them. Where data must not go is ruled out too: "regulators
 * don't want it going to chinese vendors", "must not be sent to US providers". "non-commercial" describes a use ("a non-commercial
 * research project"); only "nothing non-commercial" or "non-commercial licences are out" rule out.
 * "everything under the Gemma terms": the licence after "under" is what is ruled out.
 * After "if" a cue is a condition ("if not, use an API", "if no GPU is free"), but after "what if"
 * it is the change asked about: "what if no Chinese models?" rules them out as "without" does.
 */
const LEADING =
  /(?<!\b(?:why|or|whether) )(?<!(?<!\bwhat )\bif )\b(?!not (?:only|just|sure|necessarily|yet)\b|(?:no|not) (?:worse|weaker)\b|(?:can'?t|cannot|can not|must not|mustn'?t|shouldn'?t|should not|may not|won'?t) be (?:any |much |noticeably )?(?:worse|weaker) than\b)(?:no|not|nothing|none|hardly any|barely any|little (?:or|to) no|non(?!-?commercial)|avoid(?:ing)?|stay(?:ing)? away from|steer(?:ing)? clear of|keep(?:ing)? away from|leave out|leaving out|forget|minus|not interested in|no thanks to|apart from|besides|without|exclud(?:e|ing)|except(?: for)?|anything but|anything except|anything other than|other than|rule out|ruling out|drop(?:ping)?|never|ban(?:ning)?|skip(?:ping)?|(?:do not|don'?t|dont|can'?t|cannot|won'?t|must not|mustn'?t|shouldn'?t|should not|may not) (?:go|be sent|end up) (?:to|with)|(?:do not|don'?t|dont|can'?t|cannot|won'?t|must not|mustn'?t|shouldn'?t|should not|may not) (?:want|use|allow|trust|touch|like|have|consider|go with|pick|be|come)(?: (?:it|our data|data|anything|them|prompts) (?:going|to go|sent|to be sent|ending up|to end up) (?:to|with))?|no way|(?:would |'d )?rather not(?: (?:use|depend on|rely on|go with|have))?|prefer not to(?: (?:use|depend on|rely on))?)\b(?:\s+(?:any|anything|models?|llms?|ones?|stuff|from|by|made by|built by|developed by|of|the|with|using|us(?:ing)?|at all|everything|under(?= (?:the |an? )?[\w.-]+(?: [\w.-]+)? (?:licen[cs]es?|terms)\b)|(?:hosted|running|served|deployed) (?:on|in|by|through|via)|through|via)\b)*/g;

/** Cues that negate the phrase before them. */
const TRAILING =
  /\b(?:(?:is|are|'re|'s)\s+(?:out|banned|blacklisted|disallowed|a no-?go|no-?go|off the table|not allowed|excluded|forbidden|prohibited|blocked|off[- ]limits|not an option|a non-?starter|a hard no|not acceptable|unacceptable)|not allowed|(?:is|are|'s|'re)\s+(?:minimal|negligible|not involved|not a factor|not an issue|out of scope)|(?:isn'?t|aren'?t) involved|not involved|can'?t be used|cannot be used|must be avoided|are a no|need to be excluded)\b/g;

// Where a scope ends: sentence punctuation (a colon too: "we don't want lock-in: open weights
// only"), a contrast, or a new clause with its own subject or verb ("no budget and want …").
// A point inside a number ("claude opus 4.1") or a name ("x.ai", "01.ai") ends nothing.
const CLAUSE_END =
  /[;:!?\n]|\.(?![\da-z])|\s(?:but|except|other than|apart from|besides|than|though|however|although|while|whereas|because|since|so|please|pls|thanks)\b|\s(?:and|,)\s*(?:we|i|it|our|the (?:data|team|budget|app)|data|budget|must|need|needs|should|want|would like|prefer|looking for)\b|\s(?:for|to|in|on|at|under|within|below|around|which|that|who|what|if)\s/g;

const MAX_SCOPE = 80;
// The word right after a cue, without the punctuation that may end its clause ("… US labs. Chat").
// A colon right after the cue introduces its list ("exclude: meta, google").
const FIRST_WORD = /^\s*(?::\s*)?(?:\d+\.\d+|[^\s.;:!?,]+)/;

export interface Scope {
  start: number;
  end: number;
}

/**
 * Negated spans of `t` (lower-cased, cleaned text), in order. The catalogue's lab names are list
 * items that carry a negation past a comma ("no Meta, Anthropic or Google").
 */
export function negatedScopes(text: string, catalog?: Catalog): Scope[] {
  return scopesThisMessage(catalog)(text);
}

// understand() and the requirements reader each ask it of the same folded text: the scopes are
// kept while the message is read, one memo per catalogue (its lab names end scopes), a copy to each caller.
const NO_CATALOG = {};
const scopeMemos = new WeakMap<object, (text: string) => Scope[]>();
function scopesThisMessage(catalog?: Catalog): (text: string) => Scope[] {
  const key = catalog ?? NO_CATALOG;
  let memo = scopeMemos.get(key);
  if (!memo) {
    memo = perMessageCopies((text: string) => scopesIn(text, catalog));
    scopeMemos.set(key, memo);
  }
  return memo;
}

function scopesIn(text: string, catalog?: Catalog): Scope[] {
  const scopes: Scope[] = [];
  const entity = entityPattern(catalog);
  // "data must not leave Canada" rules on where data goes, not out a Canadian lab.
  const t = withoutLeaveRules(text);
  let lastEnd = -1;
  for (const m of t.matchAll(LEADING)) {
    // An exception right after a negation keeps what it names: "no API except Bedrock", "no cloud
    // other than Azure", "no Chinese models, except Qwen" rule out all but it, never it.
    if (lastEnd >= 0 && EXCEPTION_CUE.test(m[0]) && /^[\s,]*$/.test(t.slice(lastEnd, m.index))) continue;
    const from = m.index + m[0].length;
    const end = clauseEnd(t, from, entity);
    scopes.push({ start: m.index, end });
    lastEnd = end;
  }
  for (const m of t.matchAll(TRAILING)) {
    scopes.push({ start: clauseStart(t, m.index), end: m.index + m[0].length });
  }
  return scopes.sort((a, b) => a.start - b.start);
}

/** Cues that name an exception ("except", "other than"): after a negation they keep, not rule out. */
const EXCEPTION_CUE = /^(?:except(?: for)?|other than|apart from|besides)\b/;
/** An exception right after a cue: "nothing but Vertex", "none except Bedrock" negate nothing named. */
const EXCEPTION_NEXT = /^\s*(?:but|except|other than|apart from|besides|save)\b/;

function clauseEnd(t: string, from: number, entity: RegExp): number {
  const limit = Math.min(t.length, from + MAX_SCOPE);
  if (EXCEPTION_NEXT.test(t.slice(from, from + 14))) return from;
  // A comma continues the scope only for a list of more things of the same kind ("no Meta,
  // Google or Mistral"); the caller decides what counts, so commas end it here unless the next
  // words are short list items.
  // A cue that ends its sentence ("literally none. chatbot for …") negates nothing after it.
  if (/^\s*[.;!?\n]/.test(t.slice(from, from + 4))) return from;
  // The first word after the cue is always in scope ("not on AWS" is still about AWS).
  const firstWord = FIRST_WORD.exec(t.slice(from));
  CLAUSE_END.lastIndex = from + (firstWord ? firstWord[0].length : 0);
  const m = CLAUSE_END.exec(t);
  let end = m && m.index < limit ? m.index : limit;
  // Stop at a comma that starts a new statement (more than three words before the next comma).
  const comma = t.indexOf(",", from);
  if (comma >= 0 && comma < end) {
    let k = comma;
    while (k >= 0 && k < end) {
      const next = t.indexOf(",", k + 1);
      const piece = t.slice(k + 1, next >= 0 && next < end ? next : end).trim();
      const words = piece.split(/\s+/).filter((w) => w !== "");
      if (words.length > 4 || !entity.test(piece)) {
        end = k;
        break;
      }
      k = next >= 0 && next < end ? next : -1;
    }
  }
  return end;
}

// List items that keep a negation going past a comma: makers, countries, licences, model names.
const entities = new WeakMap<readonly LabWords[], RegExp>();
function entityPattern(catalog?: Catalog): RegExp {
  const labs = labWords(catalog);
  let entity = entities.get(labs);
  if (!entity) {
    const words = [...labs.flatMap((l) => l.words), ...Object.keys(COUNTRY_WORDS).map((w) => w.replace(/\./g, "\\."))];
    entity = new RegExp(
      String.raw`^(?:(?:and|or|nor|also|plus)\s+)?(?:no\s+|not\s+)?(?:${words.join("|")})\b|^(?:(?:and|or|nor)\s+)?[a-z]+[- ]?\d|licen[cs]e`,
    );
    entities.set(labs, entity);
  }
  return entity;
}

function clauseStart(t: string, before: number): number {
  const floor = Math.max(0, before - MAX_SCOPE);
  let start = floor;
  for (let i = before - 1; i >= floor; i--) {
    const c = t[i];
    // A point inside a number ("claude sonnet 4.5 is off the table") ends nothing.
    if (c === "." && /\d/.test(t[i + 1] ?? "")) continue;
    if (c === "." || c === ";" || c === "!" || c === "?" || c === "," || c === "\n") {
      start = i + 1;
      break;
    }
  }
  const head = t.slice(start, before);
  const contrast = /.*\b(?:but|though|however|and)\s/.exec(head);
  return contrast ? start + contrast[0].length : start;
}

/** `t` with every negated scope blanked out (same length, so offsets still line up). */
export function withoutNegated(t: string, scopes: readonly Scope[]): string {
  if (scopes.length === 0) return t;
  const chars = t.split("");
  for (const s of scopes) for (let i = s.start; i < s.end; i++) chars[i] = " ";
  return chars.join("");
}

export function inScopes(index: number, scopes: readonly Scope[]): boolean {
  return scopes.some((s) => index >= s.start && index < s.end);
}
