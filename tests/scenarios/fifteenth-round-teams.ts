// The first messages of the fifteenth tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-fifteenth-round*.test.ts). What these teams found broken is in
// tryout-fifteenth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// FIFTEENTH_ROUND_FOLLOW_UPS, in the order they were sent.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–14:
// - Oslo public broadcaster's subtitling desk: speech-to-text transcripts into broadcast subtitles,
//   condensed and translated (Norwegian ↔ English, Swedish, Danish; Bokmål and Nynorsk) · 1,800
//   programme hours a month × (12,000 in, 10,000 out) · unaired programmes under embargo: processed
//   in the EEA, no retention, no training · Azure Norway East · NOK 200,000 a month · 3 developers.
// - Lagos fintech on a low budget: support for a savings and payments app · English, Nigerian Pidgin,
//   Yoruba, Hausa, Igbo · 300,000 conversations a month × 5 turns × (800 in, 120 out) · ₦1,500,000
//   a month · no GPUs, 4 backend developers.
// - Osaka auto-parts maker, written in Japanese: classifies and summarises defect reports and
//   searches past countermeasures · 20,000 reports a month × (3,000 in, 400 out) · no cloud ·
//   owns 2× RTX 6000 Ada (48 GB) · one engineer who knows Docker.
// - Chicago law firm: 600 lawyers · contract review and deposition summaries under attorney-client
//   privilege · no training, zero data retention, US only · documents up to 150,000 tokens · 600
//   lawyers × 6 documents a working day × (25,000 in, 1,500 out) · accuracy over cost · $80,000 a
//   month · Azure East US. A long message.
// - Québec provincial ministry, written in French: a citizen-services assistant on its website,
//   French first and English · 90,000 conversations a month × 6 turns × (1,500 in, 250 out) · Loi 25:
//   data stays in Québec or at least Canada · AWS ca-central-1 (Montréal) · 45 000 $ CA a month ·
//   public tender, no ML team.
// - Helsinki mobile-game studio: moderates in-game chat before it is shown · 25M daily players,
//   400M messages a day × (200 in, 5 out) · 150 ms per message · 14 languages · GCP europe-north1
//   (Finland) · $60,000 a month · an ML team of 10 that runs GPUs on GKE. Huge volume.
// - Basel pharma R&D: extracts study data (doses, endpoints, adverse events, tables) from PDFs of
//   papers and internal study reports into JSON · 5,000 PDFs a month × 40 pages × 1,500 tokens in,
//   2,000 out · unpublished, pre-patent data: Switzerland or EU, no training · AWS eu-central-2
//   (Zurich) · overnight batch is fine · CHF 30,000 a month · 6 data scientists.
// - Ho Chi Minh City edtech, Vietnamese mixed with English: grades English essays of high-school
//   students and explains mistakes in Vietnamese · 800,000 students × 3 essays a week × (1,500 in,
//   700 out) · minors' data under Decree 13 · 250 triệu đồng a month · no GPUs.

export const OSLO_BROADCASTER =
  "Hi, we're the subtitling desk of a Nordic public broadcaster in Oslo. We want an LLM that turns the speech-to-text transcripts of our programmes into broadcast subtitles: condensed to at most two lines of 42 characters, and translated. Norwegian programmes get English subtitles, and foreign programmes (English, Swedish, Danish) get subtitles in Norwegian Bokmål or Nynorsk. About 1,800 programme hours a month; one hour of transcript is about 12,000 tokens in and the subtitles about 10,000 tokens out. Unaired programmes are under embargo, so processing must stay in the EEA and the provider must not keep or train on our content. We're on Azure (Norway East). Budget NOK 200,000 a month. The team is 3 developers and a language technologist, none of us has run GPUs.";
export const LAGOS_FINTECH =
  "Hello from Lagos! We're a fintech with a savings and payments app (about 2 million users). We want an AI support agent in the app that answers questions about transfers, failed payments, card limits and KYC. Customers write in English, Nigerian Pidgin, and some Yoruba, Hausa and Igbo. About 300,000 support conversations a month, 5 turns each, ~800 tokens in per turn with the history and ~120 tokens out. Our budget is small: ₦1,500,000 a month at most. We have no GPUs, just 4 backend developers, so an API is what we want.";
export const OSAKA_PARTS_MAKER =
  "お世話になります。大阪の自動車部品メーカーの品質保証部です。工場から上がってくる不具合報告書を自動で分類・要約し、過去の対策事例を検索できるようにしたいと考えています。件数は月に約2万件、1件あたり入力は約3,000トークン、出力は約400トークンです。報告書は日本語で、図面番号や顧客名を含むため社外秘で、クラウドは使えません。社内にNVIDIA RTX 6000 Ada（48GB）を2枚積んだサーバーがあります。担当はDockerが分かるエンジニア1名です。";
export const CHICAGO_LAW_FIRM =
  "We're a law firm headquartered in Chicago, about 600 lawyers. We want an assistant for two things: first-pass review of contracts in M&A due diligence (flag change-of-control, assignment and indemnity clauses, with the clause quoted), and summaries of deposition transcripts. Documents are long: a contract can be 80 pages and a deposition transcript up to about 150,000 tokens. Each lawyer would run about 6 documents a working day, averaging ~25,000 tokens in and ~1,500 tokens out. Everything is covered by attorney-client privilege and client confidentiality: the provider must not train on it, we need zero data retention, and the data must stay in the United States. We're a Microsoft shop on Azure East US. Accuracy matters far more than cost; budget up to $80,000 a month. Our IT has two people who have built Azure OpenAI prototypes.";
