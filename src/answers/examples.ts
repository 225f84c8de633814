// Example questions offered as `ask:` buttons by help, unclear and unknown answers. Each one is a
// question modelwise answers, so a click always leads somewhere useful.
export const EXAMPLE_QUESTIONS = {
  info: "tell me about Llama 3.1 70B",
  price: "price of GPT-4o",
  license: "can we use Llama 3.1 in an app with 800M monthly users?",
  cost: "cost of GPT-4o at 10M input and 2M output tokens a month",
  compare: "compare GPT-4o, Claude Sonnet 4.5 and Llama 3.1 70B",
  tradeoffs: "open vs closed models: trade-offs",
  recommend: "help me choose a model",
  breakEven: "when is self-hosting Llama 3.1 70B cheaper than the API?",
  sources: "where do your facts come from?",
} as const;

/** The short list for buttons (platforms show five or so comfortably). */
export const STARTER_QUESTIONS: string[] = [
  EXAMPLE_QUESTIONS.recommend,
  EXAMPLE_QUESTIONS.price,
  EXAMPLE_QUESTIONS.license,
  EXAMPLE_QUESTIONS.compare,
  EXAMPLE_QUESTIONS.tradeoffs,
];
