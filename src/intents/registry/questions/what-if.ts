// What-ifs: a change to the recommendation under way ("what if we self-host?", "double the
// traffic", "and without chinese models?", "why not GPT-4o?").
import * as cue from "../../cues.js";
import { hasAnyFact } from "../../../licensing/facts.js";
import { questionTopic } from "../../license-topic.js";
import { pointsIntoList } from "../../model-refs.js";
import { asksOfPicks, picksQuestion, lastAnswerShowedPicks } from "../../picks-question-text.js";
import { changesThread, countsForThread } from "../../thread-change.js";
import type { Intent } from "../../types.js";
import type { QuestionRung } from "../descriptor.js";
import { WHAT_IF_MORE } from "../question-cues.js";
import { droppedLanguages } from "../../language-edits.js";
import { perUnitAsked } from "../../per-unit-text.js";
import type { QuestionFeatures } from "../question-features.js";
import { asksIfAllowed } from "./license.js";

/** How many picks a shortlist shows: "which of these" asks of them. */
const SHOWN_PICKS = 3;

// Long messages are new requests rather than one change.
const MAX_CHANGE_WORDS = 14;

// A pronoun in a change to the thread is the work, not a model to explain ("what if we also run it
// on every commit"): only a "why not" asks about the models it points at.
const whatIf = (f: QuestionFeatures): Intent => ({
  kind: "what-if",
  text: f.clean,
  modelIds: f.refs.byPronoun && !cue.WHY_NOT.test(f.lower) ? [] : f.ids,
});

export const WHAT_IF_QUESTIONS: readonly QuestionRung[] = [
  {
    // "how did you get the volume?" in a thread asks how it was read, before any change it might look like.
    id: "what-if:volume-working",
    read: (f) =>
      f.inThread && cue.VOLUME_WORKING.test(f.lower)
        ? { kind: "what-if", text: f.clean, modelIds: [], explain: "volume" }
        : null,
  },
  {
    // After a shortlist, a question asked of the picks it shows ("which ones will sign a BAA?",
    // "which of these is cheapest?", "how good is the top pick at yoruba?") is answered for them;
    // a licence question of them ("could we fine tune later? which of these allow that") is their
    // licence verdicts. A supposition ("what if …") or a model named by its name is not one.
    id: "what-if:about-the-picks",
    read: (f) => {
      if (!f.inThread || f.session.lastList.length === 0 || f.supposes()) return null;
      // A model named by its name is asked about as itself; only its rating in a language ("is
      // llama 3.3 70b good at japanese?") is answered here, as the picks' ratings are.
      const named = f.ids.length > 0 && !f.refs.fromContext;
      if (named) {
        const languages = f.parsed.requirements().languages;
        const about = picksQuestion(f.lower, { languages, pointsAtPicks: true, ids: f.ids });
        return about?.topic === "language" ? { kind: "what-if", text: f.clean, modelIds: f.ids, about } : null;
      }
      const about = picksQuestion(f.lower, {
        languages: f.parsed.requirements().languages,
        // A pronoun points at the picks only right after a shortlist; a place in it, at any time.
        pointsAtPicks:
          pointsIntoList(f.lower) || (f.refs.fromContext && f.ids.length > 0 && lastAnswerShowedPicks(f.session)),
        ids: f.ids,
        unit: perUnitAsked(f.lower, f.session.requirements.volume, f.session.requirements.monthlyActiveUsers),
      });
      if (about) return { kind: "what-if", text: f.clean, modelIds: [], about };
      // A licence question of the set ("which of these allow that") or of one place in it ("is
      // the top pick ok for a non profit?").
      const ofPlace = pointsIntoList(f.lower) && asksIfAllowed(f.lower);
      if (!(asksOfPicks(f.lower) || ofPlace) || !hasAnyFact(f.parsed.facts())) return null;
      const shown = f.ids.length > 0 ? f.ids : f.session.lastList.slice(0, SHOWN_PICKS);
      return {
        kind: "license",
        modelIds: shown,
        facts: f.parsed.facts(),
        topic: questionTopic(f.lower, true),
        openOnly: false,
      };
    },
  },
  {
    // In a recommendation thread, a supposition changes it, whatever else it mentions; only a
    // break-even and a bare self-hosting assumption outside a thread read first. A change stated
    // flatly ("we need to self-host") is one too, unless it is said inside a question about a
    // model it names ("what hardware do we need to self-host DeepSeek-V3.2?").
    id: "what-if:phrase-in-thread",
    read: (f) =>
      f.inThread && !f.breakEven() && (f.supposes() || (f.whatIfPhrase() && (f.ids.length === 0 || f.refs.fromContext)))
        ? whatIf(f)
        : null,
  },
  {
    // So do follow-ups that state a requirement without "what if" ("and without chinese models?").
    id: "what-if:requirement-in-thread",
    read: (f) =>
      f.inThread &&
      (f.ids.length === 0 || f.refs.fromContext) &&
      f.refs.unknown.length === 0 &&
      !f.recommendCue() &&
      !f.breakEven() &&
      changesThread(f.lower, f.parsed.requirements())
        ? whatIf(f)
        : null,
  },
  {
    // A new count of the thread's things said flatly ("20 requests a day", "actually 5k tickets a
    // month"): the thread's volume amended (what-if-text.ts reads it against the thread's).
    id: "what-if:count-in-thread",
    read: (f) =>
      f.inThread &&
      (f.ids.length === 0 || f.refs.fromContext) &&
      f.refs.unknown.length === 0 &&
      !f.recommendCue() &&
      countsForThread(f.lower, f.session.requirements.volume)
        ? whatIf(f)
        : null,
  },
  {
    // Languages taken out of the thread's list ("and without korean?"): a negated language states
    // no requirement of its own, so only the thread's list shows it is a change.
    id: "what-if:languages-dropped-in-thread",
    read: (f) =>
      f.inThread &&
      f.ids.length === 0 &&
      f.lower.split(/\s+/).length <= MAX_CHANGE_WORDS &&
      (droppedLanguages(f.lower, f.session.requirements.languages)?.codes.length ?? 0) > 0
        ? whatIf(f)
        : null,
  },
  { id: "what-if:why-not", read: (f) => (cue.WHY_NOT.test(f.lower) ? whatIf(f) : null) },
  // "why is X on the list?" in a thread asks where X stands in it, not for X's model card.
  {
    id: "what-if:why-listed",
    read: (f) => (f.inThread && f.ids.length > 0 && cue.WHY_LISTED.test(f.lower) ? whatIf(f) : null),
  },
  {
    // "what if we self-host?" names no model: a change to whatever the conversation is about. With
    // no conversation yet, "quality matters most" or "drop the X" beside a use case states a need.
    id: "what-if:no-model-named",
    read: (f) => {
      const asksWhatIf = cue.WHAT_IF_START.test(f.lower) || WHAT_IF_MORE.test(f.lower);
      return f.whatIfPhrase() &&
        (asksWhatIf || f.parsed.requirements().useCase === undefined) &&
        f.ids.length === 0 &&
        !f.anyUnknown() &&
        !f.breakEven() &&
        f.parsed.volume() === null
        ? whatIf(f)
        : null;
    },
  },
  {
    // Late: a what-if phrase that no model question claimed.
    id: "what-if:late-phrase",
    read: (f) => (f.whatIfPhrase() && (f.inThread || f.ids.length === 0) ? whatIf(f) : null),
  },
];
