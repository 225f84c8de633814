// Recommendations asked as teams ask them: a need with no model named ("coding helper, 2 devs,
// $200/month"), an explicit ask ("what should we use for…"), or requirements alone ("coding").
import * as cue from "../../cues.js";
import type { Intent } from "../../types.js";
import type { QuestionRung } from "../descriptor.js";
import { WHICH_MODEL } from "../question-cues.js";
import type { QuestionFeatures } from "../question-features.js";

const ASKS_FOR_MODEL = /\b(which|what) (model|llm|one)s?\b|\?/;
const OPEN_QUESTION = /\b(which|what)\b[^?.!]*\?/;
const MODEL_WORDS = /\b(models?|llms?|ones?)\b/;
// A need stated in any clause, not only at the start: "We're a professional association and want
// to answer members' questions", "staff should be able to search our files", "our lawyers need to …".
const STATES_NEED =
  /\b(we|i)('re| are| am)? (want|need|are building|building|build|plan|planning|looking for|would like)\b|\b(?:and|also|so|staff|team|people|users|members|lawyers|agents|customers|clients) (?:\w+ )?(?:wants?|needs?|would like|(?:should|must) be able) to\b/;

// "are we allowed to use closed model outputs to build a classifier?": asking whether something is
// permitted, not which model to use, is a licence question even when it names a use case. So is
// asking to sell or publish what the model makes ("can we sell the labels the model makes?", "is
// it ok to publish the translations it writes?"): its "labels" or "translations" name no need.
const ASKS_PERMISSION =
  /\b(are|am|is) (we|i|it|that|this) (allowed|permitted|legal)\b|\b(allowed|permitted) to\b|\bcan (we|i) legally\b|\b(?:can|could|may|might) (?:we|i) (?:sell|publish|release|share|distribute|redistribute|open-source)\b|\bis it (?:ok|okay|fine) to (?:sell|publish|release|share|distribute|redistribute|open-source)\b/;

const asksOnlyPermission = (f: QuestionFeatures): boolean =>
  ASKS_PERMISSION.test(f.lower) && !WHICH_MODEL.test(f.lower) && !cue.RECOMMEND_SOFT.test(f.lower);

const recommend = (f: QuestionFeatures, requirements = f.parsed.requirements()): Intent => ({
  kind: "recommend",
  text: f.clean,
  requirements,
});
// "which base models let us do that?" asks which licences permit it: a list, not a pick.
const WHICH_MODEL_PERMITS =
  /\b(?:which|what) (?:[\w-]+ )?(?:models?|llms?|ones?) (?:let|lets|allow|allows|permit|permits|can we|may we|are we allowed)\b/;
const words = (f: QuestionFeatures) => f.clean.split(/\s+/).length;
// Facts that make a message without a question a need, whatever licence words it holds.
const FLAT_NEED_FACTS = 5;

// The team saying what it does, in its own voice: "we compare …", "our lawyers review …".
const TEAM_VOICE =
  /(?:^|[.;:!,]\s*|\band\s+)(?:we|our\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?!(?:use|used|using|have|had|tried|run|ran|pay|paid)\b)[a-z]+/;
// A first message with no question, no model named, that says the team's job: the start of a
// recommendation, which asks for what is missing, never "I'm not sure what you're asking".
const statesOwnJob = (f: QuestionFeatures): boolean =>
  !f.inThread && !f.lower.includes("?") && f.ids.length === 0 && !f.anyUnknown() && TEAM_VOICE.test(f.lower);

export const RECOMMEND_QUESTIONS: readonly QuestionRung[] = [
  {
    // A need stated with no model named asks for a recommendation, unless it asks for an amount;
    // read before licence, price and cost words, which such needs often contain ("cheap", "open").
    id: "recommend:need-without-model",
    read: (f) => {
      if (f.ids.length > 0 || f.anyUnknown() || cue.ASKS_AMOUNT.test(f.lower) || cue.OPEN_MODELS_LIST.test(f.lower))
        return null;
      const requirements = f.parsed.requirements();
      const stated = Object.keys(requirements).length;
      const asks = cue.RECOMMEND_SOFT.test(f.lower) || ASKS_FOR_MODEL.test(f.lower);
      if (asksOnlyPermission(f)) return null;
      // A budget said flatly ("Budget is 1500 EUR a month.") is a need, not a question of cost.
      const budgetSaid =
        (requirements.monthlyBudgetUsd !== undefined || requirements.statedBudget !== undefined) &&
        !f.lower.includes("?");
      // "20k call transcripts a month, ~5k tokens each. which model?": a need asking for a model
      // is a recommendation even when the need is a volume alone (not a cost with no model).
      // Licence words in a need are usually its conditions ("licence must allow redistribution",
      // "no meta models"): many facts said flatly, with no question, are a need all the same.
      const flatNeed = stated >= FLAT_NEED_FACTS && !f.lower.includes("?");
      return (requirements.useCase !== undefined && (stated >= 2 || asks || words(f) <= 6)) ||
        (stated >= 3 && (!cue.LICENSE.test(f.lower) || flatNeed)) ||
        // Licence words beside several facts are their conditions ("research only … we will
        // publish the merged weights. which base model fits?").
        (stated >= 1 &&
          WHICH_MODEL.test(f.lower) &&
          (!cue.LICENSE.test(f.lower) || (stated >= 3 && !WHICH_MODEL_PERMITS.test(f.lower)))) ||
        budgetSaid
        ? recommend(f, requirements)
        : null;
    },
  },
  // A change stated flatly on an empty thread ("we want to fine-tune a model and publish the
  // weights, which base models?", "only open models") is the team's first need.
  {
    id: "recommend:first-need-as-change",
    read: (f) => (f.statesFirstNeed() && f.ids.length === 0 ? recommend(f) : null),
  },
  // An explicit ask ("which model would you pick…"), unless it lists open models.
  { id: "recommend:explicit-ask", read: (f) => (f.recommendCue() && !f.openList() ? recommend(f) : null) },
  {
    // Requirements with the word "model" ("a cheap open model for coding, 20M tokens a month").
    id: "recommend:requirements-with-model-word",
    read: (f) => {
      if (f.ids.length > 0 || f.anyUnknown() || f.openList() || !MODEL_WORDS.test(f.lower) || asksOnlyPermission(f))
        return null;
      const requirements = f.parsed.requirements();
      return requirements.useCase !== undefined && Object.keys(requirements).length >= 2
        ? recommend(f, requirements)
        : null;
    },
  },
  // Late: the explicit ask that the open-models list held back, once no model question claimed it.
  { id: "recommend:late-explicit-ask", read: (f) => (cue.RECOMMEND.test(f.lower) ? recommend(f) : null) },
  {
    // Last: requirements alone ("a cheap open model for coding", or just "coding"), or a job the
    // team says it does, flatly, as its first message ("we compare two drafts of each lease").
    id: "recommend:requirements-alone",
    read: (f) => {
      const requirements = f.parsed.requirements();
      const short = words(f) <= 4;
      return requirements.useCase !== undefined &&
        (Object.keys(requirements).length >= 2 || short || STATES_NEED.test(f.lower) || statesOwnJob(f))
        ? recommend(f, requirements)
        : null;
    },
  },
  {
    // "contracts of 80k tokens, which model?": a need and a request, without a use case. Last of
    // all, so any which/what question beside a need that nothing else claimed ("fine-tune it and
    // put the weights on hugging face, what bases would work?") asks for a model.
    id: "recommend:need-and-request",
    read: (f) => {
      const requirements = f.parsed.requirements();
      const asks = cue.RECOMMEND_SOFT.test(f.lower) || WHICH_MODEL.test(f.lower) || OPEN_QUESTION.test(f.lower);
      // A purpose with no use case of ours ("reasoning model for math research, which model?") is a need too.
      const purpose = /\b(?:models?|llms?) (?:for|to) [a-z]/.test(f.lower);
      return (Object.keys(requirements).length > 0 || purpose) && asks ? recommend(f, requirements) : null;
    },
  },
];
