// "The provider must not train on our data" and "… must not keep it": two rules for API hosts,
// read apart because providers' terms answer them apart (most APIs do not train on API data but
// keep it for 30 days; zero data retention is a separate option). Said as a demand ("must not",
// "we need zero data retention"), never as a question about a provider's terms ("does Mistral
// train on our data?" asks for facts and sets nothing).
import { gated } from "./reader-gates.js";
import { OUR_DATA, THINGS } from "./team-data-words.js";

const MUST_NOT = String.raw`(?:must not|mustn'?t|must never|can'?t|cannot|can not|shouldn'?t|should not|should never|may not|won'?t|will not|never|not allowed to|doesn'?t|does not|don'?t|do not|(?:no one|nobody|no (?:third[- ]party )?(?:provider|vendor|host|api|compan(?:y|ie))s?) (?:may|can|should|is allowed to))`;
const TRAIN = String.raw`(?:train|trains|training|trained)`;
// Who is not allowed: "we can't let a vendor train on student data", "must not allow any provider to train".
const LET_HOST = String.raw`(?:let|allow|permit) (?:a|an|any|the|our) (?:[\w-]+ )?(?:vendors?|providers?|hosts?|apis?|compan(?:y|ies)|third[- ]part(?:y|ies)) (?:to )?`;
const KEEP = String.raw`(?:retain|store|keep|log|persist|save)`;
// The same verbs in the passive, after the things sent as the subject ("Prompts must not be
// stored", "customer messages must never be logged or retained"). Where they may be stored
// ("must not be stored outside Germany") is residency, not retention.
const KEPT = String.raw`(?:retained|stored|kept|logged|persisted|saved)`;
const SENT = String.raw`(?:^|[.;:!?]\s*|\b(?:our|my|the|customer|client|user|patient|employee|personal|api|any) (?:[\w-]+ ){0,2})${THINGS}`;
const NOT_WHERE = String.raw`(?!\s+(?:outside|in|on|abroad|beyond|anywhere|out of|offshore|longer|for more|more than)\b)`;

const TRAINING = new RegExp(
  [
    // "must not train on our data", "never train on customer prompts", "must never be trained on our data"
    String.raw`\b${MUST_NOT} (?:be )?${TRAIN} (?:${OUR_DATA})`,
    String.raw`\b${MUST_NOT} ${LET_HOST}${TRAIN} (?:${OUR_DATA})`,
    // "must not train on or keep our data", "may not keep or train on our prompts"
    String.raw`\b${MUST_NOT} (?:${KEEP} (?:or|and|nor) )?${TRAIN} on (?:or|and|nor) ${KEEP} (?:${OUR_DATA})`,
    String.raw`\b${MUST_NOT} ${KEEP} (?:or|and|nor) ${TRAIN} (?:${OUR_DATA})`,
    // "can't use our data for training"
    String.raw`\b${MUST_NOT} (?:use|using) (?:${OUR_DATA}) (?:for|to) (?:train|training)\b`,
    // "our data must not be used for training", "not be used to train"
    String.raw`\b${MUST_NOT} be used (?:for|to) (?:train|training)\b`,
    // "no data may be used for training by the vendor", "none of our prompts can be used to train"
    String.raw`\b(?:no|none of (?:our|the)) (?:\w+ )?(?:data|prompts|inputs|content|documents) (?:may|can|must|should|is to|will) (?:ever )?be used (?:for|to|in) (?:train|training)\b`,
    // "so nothing can be used for training", "nothing we send may be used to train": all of it
    String.raw`\bnothing (?:(?:we|you|they|i) \w+ )?(?:may|can|must|should|is to|will|could) (?:ever )?be used (?:for|to|in) (?:train|training)\b`,
    // "no training on our data", "zero training on customer inputs"
    String.raw`\b(?:no|zero) training (?:${OUR_DATA})`,
    // "should stay in New Zealand and not be used to train anyone's model": the modal said once for both
    String.raw`\b(?:and|or|but) (?:must |should )?not be used (?:for|to) (?:train|training)\b`,
    // "no training, zero retention": listed beside a retention rule, training means on the team's data
    String.raw`\bno training\s*(?:,|and|&|/)\s*(?:(?:zero|0|no)[- ](?:data[- ])?retention|zdr)\b|\b(?:(?:zero|0|no)[- ](?:data[- ])?retention|zdr)\s*(?:,|and|&|/)\s*no training\b`,
    // "Prompts must not be stored or used for training": one modal for both, in the passive
    String.raw`\b${MUST_NOT} (?:ever )?be ${KEPT} (?:or|and|nor) used (?:for|to|in) (?:train|training)\b`,
    // "... or train on our data" after a retention demand ("no vendor may keep our prompts or train on our data")
    String.raw`\b${MUST_NOT} ${KEEP} (?:${OUR_DATA}) (?:or|and|nor) ${TRAIN} (?:${OUR_DATA})`,
  ].join("|"),
);

const RETENTION = new RegExp(
  [
    // "zero data retention" (numbers are spelt out as digits first: "0 data retention"), "ZDR", "zero retention", "no data retention", "no retention of prompts"
    String.raw`\b(?:zero|0|no)[- ](?:data[- ])?retention\b`,
    String.raw`\bzdr\b`,
    // "must not retain it", "may not store our prompts", "never keep or log our data"
    String.raw`\b${MUST_NOT} ${KEEP}(?: (?:or|and|nor) ${KEEP})? (?:${OUR_DATA}|it|them|anything)\b`,
    // "must not train on or keep our data", "must not keep or train on our data"
    String.raw`\b${MUST_NOT} ${TRAIN} on (?:or|and|nor) ${KEEP} (?:${OUR_DATA})`,
    String.raw`\b${MUST_NOT} ${KEEP} (?:or|and|nor) ${TRAIN} (?:${OUR_DATA})`,
    // "must not train on our data or retain it"
    String.raw`\b${MUST_NOT} ${TRAIN} (?:${OUR_DATA}) (?:or|and|nor) ${KEEP} (?:it|them)\b`,
    // "Prompts must not be stored", "customer messages must never be logged or retained by the provider"
    String.raw`${SENT} ${MUST_NOT} (?:ever )?be ${KEPT}(?: (?:or|and|nor) (?:be )?${KEPT})?\b${NOT_WHERE}`,
    // "nothing may be stored / logged / retained"
    String.raw`\bnothing (?:may|can|must|should|is to|gets?) (?:be )?(?:stored|retained|logged|kept)\b`,
  ].join("|"),
);

// Every TRAINING pattern says "train" (TRAIN, or "train"/"training" after "for" or "to"); every
// RETENTION pattern says retention, ZDR, a KEEP verb or its past ("stored", "kept", …).
const SAYS_TRAIN = /train/;
const SAYS_KEEP = /retention|zdr|retain|store|keep|kept|log|persist|save/;

/** Whether `t` (folded text) forbids an API host to train on the team's data. */
export const forbidsTraining = gated(
  "no training",
  (t) => SAYS_TRAIN.test(t),
  (t: string) => TRAINING.test(t),
  () => false,
);

/** Whether `t` (folded text) forbids an API host to keep the team's data (zero data retention). */
export const forbidsRetention = gated(
  "no retention",
  (t) => SAYS_KEEP.test(t),
  (t: string) => RETENTION.test(t),
  () => false,
);
