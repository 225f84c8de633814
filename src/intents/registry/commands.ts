// Recognizers for the intents that are commands rather than questions about models: help,
// reset, sources, decision record, flow control. A whole-message command scores 1; a command
// phrase inside a longer message scores lower, so a real question around it still wins.
import type { Recognition, RecognizerInput } from "./descriptor.js";
import * as cue from "../cues.js";

const POLITE = String.raw`(?:please|pls|plz|ok|okay|hey|hi|now|then|just|can you|could you|can we|could we|let'?s|lets|i want to|i'?d like to|we want to|for me|thanks|thx|\?|!|\.)`;
const around = (core: string): RegExp =>
  new RegExp(String.raw`^(?:${POLITE}[\s,]*)*(?:${core})(?:[\s,]*${POLITE})*[\s!.?]*$`);

const HELP_WHOLE = around(
  String.raw`help(?: me| pls| please)?|h[e]+lp|he+e+lp|\?+|instructions|usage|commands|docs|manual|menu|show (?:me )?the menu|guide|quick guide|options\??|examples?|how (?:do|can) i (?:use|talk to|ask) (?:this|you|it|this thing|modelwise)(?: thing)?|how (?:does|do) (?:this|it|you) work|what (?:are|r) (?:your|the) (?:commands|options|features)|what features do you have|what can (?:you|i) (?:do|ask)(?: you)?|what (?:are|r) you (?:good )?for|what(?:'s| is) modelwise|who are you|what are you|what should i (?:type|ask|say)|which questions do you answer|give me an example(?: of)?(?: what to ask)?|first time(?: using this)?(?:,)?(?: how does (?:it|this) work)?|how can you help(?: me| us)?|what do you do`,
);
const HELP_CONTAINS =
  /\b(what can you (do|help with|answer)|what (kind of )?questions (can i ask|do you answer)|how do i use (you|this|modelwise)|show (me )?(the )?help|list of commands|example of what to ask|how (does|do) (this|it|you) work|what(?:'s| is) modelwise)\b/;

export function recognizeHelp({ lower }: RecognizerInput): Recognition | null {
  if (cue.HELP.test(lower) || HELP_WHOLE.test(lower)) return { score: 1, intent: { kind: "help" } };
  if (HELP_CONTAINS.test(lower) || cue.HELP_CONTAINS.test(lower)) return { score: 0.7, intent: { kind: "help" } };
  return null;
}

const RESET_CORE = String.raw`(?:reset|restart|wipe|clear|nuke|forget|drop|erase|empty|disregard|delete)(?: (?:it|this|that|me|all|everything|it all|all of (?:it|that|this)|the (?:bot|context|conversation|session|chat|thread|history|state)|session state|your memory|(?:our|this|the) (?:whole )?(?:conversation|chat|thread|session|history)|what (?:you remember|i said|i told you)|everything (?:above|i (?:told|said) (?:you )?(?:so far)?|from this (?:thread|chat|conversation)|you know)|of this (?:chat|thread))){0,3}|clean slate|fresh start|start (?:a )?(?:fresh|new) (?:session|conversation|chat)|start from (?:zero|scratch)|new (?:chat|conversation|session|topic)|start over|begin again`;
const RESET_WHOLE = around(
  String.raw`${RESET_CORE}(?: (?:and )?(?:let'?s )?(?:start (?:over|again|fresh)|begin again))?`,
);
const RESET_CONTAINS =
  /\b(reset (this|the|our|everything)|wipe (what you remember|your memory|everything)|forget (everything|all of (it|that)|our (whole )?conversation|what i (said|told you))|empty your memory|disregard everything|clear (everything|the (context|session|conversation))|nuke the context|clean slate)\b/;

export function recognizeReset({ lower, session }: RecognizerInput): Recognition | null {
  // "start over" inside a guided flow restarts the questions (flow control), not the conversation.
  if (session.flow && cue.FLOW_RESTART.test(lower)) return null;
  if (cue.RESET.test(lower) || RESET_WHOLE.test(lower)) return { score: 1, intent: { kind: "reset" } };
  if (RESET_CONTAINS.test(lower)) return { score: 0.75, intent: { kind: "reset" } };
  return null;
}

const SOURCES_EXTRA =
  /\b(references?|citations?|cite|evidence|where(?:'s| is| does| do| did)? (that|this|these|those|it|the \w+( \w+)?) (from|come from|originate)|where (do|does|did) (the|your|you|these|those) [\w\s]{0,30}(come from|originate|get|read)|where did you (read|get|find)|source (for|of)|sources? please|links? to the (licen[cs]e|source|terms)|(is|are) (that|this|these|those) (number|figure|price|data)s? (official|right|correct|accurate|real)|did you make (that|this|it) up|how (trustworthy|reliable|accurate) (is|are)|last update|as of when|what date is|(when|how often) (was|is|are) (the|your) (data|catalog(ue)?|prices?) (updated|refreshed)|basis for|which (providers'?|sites|pages) [\w\s']{0,30}(read|use)|price pages|provenance)\b/;

export function recognizeSources({ lower }: RecognizerInput): Recognition | null {
  if (cue.SOURCES.test(lower)) return { score: 0.8, intent: { kind: "sources" } };
  if (SOURCES_EXTRA.test(lower)) return { score: 0.75, intent: { kind: "sources" } };
  return null;
}

const RECORD =
  /\b(adr|architecture decision record|decision (record|doc\w*|log|memo)|write (it|this|that|everything|the rationale|the decision)( \w+){0,3} (up|down)|write-?up|make (that|this|it) an adr|export (this|that|it|the (decision|record|shortlist))|document (this|the|our) (choice|decision|pick)|capture the decision|save (it|this|that) as (our|the|a) decision|(put|turn) (the decision|this|that|it)( and the reasoning)? into a (doc|document|page|memo)|for (confluence|notion|procurement|the cto)|summari[sz]e (the|our|this) (decision|choice|recommendation)|recap|sum (it |this |that )?up)\b/;

export function recognizeDecisionRecord({ lower }: RecognizerInput): Recognition | null {
  if (cue.DECISION_RECORD.test(lower) || RECORD.test(lower)) return { score: 0.8, intent: { kind: "decision-record" } };
  return null;
}

const BACK = around(
  String.raw`(?:hm+|oops|wait|no)?[\s,]*(?:take me back|go back|back|step back|one step back|previous(?: question| step)?|undo(?: that)?|return to the (?:prior|previous|last) (?:question|step)|i want to change my (?:last )?answer|change my (?:last )?answer|back up)`,
);
const SKIP = around(
  String.raw`(?:no clue|don'?t know|dunno|not sure|no idea|i'?d rather not (?:answer|say))?[\s,.]*(?:skip(?: (?:it|this|that|this one|this question|for now))?|pass|next(?: one| question)?|move (?:on )?to the next(?: one| question)?|no clue|don'?t know|i don'?t know|dunno|no idea|not sure|n\/a|rather not say)(?: ⏭️| ⏭)?`,
);
const RESTART = around(
  String.raw`start(?:-| )over|start again|restart(?: the questions| from question one)?|begin (?:again|from the top)|from (?:the )?(?:scratch|top)|start from scratch|redo all the questions|let'?s redo (?:all )?the questions|from question one`,
);

export function recognizeFlowControl({ lower, session }: RecognizerInput): Recognition | null {
  if (!session.flow) return null;
  const command = BACK.test(lower) ? "back" : SKIP.test(lower) ? "skip" : RESTART.test(lower) ? "start-over" : null;
  return command ? { score: 1, intent: { kind: "flow-control", command } } : null;
}

/** A flow command for a message ("back pls", "skip ⏭️", "start-over"), with or without a flow running. */
export function flowCommandOf(lower: string): "back" | "skip" | "start-over" | null {
  return BACK.test(lower) ? "back" : SKIP.test(lower) ? "skip" : RESTART.test(lower) ? "start-over" : null;
}
