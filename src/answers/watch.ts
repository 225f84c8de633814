// "watch gpt-4o", "stop watching", "what are we watching": the thread's watch list. A shortlist
// or decision record starts watching by itself (src/watch/auto-watch.ts); alerts are posted by
// the adapters after a catalogue refresh (src/watch/changes.ts, alert.ts).
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import { message, text } from "../render/builders.js";
import { formatPerMTok } from "../render/format.js";
import { createWatch, withModels, withoutModels, type Watch, type WatchedModel } from "../watch/watch.js";

export function watchTerms(watch: Watch): string {
  return `I'll post here once for each change a catalogue refresh brings: a price moving by more than ${watch.thresholdPct}%, a licence change, a change to its output-use or monthly-user terms, or a deprecation or retirement, with old → new, the source, and whether the decision's ranking would change.`;
}

const names = (models: readonly { name: string }[]) => models.map((m) => `**${m.name}**`).join(", ");

function basisLine(m: WatchedModel): string {
  const prices = m.prices.map(
    (p) => `${p.providerName} ${formatPerMTok(p.input)} in / ${formatPerMTok(p.output)} out (${p.source}, ${p.asOf})`,
  );
  return `- **${m.name}**: ${m.licenseName}; status ${m.status}${prices.length > 0 ? `; ${prices.join("; ")}` : "; no price on file"}`;
}

function reply(
  ctx: TurnContext,
  lines: string[],
  watch: Watch | null,
  extra: Partial<HandlerOutput["session"]> = {},
): HandlerOutput {
  const models = (watch?.models ?? []).map((m) => ({ id: m.id, name: m.name }));
  return {
    replies: [message([text(lines.join("\n"))], { intent: "watch", models, watching: models.map((m) => m.id) })],
    session: { ...ctx.session, watch, ...extra },
  };
}

export const watchHandler: IntentHandler<"watch"> = (intent, ctx) => {
  const current = ctx.session.watch ?? null;
  const ids = intent.modelIds.filter((id) => ctx.catalog.modelById.has(id));

  if (intent.action === "list") {
    if (!current)
      return reply(
        ctx,
        ['This thread watches no models. Say _"watch <model>"_, or get a shortlist: its models are watched.'],
        null,
      );
    return reply(
      ctx,
      [
        `This thread watches ${names(current.models)}, on these facts:`,
        ...current.models.map(basisLine),
        watchTerms(current),
        'Say _"stop watching"_ to end it.',
      ],
      current,
    );
  }

  if (intent.action === "unwatch") {
    if (!current)
      return reply(
        ctx,
        ["This thread watches nothing, so there is nothing to stop. No alerts will be posted here."],
        null,
        { watchOff: true },
      );
    if (ids.length > 0 && ids.some((id) => current.models.some((m) => m.id === id))) {
      const next = withoutModels(current, ids);
      const dropped = current.models.filter((m) => ids.includes(m.id));
      return reply(
        ctx,
        [
          `Stopped watching ${names(dropped)}.${next ? ` Still watching ${names(next.models)}.` : " This thread watches nothing now."}`,
        ],
        next,
        next ? {} : { watchOff: true },
      );
    }
    return reply(
      ctx,
      [`Stopped watching ${names(current.models)}. No more alerts will be posted in this thread.`],
      null,
      { watchOff: true },
    );
  }

  // Watch: the models named, or the ones the conversation is about.
  const wanted = ids.length > 0 ? ids : ctx.session.focus.filter((id) => ctx.catalog.modelById.has(id));
  if (wanted.length === 0)
    return reply(ctx, ['Which models should I watch? For example _"watch gpt-4o and claude sonnet 4.5"_.'], current);
  const next = current
    ? withModels(current, wanted, ctx.catalog)
    : createWatch({ catalog: ctx.catalog, ref: ctx.inbound.ref, modelIds: wanted, decision: null, now: ctx.now });
  const added = next.models.filter((m) => wanted.includes(m.id));
  return reply(
    ctx,
    [
      `Watching ${names(added)} in this thread${next.models.length > added.length ? ` (with ${names(next.models.filter((m) => !wanted.includes(m.id)))})` : ""}.`,
      watchTerms(next),
      'Say _"stop watching"_ to end it.',
    ],
    next,
    { watchOff: false },
  );
};
