// discord.js's REST client sends through the undici that @discordjs/rest depends on (6), and by
// default through the process-wide dispatcher that whichever undici loaded first put in place.
// Bolt loads Slack's Socket Mode client, whose undici (7) takes that place, and adapters/main.ts
// loads Slack before Discord: undici 7 then receives undici 6's multipart bodies, does not
// recognise them and fails every Discord message with a file ("action is not a function": no
// chart could be posted when both platforms ran in one process). So Discord gets a dispatcher of
// its own undici, made here, whatever the process-wide one is.
import { createRequire } from "node:module";
import type { ClientOptions } from "discord.js";

type Agent = NonNullable<NonNullable<ClientOptions["rest"]>["agent"]>;

/** A new connection pool from the undici @discordjs/rest itself loads (not the hoisted one). */
export function discordRestAgent(): Agent {
  const from = (path: string) => createRequire(path);
  const discord = from(import.meta.url).resolve("discord.js");
  const rest = from(discord).resolve("@discordjs/rest");
  const { Agent } = from(rest)("undici") as { Agent: new () => Agent };
  return new Agent();
}
