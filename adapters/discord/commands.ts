// The /modelwise slash command, defined once with the discord.js builders (which enforce the
// name, description and option limits) and registered by register-commands.ts. The subcommands
// and their descriptions come from the intent registry (slashCommands()); only the options,
// which are Discord's, are defined here.
import {
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { APP_PURPOSE, slashCommands } from "../../src/intents/registry/index.js";

export const COMMAND_NAME = "modelwise";

/** Options whose value is a model name; autocomplete answers them from the catalogue. */
export const MODEL_OPTIONS = new Set(["model", "model_a", "model_b", "model_c"]);

type Subcommand = SlashCommandSubcommandBuilder;

/** Each subcommand's options, by name. The names, their order and descriptions are the registry's. */
const OPTIONS: Record<string, (sub: Subcommand) => Subcommand> = {
  ask: (sub) =>
    sub.addStringOption((o) =>
      o.setName("question").setDescription("Your question, in your own words").setRequired(true).setMaxLength(1500),
    ),
  recommend: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName("needs")
        .setDescription("What you need, e.g. cheap open model for coding, EU hosting")
        .setMaxLength(500),
    ),
  license: (sub) =>
    sub
      .addStringOption((o) => o.setName("model").setDescription("Model name").setRequired(true).setAutocomplete(true))
      .addIntegerOption((o) =>
        o.setName("monthly_users").setDescription("Monthly active users of your product").setMinValue(0),
      )
      .addStringOption((o) =>
        o
          .setName("details")
          .setDescription("Anything else, e.g. we fine-tune it, we serve it as an API")
          .setMaxLength(500),
      ),
  cost: (sub) =>
    sub
      .addStringOption((o) => o.setName("model").setDescription("Model name").setRequired(true).setAutocomplete(true))
      .addStringOption((o) =>
        o
          .setName("volume")
          .setDescription("e.g. 10M input and 2M output tokens a month, or 2k requests a day")
          .setMaxLength(300),
      )
      .addBooleanOption((o) => o.setName("self_host").setDescription("Estimate self-hosting too")),
  compare: (sub) =>
    sub
      .addStringOption((o) =>
        o.setName("model_a").setDescription("First model").setRequired(true).setAutocomplete(true),
      )
      .addStringOption((o) =>
        o.setName("model_b").setDescription("Second model").setRequired(true).setAutocomplete(true),
      )
      .addStringOption((o) => o.setName("model_c").setDescription("Third model (optional)").setAutocomplete(true))
      .addStringOption((o) =>
        o.setName("volume").setDescription("Volume to price, e.g. 10M tokens a month").setMaxLength(300),
      ),
};

export function buildCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const command = new SlashCommandBuilder().setName(COMMAND_NAME).setDescription(APP_PURPOSE);
  for (const { name, description } of slashCommands()) {
    const options = OPTIONS[name];
    // A subcommand added to the registry needs its Discord options here (the registry test says so).
    if (!options) throw new Error(`no Discord options for the registry's /${COMMAND_NAME} ${name} subcommand`);
    command.addSubcommand((sub) => options(sub.setName(name).setDescription(description)));
  }
  return [command.toJSON()];
}

/** Options as plain values, whatever the library object they came from. */
export type CommandOptions = Record<string, string | number | boolean | undefined>;

/**
 * The sentence a slash command stands for. The core understands free text, so a command is
 * turned into the question a user would have typed; ids from autocomplete resolve exactly.
 */
export function commandToText(subcommand: string, options: CommandOptions): string {
  const str = (name: string) => {
    const value = options[name];
    return value === undefined || value === "" ? undefined : String(value).trim();
  };
  switch (subcommand) {
    case "ask":
      return str("question") ?? "help";
    case "recommend": {
      const needs = str("needs");
      return needs ? `recommend a model for ${needs}` : "recommend a model";
    }
    case "license": {
      const parts = [`license of ${str("model") ?? ""}`.trim()];
      const users = options.monthly_users;
      if (typeof users === "number") parts.push(`we have ${users} monthly users`);
      const details = str("details");
      if (details) parts.push(details);
      return parts.join(", ");
    }
    case "cost": {
      let text = `cost of ${str("model") ?? ""}`;
      const volume = str("volume");
      if (volume) text += ` for ${volume}`;
      if (options.self_host === true) text += ", self-hosted";
      return text;
    }
    case "compare": {
      const models = ["model_a", "model_b", "model_c"].map(str).filter((m): m is string => Boolean(m));
      let text = `compare ${models.join(" vs ")}`;
      const volume = str("volume");
      if (volume) text += ` for ${volume}`;
      return text;
    }
    default:
      return "help";
  }
}
