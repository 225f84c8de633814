// A question about the models a shortlist shows, asked inside its thread: "which ones will sign a
// BAA?", "which of these is cheapest?", "how good is the top pick at yoruba?". It asks something
// OF the picks shown, answered for them from the thread's ranking; it changes nothing (the same
// words put as a need, "we need a BAA", or as a supposition, "what if cost matters most", do).
import type { ConversationView, PicksQuestion } from "./types.js";
import { providerTermAsked } from "./provider-term-text.js";
import type { UnitAsked } from "./per-unit-text.js";

// Words that put a question to the set shown: "which ones", "which of these", "any of them", "the
// three", "which pick", "do the three picks …" (the set as the question's subject). Not "which
// model …" nor "what is …": in a thread they may ask for another.
const SET = String.raw`(?:these|those|them|the (?:three|two|3|2|picks|models|options|ones|shortlist(?:ed ones)?|top (?:three|3|picks)))`;
// "which one not train on our data?": a negation with its auxiliary left out, as people writing in
// a second language put it, asks the same of the set as "which one does not train …".
const NOT_SAID = String.raw`(?:(?:not|never)\s+)?`;
const ASKS_OF_SET = new RegExp(
  String.raw`(?:^|[?.!,;]\s*|\b(?:and|so|ok|okay|but|then|also|now|hmm)[,]?\s+)(?:which(?:\s+ones?|\s+of\s+${SET}|\s+(?:pick|option)s?)?|what\s+(?:ones?|of\s+${SET}))\s+${NOT_SAID}(?:is|are|will|would|can|could|does|do|has|have|offers?|signs?|allows?|lets?|costs?|gives?|comes?|keeps?|trains?|stores?|uses?)\b|\b(?:do|does|will|would|can|could|is|are|has|have)\s+(?:any|either|all|each|none|both)\s+(?:one\s+)?of\s+${SET}\b|^(?:(?:and|so|ok|okay|but|then|also|now|hmm)[,]?\s+)?(?:do|will|would|can|could|are|have)\s+(?:all\s+(?:of\s+)?)?(?!them\b)${SET}\s+(?:all\s+)?\w+|\b(?:which|what)\s+(?:ones?\s+)?of\s+${SET}\b|\b(?:of|among)\s+${SET}\s*\??$`,
);
// "does any model actually have an Inuktitut rating?": the whole catalogue, not only the picks.
const ASKS_OF_ANY = /\b(?:does|do|is there|has|have|are there)\s+(?:any|a|one)\s+(?:\w+\s+)?(?:models?|llms?)\b/;
// A place in the list said with a question about it ("how good is the top pick at …", "is #2 …").
const ASKS_OF_PLACE = /^(?:(?:and|so|ok|okay|but|then|also|hmm)[,]?\s+)?(?:how|is|are|does|do|can|will|would|what)\b/;

const CHEAPEST =
  /\b(?:cheapest|least expensive|lowest[- ]cost(?:\s+one)?|lowest (?:bill|price)|most affordable|costs? (?:the )?least|cheaper)\b/;
const DEAREST = /\b(?:most expensive|priciest|dearest|costs? (?:the )?most|highest (?:cost|bill|price))\b/;
// "how good is it at yoruba", "a Yoruba rating", "rated in Hausa", "how does it do in swahili".
// "how fast is it", "which is fastest", "the latency of #2", "tokens per second", "time to first token".
const SPEED =
  /\b(?:fast(?:er|est)?|quick(?:er|est|ly)?|slow(?:er|est)?|speed|latency|tokens?\s*(?:per|a|\/)\s*s(?:ec(?:ond)?)?s?|tok\/s|tps|time to first token|ttft|response times?)\b/;
const LANGUAGE_QUALITY =
  /\b(?:good|bad|well|strong|weak|fluent|handle|handles|do|does|perform\w*|cope|rated|rating|ratings|scores?|benchmark\w*|quality)\b/;

/** The last answer showed a shortlist (or a what-if's new one): "these" and "it" are its picks. */
export const lastAnswerShowedPicks = (session: Pick<ConversationView, "lastList" | "subject">): boolean =>
  session.lastList.length > 0 && (session.subject?.answer === "recommend" || session.subject?.answer === "what-if");

/** Whether the message puts a question to the set of picks shown ("which of these allow that"). */
export const asksOfPicks = (lower: string): boolean => ASKS_OF_SET.test(lower);

/**
 * The question a message asks of the picks shown, or null. `languages` are the language codes
 * the message names (requirements-text reads them); `pointsAtPicks` says a place in the list
 * ("the top pick", "#2") or a pronoun ("these") points at picks; `ids` are those picks.
 */
export function picksQuestion(
  lower: string,
  said: { languages?: readonly string[]; pointsAtPicks: boolean; ids: readonly string[]; unit?: UnitAsked | null },
): PicksQuestion | null {
  // A cost per thing the thread counts asks it of the picks however they are pointed at ("what does
  // that come to per consultant?"): of those a place or pronoun names, else of the ones shown.
  if (said.unit) return { topic: "per-unit", ...said.unit, ids: said.pointsAtPicks ? [...said.ids] : [] };
  const ofSet = ASKS_OF_SET.test(lower);
  const ofPlace = said.pointsAtPicks && ASKS_OF_PLACE.test(lower);
  const ofAny = !ofSet && !ofPlace && ASKS_OF_ANY.test(lower);
  if (!ofSet && !ofPlace && !ofAny) return null;
  const ids = ofPlace ? [...said.ids] : [];
  const languages = (said.languages ?? []).filter((l) => l !== "en");
  if (ofAny)
    return languages.length > 0 && LANGUAGE_QUALITY.test(lower)
      ? { topic: "language", languages, ids: [], anyModel: true }
      : null;
  const term = providerTermAsked(lower);
  if (term && term !== "free-tier") return { topic: "term", term, ids };
  if (DEAREST.test(lower)) return { topic: "dearest", ids };
  if (CHEAPEST.test(lower)) return { topic: "cheapest", ids };
  if (languages.length > 0 && LANGUAGE_QUALITY.test(lower)) return { topic: "language", languages, ids };
  if (SPEED.test(lower)) return { topic: "speed", ids };
  return null;
}
