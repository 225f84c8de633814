// A slash command's acknowledgement may carry the first message of its answer: Slack shows the
// body of the HTTP 200 (or, in Socket Mode, the ack envelope's payload) as the reply. When the
// turn is done in time, the answer goes there: one exchange with Slack instead of an empty ack
// followed by a response_url post, so the person sees it sooner and the app does less per command.
// A turn that is not done within `withinMs` (a slow store, a long search) is acknowledged empty at
// that moment, well inside Slack's 3 s, and answered through response_url as before.
import type { AckFn, RespondArguments } from "@slack/bolt";

/** How long a slash command's ack waits for the answer to ride along (Slack allows 3 s in all). */
export const ANSWER_IN_ACK_WITHIN_MS = 1000;

export interface DeferredAck {
  /** Sends `body` as the ack; false when the ack already went out (too late) or could not be sent. */
  carry(body: RespondArguments): Promise<boolean>;
  /** Sends the empty ack unless one was sent already. */
  close(): Promise<void>;
}

export function deferAck(
  ack: AckFn<string | RespondArguments>,
  withinMs: number,
  onError: (error: unknown) => void,
): DeferredAck {
  let sent = false;
  // Checked and set in one synchronous step, so the timer and the answer can never both ack.
  const send = async (body?: RespondArguments): Promise<boolean> => {
    if (sent) return false;
    sent = true;
    clearTimeout(timer);
    try {
      await ack(body);
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  };
  const timer = setTimeout(() => void send(), withinMs);
  return { carry: (body) => send(body), close: async () => void (await send()) };
}
