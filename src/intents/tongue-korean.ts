// Korean teams ("에피소드가 월 8,000개로 늘어나면요?": what if episodes grow to 8,000 a month?) write
// words with their particles joined on ("에피소드가", "8,000개로"), and the condition last. The
// counts, rates, what is counted and the follow-ups are put in English (foreign-words.ts); digits
// carry English commas, so the default number reading stands.
import type { Tongue } from "./tongue.js";

// A count with its counter and the particle that makes it a target: "8,000개로", "3만 건으로".
const TARGET = String.raw`(\d[\d,.]*)\s*(?:개|건|편|회|명|통)?\s*(?:으로|로)`;
// The endings of "if it grows / becomes …", polite or not.
const GROWS = "(?:늘어나면|늘면|증가하면|되면|올라가면)(?:요|은요|는요)?";

export const KOREAN: Tongue = {
  name: "Korean",
  marks: [
    "안녕하세요",
    "저희는",
    "저희",
    "우리는",
    "있습니다",
    "합니다",
    "입니다",
    "싶습니다",
    "없습니다",
    "필요합니다",
    "월",
    "약",
    "매월",
    "하루에",
    "및",
    "그리고",
    "예산은",
  ],
  openers: ["만약", "왜"],
  closers: [`${GROWS}\\??`, "(?:두|세) 배가 되면(?:요)?\\??"],
  glosses: [
    // What is counted, its particle dropped.
    ["에피소드\\p{L}*", "episodes"],
    ["메시지\\p{L}*", "messages"],
    ["문의\\p{L}*", "questions"],
    ["대화\\p{L}*", "conversations"],
    ["문서\\p{L}*", "documents"],
    ["요청\\p{L}*", "requests"],
    // Follow-ups: "에피소드가 월 8,000개로 늘어나면요?", "메시지가 두 배가 되면?".
    [`^(?:만약 )?(.*?)(?:월|한 달에|매월) ?${TARGET} ${GROWS}\\??$`, "what if $1 grow to $2 a month?"],
    [`^(?:만약 )?(.*?)(?:하루에|매일) ?${TARGET} ${GROWS}\\??$`, "what if $1 grow to $2 a day?"],
    ["^(?:만약 )?(.*?) ?두 배가 되면(?:요)?\\??$", "what if $1 doubles?"],
    ["^(?:만약 )?(.*?) ?세 배가 되면(?:요)?\\??$", "what if $1 triples?"],
    ["^왜 (.+?)(?:는|은)? (?:안 ?(?:돼요|되나요|써요)|아닌가요)\\??$", "why not $1?"],
    // Counts and rates in a first message: "월 약 4,000개", "하루에 3만 건".
    ["(?:월|매월|한 달에)", "a month"],
    ["하루에|매일", "a day"],
    ["약|대략", "about"],
    ["토큰", "tokens"],
    ["한국어", "korean"],
    ["영어", "english"],
    ["예산\\p{L}*", "budget"],
  ],
};
