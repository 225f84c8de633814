// Questions about what a model writes rather than the model: who owns the outputs, and putting
// them out under terms of one's choosing ("publish the summaries under CC-BY"). Its own file so the
// licence-topic reader (license-topic.ts) and the team-facts reader (team-facts.ts) share the words
// without team-facts depending on the intent types that license-topic.ts needs.

// What a model writes, named as the thing a question is about: "the summaries the model writes",
// "the outputs", "what claude generates", "the text gemma produces", "the letters it drafts".
const OUTPUT_THING = String.raw`(?:outputs?|summar(?:y|ies)|letters?|texts?|copy|content|answers|responses|translations?|drafts|articles?|reports|descriptions|captions|generations|completions)`;
const MODEL_WRITES = String.raw`(?:writes?|wrote|written|generates?|generated|produces?|produced|drafts?|drafted|creates?|created|makes|made|outputs|returns)`;
const OUTPUT_NAMED = new RegExp(
  String.raw`\b${OUTPUT_THING}\b|\bwhat (?:it|they|the model|\S+(?: \S+){0,3}) ${MODEL_WRITES}\b`,
);
// Who holds the rights: "who owns", "do we own", "is it ours", "copyright in", "rights to".
const OWNERSHIP =
  /\b(who (owns|holds)|(do|does|will|would|can) (we|i|our \w+|the (team|company|client|customer)s?) (still |fully |then )?own|ownership|ours|copyright\w*|rights (in|to|over)|intellectual property|ip)\b/;
// Putting what the model writes out under terms of one's choosing: "publish the summaries under
// CC-BY", "release the letters as CC0". The thing put out is an output, not weights.
const PUTS_OUTPUTS_OUT = new RegExp(
  String.raw`\b(?:publish|releas|re-?licen[cs]|shar|distribut)\w*\s+(?:the |our |these |those |its |all (?:the )?)?(?:[\w-]+ ){0,2}?${OUTPUT_THING}\b(?! (?:of|from) (?:the )?(?:weights|model card))`,
);
// Outputs used to train or tune another model is the outputs-training question, not ownership.
const TRAINING = /\b(train\w*|distil\w*|fine-?\s?tun\w*|finetun\w*|synthetic data)\b/;
const WEIGHTS = /\b(weights|checkpoints?|fine-?tunes?|quantiz\w*|derivatives?)\b/;

/** Whether a question asks who owns what the model writes, or may put it out under its own terms. */
export function asksOutputOwnership(text: string): boolean {
  if (TRAINING.test(text) || WEIGHTS.test(text)) return false;
  return (OWNERSHIP.test(text) && OUTPUT_NAMED.test(text)) || PUTS_OUTPUTS_OUT.test(text);
}

/** Whether what a message publishes (or sells, or licenses) is what the model writes, not the model. */
export function putsOutputsOut(text: string): boolean {
  return PUTS_OUTPUTS_OUT.test(text) && !WEIGHTS.test(text) && !TRAINING.test(text);
}
