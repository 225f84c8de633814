// Which of an API provider's data terms a question asks about: a HIPAA BAA, a data processing
// agreement (GDPR's processor contract), its free tier's terms, zero data retention,
// how long it keeps data, whether it trains on what we send, EU processing. The team's own use
// ("can we train on our data?") is a fine-tuning or licence question, not the provider's term.
import type { ProviderTerm } from "./types.js";
import { OUR_DATA } from "./team-data-words.js";

const OUR_OWN_USE = /\b(can|could|may|should|do|are allowed to) (we|i)\b/;
// "do any of these use our data for training?", "would it use customer chats to train their
// models?": the provider using what we send, said with the data as the object of 'use'.
const USES_OURS_TO_TRAIN = String.raw`\b(?:use|uses|using)\s+(?:${OUR_DATA})\s+(?:for|to|in)\s+(?:\w+\s+)?train\w*\b`;

const TERM_WORDS: { term: ProviderTerm; pattern: RegExp; theirs?: true }[] = [
  { term: "baa", pattern: /\b(baas?|business associate( agreement| addendum)?|hipaa)\b/ },
  {
    term: "free-tier",
    pattern: /\b(free (tier|plan|version|quota|credits|key)|unpaid (tier|plan|services?|quota)|experiment plan)\b/,
  },
  { term: "dpa", pattern: /\b(dpas?|data processing (agreement|addendum|terms)|processor (agreement|contract))\b/ },
  { term: "zdr", pattern: /\b(zdr|zero[- ]data[- ]retention|zero[- ]retention|no[- ]retention)\b/ },
  {
    term: "retention",
    theirs: true,
    pattern: new RegExp(
      String.raw`\b(?:retain\w*|retention|keep\w*|kept|stor(?:e|es|ing|ed)|log(?:s|ged|ging)?|delete\w*|hold (?:on ?to|onto)|save\w*)\b[^?.]{0,40}\b(?:data|prompts|inputs|outputs|requests|conversations|content|chats|${OUR_DATA})\b|\b(?:data|prompts|inputs|conversations)\b[^?.]{0,25}\b(?:retention|retained|kept|stored|logged|saved)\b`,
    ),
  },
  {
    term: "training",
    theirs: true,
    pattern: new RegExp(
      String.raw`\btrain\w*\b[^?.]{0,40}\b(?:${OUR_DATA})\b|\b(?:what|the data) we send\b|\bused (?:for|to) train\w*\b|${USES_OURS_TO_TRAIN}`,
    ),
  },
  {
    term: "eu",
    pattern:
      /\b(eu|europe\w*) (data )?(residency|regions?|processing|hosting|data ?cent(er|re)s?)\b|\b(data ?cent(er|re)s?|servers|regions?) (in|inside|within) (the )?(eu|europe)\b|\b(process\w*|host\w*|keep\w*|stay\w*|run\w*)\b[^?.]{0,30}\b(in|inside|within) (the )?(eu|europe)\b/,
  },
];

/** The provider term a (folded) question asks about, or null. */
export function providerTermAsked(lower: string): ProviderTerm | null {
  const ours = OUR_OWN_USE.test(lower);
  for (const { term, pattern, theirs } of TERM_WORDS) if (pattern.test(lower) && !(theirs && ours)) return term;
  return null;
}
