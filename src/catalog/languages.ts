// Languages as people name them ("Japanese") and as the team's requirements keep them (ISO 639-1
// codes, "ja"): one table, read by the understanding (words -> codes) and by every answer that
// says a language back (codes -> names), so no user ever sees a bare code.

/** Language words people type, each with its ISO 639-1 code (639-3 for a language 639-1 has none for). */
export const LANGUAGE_CODES: Record<string, string> = {
  english: "en",
  german: "de",
  french: "fr",
  spanish: "es",
  italian: "it",
  portuguese: "pt",
  dutch: "nl",
  polish: "pl",
  swedish: "sv",
  danish: "da",
  finnish: "fi",
  norwegian: "no",
  czech: "cs",
  greek: "el",
  turkish: "tr",
  russian: "ru",
  ukrainian: "uk",
  arabic: "ar",
  hebrew: "he",
  hindi: "hi",
  bengali: "bn",
  japanese: "ja",
  korean: "ko",
  chinese: "zh",
  mandarin: "zh",
  cantonese: "zh",
  vietnamese: "vi",
  thai: "th",
  indonesian: "id",
  malay: "ms",
  persian: "fa",
  farsi: "fa",
  urdu: "ur",
  romanian: "ro",
  hungarian: "hu",
  slovak: "sk",
  bulgarian: "bg",
  croatian: "hr",
  serbian: "sr",
  slovenian: "sl",
  lithuanian: "lt",
  latvian: "lv",
  estonian: "et",
  tagalog: "tl",
  filipino: "tl",
  swahili: "sw",
  tamil: "ta",
  telugu: "te",
  catalan: "ca",
  flemish: "nl",
  // Languages no leaderboard rates yet: read so the shortlist can say so, never dropped silently.
  welsh: "cy",
  irish: "ga",
  tigrinya: "ti",
  amharic: "am",
  somali: "so",
  pashto: "ps",
  // Dari has no ISO 639-1 code of its own (639-1 folds it into Persian): its 639-3 code keeps it apart.
  dari: "prs",
  kurdish: "ku",
  // Moroccan Arabic (Darija) has no ISO 639-1 code: its 639-3 code, so a Casablanca shop hears that
  // no rating covers it (it is often typed in Latin letters), not "Arabic".
  darija: "ary",
  javanese: "jv",
  sundanese: "su",
  // Cebuano has no ISO 639-1 code: its 639-3 code.
  cebuano: "ceb",
  sami: "se",
  icelandic: "is",
  // More languages no leaderboard rates, as teams in South Asia, Africa, the Caucasus and the
  // Pacific name them beside English: a Lagos wallet serving Yoruba speakers must hear that no
  // rating covers Yoruba, not see "languages: English". Lao (lo: "lo-fi"), Burmese (my), Basque
  // (eu: "EU/UK"), Belarusian (be) and Odia (or) are left out: their codes are everyday words.
  marathi: "mr",
  gujarati: "gu",
  punjabi: "pa",
  kannada: "kn",
  malayalam: "ml",
  nepali: "ne",
  sinhala: "si",
  khmer: "km",
  yoruba: "yo",
  hausa: "ha",
  igbo: "ig",
  // Nigerian Pidgin has no ISO 639-1 code: its 639-3 code.
  "nigerian pidgin": "pcm",
  pidgin: "pcm",
  zulu: "zu",
  xhosa: "xh",
  afrikaans: "af",
  kinyarwanda: "rw",
  luganda: "lg",
  wolof: "wo",
  oromo: "om",
  shona: "sn",
  lingala: "ln",
  malagasy: "mg",
  // Indigenous languages of Canada a research group names ("plus some Inuktitut").
  inuktitut: "iu",
  georgian: "ka",
  armenian: "hy",
  azerbaijani: "az",
  kazakh: "kk",
  uzbek: "uz",
  mongolian: "mn",
  albanian: "sq",
  macedonian: "mk",
  maltese: "mt",
  maori: "mi",
  // The two written standards of Norwegian are Norwegian to a leaderboard.
  bokmal: "no",
  nynorsk: "no",
  // Languages named in their own tongue, as people writing in it do ("un chatbot en español"),
  // accents folded away. After the English names, which are the ones said back.
  espanol: "es",
  castellano: "es",
  francais: "fr",
  deutsch: "de",
  italiano: "it",
  portugues: "pt",
  nederlands: "nl",
  polski: "pl",
  svenska: "sv",
  dansk: "da",
  suomi: "fi",
  norsk: "no",
  cestina: "cs",
  turkce: "tr",
  gaeilge: "ga",
  cymraeg: "cy",
  "bahasa indonesia": "id",
  "bahasa melayu": "ms",
  saami: "se",
  kiswahili: "sw",
  isizulu: "zu",
  isixhosa: "xh",
  // Bengali as Bangladesh names it, in English too ("in Bangla language mostly").
  bangla: "bn",
};

