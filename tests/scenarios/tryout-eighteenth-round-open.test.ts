// What the eighteenth tryout round (tryout-eighteenth-round.test.ts, the teams' words in
// eighteenth-round-teams.ts) found open, one todo per finding, each a reproduction: the message as the
// team sent it, what came back on main at a8a1fef (compiled console, `node dist/cli.js chat`), and what
// an ML lead expects. Worst first within each group; the groups follow the area that owns the code
// (words, ranking, thread, licence). Findings already open from earlier rounds are named there, not
// repeated here (a peak or a season taken as the month — Geneva's 'double during a crisis', Texas's
// 'exam weeks', Lahore's 'eid sale' — is Istanbul's todo in tryout-sixteenth-round-open.test.ts; no
// rating in Thai, Urdu or Arabic for any pick is the Chennai todo of tryout-twelfth-round-open.test.ts;
// a foreign-currency budget with no rate dropped unsaid is Dar es Salaam's todo in
// tryout-seventeenth-round-open.test.ts, which Lahore's 'PKR 150,000' repeats). Turn a todo into a test
// in the change that fixes it.
//
// How a sceptical ML lead read each conversation at a8a1fef: 0 signable / 3 with reservations / 5 not.
// With reservations — Geneva humanitarian (francs, Switzerland, no training, no US-owned hosts and its
// own data centre read, a non-profit rightly not taken as non-commercial: GLM-4.5 / Qwen3-Next 80B-A3B /
// Qwen3-VL 235B-A22B self-hosted within CHF 10,000; but the protection data about detainees sets no
// sensitivity, 'our legal service' makes it legal work, and GLM-4.5 on 8 bought H200 ($12,925) for 52M
// tokens a month leads a $4,075 alternative 0.008 behind), Bangkok pharmacy chain (baht bound, Thai,
// 32M tokens, medical so no-training hosts: Claude Opus 4.5 / Gemini 2.5 Pro / Claude Sonnet 4.5 at
// $110–$320 under ≈$1,000; but 'Budget is tight' weighs nothing, Opus for opening hours, and 'does the
// top pick keep our customers' messages?' says unknown though the shortlist cites zero retention on
// request), Texas school district (926M tokens, Vertex, minors, no training: Claude Sonnet 4.5 on
// Vertex at $5,554 under $6,000; but exam weeks become the month and drop it, and 'is the top pick ok
// for students under 13?' answers Gemma 3 12B's licence without a word on age). Not — Hsinchu fab
// ('one server with 4x NVIDIA L40S 48GB' it owns is priced as bought, and 'runs Triton for vision
// models' makes the model read images, ruling out every text-only model), Stockholm clinical-notes
// startup (DeepSeek-V3.2 / Qwen3-VL 235B / Mistral Large 3 to ship to every hospital, as a chat
// assistant, with API hosts listed for on-prem weights; 'do we have to call it llama-something?' is
// "I don't know a model called …"), Monorepo one-shot ('~600k-token monorepo in one prompt' and '~200
// questions a day' unread: DeepSeek V4 Flash / Qwen3-VL (262K) / DeepSeek-V3.2 (131K), none of which
// takes the prompt), Rotterdam housing association (the Dutch message: only Azure and the budget read,
// then the questionnaire; every Dutch follow-up missed), Lahore fashion store ('No GPUs, 2 developers'
// makes it a coding tool for 2 users: GPT-5.1 / Claude Opus 4.5 / Sonnet 4.5; the rupee budget dropped).
// Re-rated late at 0bdcd39 (judge18, 00:04): 0 / 3 / 5, unchanged — Stockholm's naming question now
// answers Llama's naming clause (judge18), but its first shortlist is still three 235B–675B models;
// Lahore's rupee budget is still dropped (PKR is in no currency table); since d42073f (words28, after
// this rating) Lahore reads as customer-support chat, not 'coding · 2 monthly users'.
import { describe, it } from "vitest";

