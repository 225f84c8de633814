// A team that runs the weights itself gets costs of running them there, never an API's per-token
// price it has ruled out (conversation/cost-where-thread-runs.ts); a cost of "this" after a licence
// question about a whole family is the shortlist's (answers/shortlist-cost-subject.ts); "the top
// pick" after such an answer is still the shortlist's #1. Each team says it its own way; the
// properties hold for all of them.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { OutboundMessage } from "../../src/ports.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

/** Teams whose first message rules every API out, each with an open model of its own to ask about. */
const WEIGHTS_ONLY_TEAMS = [
  {
    team: "regional hospital group",
    first:
      "We're a regional hospital group. Patient notes cannot leave our data centre, so everything runs on our own servers (we have 2 H100s). We want to summarise discharge notes, about 800 notes a day, 5k tokens in and 600 out each.",
    asked: "how much would llama 3.3 70b cost per month?",
  },
  {
    team: "defence supplier",
    first:
      "We build software for a defence supplier. The network is air-gapped, so no external APIs at all: we host the weights ourselves. We need a coding assistant for 40 developers, roughly 30M tokens a month.",
    asked: "what would qwen3 32b cost us a month?",
  },
  {
    team: "law firm",
    first:
      "Our law firm wants contract review; client documents must stay on-prem in our own server room. About 300 contracts a month, 20k tokens each, 1k out.",
    asked: "and what does mistral small 3.2 cost to run for that?",
  },
] as const;

function costReply(replies: readonly OutboundMessage[]): OutboundMessage {
  const reply = replies.find((r) => r.data?.intent === "cost");
  if (!reply) throw new Error(`no cost reply in: ${replies.map((r) => String(r.data?.intent)).join(", ")}`);
  return reply;
}

/** API offerings the reply priced (an API cost answer's rows, or a self-hosting answer's comparison). */
function apiRows(reply: OutboundMessage): unknown[] {
  const costs = reply.data?.costs;
  const compared = (reply.data?.api as { costs?: unknown[] } | null | undefined)?.costs;
  return [...(Array.isArray(costs) ? costs : []), ...(compared ?? [])];
}

describe("a cost in a thread that runs the weights itself", () => {
  it.each(WEIGHTS_ONLY_TEAMS)(
    "$team: an open model's cost is what running it there costs, with no API price beside it",
    { timeout: 60_000 },
    ({ first, asked }) => {
      const c = chat(catalog);
      c.say(first);
      c.say(asked);
      const reply = costReply(c.replies);
      expect(reply.data?.selfHost, textOf(reply)).toBeTruthy();
      expect(apiRows(reply)).toEqual([]);
      expect(textOf(reply)).not.toMatch(/monthly API cost/i);
    },
  );

  it.each(WEIGHTS_ONLY_TEAMS)(
    "$team: asked through an API on purpose, or of a closed model, it is an API's price",
    { timeout: 60_000 },
    ({ first }) => {
      const c = chat(catalog);
      c.say(first);
      c.say("how much would llama 3.3 70b cost via an api instead?");
      expect(costReply(c.replies).data?.selfHost).toBeFalsy();
      c.say("and gpt-4o?");
      const closed = costReply(c.replies);
      expect(closed.data?.selfHost).toBeFalsy();
      expect(apiRows(closed).length).toBeGreaterThan(0);
    },
  );

  it("a team that may use any API still gets API prices for an open model", () => {
    const c = chat(catalog);
    c.say("we need a model for a customer support bot, any managed API is fine, about 40M tokens a month");
    c.say("how much would llama 3.3 70b cost per month?");
    const reply = costReply(c.replies);
    expect(reply.data?.selfHost).toBeFalsy();
    expect(apiRows(reply).length).toBeGreaterThan(0);
  });
});

describe("after a licence question about a whole family, in a thread with a shortlist", () => {
  const hospital = WEIGHTS_ONLY_TEAMS[0].first;

  it("'how much would this cost us to run?' prices the shortlist's picks, at the shortlist's figures", () => {
    const c = chat(catalog);
    const shortlist = rankingOf(c.say(hospital)).slice(0, 3);
    c.say("can we fine-tune Llama on our own notes and use it in the hospital?");
    c.say("how much would this cost us per month to run?");
    const reply = costReply(c.replies);
    const priced = (reply.data?.models as { id: string }[]).map((m) => m.id);
    expect(priced).toEqual(shortlist.map((r) => r.id));
    const said = textOf(reply);
    expect(said).toContain(`your shortlist's top 3`);
    // Each pick at the monthly figure its shortlist showed (the same sizing on the same facts).
    for (const row of shortlist) {
      const figure = `$${row.monthlyCostUsd!.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
      expect(said, row.name).toContain(figure);
    }
  });

  it("'the top pick' is still the shortlist's #1", () => {
    const c = chat(catalog);
    const top = rankingOf(c.say(hospital))[0]!;
    c.say("can we fine-tune Llama on our own notes and use it in the hospital?");
    c.say("what does the top pick cost per month?");
    const reply = costReply(c.replies);
    expect((reply.data?.models as { id: string }[])[0]?.id).toBe(top.id);
  });
});
