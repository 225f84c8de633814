// The shared adapter contract, run against the real Slack adapter (real Bolt over signed HTTP,
// fake Slack Web API) with the real advisor and the real catalogue.
import { createAdvisor } from "../../../src/advisor.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { runAdapterContract } from "../../helpers/adapter-contract.js";
import { startSlackHarness } from "../../helpers/fake-slack-harness.js";
import { makeSlackDriver } from "../../helpers/fake-slack-driver.js";

runAdapterContract("slack", async () => {
  const harness = await startSlackHarness({ advisor: createAdvisor({ catalog: readCatalog() }) });
  return makeSlackDriver(harness);
});