describe("open findings of the eighteenth tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    // Lahore's 'answer them and tag each message (order status / return / …)' says the tagging back as a
    // second job with the words that rank it since words40 (tryout-eighteenth-round.test.ts). Still open:
    it.todo(
      "Lahore fashion store: the shortlist ranks the support chat alone and offers the tagging as a swap; a lead expects the message tagging (classification) weighed beside the chat in one shortlist (picks good at both, or one model per job with both costs) (rechecked on todosweepmid: 'Noted: chat assistant · … · also asked for: extraction / classification', DeepSeek-V3.2 / GLM-4.5 / Mistral Large 3 for the chat)",
    );
    // Fixed by todosnew: the terse monorepo one-shot's '~600k-token monorepo' is 600K of context and
    // its 200 questions a day × 600K a volume (3.6B tokens, within $500, every window ≥ 600K), and
    // 'what if we only send the 150k tokens that matter?' cuts each question to 150K
    // (tryout-eighteenth-round.test.ts, 'Monorepo one-shot (todosnew)'); prompt caching for the repeated
    // 600K-token prompt is said since rank24 (same file, 'Monorepo one-shot: the same 600K-token …').
    // Geneva's #1 is no longer GLM-4.5 on 8 bought H200 (rechecked on todosweep: Qwen3-Next 80B-A3B on 2
    // H200 at $4,075, Gemma 3 27B second at $2,951; 'Geneva humanitarian: no top-3 pick costs …').
    // Hsinchu's '… runs Triton for vision models' sends the model no images since words32 (tryout-eighteenth-round.test.ts).
    // Rotterdam's Dutch message and its Dutch follow-ups are read since words33 (tryout-eighteenth-round.test.ts,
    // tests/unit/intents/chinese-dutch-korean.property.test.ts). Still open:
    it.todo(
      "Rotterdam housing association (in Dutch): 'een taalmodel dat elke melding indeelt … en een conceptantwoord schrijft' is 'extraction / classification' alone; a lead expects classification with a drafted reply (the writing sized as output) (rechecked on todosweepmid: 'Noted: extraction / classification', GPT-5 nano / GPT-5 mini / o4-mini, the drafted reply not weighed)",
    );
    // Swiss, Thai and Pakistani budgets ('10'000 CHF', 'Fr. 10,000', '30k Thai baht', a Lahore team's
    // 'Rs 150,000') are their own currency since words31: tryout-eighteenth-round.test.ts.
    // Geneva's protection data is regulated and its legal service is who decides, not legal work, since words32
    // (tryout-eighteenth-round.test.ts, tests/unit/intents/team-means-words.property.test.ts).
    it.todo(
      "Bangkok pharmacy chain: 'Budget is tight: 30,000 baht a month.' weighs cost no more than any budget (quality first for medical work: Claude Opus 4.5 at $320 a month answers opening hours and stock); a lead expects a tight budget to weigh cost ('We have one freelance developer and no servers.' is no ML-ops experience since words28, tryout-eighteenth-round.test.ts) (rechecked on todosweepmid: #1 Claude Opus 4.5 at $320.00 (weights 'quality ×3 (your priority)', cost 0.11) under at most $1,023.00)",
    );
    // Stockholm's 'clinical documentation assistant' is summarisation since words32 (tryout-eighteenth-round.test.ts).
    // Fixed by todosnew: 'We have 1,200 engineers; every engineer asks about 10 questions a day' counts
    // the engineers as users, not a team of 1.2K (tryout-eighteenth-round.test.ts, 'Hsinchu fab (other phrasings, todosnew)').
  });

  describe("ranking: what the shortlist weighs", () => {
    it.todo(
      "Stockholm clinical-notes startup (open weights, fine-tuned, shipped to each hospital on-prem): #1 DeepSeek-V3.2 (671B), #2 Qwen3-VL 235B-A22B (a vision model), #3 Mistral Large 3 (675B), each with API hosts listed under 'Where your data goes' ('hosts whose terms fit: Deep Infra, Amazon Bedrock'); a lead expects a size a hospital can run and the team can fine-tune (7–32B), no API hosts for weights that ship, and per pick whether the licence allows fine-tuning, distillation and redistribution (rechecked on todosweepmid: DeepSeek-V3.2 / Qwen3-VL 235B-A22B / Mistral Large 3, 'hosts whose terms fit: Deep Infra, Amazon Bedrock' under 'Where your data goes')",
    );
    it.todo(
      "Texas school district (Google Cloud, minors): 'why not gemini 2.5 flash?' is ruled out by the Gemini API's under-18 terms, which the answer itself says do not govern Gemini on Vertex AI ('whose age terms we have not read'); a lead expects Gemini on the team's Vertex kept and said to be unchecked for minors, not ruled out by another host's terms (rechecked on todosweepmid: still 'ruled out before scoring' by the Gemini API's under-18 terms)",
    );
  });

  describe("thread: what-ifs and questions in the thread", () => {
    it.todo(
      "Stockholm clinical-notes startup: the naming question with no model in it, after a licence answer about Llama 3.1 8B ('can we fine-tune llama 3.1 8b and ship it to hospitals?' then 'do we have to call it llama-something then?'), is read as a model-info question (now on the thread's Llama 3.1 8B: its model card, rechecked on todosweep and todosweepnew), not Llama 3.1 8B's naming clause; a lead expects the same answer as when the model is named (rechecked on todosweepmid: 'can we fine-tune llama 3.1 8b and ship it to hospitals?' then 'do we have to call it llama-something then?' still gives '== Llama 3.1 8B ==', the model card)",
    );
    // Stockholm's 'if we fine-tune llama 3.1 8b, do we have to call it llama-something?' answers Llama 3.1
    // 8B's verdict with the naming clause first since judge18 (a family word joined to a stand-in is a
    // name, not a model: mentions.ts): tryout-eighteenth-round.test.ts, 'over generated naming questions'.
    it.todo(
      "Stockholm clinical-notes startup: 'can we fine-tune qwen3 32b on gpt-4.1 outputs and sell it?' answers 'Allowed: Qwen3 32B' first and GPT-4.1's verdict after it, so the teacher's clause on outputs is not the lead; a lead expects both models' terms with the teacher's output clause (OpenAI: no models that compete with OpenAI's) as the answer (the thread's self-hosting and shipping facts no longer block a closed teacher since judge19: tryout-eighteenth-round.test.ts, 'over closed teachers') (rechecked on todosweepmid: on the first message's thread: '== Allowed: Qwen3 32B ==' first, then '== Blocked: GPT-4.1 ==' led by 'Self-hosting GPT-4.1 is not possible' and 'Distributing GPT-4.1's weights … is not possible', the output clause third)",
    );
    // Since thread18, with the volume read ('We want a coding assistant that reads our whole
    // 600k-token codebase in one prompt, 200 questions a day.'), 'what if we only send the 150k
    // tokens that matter?' cuts each question's input to 150K: 200 × 30 × 150.3K = 902M tokens a
    // month, a 150.3K context (thread-sent-size.property.test.ts). Still open:
    it.todo(
      "Texas school district: 'is the top pick ok for students under 13?' answers #1's licence (Gemma 3 12B then; Mistral Small 3.2 rechecked on todosweepnew) with no word on age; a lead expects the pick's terms on children (a self-hosted model: no provider's age terms, COPPA's parental consent is the district's duty), as the shortlist's own 'Users under 18' note says (rechecked on todosweepmid: after the exam-weeks what-if '== Allowed with conditions: Gemma 3 12B ==', the Gemma Terms with no word on age)",
    );
    it.todo(
      "Lahore fashion store: 'can we run it on our own PC with an rtx 3060 12gb?' answers DeepSeek-V3.2's self-hosting licence (the last model named; rechecked on todosweepnew: now the licences of all three picks, DeepSeek-V3.2, GLM-4.5 and Mistral Large 3); a lead expects whether the picks fit 12 GB (none does; a 7–8B model at 4-bit would) and what one card can serve of 6,000 messages a day (rechecked on todosweepmid: '== Allowed: DeepSeek-V3.2 (unverified) ==' and the other picks' licences, no memory fit)",
    );
    it.todo(
      "Geneva humanitarian: 'is it a problem that we are a non-profit for the llama licence?' answers four Llama licences in full and 'ask about Llama 4 Scout … separately' (each now opens 'Being a nonprofit: changes nothing here' since rank18: nonprofit-licence-answers.test.ts); a lead expects one answer for the Llama release the thread is about, not every Llama licence in full (rechecked on todosweepmid: still the Llama 3.1, 3.2, 3.2 Vision … licences in turn)",
    );
    it.todo(
      "Bangkok pharmacy chain: 'does the top pick keep our customers' messages?' says Claude Opus 4.5 via Anthropic is 'not in the catalogue (unknown)' (rechecked on todosweepnew), while the same reply's shortlist cites Anthropic's own terms for zero data retention on request; a lead expects what is on record (retention by default unknown, zero retention on request) said together (rechecked on todosweepmid: 'Claude Opus 4.5 via Anthropic: not in the catalogue (unknown)')",
    );
  });
});