export const QUEBEC_MINISTRY =
  "Bonjour, nous sommes la direction des services numériques d'un ministère du gouvernement du Québec. Nous voulons un assistant conversationnel sur notre site web pour répondre aux questions des citoyens sur les programmes et les formulaires, d'abord en français, et en anglais sur demande. Environ 90 000 conversations par mois, 6 échanges chacune, avec environ 1 500 tokens en entrée (historique et extraits de nos pages) et 250 tokens en sortie. Avec la Loi 25, les renseignements personnels doivent rester au Québec, ou au moins au Canada. Nous sommes sur AWS ca-central-1 (Montréal). Budget : 45 000 $ CA par mois. Pas d'équipe ML, et tout achat passe par un appel d'offres.";
export const HELSINKI_GAME_CHAT =
  "Hi! We're a mobile game studio in Helsinki. Our games have about 25 million daily players and we want to moderate in-game chat with an LLM before a message is shown: harassment, hate, grooming, scams, self-harm. That's about 400 million chat messages a day; each check is ~200 tokens in (policy prompt plus the message and a bit of context) and ~5 tokens out (a label). It has to decide within 150 ms per message. Players write in 14 languages, mostly English, Spanish, Portuguese, German, Turkish, Russian and Japanese. We run on GCP europe-north1 (Finland). Budget $60,000 a month. We have an ML team of 10 that runs GPU inference on GKE.";
export const BASEL_PHARMA =
  "Hello, we're an R&D data science team at a pharmaceutical company in Basel. We want to extract study data from PDFs (published papers and our internal clinical study reports): doses, endpoints, adverse events and the numbers in results tables, as JSON for our evidence database. About 5,000 PDFs a month, 40 pages on average, ~1,500 tokens per page in, and ~2,000 tokens of JSON out per PDF. Many tables and some figures. The internal reports are unpublished and pre-patent: they must stay in Switzerland or the EU and never be used for training. We use AWS eu-central-2 (Zurich). It can run as an overnight batch; accuracy matters most. Budget CHF 30,000 a month. We're 6 data scientists, comfortable with Python, no GPU operations.";
export const HCMC_EDTECH =
  "Xin chào! We're an edtech startup in Ho Chi Minh City. Our app helps high-school students practise English writing: the model grades each essay (IELTS-style band) and explains the mistakes in tiếng Việt. Khoảng 800.000 học sinh, mỗi em nộp 3 bài một tuần; each essay is ~1,500 tokens in with the rubric and ~700 tokens out. Students are minors, so personal data falls under Decree 13. Ngân sách khoảng 250 triệu đồng một tháng. No GPUs, 6 developers.";

/** Every team's first message, by a short name for test titles. */
export const FIFTEENTH_ROUND_TEAMS = {
  "Oslo broadcaster": OSLO_BROADCASTER,
  "Lagos fintech": LAGOS_FINTECH,
  "Osaka parts maker": OSAKA_PARTS_MAKER,
  "Chicago law firm": CHICAGO_LAW_FIRM,
  "Québec ministry": QUEBEC_MINISTRY,
  "Helsinki game chat": HELSINKI_GAME_CHAT,
  "Basel pharma": BASEL_PHARMA,
  "Ho Chi Minh City edtech": HCMC_EDTECH,
} as const;

/** What each team sent after its first answer, in order: what-ifs and the direct questions a lead asks. */
export const FIFTEENTH_ROUND_FOLLOW_UPS: Record<keyof typeof FIFTEENTH_ROUND_TEAMS, readonly string[]> = {
  "Oslo broadcaster": [
    "what if we add 600 hours of archive programmes a month?",
    "is gpt-4.1 available in norway east?",
    "what does the top pick cost per programme hour?",
    "how good is the top pick at norwegian?",
    "can we use llama 3.3 70b to make subtitles we broadcast?",
  ],
  "Lagos fintech": [
    "what if we reach 1 million conversations a month?",
    "why not gpt-4o mini?",
    "does the top pick train on our customers' chats?",
    "how good is the top pick at yoruba?",
    "can we use gemma 3 27b in our app commercially?",
  ],
  "Osaka parts maker": [
    "月に5万件に増えたらどうなりますか？",
    "will qwen3 32b fit on our two RTX 6000 Ada?",
    "is the top pick good at japanese?",
    "why not gpt-4.1?",
  ],
  "Chicago law firm": [
    "what if only 200 lawyers use it?",
    "which of these offers zero data retention?",
    "why not gpt-4.1, with its 1M context?",
    "can the top pick read a 150,000-token transcript in one go?",
    "do we own the outputs gpt-5.1 writes for our clients?",
  ],
  "Québec ministry": [
    "et si le volume double pendant la période des impôts ?",
    "pourquoi pas gpt-4.1 mini ?",
    "is the top pick available in ca-central-1?",
    "what does the top pick cost per conversation?",
    "can a government ministry use deepseek-v3.2?",
  ],
  "Helsinki game chat": [
    "what if chat doubles during an event weekend?",
    "why not gpt-4.1 nano?",
    "will llama 3.1 8b on L4 GPUs keep up with 400 million messages a day?",
    "can we fine-tune the top pick on our labelled chat logs?",
    "can we use llama guard 3 for this?",
  ],
  "Basel pharma": [
    "what if we also process 20,000 archived PDFs once?",
    "is claude sonnet 4.5 available in zurich?",
    "how much cheaper is it as an overnight batch?",
    "why not gemini 2.5 pro?",
    "can we use llama 3.3 70b outputs to train our own extraction model?",
  ],
  "Ho Chi Minh City edtech": [
    "what if only 200,000 students use it?",
    "how good is the top pick at vietnamese?",
    "why not gemini 2.5 flash-lite?",
    "can we use the essays to fine-tune a model?",
  ],
};
