// One handler per intent kind, each in its own file under src/answers (owned by the area that
// computes it: licensing, costs, recommendation, answers). The table lives here, not in
// conversation/, so the conversation layer never imports the answers (dependencies point one
// way: advisor -> answers -> conversation).
import { breakEvenHandler } from "./break-even.js";
import { clarifyModelHandler } from "./clarify-model.js";
import { compareHandler } from "./compare.js";
import { apiCostHandler } from "./cost.js";
import { helpHandler } from "./help.js";
import { hostingHandler } from "./hosting.js";
import { watchHandler } from "./watch.js";
import { licenseHandler } from "./license.js";
import { modelInfoHandler } from "./model-info.js";
import { priceHandler } from "./price.js";
import { profileHandler } from "./profile.js";
import { resetHandler } from "./reset.js";
import { selfHostCostHandler } from "./self-host-cost.js";
import { shortlistCostSubject, withSubjectNote } from "./shortlist-cost-subject.js";
import { fineTuneFitHandler } from "./fine-tune-fit.js";
import { sourcesHandler } from "./sources.js";
import { tradeoffsHandler } from "./tradeoffs.js";
import { unclearHandler } from "./unclear.js";
import { unknownModelHandler } from "./unknown-model.js";
import type { HandlerTable, IntentHandler } from "../conversation/handler.js";
import type { FlowInterpreter, FlowResumer } from "../conversation/router.js";
import { handleDecisionRecord } from "./decision-record.js";
import { handleFlowControl } from "./flow-control.js";
import { handleRecommend, resumeFlow } from "./recommend.js";
import { handleWhatIf } from "./what-if.js";
import { interpretFlowInput } from "../conversation/flows/recommend-flow.js";

// "cost" is two answers: through an API (answers) or self-hosted (costs).
// A fine-tuning run on named GPUs is a third: its memory fit.
const costOf: IntentHandler<"cost"> = (intent, ctx) =>
  intent.fineTune
    ? fineTuneFitHandler(intent, ctx)
    : intent.selfHost
      ? selfHostCostHandler(intent, ctx)
      : apiCostHandler(intent, ctx);

// "how much would this cost us?" of no model in a thread with a shortlist: its picks.
const costHandler: IntentHandler<"cost"> = (intent, ctx) => {
  const picks = shortlistCostSubject(intent, ctx);
  return picks ? withSubjectNote(costOf(picks.intent, ctx), picks.note) : costOf(intent, ctx);
};

export const handlers: HandlerTable = {
  help: helpHandler,
  sources: sourcesHandler,
  reset: resetHandler,
  "model-info": modelInfoHandler,
  price: priceHandler,
  cost: costHandler,
  compare: compareHandler,
  tradeoffs: tradeoffsHandler,
  hosting: hostingHandler,
  "clarify-model": clarifyModelHandler,
  "unknown-model": unknownModelHandler,
  unclear: unclearHandler,
  license: licenseHandler,
  "break-even": breakEvenHandler,
  recommend: handleRecommend,
  "what-if": handleWhatIf,
  "flow-control": handleFlowControl,
  "decision-record": handleDecisionRecord,
  profile: profileHandler,
  watch: watchHandler,
};

// RECOMMENDATION
export const flowInterpreter: FlowInterpreter | null = interpretFlowInput;
export const flowResumer: FlowResumer = resumeFlow;
