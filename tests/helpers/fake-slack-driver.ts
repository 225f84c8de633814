// The adapter contract's driver for Slack: a user mentions the bot in a channel thread (signed
// HTTP events to the real Bolt app) and clicks buttons on what the bot posted (signed
// block_actions); what the bot sent to the fake Web API is flattened back into text + choices.
import type { ContractChoice, ContractDriver, ContractReply } from "./adapter-contract.js";
import { BOT, type ApiCall } from "./fake-slack.js";
import type { SlackHarness } from "./fake-slack-harness.js";
import { messageEvent, nextTs, slackEscape } from "./fake-slack-requests.js";
import { kindOf } from "./action-ids.js";

const CHANNEL = "C0CONTRACT";

type Json = Record<string, unknown> | unknown[] | string | number | boolean | null | undefined;

/** Every `text` string in a Block Kit payload: sections, fields, headers, context, labels. */
export function readableText(blocks: Json): string[] {
  if (Array.isArray(blocks)) return blocks.flatMap((b) => readableText(b as Json));
  if (!blocks || typeof blocks !== "object") return [];
  const own = typeof blocks.text === "string" ? [blocks.text] : [];
  return [
    ...own,
    ...Object.entries(blocks).flatMap(([k, v]) =>
      k === "text" && typeof v === "string" ? [] : readableText(v as Json),
    ),
  ];
}

/** Buttons and select options: the option id travels in `value`. */
export function choicesOf(blocks: Json): ContractChoice[] {
  const out: ContractChoice[] = [];
  for (const block of (Array.isArray(blocks) ? blocks : []) as {
    type?: string;
    elements?: Record<string, unknown>[];
  }[]) {
    if (block.type !== "actions") continue;
    for (const e of block.elements ?? []) {
      if (e.type === "button" && kindOf(String(e.action_id)) !== "share")
        out.push({ id: String(e.value), label: String((e.text as { text: string }).text) });
      if (e.type === "static_select") {
        for (const o of e.options as { value: string; text: { text: string } }[])
          out.push({ id: o.value, label: o.text.text });
      }
    }
  }
  return out;
}

export function toContractReply(call: ApiCall): ContractReply {
  return {
    text: [String(call.params.text ?? ""), ...readableText(call.params.blocks as Json)].join("\n"),
    choices: choicesOf(call.params.blocks as Json),
  };
}

export function makeSlackDriver(h: SlackHarness, options: { close?: boolean } = {}): ContractDriver {
  const threads = new Map<string, string>();
  const sent = () =>
    h.fake.calls.filter(
      (c) => c.ok && (c.method === "chat.postMessage" || c.method === "chat.update") && c.params.channel === CHANNEL,
    );

  async function collect(act: () => Promise<unknown>): Promise<ContractReply[]> {
    const before = h.fake.calls.length;
    await h.handled(act);
    return h.fake.calls
      .slice(before)
      .filter((c) => sent().includes(c))
      .map(toContractReply);
  }

  return {
    async send(text, opts = {}) {
      const label = opts.thread ?? `t-${nextTs()}`;
      const root = threads.get(label);
      const ts = nextTs();
      if (!root) threads.set(label, ts);
      const event = messageEvent({
        text: `<@${BOT.userId}> ${slackEscape(text)}`,
        channel: CHANNEL,
        ts,
        mention: true,
        ...(root ? { threadTs: root } : {}),
        ...(opts.user ? { user: opts.user } : {}),
      });
      return collect(() => h.slack.event(event));
    },
    async click(actionId) {
      const holder = [...sent()]
        .reverse()
        .find((c) => choicesOf(c.params.blocks as Json).some((ch) => ch.id === actionId));
      if (!holder) throw new Error(`no message shows the choice ${actionId}`);
      const choice = choicesOf(holder.params.blocks as Json).find((ch) => ch.id === actionId)!;
      const actions = (
        (holder.params.blocks ?? []) as {
          type: string;
          elements?: { type: string; action_id: string; value?: string; options?: { value: string }[] }[];
        }[]
      ).flatMap((b) => b.elements ?? []);
      const element = actions.find((e) => e.value === actionId || e.options?.some((o) => o.value === actionId))!;
      const threadTs = String(
        holder.params.thread_ts ?? h.fake.messages.get(String(holder.ts))?.thread_ts ?? holder.ts,
      );
      return collect(() =>
        h.slack.blockAction({
          actionId: element.action_id,
          value: actionId,
          label: choice.label,
          select: element.type === "static_select",
          channel: CHANNEL,
          messageTs: String(holder.ts),
          threadTs,
          responseUrl: h.fake.responseUrl(`contract-${nextTs()}`),
        }),
      );
    },
    async close() {
      if (options.close !== false) await h.close();
    },
  };
}
