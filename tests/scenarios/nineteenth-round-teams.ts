// The first messages of the nineteenth tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-nineteenth-round*.test.ts). What these teams found broken is in
// tryout-nineteenth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// NINETEENTH_ROUND_FOLLOW_UPS, in the order they were sent.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–18:
// - Virginia federal contractor: summarises disability-claim files for a US agency and extracts the
//   conditions claimed · CUI: FedRAMP High, AWS GovCloud (US) · 30,000 files a month × (40,000 in,
//   1,500 out) · $40,000 a month · 6 ML engineers.
// - Shenzhen consumer-electronics maker, written in Simplified Chinese: after-sales support and
//   tagging for earbuds and watches · 2M messages a month × (500 in, 150 out) · data stays in
//   mainland China (PIPL), no foreign providers · ¥50,000 a month · 3 back-end engineers, no ML.
// - National Library of Wales: a one-off batch over 1.2M digitised Welsh and English newspaper pages
//   (1,500 tokens each) · bilingual summaries (200 tokens) and tags, published openly · public-domain
//   text · a public body with a one-off £40,000 · no deadline · 2 developers, no GPUs.
// - Gothenburg truck maker: an offline in-cab assistant on the head unit (12 GB RAM, 4 GB for the
//   model), first words within 1 s · Swedish, English, German, Polish · shipped in 60,000 trucks a year.
// - Izmir textile exporter, written in Turkish: extracts orders from buyers' emails into ERP JSON ·
//   15,000 emails a month × (2,000 in, 300 out) · 20,000 TL a month · one developer, no servers.
// - Edinburgh family law firm (8 solicitors, nobody technical): summarises 150,000-token case bundles
//   and drafts letters · legal privilege: nothing should leave the office; an idle Mac Studio M2 Ultra
//   192 GB · a UK-hosted, no-retention API at most £500 a month otherwise.
// - Barcelona travel-tech scale-up: a booking agent calling flight, hotel and payment APIs ·
//   500,000 conversations × 8 turns × (3,000 in, 250 out) · Spanish, Catalan, English, French,
//   German · p95 under 2 s · EU data · €60,000 a month · an ML platform team of 5.
// - Addis Ababa NGO: a maternal-health SMS hotline in Amharic and Afaan Oromo, a nurse reviews every
//   reply · 20,000 messages a month × (150 in, 200 out) · health data, no training · $800 a month from
//   a donor · one developer and a laptop.
export const VIRGINIA_FEDERAL_CLAIMS =
  "We're a federal contractor in Virginia processing disability benefit claims for a US agency. We need an LLM to summarise each claim file (medical records, service records, forms) and extract the conditions claimed into our case system. It's CUI, so everything must stay in a FedRAMP High authorised environment; we run in AWS GovCloud (US). About 30,000 claim files a month, averaging 40,000 tokens in and 1,500 tokens out each. Budget $40,000 a month. We have a team of 6 ML engineers.";
export const SHENZHEN_AFTER_SALES =
  "你好，我们是深圳的一家消费电子公司（耳机和智能手表），想用大模型做售后客服：回答用户关于配对、保修、退换货的问题，并把每条对话分类（故障/退货/咨询/投诉）。每月大约200万条消息，每条输入约500 tokens，输出约150 tokens。用户数据必须留在中国大陆（个人信息保护法），不能用境外的服务商。预算每月5万元人民币。我们有3名后端工程师，没有机器学习团队。";
export const WALES_NATIONAL_LIBRARY =
  "Hello, I'm the digital lead at the National Library of Wales. We have 1.2 million digitised Welsh-language and English newspaper pages (OCR text, about 1,500 tokens each) from 1804 to 1919, and we want a one-off job to write a short bilingual summary (Welsh and English, about 200 tokens) and subject tags for every page, to publish openly in our catalogue. It's historical public-domain text, no personal data concerns. We're a public body with a one-off budget of £40,000 for this, and no deadline pressure: a batch over three months is fine. Two developers, no GPUs.";
export const GOTHENBURG_TRUCK_CAB =
  "We're the connected-vehicle team at a truck maker in Gothenburg. We want an offline assistant in the truck cab: the driver asks (speech-to-text is already done) and it answers from the driver's manual and fault-code descriptions, in Swedish, English, German and Polish. It has to run on the head unit with no connectivity: a Qualcomm automotive SoC with 12 GB RAM, of which 4 GB can go to the model. First words must come within 1 second. It will ship in about 60,000 trucks a year, so the licence must allow that.";
export const IZMIR_TEXTILE_ORDERS =
  "Merhaba, İzmir'de bir tekstil ihracatçısıyız. Yabancı müşterilerden gelen sipariş e-postalarını (İngilizce, Almanca ve Türkçe) okuyup sipariş bilgilerini (ürün kodu, adet, renk, teslim tarihi) ERP sistemimize JSON olarak aktaracak bir model istiyoruz. Ayda yaklaşık 15.000 e-posta, her biri yaklaşık 2.000 token girdi ve 300 token çıktı. Bütçemiz aylık 20.000 TL. Tek bir yazılımcımız var, sunucumuz yok.";
