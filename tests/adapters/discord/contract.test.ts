// The shared adapter contract, run through the real Discord adapter and discord.js against the
// fake Discord (the driver: tests/helpers/fake-discord-driver.ts).
import { runAdapterContract } from "../../helpers/adapter-contract.js";
import { makeDiscordDriver } from "../../helpers/fake-discord-driver.js";

runAdapterContract("discord", makeDiscordDriver);
