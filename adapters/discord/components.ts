// "choices" blocks as Discord components: buttons (5 a row) for a few options, a select menu for
// many, and a numbered text list for whatever no longer fits in the 5 rows a message allows.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from "discord.js";
import { answersQuestion, decodeAction, encodeAction } from "../../src/action-id.js";
import type { Block } from "../../src/ports.js";
import { neutralize, truncate } from "./text.js";

type ChoicesBlock = Extract<Block, { kind: "choices" }>;
export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

export const COMPONENT_LIMITS = {
  rows: 5,
  buttonsPerRow: 5,
  selectOptions: 25,
  customId: 100,
  buttonLabel: 80,
  optionLabel: 100,
  placeholder: 150,
} as const;

/**
 * Answers to a question (flow steps, suggestions) stay buttons up to two rows; a list of models
 * to pick from becomes a select menu past one row, since long model names read better there.
 */
function maxButtons(options: { id: string }[]): number {
  return options.every((o) => decodeAction(o.id)?.kind === "pick") ? 5 : 10;
}

export interface LaidOutComponents {
  rows: ActionRow[];
  /** Options that did not fit, as text lines the user can type instead. */
  overflow: string[];
}

const validId = (id: string) =>
  id.length > 0 && id.length <= COMPONENT_LIMITS.customId && decodeAction(id)?.kind !== "select";

export function layoutChoices(blocks: ChoicesBlock[]): LaidOutComponents {
  const rows: ActionRow[] = [];
  const overflow: string[] = [];
  const used = new Set<string>();

  blocks.forEach((block, blockIndex) => {
    // custom_id and select values must be unique in a message: keep the first of each.
    const options = block.options.filter((o) => validId(o.id) && !used.has(o.id) && used.add(o.id));
    const free = COMPONENT_LIMITS.rows - rows.length;
    const buttonRows = Math.ceil(options.length / COMPONENT_LIMITS.buttonsPerRow);
    if (options.length === 0) return;

    if (options.length <= maxButtons(options) && buttonRows <= free) {
      for (let i = 0; i < options.length; i += COMPONENT_LIMITS.buttonsPerRow) {
        rows.push({
          type: ComponentType.ActionRow,
          components: options.slice(i, i + COMPONENT_LIMITS.buttonsPerRow).map((o) => ({
            type: ComponentType.Button,
            style: answersQuestion(decodeAction(o.id)) ? ButtonStyle.Primary : ButtonStyle.Secondary,
            custom_id: o.id,
            label: truncate(neutralize(o.label), COMPONENT_LIMITS.buttonLabel) || "…",
          })),
        });
      }
      return;
    }
    if (free >= 1) {
      const shown = options.slice(0, COMPONENT_LIMITS.selectOptions);
      rows.push({
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: encodeAction({ kind: "select", index: blockIndex }),
            placeholder: truncate(neutralize(block.prompt) || "Choose…", COMPONENT_LIMITS.placeholder),
            min_values: 1,
            max_values: 1,
            options: shown.map((o) => ({
              label: truncate(neutralize(o.label), COMPONENT_LIMITS.optionLabel) || "…",
              value: o.id,
            })),
          },
        ],
      });
      overflow.push(...options.slice(shown.length).map((o) => neutralize(o.label)));
      return;
    }
    overflow.push(...options.map((o) => neutralize(o.label)));
  });
  return { rows, overflow };
}

/** The label of a clicked button or picked select option, read back from the message's components. */
export function labelFor(rows: unknown, customId: string, value?: string): string | undefined {
  if (!Array.isArray(rows)) return undefined;
  for (const row of rows as {
    components?: {
      customId?: string;
      custom_id?: string;
      label?: string;
      options?: { label: string; value: string }[];
    }[];
  }[]) {
    for (const component of row.components ?? []) {
      const id = component.customId ?? component.custom_id;
      if (id !== customId) continue;
      if (value === undefined) return component.label;
      return component.options?.find((o) => o.value === value)?.label;
    }
  }
  return undefined;
}