export const EDINBURGH_FAMILY_LAW =
  "I'm a partner at a family law firm in Edinburgh, 8 solicitors. We'd like to summarise case bundles (200-400 page PDFs, already converted to text) and draft first versions of letters to clients. Because of legal privilege we'd rather nothing leaves the office: we already have a Mac Studio with an M2 Ultra and 192GB of unified memory sitting idle. Maybe 40 bundles a month (about 150,000 tokens each) and 300 letters. If we do need a cloud service it must be UK-hosted and not retain data, and we'd spend at most £500 a month. Nobody here is technical.";
export const BARCELONA_BOOKING_AGENT =
  "We're a travel-tech scale-up in Barcelona building a booking agent: it chats with travellers, calls our flight, hotel and payment APIs via function calling, and must produce valid JSON tool calls every time. About 500,000 conversations a month, ~8 turns each, each turn ~3,000 tokens in (a 2,500-token system prompt plus history) and 250 out. Languages: Spanish, Catalan, English, French, German. p95 latency under 2 seconds per turn. Customer data must stay in the EU. Budget €60,000 a month. We have an ML platform team of 5.";
export const ADDIS_MATERNAL_HOTLINE =
  "Selam, we are a small NGO in Addis Ababa running a maternal-health SMS hotline. Pregnant women and new mothers text questions in Amharic and Afaan Oromo, and a nurse reviews every reply before it is sent. About 20,000 messages a month, short: ~150 tokens in, 200 out. Donor budget is $800 a month at most. The messages are health data, so no training on them. We have one developer and a laptop.";

/** Every team's first message, by a short name for test titles. */
export const NINETEENTH_ROUND_TEAMS = {
  "Virginia federal claims contractor": VIRGINIA_FEDERAL_CLAIMS,
  "Shenzhen after-sales (in Chinese)": SHENZHEN_AFTER_SALES,
  "National Library of Wales one-off": WALES_NATIONAL_LIBRARY,
  "Gothenburg truck cab, offline": GOTHENBURG_TRUCK_CAB,
  "Izmir textile orders (in Turkish)": IZMIR_TEXTILE_ORDERS,
  "Edinburgh family law firm": EDINBURGH_FAMILY_LAW,
  "Barcelona booking agent": BARCELONA_BOOKING_AGENT,
  "Addis Ababa maternal-health hotline": ADDIS_MATERNAL_HOTLINE,
} as const;

/** What each team sent after its first answer, in order: what-ifs and the direct questions a lead asks. */
export const NINETEENTH_ROUND_FOLLOW_UPS: Record<keyof typeof NINETEENTH_ROUND_TEAMS, readonly string[]> = {
  "Virginia federal claims contractor": [
    "is claude sonnet 4.5 on bedrock in govcloud fedramp high?",
    "what if we have to move to Azure Government instead?",
    "what does the top pick cost per claim file?",
    "can we use llama 3.3 70b instead?",
    "what if claim files double to 80,000 tokens after we add the exam reports?",
  ],
  "Shenzhen after-sales (in Chinese)": [
    "如果双十一期间消息量翻三倍呢？",
    "为什么不用 deepseek v3.2？",
    "第一个选项每条消息多少钱？",
    "qwen3 235b 可以商用吗？",
  ],
  "National Library of Wales one-off": [
    "how good is the top pick at welsh?",
    "what if we use the batch API?",
    "can we publish the summaries under CC-BY?",
    "who owns the summaries the model writes?",
    "what if we also do the 3 million periodical pages later?",
  ],
  "Gothenburg truck cab, offline": [
    "what if we get 8 GB for the model?",
    "why not llama 3.2 3b?",
    "can we ship gemma 3 4b in the trucks commercially?",
    "how good is the top pick at polish?",
  ],
  "Izmir textile orders (in Turkish)": [
    "ya e-posta sayısı iki katına çıkarsa?",
    "neden gpt-4.1 mini değil?",
    "ilk seçenek e-posta başına ne kadar tutar?",
    "does the top pick keep our customers' emails?",
  ],
  "Edinburgh family law firm": [
    "will llama 3.3 70b run on the mac studio?",
    "how long would one bundle take on it?",
    "what if we use an API with zero retention instead?",
    "who owns the letters the model drafts?",
  ],
  "Barcelona booking agent": [
    "what if we cache the 2,500-token system prompt?",
    "why not gpt-5 mini?",
    "how good is the top pick at catalan?",
    "what if we drop the latency target to 5 seconds?",
  ],
  "Addis Ababa maternal-health hotline": [
    "how good is the top pick at amharic?",
    "is gemma free for ngos?",
    "what if a donor funds a GPU server?",
    "what about afaan oromo?",
  ],
};
