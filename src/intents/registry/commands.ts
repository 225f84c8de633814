// Recognizers for the intents that are commands rather than questions about models: help,
// reset, sources, decision record, flow control, and chatter that asks nothing. A message made
// only of a command's vocabulary scores 1; a command phrase inside a longer message scores lower,
// so a real question around it still wins.
import type { Recognition, RecognizerInput } from "./descriptor.js";
import { commandText, coverage, type CommandText } from "./command-text.js";

const vocabulary = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/));

// ---- help -----------------------------------------------------------------------------------

/** Words that name help itself. */
const HELP_WORD =
  /\b(help|h[ae]+l+p+|hlep|hepl|commands?|features?|capabilit\w*|options|instructions|usage|docs|documentation|manual|man page|menu|guide|tutorial|cheat ?sheet|examples?|example questions?|faq)\b/;
const HELP_WORD_ONLY = new RegExp(`^(?:${HELP_WORD.source})$`);
const foldWord = (span: string): string =>
  span
    .toLowerCase()
    .replace(/[^a-z ]+/g, "")
    .trim();
/** Questions about what the bot is or does. */
const ABOUT_YOU =
  /\bwhat (can|could|do|does) (you|u|it|this|this thing|modelwise|the bot)( \w+){0,2} (do|answer|understand|know|handle|help( \w+)? with|cover)\b|\bwhat (are|r) (you|u) (able|good|here|made|meant|for)\b|\bwhat (is|are) (this|you)( thing| bot)?( for)?$|\bwhat(?:'s| is) modelwise\b|\bwho are (you|u)\b|\bhow (does|do) (this|it|you|modelwise|the bot)( thing)? work\b|\bhow (do|should|can|could) (i|we) (use|talk|speak|ask|start|interact|work|get started)\b|\bwhere (do|should|can) (i|we) (start|begin)\b|\b(i'?m|im|we'?re) new here\b|\bfirst time\b|\bwhat (should|can|do) (i|we) (type|ask|say)\b|\b(which|what) (kind of |sort of )?questions (do|can) (you|u|i)\b|\bwhat can (you|u) help( \w+)? with\b/;
/** Asking which models exist is a question about the bot too. */
const LIST_MODELS =
  /\b(list|show)( me)? (all )?(the |your )?models\b|\bwhat models (do you|are there|are in)\b|\bwhich models (do you (know|have|cover)|are in (the|your) catalog(ue)?)\b/;
/** "heeelp", "halp", "hlep", "hepl": help however it is typed. */
const HELP_TYPO = /^(h[ae]+l+p+|hlep|hepl|hel+p)$/;
const HELP_VOCABULARY = vocabulary(
  "what which can could do does did you u your ur yourself are r able to with for is this thing it its how work works " +
    "use using talk speak ask i i'm im we we're me us show give list some any of example examples question questions there " +
    "here new where start begin should type say an all answer understand know about good at first time get started " +
    "cheat sheet man page and or more tell learn explain who possible things stuff kind sort supported handle available " +
    "anything help helps commands command features feature options instructions usage docs manual menu guide tutorial " +
    "halp capabilities faq meant made bot's have has got offer support quick short brief overview the a modelwise bot again",
);

export function recognizeHelp({ lower, refs }: RecognizerInput): Recognition | null {
  const cmd = commandText(lower);
  // "?" on its own (after a mention) asks what to do here.
  if (cmd.words.length === 0) return !cmd.hasContent && cmd.question ? help(1) : null;
  const t = cmd.text;
  const named = HELP_WORD.test(t) || ABOUT_YOU.test(t) || LIST_MODELS.test(t);
  if (!named) return null;
  // "Command R: what is it for?" asks about a model, not about the bot; "commands?" names no
  // model, however near a model's name the help word itself is.
  const models = refs.spans.filter((span) => !HELP_WORD_ONLY.test(foldWord(span)));
  if (models.length > 0 && refs.ids.length > 0 && !refs.fromContext) return help(0.45);
  const covered = coverage(cmd.words, (w) => HELP_VOCABULARY.has(w) || HELP_TYPO.test(w));
  if (covered === 1) return help(1);
  // "what can you do for a team our size?": mostly about the bot, a word or two beyond.
  if ((ABOUT_YOU.test(t) || LIST_MODELS.test(t)) && covered >= 0.7) return help(0.8);
  if (ABOUT_YOU.test(t) || LIST_MODELS.test(t)) return help(0.7);
  // "is there a list of commands somewhere?": help words and a word beyond.
  if (covered >= 0.8) return help(0.7);
  // "help me pick a model": the help word is only politeness around a real request.
  return help(0.45);
}

const help = (score: number): Recognition => ({ score, intent: { kind: "help" } });

// ---- chatter ----------------------------------------------------------------------------------

const CHATTER = vocabulary(
  "ok okay sure yes yep yeah yup no nope nah thanks thank you cheers cool great nice lol haha hahaha lmao hello hi hey " +
    "good morning afternoon evening night there awesome perfect got it fine alright alrighty np noted kk k all everyone " +
    "team folks guys y'all gm hm hmm hmmm mm mmm ah oh wow neat sweet much so very anyone " +
    "thx ty tysm thanx ta appreciated appreciate it that this helps helped helpful useful makes sense a lot",
);

/** The chatter words that thank us: "thx!", "thanks, that helps", "cheers". */
const THANKS = vocabulary("thanks thank thx ty tysm thanx ta cheers appreciated appreciate helps helped helpful");

/** Greetings, thanks, emoji or a bare mention: nothing is asked. Read as unclear with no text. */
export function recognizeChatter({ lower }: RecognizerInput): Recognition | null {
  const cmd = commandText(lower);
  if (cmd.words.length === 0 && !cmd.hasContent && cmd.question) return null; // "?" asks for help
  const raw = lower
    .replace(/[^\p{L}\p{N}'\s]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (raw.length > 8) return null;
  if (raw.every((w) => CHATTER.has(w) || w === "bot" || w === "modelwise"))
    return {
      score: 1,
      intent: raw.some((w) => THANKS.has(w))
        ? { kind: "unclear", text: "", thanks: true }
        : { kind: "unclear", text: "" },
    };
  return null;
}

// ---- reset ----------------------------------------------------------------------------------

const RESET_VERB =
  /\b(reset|restart|wipe|clear|nuke|forget|erase|empty|disregard|drop|delete|scrap|purge|flush)\b|\bstart (a |an )?(over|fresh|afresh|clean|again|anew|new|from (scratch|zero|nothing))\b|\bclean slate\b|\bfresh start\b|\bbegin again\b|\bnew (chat|conversation|session|thread|topic)\b/;
/** What a reset clears: the conversation and what the bot remembers of it. */
const MEMORY =
  /\b(everything|all|it|this|memory|context|session|state|conversation|chat|thread|history|what (you|u) (know|remember|have)|what i (said|told)|slate|above|so far)\b/;
const RESET_VOCABULARY = vocabulary(
  "reset restart wipe clear nuke forget erase empty disregard drop delete scrap purge flush start over fresh afresh " +
    "clean again anew scratch zero nothing slate begin new it this that all everything me you u your my our whole entire " +
    "memory context session sessions state conversation chat thread history what know remember remembered said told " +
    "i we so far above from of about and let's lets let us can could would you do a stuff up out in here bot's go " +
    "memories data things stored have has topic the a an again bot modelwise",
);

/** Where a command's own words end and a reason or aside begins. */
const CLAUSE_END = /[,;:.!?()]|\s[-–—]\s|\b(?:because|since|as|cause|cuz|coz)\b/;

export function recognizeReset({ lower, session }: RecognizerInput): Recognition | null {
  const cmd = commandText(lower);
  const t = cmd.text;
  if (!RESET_VERB.test(t) || UNDO_CHANGE.test(t)) return null;
  // The team profile has its own "forget" / "clear" (profile recognizer).
  if (/\b(profile|team (facts|settings|rules?|defaults)|defaults|watch ?list|watches|alerts)\b/.test(t)) return null;
  // "start over" inside a guided flow restarts the questions (flow control), not the conversation.
  if (session.flow && RESTART.test(t) && !MEMORY.test(t)) return null;
  const covered = coverage(cmd.words, (w) => RESET_VOCABULARY.has(w));
  if (covered === 1) return { score: 1, intent: { kind: "reset" } };
  // "reset the session, it's confused": a whole reset command, then the reason for it.
  const head = commandText(lower.split(CLAUSE_END)[0] ?? "");
  if (
    head.words.length < cmd.words.length &&
    RESET_VERB.test(head.text) &&
    coverage(head.words, (w) => RESET_VOCABULARY.has(w)) === 1
  )
    return { score: 0.8, intent: { kind: "reset" } };
  if (MEMORY.test(t) && covered >= 0.7) return { score: 0.75, intent: { kind: "reset" } };
  return null;
}

// ---- flow control ---------------------------------------------------------------------------

const BACK =
  /\b(go|going|take (me|us)|step|move|get|one step|a step) back\b|^back\b|\bback (to|a step|one|up)\b|\bback$|^previous\b|\bprevious (question|step|answer)\b|\bundo\b|\bchange (my|the|that) (last |previous )?answer\b|\bwrong answer\b|\breturn to the (prior|previous|last)\b|\blast question\b/;
const SKIP =
  /\bskip(ped|ping)?( (it|this|that|one|question|the|for|now|ahead|over|step))*$|^skip\b(?! (all|every|any|the \w+ models))|^pass\b|\bpass( on (this|that|it))?$|^next\b|\bnext$|\bnext (one|question|step)\b|\bmove (on|to the next)\b|\bcan'?t answer\b|\b(don'?t|do not) know\b|\bdunno\b|\bidk\b|\bno (idea|clue)\b|\bnot sure\b|\brather not\b|\bn\/a\b/;
const RESTART =
  /\bstart(ing)?[ -](over|again|fresh|afresh|anew|from (scratch|the (top|beginning|start|first question)|question one|zero))\b|\brestart\w*\b|\bbegin (again|anew|from)\b|\bfrom (the )?(scratch|top|beginning|first question|question one)\b|\bredo (all )?(the )?questions\b|\bstart the (questionnaire|questions|flow)\b/;

/**
 * Undoing the thread's last change ("forget the last change", "revert that", "scrap that what-if"):
 * back one step, however the verb would otherwise read ("forget all that" clears the conversation).
 */
const UNDO_CHANGE =
  /\b(forget|undo|revert|reverse|scrap|drop|cancel|discard|ignore|roll ?back|take back|never ?mind)\b(?: \w+){0,2} (last|previous|latest|that|this|my) (change|edit|what-?if|tweak|update|adjustment)s?\b|\b(revert|roll ?back|take back|undo) (that|this|it)$|\btake (that|it) back\b/;

function flowCommandIn(cmd: CommandText): "back" | "skip" | "start-over" | null {
  // A flow command is short and carries no value: "not sure, maybe 20M tokens" answers the question.
  if (cmd.words.length === 0 || cmd.words.length > 10 || /\d/.test(cmd.text)) return null;
  const t = cmd.text;
  if (UNDO_CHANGE.test(t)) return "back";
  // "wipe what you remember and start over" clears the conversation (reset), not just the questions.
  if (/\b(wipe|forget|erase|nuke|delete|disregard)\b/.test(t)) return null;
  return RESTART.test(t) ? "start-over" : BACK.test(t) ? "back" : SKIP.test(t) ? "skip" : null;
}

/** Inside a flow, "no preference" on its own also moves on (the flow interpreter saw no answer in it). */
const INDIFFERENT = /^(no preference|doesn'?t matter|does not matter|whatever|any|either)$/;

export function recognizeFlowControl({ lower, session }: RecognizerInput): Recognition | null {
  const cmd = commandText(lower);
  // A shortlist given in one message has no flow yet, but "undo that change" is still about it.
  const thread = Object.keys(session.requirements).length > 0 && UNDO_CHANGE.test(cmd.text);
  if (!session.flow && !thread) return null;
  const command = flowCommandIn(cmd) ?? (INDIFFERENT.test(cmd.text) ? "skip" : null);
  return command ? { score: 1, intent: { kind: "flow-control", command } } : null;
}

// A bare "no" to a question none of whose choices means no ("Roughly how many tokens a month?" →
// "nope") declines to answer it: the flow moves on, as after "skip".
const DECLINE = /^(no|nope|nah|no thanks|no thank you|none|nothing|not really)$/;

/** Whether a message only declines the open question ("nope", "no preference"); the flow asks this when no choice fits. */
export function declinesQuestion(lower: string): boolean {
  const t = commandText(lower).text;
  return DECLINE.test(t) || INDIFFERENT.test(t);
}

/** A flow command for a message ("back pls", "skip ⏭️", "start-over"), with or without a flow running. */
export function flowCommandOf(lower: string): "back" | "skip" | "start-over" | null {
  return flowCommandIn(commandText(lower));
}

// ---- sources --------------------------------------------------------------------------------

// "is that number official?", "official pricing or a guess?": whether an answer's figure is the
// provider's own. "official documents", "both official languages" describe the team's material:
// 'official' before any other noun asks nothing about modelwise's sources. Nor does 'source' naming
// the team's own material: "the source documents", "from the source language" (SOURCE_MATERIAL).
const SOURCE_MATERIAL = String.raw`(?:code|documents?|docs?|texts?|files?|materials?|languages?|records?|pdfs?|content|pages?|paragraphs?|passages?|clauses?|transcripts?|scripts?|strings?|segments?|reports?|systems?)`;
// Sources the team's own product shows ("answers with sources", "replies citing their sources")
// are a feature it wants, not a question about modelwise's sources.
const CITED_IN_PRODUCT = String.raw`(?<!\b(?:answers?|replies|responses|summaries) (?:with|citing|that cite) (?:the |their |its )?)`;
// A link asked for on its own ("link?", "got a link?", "send me the link"), not any message that
// ends in 'link': "why not gpt-4.1 mini over the satellite link?" names the team's connection.
const LINK_ALONE = String.raw`(?:^|[?.!,;]\s*)(?:(?:and|so|ok|okay|also|then)[,]?\s+)?(?:(?:can|could) you\s+)?(?:(?:please|pls)\s+)?(?:(?:send|give|share|post|drop|paste)(?: me| us)?\s+|(?:got|have you got|do you have|is there|any|what'?s|where'?s|where is)\s+)?(?:(?:a|the|any|your)\s+)?links?(?:\s+(?:please|pls))?\??$`;
const SOURCES = new RegExp(
  String.raw`(?<!(open|closed|open-|closed-) ?)${CITED_IN_PRODUCT}\bsources?\b(?! ${SOURCE_MATERIAL}\b)|${LINK_ALONE}|` +
    /\b(references?|citations?|cite|evidence|provenance)\b|\bwhere(?:'s| is| are| was| were| does| do| did)? (that|this|these|those|it|they|the \w+( \w+){0,3}|your \w+( \w+)?)( \w+){0,2} (from|come from|comes from|originate\w*)\b|\bwhere (do|does|did) (you|the|your|these|those|this|that|modelwise)\b[^?]{0,50}\b(come from|comes from|from|originate|get|read|find)\b|\bwhere did you (read|get|find)\b|\b(pull|get|take|scrape|base|read|source)\b[^?]{0,40}\b(data|info\w*|numbers|prices|pricing|figures|facts|recommendations?|scores)\b[^?]{0,20}\b(from|on)\b|\bhow (fresh|current|up[- ]to[- ]date|old|recent|stale|trustworthy|reliable|accurate)\b[^?]{0,30}\b(data|prices|pricing|figures|numbers|facts|catalog(ue)?|info\w*)\b|\b(last|latest) (update|updated|refresh\w*)\b|\bwhen (was|were|is|are)\b[^?]{0,40}\b(updated|refreshed|checked|collected)\b|\b(as of when|what date is)\b|\b(can|should) (i|we) trust (you|your \w+|this|these|those|that|the (numbers|figures|prices|data|facts|answers?|sources|catalog(ue)?))\b|\b(?:is|are|was|were|it's|that's|they're)\b(?: [\w']+){0,3} official\b(?! (?!or\b|and\b)[a-z])|\bofficial (?:price\w*|pricing|rates?|numbers?|figures?|data|sources?|docs|documentation|lists?|pages?|site|website|terms|info\w*)\b|\b(a guess|made up|make (that|this|it) up)\b|\blinks?( me)?( to)?\b[^?]{0,40}\b(licen[cs]e|source|terms|page|text|info\w*|data)\b|\bprice pages\b|\bbasis for\b|\bdata freshness\b/
      .source,
);

export function recognizeSources({ lower }: RecognizerInput): Recognition | null {
  if (!SOURCES.test(lower)) return null;
  // "is open source cheaper?" has no "sources" in it; a bare "source?" after an answer does.
  return { score: 0.8, intent: { kind: "sources" } };
}

// ---- decision record ------------------------------------------------------------------------

// A verb asks for the record only in a command's place: first in its clause, or after a request
// ("can you", "please", "let's"). Said after a subject it is a fact of the use: "recruiters make
// every decision", "we log each decision the model makes" (who decides, what the product keeps).
const COMMAND_PLACE = String.raw`(?:^|[.?!;:,>]\s*|\b(?:then|now|also|just|please|pls|plz|kindly|(?:can|could|would|will) (?:you|u)|let'?s|go ahead and|(?:i|we)(?:'d| would) like (?:you )?to|(?:i|we) (?:want|need) you to|help (?:me|us)(?: to)?)\s+)`;
const RECORD_VERB = String.raw`(?:document|record|write( \w+){0,3} (up|down)|save|capture|log|export|put|turn|make)`;
/** A record named as a thing ("a memo of the decision", "a one-pager documenting …") is a request wherever it stands. */
const RECORD_NOUN = String.raw`(?:write-?up|writeup|memo|one[- ]?pager|doc)`;
const DECISION_NOUN = String.raw`(decision|rationale|reasoning|why we (picked|chose|went|selected|decided)|(the|our|this|model) choice|choice of model)`;
/** "summarise" asks for the record only when what it summarises is the conversation itself. */
const SUMMARY_OF_US = String.raw`(?:it|this|that|everything|all of (?:it|this)|(?:the|our|this|that) (?:decision|choice|recommendation|shortlist|conversation|thread|discussion|results?|options|picks?))`;
// A verb said of the product or the model, not asked of modelwise: "it writes a summary", "the
// bot generates a short summary" (the imperative "write a summary" is a request).
const PRODUCT_WRITES = String.raw`\b(?:writes|generates|produces|drafts|creates|returns|outputs|emails|sends|posts|adds|attaches|makes)\s+(?:(?:a|an|the|one|its)\s+)?(?:[\w-]+\s+){0,2}`;
export const DECISION_RECORD = new RegExp(
  [
    String.raw`\b(adr|architecture decision|decision (record|doc\w*|log|memo)|write-?up|writeup|recap)\b`,
    String.raw`\bwrite (it|this|that|everything|the rationale|the decision)( \w+){0,3} (up|down)\b`,
    String.raw`${COMMAND_PLACE}${RECORD_VERB}\b[^.?!]{0,40}\b${DECISION_NOUN}\b`,
    String.raw`\b${RECORD_NOUN}\b[^.?!]{0,40}\b${DECISION_NOUN}\b`,
    // "~200 tokens of rationale out per document" is what the product writes for each document it
    // reads: a size before the noun, or a count before the document, is no record asked for.
    String.raw`(?<!\b(?:tokens?|words?|lines?|sentences?) of )\b${DECISION_NOUN}\b[^.?!]{0,30}(?<!\b(?:per|each|every) )\b(as an? |into an? )?(adr|doc|document|memo|one[- ]?pager|record|write-?up)\b`,
    String.raw`\bexport (this|that|it|the (decision|record|shortlist))\b`,
    String.raw`\bfor (confluence|notion|procurement|the cto)\b`,
    String.raw`\bsum (it |this |that |everything )?up\b`,
    String.raw`\bsummari[sz]e(?=\s*(?:[.!?]|$|${SUMMARY_OF_US}\b|(?:for|please|pls)\b))`,
    // "200 token summary" is the size of what each request returns, not a request for the record;
    // "after each call it writes a summary" is what the product does (PRODUCT_WRITES).
    String.raw`(?<!(?:\btokens?|\btoks?|\d)[\s-]*|${PRODUCT_WRITES})\bsummary(?=\s*(?:[.!?]|$|(?:of|for) ${SUMMARY_OF_US}\b|please\b))`,
  ].join("|"),
);

export function recognizeDecisionRecord({ lower, refs }: RecognizerInput): Recognition | null {
  if (!DECISION_RECORD.test(lower)) return null;
  // "ADR for going with Llama 3.3 70B": the record is of that choice. "write it up" points at the
  // thread's shortlist, which the record covers anyway.
  const named = refs.fromContext ? [] : refs.ids;
  return { score: 0.85, intent: { kind: "decision-record", ...(named.length > 0 ? { modelIds: named } : {}) } };
}
