// Which part of a licence a question is about ("can we fine-tune?", "who owns the outputs?").
// A licensing concept, so it lives here; intents/ re-exports it for the recognizers.
export const LICENSE_TOPICS = [
  "which-license",
  "commercial-use",
  "user-threshold",
  "outputs-training",
  // Who owns what the model writes, and whether the team may license it as it likes.
  "output-ownership",
  "attribution",
  "self-hosting",
  "fine-tuning",
  "redistribution",
  "serve-as-api",
  "regional",
] as const;
export type LicenseTopic = (typeof LICENSE_TOPICS)[number];
