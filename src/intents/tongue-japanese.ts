// Japanese teams write without spaces and count in 万 and 億 ("件数は月に約2万件、1件あたり入力は約
// 3,000トークン"): the phrases for counts, rates, the tokens each, where it may run, the hardware
// and the work are put in English inside the text (foreign-words.ts sets each off by spaces), the
// magnitudes are written as counts (digit-groups.ts), and the English readers do the rest.
import type { Tongue } from "./tongue.js";

export const JAPANESE: Tongue = {
  name: "Japanese",
  unspaced: true,
  numbers: "kanji",
  // Kana endings and particles: no other language the tables hold writes them.
  marks: ["です", "ます", "ません", "ください", "たい", "について", "の", "は", "を", "が", "に", "で"],
  openers: [],
  // A what-if is said last: "月に5万件に増えたらどうなりますか？".
  closers: ["(?:に増えたら|になったら|に減ったら|だったら)(?:どうなりますか|どうなる|どうですか)?"],
  glosses: [
    // Full stops and commas the English readers split sentences and lists on.
    ["。", "."],
    ["、", ","],
    // A follow-up: "月に5万件に増えたらどうなりますか？" is "what if 50,000 a month?".
    ["^(.+?)(?:に増えたら|になったら|に減ったら|だったら)(?:どうなりますか|どうなる|どうですか)?\\??$", "what if $1?"],
    ["(?:なぜ|どうして)(.+?)(?:ではない|じゃない)(?:のですか|の)?\\??$", "why not $1?"],
    // One request's size: "1件あたり入力は約3,000トークン、出力は約400トークン".
    ["(?:1|一)(?:件|通|回|つ)(?:あたり|当たり|につき)", "each"],
    ["(?:入力|インプット)(?:は|が)?(?:約|およそ|大体)?(\\d[\\d,.]*)\\s*トークン", "$1 tokens in"],
    ["(?:出力|アウトプット)(?:は|が)?(?:約|およそ|大体)?(\\d[\\d,.]*)\\s*トークン", "$1 tokens out"],
    ["トークン", "tokens"],
    // Counts and rates: "月に約2万件", "毎月約3億トークン".
    ["月に|月間|毎月|1(?:か|ヶ|カ)月(?:に|あたり)?|ひと月(?:に)?", "a month"],
    ["日に|毎日|1日(?:に|あたり)?", "a day"],
    ["週に|毎週", "a week"],
    // "約" only before a count: in "要約" (summary) and "契約書" (contract) it is no "about".
    ["(?:約|およそ|大体)(?=\\d)", "about"],
    ["件数は", ""],
    ["件", "requests"],
    // Where it may run and what the data is.
    ["クラウドは(?:使えません|使用できません|使わない|使いません|不可)|クラウド不可", "no cloud at all"],
    ["オンプレ(?:ミス)?", "on-prem"],
    ["社外秘|機密", "confidential"],
    ["個人情報", "personal data"],
    // The team's own hardware: "社内にNVIDIA RTX 6000 Ada(48GB)を2枚積んだサーバーがあります".
    [
      "社内に(.+?)を(\\d+)(?:枚|基|台)(?:積んだ|搭載した|載せた|挿した)?サーバー(?:が|を)?(?:あります|持っています|保有しています)?",
      "we have our own server with $2x $1",
    ],
    // The work.
    ["分類", "classify"],
    ["要約", "summarise"],
    ["検索", "search"],
    ["翻訳", "translate"],
    ["抽出", "extract"],
    ["チャットボット", "chatbot"],
    ["ヘルプデスク", "helpdesk"],
    ["カスタマーサポート|顧客対応|お客様対応", "customer support"],
    ["問い合わせ", "questions"],
    ["契約書", "contracts"],
    ["報告書", "reports"],
    ["日本語", "japanese"],
    ["英語", "english"],
    ["中国語", "chinese"],
    ["韓国語", "korean"],
    // Who runs it, and what is asked.
    ["エンジニア(\\d+)名", "$1 engineers"],
    ["(?:どの|おすすめの)モデル(?:が|は)?(?:おすすめ(?:ですか)?|いいですか|良いですか)?", "which model"],
    ["おすすめ", "recommend"],
  ],
};
