// Ephemeral answers waiting for a "Share in channel" or "Show more" click. Slack does not send an
// ephemeral message's content with the click, so the adapter keeps recent ones here, by a random
// id carried in the button's value. Memory only: after a restart a click gets a friendly "ask again".
import { randomUUID } from "node:crypto";
import type { SlackMessage } from "./render.js";

export interface SharedAnswer {
  messages: SlackMessage[];
  channel: string;
  userId: string;
}

export function createShareStore(limit = 500) {
  const answers = new Map<string, SharedAnswer>();
  return {
    put(answer: SharedAnswer): string {
      const id = randomUUID();
      answers.set(id, answer);
      // Maps iterate in insertion order: drop the oldest once over the limit.
      if (answers.size > limit) answers.delete(answers.keys().next().value as string);
      return id;
    },
    get(id: string): SharedAnswer | undefined {
      return answers.get(id);
    },
    take(id: string): SharedAnswer | undefined {
      const answer = answers.get(id);
      answers.delete(id);
      return answer;
    },
  };
}

export type ShareStore = ReturnType<typeof createShareStore>;
