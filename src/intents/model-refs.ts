// The models a message refers to: named ones (resolved), pronouns ("it", "them") from the
// session's focus, and positions in the last shown list ("the second one").
import type { Catalog } from "../catalog/catalog.js";
import { resolveModel } from "../catalog/lookup.js";
import { findModelMentions } from "../catalog/mentions.js";
import { familyMember } from "../catalog/family-member.js";
import { nameTokens } from "../catalog/normalize.js";
import { parseOrdinal, PLACE_NOUNS } from "../catalog/ordinal.js";
import { PICK_PLACEHOLDER } from "./pending.js";
import { sensitivityIn } from "./sensitivity-text.js";

export interface UnclearRef {
  query: string;
  candidates: string[];
}

export interface ModelRefs {
  /** In order of mention; "?" marks a name that matched several models (see `ambiguous`). */
  ids: string[];
  ambiguous: UnclearRef[];
  /** Names that look like models but match none, with near names. */
  unknown: { query: string; suggestions: string[] }[];
  /** true when the ids came from "it"/"them" or the last list rather than names. */
  fromContext: boolean;
  /** The model names as written, to see what else a message says. */
  spans: string[];
  /** true when the one model came from a word that sets it apart from the focus ("the mini one"). */
  familyPick?: boolean;
  /** true when the ids came from a pronoun ("it", "them"), which may mean the work rather than a model. */
  byPronoun?: boolean;
}

