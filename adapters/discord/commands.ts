// The /modelwise slash command, defined once with the discord.js builders (which enforce the
// name, description and option limits) and registered by register-commands.ts.
import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";

export const COMMAND_NAME = "modelwise";

/** Options whose value is a model name; autocomplete answers them from the catalogue. */
export const MODEL_OPTIONS = new Set(["model", "model_a", "model_b", "model_c"]);

export function buildCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const command = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription("Choose a large language model: licences, costs, comparisons, recommendations")
    .addSubcommand((sub) =>
      sub
        .setName("ask")
        .setDescription("Ask anything about choosing a model")
        .addStringOption((o) =>
          o.setName("question").setDescription("Your question, in your own words").setRequired(true).setMaxLength(1500),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("recommend")
        .setDescription("Start a guided recommendation")
        .addStringOption((o) =>
          o
            .setName("needs")
            .setDescription("What you need, e.g. cheap open model for coding, EU hosting")
            .setMaxLength(500),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("license")
        .setDescription("Can we use this model? Licence verdict for your team")
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
    )
    .addSubcommand((sub) =>
      sub
        .setName("cost")
        .setDescription("Monthly cost through APIs or self-hosted")
        .addStringOption((o) => o.setName("model").setDescription("Model name").setRequired(true).setAutocomplete(true))
        .addStringOption((o) =>
          o
            .setName("volume")
            .setDescription("e.g. 10M input and 2M output tokens a month, or 2k requests a day")
            .setMaxLength(300),
        )
        .addBooleanOption((o) => o.setName("self_host").setDescription("Estimate self-hosting too")),
    )
    .addSubcommand((sub) =>
      sub
        .setName("compare")
        .setDescription("Compare two or three models")
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
    );
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
