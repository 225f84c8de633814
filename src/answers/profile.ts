// The `profile` intent: show the team profile, add standing facts to it ("remember: we're an EU
// company, we handle patient data, ~2M monthly users, no ops staff"), forget some ("forget the EU
// part") or clear it. The profile lives per workspace / server / terminal profile, not per thread;
// the handler only returns the changed profile and the adapter stores it.
import type { HandlerOutput, IntentHandler } from "../conversation/handler.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Intent } from "../intents/types.js";
import { factsIn, parseProfileCommand } from "../intents/profile-command.js";
import { displayNames, type DisplayNames } from "../catalog/display-names.js";
import { factLabels } from "../profile/describe.js";
import {
  forgetFacts,
  hasFacts,
  rememberFacts,
  type ProfileCommand,
  type StandingFacts,
  type TeamProfile,
} from "../profile/profile.js";
import { askChoices, fields, heading, message, text } from "../render/builders.js";
import { quoteUserText } from "../render/escape.js";

const SCOPE =
  "It applies to every licence answer, recommendation and self-hosting estimate in every thread here (this workspace, server or terminal profile), and each answer that uses it says so.";
const EXAMPLE = "remember: we're an EU company, we handle patient data, ~2M monthly users, no ops staff";
const KEEPS =
  "EU / data residency, data sensitivity, monthly users, commercial use, ops staff, zero data retention, deployment and cloud, the GPU price you pay or GPUs you own, excluded labs or countries, languages, fine-tuning, budget";

function profileData(profile: TeamProfile | null, names: DisplayNames, extra: Record<string, unknown> = {}) {
  return {
    intent: "profile",
    models: [],
    profile: profile?.facts ?? null,
    labels: profile ? factLabels(profile.facts, undefined, names).map((l) => l.label) : [],
    ...extra,
  };
}

function showBlocks(profile: TeamProfile | null, names: DisplayNames) {
  if (!hasFacts(profile))
    return [
      text(`No team profile yet. Tell me the facts that hold for every question once, for example:\n> ${EXAMPLE}`),
      text(SCOPE),
      askChoices("Try:", [EXAMPLE]),
    ];
  return [
    fields(factLabels(profile.facts, undefined, names).map((l) => [labelOf(l.key), l.label])),
    text(`${SCOPE} Saved ${profile.updatedAt.slice(0, 10)}.`),
    askChoices("Change it:", [
      `forget the ${factLabels(profile.facts, undefined, names)[0]?.label ?? "EU"} part`,
      "clear our profile",
    ]),
  ];
}

const FIELD_NAMES: Partial<Record<keyof StandingFacts, string>> = {
  inEu: "Location",
  euDataResidency: "Data residency",
  dataSensitivity: "Data",
  fieldOfUse: "Field",
  monthlyActiveUsers: "Users",
  mlOpsExperience: "Ops",
  noRetention: "API hosts",
  noTrainingOnData: "Training on your data",
  gpuHourlyUsd: "GPU price",
  ownedGpus: "Owned GPUs",
  exclude: "Excluded",
  monthlyBudgetUsd: "Budget",
  minorUsers: "Age",
};
const labelOf = (k: keyof StandingFacts): string => FIELD_NAMES[k] ?? k.replace(/([A-Z])/g, " $1").toLowerCase();

/** The understanding's reading ("show" / "edit" + text) as a command, when it came without one. */
function commandOf(intent: Extract<Intent, { kind: "profile" }>, catalog: Catalog): ProfileCommand {
  if (intent.action === "show") return { op: "show" };
  return (
    parseProfileCommand(intent.text, catalog) ?? {
      op: "remember",
      facts: factsIn(intent.text, catalog),
      text: intent.text,
    }
  );
}

export const profileHandler: IntentHandler<"profile"> = (intent, ctx): HandlerOutput => {
  const profile = ctx.profile ?? null;
  const command = intent.command ?? commandOf(intent, ctx.catalog);
  const names = displayNames(ctx.catalog);
  switch (command.op) {
    case "show":
      return {
        replies: [message([heading("Your team profile"), ...showBlocks(profile, names)], profileData(profile, names))],
      };
    case "clear":
      return {
        profile: null,
        replies: [
          message(
            [
              text(
                hasFacts(profile)
                  ? `Cleared your team profile (${factLabels(profile.facts, undefined, names)
                      .map((l) => l.label)
                      .join(", ")}). Answers here no longer assume any of it.`
                  : "There was no team profile to clear.",
              ),
            ],
            profileData(null, names, { changed: hasFacts(profile) }),
          ),
        ],
      };
    case "remember": {
      const added = factLabels(command.facts, undefined, names).map((l) => l.label);
      if (added.length === 0)
        return {
          replies: [
            message(
              [
                text(
                  `I didn't find a standing fact in "${quoteUserText(command.text, 80)}". The profile keeps: ${KEEPS}. For example:\n> ${EXAMPLE}`,
                ),
              ],
              profileData(profile, names, { changed: false }),
            ),
          ],
        };
      const next = rememberFacts(profile, command.facts, ctx.now);
      return {
        profile: next,
        replies: [
          message(
            [text(`Saved to your team profile: **${added.join(", ")}**.`), ...showBlocks(next, names)],
            profileData(next, names, { changed: true, added }),
          ),
        ],
      };
    }
    case "forget": {
      if (!hasFacts(profile))
        return {
          replies: [
            message([text("There is no team profile, so there is nothing to forget.")], profileData(null, names)),
          ],
        };
      const present = command.keys.filter((k) => profile.facts[k] !== undefined);
      if (present.length === 0) {
        const what = command.keys.length === 0 ? "Which part should I forget?" : "Your profile doesn't say that.";
        return {
          replies: [
            message(
              [text(`${what} It has:`), ...showBlocks(profile, names)],
              profileData(profile, names, { changed: false }),
            ),
          ],
        };
      }
      const removed = factLabels(profile.facts, new Set(present), names).map((l) => l.label);
      const next = forgetFacts(profile, present, ctx.now);
      return {
        profile: next,
        replies: [
          message(
            [
              text(`Forgot from your team profile: **${removed.join(", ")}**.`),
              ...(next ? showBlocks(next, names) : [text("Your team profile is now empty.")]),
            ],
            profileData(next, names, { changed: true, removed }),
          ),
        ],
      };
    }
  }
};
