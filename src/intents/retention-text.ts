// "The provider must not train on our data or keep it": a rule for API hosts (no training on the
// team's data, zero data retention). Said as a demand ("must not", "we need zero data
// retention"), never as a question about a provider's terms ("does Mistral train on our data?"
// asks for facts and sets nothing).

const OUR_DATA = String.raw`(?:on |with )?(?:our|my|the|customer|client|user|any of our|any) (?:\w+ )?(?:data|prompts|inputs|documents|contracts|conversations|requests|content)|on (?:it|them)`;
const MUST_NOT = String.raw`(?:must not|mustn'?t|must never|can'?t|cannot|can not|shouldn'?t|should not|should never|may not|won'?t|will not|never|not allowed to|doesn'?t|(?:no one|nobody|no (?:third[- ]party )?(?:provider|vendor|host|api|compan(?:y|ie))s?) (?:may|can|should|is allowed to))`;

const RETENTION = new RegExp(
  [
    // "zero data retention" (numbers are spelt out as digits first: "0 data retention"), "ZDR", "zero retention", "no data retention", "no retention of prompts"
    String.raw`\b(?:zero|0|no)[- ](?:data[- ])?retention\b`,
    String.raw`\bzdr\b`,
    // "must not train on our data", "never train on customer prompts", "can't use our data for training"
    String.raw`\b${MUST_NOT} (?:be )?(?:train|trains|training|trained) (?:${OUR_DATA})`,
    String.raw`\b${MUST_NOT} (?:use|using) (?:${OUR_DATA}) (?:for|to) (?:train|training)\b`,
    // "our data must not be used for training", "not be used to train"
    String.raw`\b${MUST_NOT} be used (?:for|to) (?:train|training)\b`,
    // "no data may be used for training by the vendor", "none of our prompts can be used to train"
    String.raw`\b(?:no|none of (?:our|the)) (?:\w+ )?(?:data|prompts|inputs|content|documents) (?:may|can|must|should|is to|will) (?:ever )?be used (?:for|to|in) (?:train|training)\b`,
    // "no training on our data"
    String.raw`\bno training (?:${OUR_DATA})`,
    // "must not retain it", "may not store our prompts", "never keep or log our data"
    String.raw`\b${MUST_NOT} (?:retain|store|keep|log|persist|save)(?: (?:or|and|nor) (?:retain|store|keep|log|persist|save))? (?:${OUR_DATA}|it|them|anything)\b`,
    // "nothing may be stored / logged / retained"
    String.raw`\bnothing (?:may|can|must|should|is to|gets?) (?:be )?(?:stored|retained|logged|kept)\b`,
  ].join("|"),
);

/** Whether `t` (folded text) forbids an API host to train on or keep the team's data. */
export function forbidsRetention(t: string): boolean {
  return RETENTION.test(t);
}
