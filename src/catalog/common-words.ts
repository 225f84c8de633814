// Ordinary English words (and words common in questions about models) that typo correction
// must never turn into a model name: "what" is not a misspelt "phi", "cost" is not "coder".
export const COMMON_WORDS = new Set(
  `a about above after again against all allowed also am an and any api apis app apps are as ask at
  be because been before being below best better between big both build built but buy by can cannot
  cheap cheaper cheapest choose close closed compare cost costs could data day days did do does doing
  down during each else enough eu every fast few fine first for free from full further get give go good
  got had has have having he her here hers him his host hosted hosting how i if in input into is it its
  just kind know large less let like long look lot made make many may me mean month monthly more most
  much must my need needs new no nor not now of off on once one only open or other our ours out output
  over own per pick please price prices pricing proper put rather really run same say second self
  serve she ship should show since size small so some still such sure take tell than that the their
  them then there these they thing think third this those through to too train two under until up us
  use used user users using very vs want was way we well were what when where which while who whom why
  will with within without would year yes yet you your yours model models token tokens million billion
  thousand license licence licenses licences weights weight open-source opensource source sources
  about help hello hi hey thanks thank cost costs monthly daily request requests team teams company
  commercial commercially legal allowed okay ok fine-tune finetune tune tuning tuned outputs output
  compare comparison versus pros cons tradeoffs trade offs option options case cases work works code
  coding chat chats assistant agents agent docs document documents search rag budget under over cheap
  private privacy secure security cloud prem premise premises hardware gpu gpus hour hours info about
  tell explain describe made makes maker makers builds who whose owns owned sell sold offer offers
  served serving scale large larger latest newest oldest older version versions family families better
  worse best worst fastest faster slower slow quality good great bad nice cool awesome hmm well maybe
  summary summarize record decision decisions start over back skip reset restart again stop quit exit
  alpha beta game games graph graphs image images photo photos video videos voice audio speech text
  texts word words line lines page pages file files table tables list lists name names number numbers
  chatbot chatbots bot bots copilot copilots robot robots assistants classifier classifiers summary summaries
  support ticket tickets invoice invoices customer customers product products startup company companies
  clause clauses minimal minimum turn burn label labels labelled labeled labelling labeling
  lora qlora dora peft sft dpo rlhf adapter adapters merged merge quantized quantised gguf awq gptq`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/**
 * An ordinary word or one of its inflections ("buying", "paying", "running", "makes", "hosted"):
 * "buying 4 H100s" is not a misspelt "turing 4". Model words are checked before this is asked.
 */
export function isCommonWord(word: string): boolean {
  if (COMMON_WORDS.has(word)) return true;
  const stem = /^(.{2,}?)(?:ing|ed|es|s)$/.exec(word)?.[1];
  if (stem === undefined) return false;
  // "running" -> "run", "making" -> "make".
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : null;
  return COMMON_WORDS.has(stem) || COMMON_WORDS.has(`${stem}e`) || (undoubled !== null && COMMON_WORDS.has(undoubled));
}