const PRONOUN =
  /\b(it|its|it'?s|them|they|their|this model|that model|this one|that one|these|those|both|either|each|the model|the models|these models|those models|the same)\b/;
// "it" as an empty subject ("is it safe to send patient data to an API?", "how hard is it to
// switch providers later", "it's ok to log prompts?"): the real subject is the clause after "to",
// so this "it" points at no model. Only when the verb there has its own object: in "is it safe to
// use for patient data?" the model is what is used, and "it" is the model.
const JUDGEMENT = String.raw`(?:safe|ok|okay|fine|possible|legal|lawful|allowed|permitted|wise|smart|sensible|reasonable|risky|dangerous|acceptable|compliant|feasible|realistic|true|necessary|required|normal|common|hard|easy|difficult|a good idea|a bad idea)`;
const NOT_AN_OBJECT = String.raw`(?:for|with|in|on|at|by|from|into|as|commercially|internally|locally|here|there|now|today|it|them|this|that)`;
const EXPLETIVE_IT = new RegExp(
  String.raw`\b(?:(?:is|isn'?t|was|would|will|could|does|how \w+ is) it(?: be| really| actually)?|it(?:'s| is| would be| will be| seems))\s+(?:\w+\s+)?${JUDGEMENT}\s+to\s+[a-z-]+\s+(?!${NOT_AN_OBJECT}\b)[a-z]|\bhow (?:hard|easy|risky|safe|difficult|expensive) is it\s+to\s+[a-z-]+\s+(?!${NOT_AN_OBJECT}\b)[a-z]`,
  "g",
);
/** `lower` without an empty-subject "it" (same length). */
function withoutExpletiveIt(lower: string): string {
  return lower.replace(EXPLETIVE_IT, (m) => m.replace(/\bit\b/, "  "));
}

// "15% of them", "a quarter of them use it": a share of the things or people counted
// (thread-share.ts), never of the models shown; the "it" they use is the product.
const SHARE_OF_THEM =
  /\b(?:\d{1,3}(?:\.\d+)?\s*%|half|a third|two thirds|a quarter|three quarters|a fifth|a tenth|(?:one|\d+) in (?:\w+))\s+of\s+(?:them|those|these)\b(?:\s+(?:\w+\s+){0,2}?it\b)?/g;
/** `lower` without the pronouns of shares and the empty-subject "it" (same length). */
function withoutNonModelPronouns(lower: string): string {
  return withoutExpletiveIt(lower).replace(SHARE_OF_THEM, (m) =>
    m.replace(/\b(?:them|those|these|it)\b/g, (p) => " ".repeat(p.length)),
  );
}

// "the last 7 days", "the first 10 pages", "the last 30k tokens", "the first few months": a
// position word before an amount of something other than picks is a span of time or text, not a
// place in the list (the Ontario health network's "summarise the last 7 days of the chart" was
// answered "Why not <the list's last model>?").
const SPAN_AFTER = String.raw`\s+(?:\d[\d.,]*[kmb]?|few|couple(?: of)?|several|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred)\b\s*(?!${PLACE_NOUNS}s?\b)[a-z]`;

// "the top pick", "your first choice", "the second option": a position said with its noun ("top"
// means first, catalog/ordinal.ts).
const LIST_REF = new RegExp(
  String.raw`\b(?:the\s+|your\s+|our\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th|top)\s+${PLACE_NOUNS}\b|(?<=\b(?:the|and|vs|or|with)\s+)(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\b(?!\s+(?:time|step|thing|question|of|year|month|week|day)|${SPAN_AFTER})|(?:#|number\s+|option\s+|no\.\s*)(\d)\b|\b(top|both|all)\s+(two|three|2|3|picks|ones|models)\b`,
  "g",
);

/** Whether the text points at a place in a shown list ("the top pick", "#2", "the top 3"). */
export function pointsIntoList(lower: string): boolean {
  return [...lower.matchAll(LIST_REF)].length > 0;
}

export function findModelRefs(
  text: string,
  lower: string,
  catalog: Catalog,
  session: { focus: readonly string[]; lastList: readonly string[] },
  /** Mentions to leave out, by start offset and whether it names a family (names inside "anything but …" are exclusions, not subjects). */
  skip?: (start: number, family: boolean) => boolean,
): ModelRefs {
  const refs: ModelRefs = { ids: [], ambiguous: [], unknown: [], fromContext: false, spans: [] };
  for (const mention of findModelMentions(text, catalog)) {
    const r = mention.resolution;
    if (skip?.(mention.start, r.status === "ambiguous")) continue;
    if (r.status === "ambiguous" && namesData(text, mention)) continue;
    refs.spans.push(mention.text);
    if (r.status === "found") {
      if (!refs.ids.includes(r.id)) refs.ids.push(r.id);
    } else if (r.status === "ambiguous") {
      const inMind = memberInMind(r.candidates, session);
      if (inMind) {
        if (!refs.ids.includes(inMind)) refs.ids.push(inMind);
        continue;
      }
      refs.ids.push(PICK_PLACEHOLDER);
      refs.ambiguous.push({ query: mention.text, candidates: r.candidates });
    } else {
      refs.unknown.push({ query: mention.text, suggestions: r.suggestions });
    }
  }

  // "the second one", "#2", "the top 3" point into the last list shown.
  if (session.lastList.length > 0) {
    for (const m of lower.matchAll(LIST_REF)) {
      if (m[4] !== undefined) {
        const n = /two|2|both/.test(m[5] ?? "") || m[4] === "both" ? 2 : m[4] === "all" ? session.lastList.length : 3;
        for (const id of session.lastList.slice(0, n)) if (!refs.ids.includes(id)) refs.ids.push(id);
      } else {
        const position = parseOrdinal(m[1] ?? m[2] ?? m[3] ?? "", session.lastList.length);
        const id = position === null ? undefined : session.lastList[position];
        if (id !== undefined && catalog.modelById.has(id) && !refs.ids.includes(id)) refs.ids.push(id);
      }
      refs.fromContext = true;
    }
  }

  // "may we fine-tune it?", "compare them": the models the conversation is about.
  if (
    refs.ids.length === 0 &&
    refs.unknown.length === 0 &&
    session.focus.length > 0 &&
    PRONOUN.test(withoutNonModelPronouns(lower))
  ) {
    refs.ids.push(...session.focus.filter((id) => catalog.modelById.has(id)));
    refs.fromContext = true;
    refs.byPronoun = true;
  }

  // "the mini one", "and the flash?": a sibling of the model just discussed, by the word that
  // sets it apart (the word alone fits many models; beside the focus it names one).
  if (refs.ids.length === 0 && refs.unknown.length === 0 && session.focus.length > 0) {
    const m = FAMILY_REF.exec(lower.trim());
    const words = m?.[1] ? nameTokens(m[1]) : [];
    const id = words.some((w) => /[a-z]/.test(w)) ? familyMember(words, session.focus, catalog) : null;
    if (id && m?.[1]) {
      refs.ids.push(id);
      refs.spans.push(m[1]);
      refs.fromContext = true;
      refs.familyPick = true;
    }
  } else if (refs.ids.length === 1 && !refs.fromContext && FAMILY_REF.test(lower.trim())) {
    // "the mamba one" after Codestral: the word that sets the sibling apart is a name on its own,
    // so it resolved directly; said in the same shape beside a member of its family, it is the
    // same pick and asks the last question again.
    const family = catalog.modelById.get(refs.ids[0]!)?.family;
    const sibling = session.focus.some((id) => id !== refs.ids[0] && catalog.modelById.get(id)?.family === family);
    if (family && sibling) refs.familyPick = true;
  }
  return refs;
}

/**
 * A family name ("mistral large", "llama") said while one of its members is what the conversation
 * is about (the last answer's models, else the last list shown, such as a shortlist) means that
 * member, as it would between people; two members in mind leave the question open.
 */
function memberInMind(
  candidates: readonly string[],
  session: { focus: readonly string[]; lastList: readonly string[] },
): string | null {
  for (const inMind of [session.focus, session.lastList]) {
    const hits = candidates.filter((id) => inMind.includes(id));
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) return null;
  }
  return null;
}

