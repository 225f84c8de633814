// The only types that cross the core/adapter boundary. Adapters turn platform payloads into
// InboundMessage and render OutboundMessage; the core never sees a platform type. The ports that
// carry a session (TurnResult, SessionStore) live with the session in conversation/session.ts,
// so this module depends on nothing and everything may depend on it.

export type Platform = "slack" | "discord" | "console";

export interface ConversationRef {
  platform: Platform;
  workspace?: string;
  channel: string;
  thread?: string;
}

export interface InboundMessage {
  ref: ConversationRef;
  user: { id: string; name?: string };
  text: string;
  /** Set when the user clicked a button or picked a select option. */
  action?: { id: string; value?: string };
  /** The same for every delivery of one message: a redelivery (a platform's retry) is dropped by it. */
  messageId: string;
  /**
   * The platform delivers this message at most once (a Slack slash command or button click: Slack
   * retries only Events API deliveries), so the turn runner skips its duplicate check and claim.
   */
  deliveredOnce?: boolean;
  receivedAt: Date;
}

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "text"; markdown: string }
  | { kind: "fields"; fields: { label: string; value: string }[] }
  | { kind: "table"; columns: string[]; rows: string[][] }
  | { kind: "choices"; prompt: string; options: { id: string; label: string }[] }
  | {
      kind: "chart";
      title: string;
      unit: string;
      bars: { label: string; value: number }[];
      xLabel?: string;
      series?: ChartSeries[];
    }
  | { kind: "sources"; items: SourceRef[] }
  | { kind: "divider" };

/** A line chart series (used for break-even curves); bars are used when absent. */
export interface ChartSeries {
  name: string;
  points: { x: number; y: number }[];
}

export interface SourceRef {
  label: string;
  url?: string;
  asOf: string;
}

/** Machine-readable answer: what the JSON CLI prints and what tests assert on. */
export interface AnswerData {
  intent: string;
  models?: { id: string; name: string }[];
  [key: string]: unknown;
}

export interface OutboundMessage {
  blocks: Block[];
  fallbackText: string;
  data?: AnswerData;
}

/** What a platform can show; renderers degrade to fit (buttons -> numbered choices, etc.). */
export interface Capabilities {
  maxButtons: number;
  maxTextLength: number;
  supportsThreads: boolean;
  supportsImages: boolean;
}

export function sessionKey(ref: ConversationRef): string {
  return [ref.platform, ref.workspace ?? "-", ref.channel, ref.thread ?? "-"].join(":");
}