/**
 * Mixed languages people name with one word: each is its two languages, both said back and both
 * weighed ("Hinglish" is Hindi and English, never English alone).
 */
export const MIXED_LANGUAGE_CODES: Record<string, readonly string[]> = {
  hinglish: ["hi", "en"],
  taglish: ["tl", "en"],
  spanglish: ["es", "en"],
};

/**
 * Language names that are more often a nationality ("an Irish insurer", "a Welsh council", "a
 * Georgian bank"): read as the language only where a language is plainly meant ("in Irish", "Irish and English",
 * "Irish (Gaeilge)", "speaks Welsh").
 */
export const NATIONALITY_FIRST = new Set([
  "irish",
  "welsh",
  "georgian",
  "armenian",
  "azerbaijani",
  "kazakh",
  "uzbek",
  "mongolian",
  "albanian",
  "macedonian",
  "maltese",
]);

/** What a stated language is called when said back: the first word for its code above. */
const LANGUAGE_NAMES = new Map<string, string>();
for (const [word, code] of Object.entries(LANGUAGE_CODES))
  if (!LANGUAGE_NAMES.has(code)) LANGUAGE_NAMES.set(code, word.charAt(0).toUpperCase() + word.slice(1));
LANGUAGE_NAMES.set("multilingual", "many languages");

/** "ar" -> "Arabic" (a code with no name here is shown as it is). */
export function languageName(code: string): string {
  return LANGUAGE_NAMES.get(code) ?? code;
}

/**
 * Groups of languages people name as one ("drop the asian languages", "the nordic ones"), by
 * where they are spoken; a group is only ever matched against the languages a team listed, so it
 * removes what the team meant and nothing else. "Asian" is East, Southeast, South and Central
 * Asia (Arabic, Hebrew, Persian and Turkish are named as Middle Eastern).
 */
const EAST_ASIAN = ["zh", "ja", "ko", "mn"];
const SOUTHEAST_ASIAN = ["vi", "th", "id", "ms", "tl", "km", "jv", "su", "ceb"];
const SOUTH_ASIAN = ["hi", "bn", "ta", "te", "ur", "mr", "gu", "pa", "kn", "ml", "ne", "si"];
const CENTRAL_ASIAN = ["kk", "uz", "mn"];
export const LANGUAGE_GROUPS: Record<string, readonly string[]> = {
  "east asian": EAST_ASIAN,
  cjk: ["zh", "ja", "ko"],
  "southeast asian": SOUTHEAST_ASIAN,
  "south asian": SOUTH_ASIAN,
  indian: ["hi", "bn", "ta", "te", "mr", "gu", "pa", "kn", "ml"],
  indic: SOUTH_ASIAN.filter((c) => c !== "ur"),
  "central asian": CENTRAL_ASIAN,
  asian: [...new Set([...EAST_ASIAN, ...SOUTHEAST_ASIAN, ...SOUTH_ASIAN, ...CENTRAL_ASIAN])],
  "middle eastern": ["ar", "he", "fa", "tr", "ku", "prs"],
  nordic: ["sv", "da", "no", "fi", "is", "se"],
  scandinavian: ["sv", "da", "no"],
  slavic: ["pl", "cs", "ru", "uk", "sk", "bg", "hr", "sr", "sl", "mk"],
  baltic: ["lt", "lv", "et"],
  african: [
    "sw",
    "am",
    "so",
    "ti",
    "yo",
    "ha",
    "ig",
    "pcm",
    "zu",
    "xh",
    "af",
    "rw",
    "lg",
    "wo",
    "om",
    "sn",
    "ln",
    "mg",
  ],
  european: [
    ...["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "no", "cs", "el", "ru", "uk", "ro"],
    ...["hu", "sk", "bg", "hr", "sr", "sl", "lt", "lv", "et", "ca", "cy", "ga", "is", "se", "sq", "mk", "mt"],
  ],
};
