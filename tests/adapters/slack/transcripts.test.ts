// Issue 10's conversations through the real Slack adapter: Bolt over signed HTTP against the fake
// Slack Web API, the real advisor and catalogue (tests/helpers/conversation-transcripts.ts).
import { createAdvisor } from "../../../src/advisor.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { runConversationTranscripts } from "../../helpers/conversation-transcripts.js";
import { startSlackHarness } from "../../helpers/fake-slack-harness.js";
import { makeSlackDriver } from "../../helpers/fake-slack-driver.js";

runConversationTranscripts("slack", async () => {
  const harness = await startSlackHarness({ advisor: createAdvisor({ catalog: readCatalog() }) });
  return makeSlackDriver(harness);
});
