// The /modelwise subcommands are the intent registry's: same names, same descriptions, and the
// sentence each one stands for is understood as the intent it is registered for.
import { describe, expect, it } from "vitest";
import type { APIApplicationCommandOption } from "discord.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { buildCommands, commandToText } from "../../../adapters/discord/commands.js";
import { APP_PURPOSE, slashCommands } from "../../../src/intents/registry/index.js";
import { understand } from "../../../src/intents/understand.js";

const catalog = readCatalog();
const [command] = buildCommands();
const subcommands = (command?.options ?? []) as APIApplicationCommandOption[];

describe("Discord slash commands from the intent registry", () => {
  it("offers exactly the registry's subcommands, in its order, with its descriptions", () => {
    expect(command?.description).toBe(APP_PURPOSE);
    expect(subcommands.map((s) => [s.name, s.description])).toEqual(
      slashCommands().map((c) => [c.name, c.description]),
    );
  });

  const sample: Record<string, Record<string, string | number>> = {
    recommend: { needs: "coding, 50M tokens a month" },
    license: { model: "llama-3.1-70b", monthly_users: 800_000_000 },
    cost: { model: "gpt-4o", volume: "20M tokens a month" },
    compare: { model_a: "gpt-4o", model_b: "claude-sonnet-4.5" },
  };
  it.each(slashCommands().filter((c) => c.intent !== null))("/modelwise $name is understood as its intent", (c) => {
    const text = commandToText(c.name, sample[c.name] ?? {});
    const session = { focus: [], lastList: [], flow: null, requirements: {} };
    expect(understand(text, { catalog, session }).kind).toBe(c.intent);
  });
});
