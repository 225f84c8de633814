// Issue 10's conversations through the real terminal adapter (tests/helpers/conversation-transcripts.ts).
import { runConversationTranscripts } from "../../helpers/conversation-transcripts.js";
import { makeConsoleDriver } from "./harness.js";

runConversationTranscripts("terminal", async () => makeConsoleDriver());
