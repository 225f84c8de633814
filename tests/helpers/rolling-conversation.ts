// One guided recommendation spread over two replicas that are restarted one after the other while
// it runs. Shared by the fault suite (two local processes on one Redis) and the compose check
// (two containers): the same conversation and the same expectations, whatever runs the replicas.
import type { FakeSlack } from "./fake-slack.js";
import { messageEvent, slackRequests } from "./fake-slack-requests.js";

export interface Replicas {
  /** The Slack events URL of replica i (0 or 1), as it is now. */
  url(index: number): string;
  /** Stops replica i with SIGTERM, checks it ended cleanly, and starts it again. */
  restart(index: number): Promise<void>;
}

export const FACTS = "coding assistant for our developers, about 50M tokens a month, nothing from Chinese labs";
/** What the shortlist's "Based on:" line must still hold after every restart. */
/** Said while replica 0 is being restarted: its "Noted" must survive the restart. */
export const INTERIM_FACT = "the code and prompts are internal company data";
export const FACTS_KEPT = ["coding", "internal data", "excluding models from Chinese labs", "50M tokens/month"];

export interface RollingResult {
  replies: string[];
  noted: string;
  afterRestart: string;
  shortlist: string;
}

export async function rollingConversation(
  fake: FakeSlack,
  replicas: Replicas,
  channel: string,
): Promise<RollingResult> {
  const replies = () =>
    fake
      .posts()
      .filter((c) => c.params.channel === channel)
      .map((c) => String(c.params.text ?? ""));
  // Hands a DM to one replica; returns how many replies there were before, once Slack's request
  // was acknowledged (the turn itself may still be running).
  const send = async (index: number, text: string): Promise<number> => {
    const before = replies().length;
    const res = await slackRequests(replicas.url(index)).event(messageEvent({ text, channel, im: true }));
    if (res.status !== 200) throw new Error(`replica ${index} answered HTTP ${res.status} to "${text}"`);
    return before;
  };
  const replyAfter = (before: number, what: string) =>
    fake.waitFor(() => replies()[before], `the reply to "${what}"`, 10_000);

  await replyAfter(await send(0, "help me choose a model"), "start");
  const noted = await replyAfter(await send(1, FACTS), "facts");
  // Replica 0 is told to stop right after it accepted the next answer: that turn must finish and save.
  // The answer is a fact in words, not an option number: which question comes next depends on the
  // catalogue (the flow skips questions whose answer would not change the top 3).
  const pending = await send(0, INTERIM_FACT);
  await replicas.restart(0);
  const afterRestart = await replyAfter(pending, INTERIM_FACT);
  // The rest alternates between replicas, restarting replica 1 half-way; "skip" moves the flow on.
  let shortlist = "";
  for (let turn = 0; turn < 8 && !shortlist; turn++) {
    if (turn === 2) await replicas.restart(1);
    const text = await replyAfter(await send(turn % 2 === 0 ? 1 : 0, "skip"), `skip #${turn + 1}`);
    if (/Shortlist/.test(text)) shortlist = text;
  }
  return { replies: replies(), noted, afterRestart, shortlist };
}