/** A whole short message naming one or two words of a model's name: "the mini one", "and the flash?". */
const FAMILY_REF =
  /^(?:(?:and|or|ok|okay|so|now|what about|how about|same for|same with|and for)[,]?\s+)*(?:the\s+)?([a-z][a-z0-9.+-]*(?:\s+(?!(?:one|version|variant|model|tier)\b)[a-z0-9.+-]+)?)(?:\s+(?:one|version|variant|model|tier))?\s*[?.!]*$/;

/**
 * "PHI is involved", "gpt-4o with PHI": a bare family word that is also a word for regulated data
 * (protected health information, not Microsoft's Phi) names the data when written as the acronym,
 * or when the rest of the message already speaks of regulated data ("phi, so HIPAA applies").
 * A version ("phi 4") makes it a model, and the lookup then finds it, so only a vague mention is asked.
 */
function namesData(text: string, mention: { text: string; start: number; end: number }): boolean {
  const word = mention.text.toLowerCase();
  if (sensitivityIn(word, word) !== "regulated") return false;
  if (/[A-Z]/.test(mention.text) && mention.text === mention.text.toUpperCase()) return true;
  const rest = (text.slice(0, mention.start) + " " + text.slice(mention.end)).toLowerCase();
  return sensitivityIn(rest, rest) === "regulated";
}

/** "tell me about X", "what is X": the X, for a last loose lookup when no model was found. */
export function subjectPhrase(lower: string): string | null {
  const m =
    /\b(?:tell (?:me|us) (?:more )?about|what(?:'s| is| are)|who (?:made|makes|built|created)|info(?:rmation)? (?:on|about)|details (?:on|of|about)|describe|explain|price of|pricing (?:of|for)|cost of|licen[cs]e (?:of|for)|compare)\s+(?:the\s+|an?\s+)?(?:model\s+|llm\s+)?([a-z0-9][\w .+-]{1,40}?)\s*(?:model|llm)?\s*[?.!]*$/.exec(
      lower,
    );
  const subject = m?.[1]?.trim();
  if (
    !subject ||
    /^(it|this|that|them|they|you|your|up|going on|new|the best|best|cheapest|better|difference|happening)\b/.test(
      subject,
    )
  )
    return null;
  return subject;
}

export function looseLookup(phrase: string, catalog: Catalog): ReturnType<typeof resolveModel> {
  return resolveModel(phrase, catalog, undefined, { fuzzy: "full" });
}
