// Chinese teams (Simplified, "每月大约200万条消息，每条输入约500 tokens，输出约150 tokens。预算每月5万元
// 人民币。") write without spaces and count in 万 and 亿: words are found by Intl.Segmenter, so a
// mark is a whole word and a phrase is glossed only where words begin and end ("约" in "大约" is
// "about", in "合约" it is no word of its own). The counts, rates, sizes, budget, where the data
// must stay, what is ruled out, who runs it and the work are put in English (foreign-words.ts) and
// the magnitudes written as counts (digit-groups.ts); the English readers do the rest.
import type { Tongue } from "./tongue.js";

// About, said before a count: "大约200万", "约500", "大概3万".
const ABOUT = "(?:大约|大概|约|差不多|将近)?";
// A count as written once its magnitude is a count ("2000000", "1,500", "1.5").
const COUNT = String.raw`(\d[\d,.]*)`;
// The end of a follow-up: its question mark (glossed to " ? " first) and the spaces around it.
const END = String.raw`[\s?]*$`;
const TOKENS = String.raw`\s*(?:个)?\s*(?:tokens?|token|词元)`;
// The places a rule names, in the English the residency and exclusion readers know.
const PLACES: readonly (readonly [string, string])[] = [
  ["中国大陆|中国境内|国内|境内", "mainland china"],
  ["欧盟", "the eu"],
  ["欧洲", "europe"],
  ["香港", "hong kong"],
  ["新加坡", "singapore"],
  ["日本", "japan"],
];

