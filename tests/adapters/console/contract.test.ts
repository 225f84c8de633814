import { runAdapterContract } from "../../helpers/adapter-contract.js";
import { makeConsoleDriver } from "./harness.js";

runAdapterContract("console", async () => makeConsoleDriver());
