// One handler per intent kind, each in its own file under src/answers (owned by the area that
// computes it: licensing, costs, recommendation, answers).
import { breakEvenHandler } from "../answers/break-even.js";
import { clarifyModelHandler } from "../answers/clarify-model.js";
import { compareHandler } from "../answers/compare.js";
import { apiCostHandler } from "../answers/cost.js";
import { helpHandler } from "../answers/help.js";
import { licenseHandler } from "../answers/license.js";
import { modelInfoHandler } from "../answers/model-info.js";
import { priceHandler } from "../answers/price.js";
import { resetHandler } from "../answers/reset.js";
import { selfHostCostHandler } from "../answers/self-host-cost.js";
import { sourcesHandler } from "../answers/sources.js";
import { tradeoffsHandler } from "../answers/tradeoffs.js";
import { unclearHandler } from "../answers/unclear.js";
import { unknownModelHandler } from "../answers/unknown-model.js";
import type { HandlerTable, IntentHandler } from "./handler.js";
import type { FlowInterpreter } from "./router.js";
import { handleDecisionRecord } from "../answers/decision-record.js";
import { handleFlowControl } from "../answers/flow-control.js";
import { handleRecommend } from "../answers/recommend.js";
import { handleWhatIf } from "../answers/what-if.js";
import { interpretFlowInput } from "./flows/recommend-flow.js";

// "cost" is two answers: through an API (answers) or self-hosted (costs).
const costHandler: IntentHandler<"cost"> = (intent, ctx) =>
  intent.selfHost ? selfHostCostHandler(intent, ctx) : apiCostHandler(intent, ctx);

export const handlers: HandlerTable = {
  help: helpHandler,
  sources: sourcesHandler,
  reset: resetHandler,
  "model-info": modelInfoHandler,
  price: priceHandler,
  cost: costHandler,
  compare: compareHandler,
  tradeoffs: tradeoffsHandler,
  "clarify-model": clarifyModelHandler,
  "unknown-model": unknownModelHandler,
  unclear: unclearHandler,
  license: licenseHandler,
  "break-even": breakEvenHandler,
  recommend: handleRecommend,
  "what-if": handleWhatIf,
  "flow-control": handleFlowControl,
  "decision-record": handleDecisionRecord,
};

// RECOMMENDATION
export const flowInterpreter: FlowInterpreter | null = interpretFlowInput;
