// Training a model on another model's outputs (distillation, synthetic data), as a message says
// it, and whose model such a message fine-tunes: "use Claude's outputs to fine-tune our own small
// model" tunes the team's model, so only the provider's outputs term applies, not its fine-tuning
// term. Text is folded and cleaned (team-facts.ts).

const TRAINED_ON_OUTPUTS: readonly RegExp[] = [
  /\b(train\w*|improv\w*|build\w*|fine-?tun\w*|distill\w*)\b(?:[^.?!]|\.(?=\d)){0,40}\b(on|with|using|from)\s+(its|their|the|claude'?s?|gpt[\w.-]*'?s?|llama[\w.-]*'?s?|[\w.-]+'s)?\s*(outputs?|generations|responses|completions|answers)\b/,
  // "train a smaller model on deepseek v3 outputs": a model's name between "on" and "outputs".
  /\b(train\w*|fine-?tun\w*|distill\w*)\b(?:[^.?!]|\.(?=\d)){0,40}\b(on|with|using|from)\s+(?:[\w.'-]+\s+){1,4}(outputs?|generations|responses|completions)\b/,
  // "can X outputs be used as training data?", "its generations as training data".
  /\b(outputs?|generations|responses|completions)\b(?:[^.?!]|\.(?=\d)){0,30}\b(as|for) (training data|train(ing)? (data|sets?|our|a|another|other))\b/,
  /\b(use|using|reuse)\s+(?:[\w.'-]+\s+){0,3}(outputs?|generations|responses)\s+(to|for|as)\s+(train|fine-?tun|improv|build|distill|a training)/,
  /\b(distill\w*|distil\b|synthetic (training )?data|model distillation)\b/,
];
const NOT_TRAINED = /\b(not|never|won'?t|don'?t)\s+(train|use)\b(?:[^.?!]|\.(?=\d)){0,30}outputs?/;

/** True when the message trains a model on outputs, false when it says it will not; else undefined. */
export function trainsOnOutputs(t: string): boolean | undefined {
  if (!TRAINED_ON_OUTPUTS.some((p) => p.test(t))) return undefined;
  return !NOT_TRAINED.test(t);
}

// The object of the tuning is the team's own model or another one: "our own small model",
// "a smaller model", "another model", "a student model".
const OWN_ADJECTIVES = String.raw`(?:own|new|separate|different|small|smaller|tiny|student|in-?house|custom|first|domain)\s+`;
const OWN_MODEL_TUNED = new RegExp(
  String.raw`\b(?:fine-?\s?tun\w*|finetun\w*|train\w*)\s+(?:(?:our|my|a|an|another)\s+(?:${OWN_ADJECTIVES}){0,3}|the\s+(?:${OWN_ADJECTIVES}){1,3})(?:model|llm|classifier|student)s?\b`,
  "g",
);
const TUNE_WORD = /\b(fine-?\s?tun\w*|finetun\w*)/;

/** Whether every fine-tuning a message names is of the team's own (or another) model. */
export function tunesOnlyOwnModel(t: string): boolean {
  const rest = t.replace(OWN_MODEL_TUNED, " ");
  return rest !== t && !TUNE_WORD.test(rest);
}
