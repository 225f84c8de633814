// Issue 10's conversations through the real Discord adapter and discord.js against the fake
// Discord gateway and REST (tests/helpers/conversation-transcripts.ts).
import { runConversationTranscripts } from "../../helpers/conversation-transcripts.js";
import { makeDiscordDriver } from "../../helpers/fake-discord-driver.js";

runConversationTranscripts("discord", makeDiscordDriver);
