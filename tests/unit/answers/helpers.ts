// Shared bits for answer tests: a turn context over the fixture catalogue and plain text of replies.
import type { Catalog } from "../../../src/catalog/catalog.js";
import type { Model } from "../../../src/catalog/schema.js";
import type { HandlerOutput, TurnContext } from "../../../src/conversation/handler.js";
import { newSession } from "../../../src/conversation/session.js";
import { renderPlainText } from "../../../src/render/plain-text.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { TEST_NOW } from "../../helpers/test-day.js";

export const now = TEST_NOW;

export function ctxFor(catalog: Catalog = miniCatalog(), at: Date = now): TurnContext {
  return {
    catalog,
    now: at,
    session: newSession(at),
    inbound: {
      ref: { platform: "console", channel: "t" },
      user: { id: "u" },
      text: "",
      messageId: "m",
      receivedAt: at,
    },
  };
}

export function textOf(output: HandlerOutput): string {
  return output.replies.map((r) => renderPlainText(r).chunks.join("\n")).join("\n\n");
}

/** The fixture catalogue with one model replaced (e.g. to add a second price list's offering). */
export function withModel(model: Model, base: Catalog = miniCatalog()): Catalog {
  const models = base.models.map((m) => (m.id === model.id ? model : m));
  return { ...base, models, modelById: new Map(models.map((m) => [m.id, m])) };
}
