// The contract every intent handler implements. Handlers are pure: they read the catalogue and
// the session and return replies plus the next session; the adapter does all I/O.
import type { Catalog } from "../catalog/catalog.js";
import type { Intent, IntentKind } from "../intents/types.js";
import type { InboundMessage, OutboundMessage } from "../ports.js";
import type { TeamProfile } from "../profile/profile.js";
import type { Session } from "./session.js";

export interface TurnContext {
  catalog: Catalog;
  now: Date;
  session: Session;
  inbound: InboundMessage;
  /** The team profile of this workspace / guild / terminal profile, when one is stored. */
  profile?: TeamProfile | null;
}

export interface HandlerOutput {
  replies: OutboundMessage[];
  /** The next session; the router keeps the current one when absent. */
  session?: Session;
  /** The changed team profile (null = cleared); absent when the turn did not change it. */
  profile?: TeamProfile | null;
}

export type IntentHandler<K extends IntentKind> = (
  intent: Extract<Intent, { kind: K }>,
  ctx: TurnContext,
) => HandlerOutput;

export type HandlerTable = { [K in IntentKind]: IntentHandler<K> };
