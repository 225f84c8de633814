// Follow-ups outside a recommendation ask the last question again: with a new value ("and at
// int4?", "what about 5B tokens?", "triple it?") or about other models ("what about X?"). They
// answer as the last question's intent, so they belong to no single descriptor.
import * as cue from "../../cues.js";
import { continuesAnswer, followUpOf, isBareFollowUp, isValueFollowUp, repeatFor } from "../../follow-up.js";
import { QUANTITY, quantityValue } from "../../numbers.js";
import { PICK_PLACEHOLDER } from "../../pending.js";
import type { QuestionRung } from "../descriptor.js";

const BARE_AMOUNT = new RegExp(QUANTITY);

/** "and at 2 billion?": a bare amount of at least 100k, read as tokens a month. */
function bareTokens(lower: string): number | null {
  const m = BARE_AMOUNT.exec(lower);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const n = quantityValue(m[1], m[2]);
  return n >= 100_000 ? n : null;
}

export const FOLLOW_UP_RUNGS: readonly QuestionRung[] = [
  {
    // First of all: a short value change of the last question is that question again. A
    // break-even asked after a price ("when does self-hosting start paying off?") is a new one.
    // In a recommendation thread only right after a factual answer, and not as a supposition.
    id: "follow-up:value-change",
    read: (f) => {
      const last = f.session.lastIntent;
      if (
        !continuesAnswer(f.lower, f.session) ||
        !last ||
        f.breakEven() ||
        !isValueFollowUp(f.lower, last) ||
        f.anyUnknown()
      )
        return null;
      const volume = f.parsed.volume();
      const again = followUpOf(last, {
        lower: f.lower,
        modelIds: f.ids.filter((id) => id !== PICK_PLACEHOLDER),
        volume,
        bareTokens: volume === null ? bareTokens(f.lower) : null,
        edits: f.parsed.edits(),
        selfHost: cue.SELF_HOST.test(f.lower),
        viaApi: cue.VIA_API.test(f.lower),
        facts: last.kind === "license" ? f.parsed.facts() : {},
        host: f.parsed.host(),
        batch: cue.BATCH_API.test(f.lower),
        // A cost asked in a thread without a volume was answered at the thread's: "3x the volume" scales that.
        baseVolume: f.session.requirements.volume ?? null,
      });
      return again && !f.ids.includes(PICK_PLACEHOLDER) ? again : null;
    },
  },
  {
    // "what if we only want models under 10B params" after a licence answer: the open models of
    // that size for the same use, not the same model's verdict again (a size belongs to open
    // weights). In a recommendation thread only right after the licence answer, as above.
    id: "follow-up:licence-size",
    read: (f) => {
      const last = f.session.lastIntent;
      if (last?.kind !== "license" || f.ids.length > 0 || !continuesAnswer(f.lower, f.session)) return null;
      const cap = f.parsed.requirements().maxParamsB;
      if (cap === undefined) return null;
      return {
        kind: "license",
        modelIds: [],
        facts: { ...last.facts, ...f.parsed.facts() },
        topic: last.topic,
        openOnly: true,
        maxParamsB: cap,
      };
    },
  },
  {
    // "what about X?" after an answer: the last question about X. In a recommendation thread
    // only right after a factual answer ("and for GPT-4o?" after a cost); after a shortlist the
    // same words are a what-if ("what about GPT-4o?" = why not GPT-4o).
    id: "follow-up:other-models",
    read: (f) => {
      if (!continuesAnswer(f.lower, f.session) || !(f.ids.length > 0 || f.anyUnknown())) return null;
      const unknownName = f.parsed.modelLike();
      // "the mini one" after GPT-5 names only a sibling of the model discussed: the same question of it.
      const bare =
        f.refs.familyPick === true ||
        isBareFollowUp(f.lower, unknownName ? [...f.refs.spans, unknownName] : f.refs.spans);
      if (!bare) return null;
      return repeatFor(f.session.lastIntent, f.ids);
    },
  },
];