export const CHINESE: Tongue = {
  name: "Chinese",
  segmenter: "zh",
  numbers: "kanji",
  // Everyday words no other language the tables hold writes (Japanese writes kana beside its kanji).
  marks: [
    "我们",
    "我",
    "你好",
    "您好",
    "的",
    "是",
    "想",
    "想用",
    "需要",
    "每月",
    "每天",
    "大约",
    "模型",
    "可以",
    "吗",
    "呢",
    "没有",
    "什么",
    "哪个",
    "推荐",
    "预算",
    "数据",
    "用户",
    "不",
    "不要",
    "不用",
    "不能",
    "也",
    "和",
    "有",
    "在",
  ],
  // A follow-up is too short for three marks: "如果…呢？", "为什么不用…？", "…可以商用吗？".
  openers: ["如果", "假如", "要是", "为什么不"],
  closers: ["呢[？?]?", "吗[？?]?", "多少钱[？?]?"],
  glosses: [
    // Sentence and list marks the English readers split on.
    ["。", ". "],
    ["，", ", "],
    ["、", ", "],
    ["：", ": "],
    ["；", "; "],
    ["（", " ("],
    ["）", ") "],
    ["？", "?"],
    ["！", "!"],
    // Follow-ups: a what-if, a why-not, a licence question, the cost of one thing.
    // (The question mark is already " ? ": END takes it and the spaces around it.)
    [`^\\s*(?:如果|假如|要是)(.+?)(?:的话)?(?:呢|会怎样|怎么样)?${END}`, "what if $1?"],
    [`^\\s*为什么不(?:用|选|是)?\\s*(.+?)${END}`, "why not $1?"],
    [`^\\s*(.+?)\\s*(?:可以|能)(?:商用|商业使用|用于商业)吗${END}`, "can we use $1 commercially?"],
    [`^\\s*(.+?)\\s*每(?:条|个|次|份|篇|封)(\\S+?)多少钱${END}`, "what is the cost of $1 per $2?"],
    ["第一个(?:选项|推荐|模型)|首选", "the top pick"],
    // "并把每条对话分类" (and also sort each conversation) in English order, before "每条" and "对话" are glossed.
    [
      "并(?:且)?把\\s*每(?:条|个|次|通|封)?\\s*(对话|消息|工单|邮件|通话)\\s*(?:进行)?(?:分类|归类|打标签|标注)",
      "and also classify each $1",
    ],
    ["翻三倍|增加两倍|涨三倍", "triples"],
    ["翻(?:一)?倍|翻一番|增加一倍", "doubles"],
    ["消息量|对话量", "the volume"],
    // Rates and counts: "每月大约200万条消息" is about 2M messages a month.
    ["每(?:个)?月|一个月|月均", "a month"],
    ["每天|每日|一天|日均", "a day"],
    ["每(?:周|星期)", "a week"],
    ["每年|一年", "a year"],
    // One request's size: "每条输入约500 tokens，输出约150 tokens".
    [`(?:输入|提示)${ABOUT}${COUNT}${TOKENS}`, "$1 tokens in"],
    [`(?:输出|回复|生成)${ABOUT}${COUNT}${TOKENS}`, "$1 tokens out"],
    [`${ABOUT}${COUNT}${TOKENS}`, "$1 tokens"],
    ["每(?:条|个|次|份|篇|封)", "each"],
    ["大约|大概|约|差不多|将近", "about"],
    // The data.
    ["个人信息保护法|个保法", "pipl"],
    ["个人信息|个人数据", "personal data"],
    ["病历|医疗数据", "patient records"],
    ["用户数据", "user data"],
    ["客户数据", "customer data"],
    ["数据", "data"],
    ["用户", "users"],
    ["客户", "customers"],
    // What is counted (the measure word 条/个/份 before it says nothing more).
    ["(?:条|个|份|篇|封)?(?:消息|信息)", " messages"],
    ["(?:条|个|次|轮)?对话", " conversations"],
    ["(?:个|次)?(?:请求|调用)", " requests"],
    ["(?:份|个|篇)?文档", " documents"],
    ["(?:份|个)?合同", " contracts"],
    ["(?:个)?问题", " questions"],
    // The budget: "预算每月5万元人民币", "预算：每月10万元".
    [`预算[:\\s]*a month\\s*${COUNT}\\s*(?:元|块)?(?:人民币)?`, "budget CNY $1 a month"],
    [`预算[:\\s]*${COUNT}\\s*(?:元|块)?(?:人民币)?`, "budget CNY $1"],
    ["预算", "budget"],
    ["(?:元)?人民币|rmb", "CNY"],
    // Where the data must stay, and who may not serve it: "用户数据必须留在中国大陆", "不能用境外的服务商".
    ["(?:必须|需要|只能|要)(?:留在|存储在|保存在|放在|在)", "must stay in"],
    ["(?:不能|不得|不可以)出境", "must not leave mainland china"],
    ["(?:不能|不可以|不得)(?:用|使用)境外的?(?:服务商|供应商|云服务?|厂商)", "no foreign providers"],
    ["境外的?(?:服务商|供应商|厂商)", "foreign providers"],
    ...PLACES,
    // What is ruled out: "不要美国的模型", "不用中国的模型，也不要Meta的".
    ["(?:不要|不用|不使用|不能用|排除)美国的?", "no american"],
    ["(?:不要|不用|不使用|不能用|排除)中国的?", "no chinese"],
    ["(?:也)?(?:不要|不用|不使用|不能用|排除)\\s*(\\S+?)的?\\s*(?=[,.;]|$)", " and no $1 models "],
    ["美国的?", "american"],
    ["中国的?", "chinese"],
    ["服务商|供应商|厂商", "providers"],
    ["大(?:语言)?模型", "llm"],
    ["模型", " models "],
    // The work.
    ["(?:售后)?(?:客服|客户服务)(?:机器人)?", "customer support"],
    ["聊天机器人", "chatbot"],
    ["分类", "classify"],
    ["总结|摘要|概括", "summarise"],
    ["翻译", "translate"],
    ["提取|抽取", "extract"],
    ["(?:代码|编程)助手", "coding assistant"],
    ["写代码|编程", "coding"],
    ["知识库", "knowledge base"],
    ["检索|搜索", "search"],
    ["中文", "chinese"],
    ["英文|英语", "english"],
    // Who runs it: "我们有3名后端工程师，没有机器学习团队".
    ["没有(?:机器学习|ML|AI|算法)团队", "no ml team"],
    ["我们有(\\d+)(?:名|个|位)(?:\\S{0,4}?)(?:工程师|开发)", "we have $1 engineers"],
    ["(?:推荐|建议)(?:哪个|什么|一个)? models", "which model do you recommend"],
    ["哪个 models", "which model"],
    ["推荐", "recommend"],
    ["我们是", "we are"],
    ["我们", "we"],
    ["想用", "want to use"],
    ["你好|您好", "hello"],
    ["商用", "commercial use"],
  ],
};
