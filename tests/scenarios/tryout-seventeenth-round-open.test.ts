// What the seventeenth tryout round (tryout-seventeenth-round.test.ts, the teams' words in
// seventeenth-round-teams.ts) found open, one todo per finding, each a reproduction: the message as
// the team sent it, what came back on main at 940e505 (compiled console, `node dist/cli.js chat`),
// and what an ML lead expects. Worst first within each group; the groups follow the area that owns
// the code (words, ranking, thread, licence, truth). Findings already open from earlier rounds are
// named there, not repeated here (a peak day or month-end taken as the month is Istanbul's todo in
// tryout-sixteenth-round-open.test.ts; a superseded Opus 4.1 ranked above its cheaper successor's
// siblings is Seoul's todo there; no rating in Swahili, Polish or Spanish for most picks is the
// Chennai todo of tryout-twelfth-round-open.test.ts). Turn a todo into a test in the change that
// fixes it.
//
// How a sceptical ML lead read each conversation at 940e505: 0 signable / 2 with reservations / 6 not.
// With reservations — Poznań search rewriter (a shortlist at once: Polish, the 300 ms p95 target and
// the zloty bound read, reasoning models ruled out; but a search is sized at an assumed 1K in + 300
// out, 156B tokens a month, which drives Llama 3.2 3B (quality 0.20, no Polish) to #1), Lima contract
// startup (4.3M tokens, Spanish, cost first: Mistral Small 3.2 / gpt-oss-120b / Gemma 3 12B at
// $0.21–$0.36 a month; but '150 soles' is dropped unsaid and the RTX 3090 question gets a generic
// essay). Not — Köln insurer (the German volume, no-training and ops sentences unread: GPT-5 nano /
// GPT-4.1 nano / GPT-5 mini on list price for claims work with a €15,000 budget), Dar es Salaam
// mobile money (the shilling budget dropped unsaid: Claude Opus 4.5 at $2,700 for a ≈$1,000 budget;
// shop agents read as 'agents with tools'), Montreal console NPCs (1.5 GB on a console read as
// 'on-prem': DeepSeek-V3.2 / GLM-4.5 / Mistral Large 3 for NPCs), Arizona county court (FedRAMP and
// Azure Government unread: Claude via Azure, processed by Anthropic; no training unread), Singapore
// bank (Qwen3-VL 235B-A22B, a vision model, #1 for IDE completion; Qwen3-Coder 480B #6 with a lower
// coding fit), Mexican telco (the Spanish use case unread: the questionnaire; the per-conversation and
// training questions unanswered).
// Re-rated late at 9ba869c (judge17, 20:58, after words24 and truth6): 0 / 2 / 6, unchanged; Montreal's
// 'can we ship gemma 3 1b inside a game we sell?' now answers Gemma 3 1B's licence (truth6).
// Re-rated at a8a1fef (judge18, 22:20) and late at 0bdcd39 (00:04): 0 / 2 / 6, unchanged — Dar es Salaam's
// 'TSh 2,500,000' and Lima's '150 soles' are now said back as not applied (words27), but Claude Opus 4.5 at
// $2,700 is still #2 for a budget worth ≈$1,000.
import { describe, it } from "vitest";

describe("open findings of the seventeenth tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    it.todo(
      "Montreal console NPCs (on the console with a 1.5 GB cap and a half-second start since words32, tryout-seventeenth-round.test.ts): NPC dialogue is 'writing and drafting' (the corpus labels NPC dialogue creative); a lead expects chat (rechecked on todosweepmid: still 'Noted: writing and drafting')",
    );
    // Dar es Salaam's 'TSh 2,500,000', Lima's '150 soles' and 'S/ 150', and taka, cedis, Ugandan
    // shillings, Chilean and Argentine pesos are said back in their own currency and not applied (no
    // sourced rate) since words27 (tryout-seventeenth-round.test.ts).
    // Köln's 'Wir haben etwa 80.000 Schadenmeldungen im Monat, je Meldung rund 3.000 Token Eingabe und
    // 500 Token Ausgabe' (280M tokens), '… dürfen nicht zum Training verwendet werden' and 'Betrieb
    // eigener Modelle haben wir noch nicht gemacht' (no ML-ops) are read since words27
    // (tryout-seventeenth-round.test.ts, foreign-volumes.property.test.ts). Still open:
    // Köln's '(ca. 2.300 Mitarbeitende)' is the insurer's headcount and 'Unser Data-Science-Team hat 6
    // Leute' the team since words40 (tryout-seventeenth-round.test.ts). Still open:
    it.todo(
      "Köln insurer (in German): 'Wir unterliegen der BaFin-Aufsicht (VAIT/DORA)' is read only through the claims being insurance data (rechecked on todosweepmid: nothing of BaFin, VAIT or DORA said back; 'regulated data' only)",
    );
    // Since coord41 the Arizona court's '(we are on Azure Government)' binds the thread to Azure Government (GPT-4.1,
    // GPT-4.1 mini, o3-mini; government-cloud-said.property.test.ts).
    // Arizona's 'so nothing can be used for training' is the no-training rule and 'some of it sealed or about juveniles'
    // regulated data since words35 (sealed-records-no-training.property.test.ts).
    // The Mexican telco's 'Queremos un asistente … que resuelva dudas … y que pase a un agente humano',
    // 'Queremos un chatbot de soporte, 100,000 chats al mes. Presupuesto: …' and 'Los datos personales
    // están bajo la LFPDPPP' are customer-service chat on regulated data, a shortlist at once, since
    // words29 (tryout-seventeenth-round.test.ts, spanish-service-chat.property.test.ts). Still open:
    // A Spanish budget sentence after an English one ('Presupuesto 400.000 MXN al mes.') is read since words33
    // (tests/unit/intents/foreign-sentence-in-english.property.test.ts).
    // Dar es Salaam's 'support bot for our agents (the shops …)' is customer-support chat since words32 (tryout-seventeenth-round.test.ts).
    it.todo(
      "Poznań search rewriter: '~4M searches/day' is sized at an assumed 1K in + 300 out per search (156B tokens a month), which drives the ranking to the cheapest 3B model; a search query is a few words plus a prompt, so a lead expects a small per-query size said as assumed (or asked) ('-> structured filters' is extraction since todosnew: tryout-seventeenth-round.test.ts) (rechecked on todosweepmid: still '156B tokens/month = 4M searches a day × 30 days × (1K in + 300 out assumed)', #1 Llama 3.2 3B at $3,120.00)",
    );
    // Singapore's 'Per developer per day: 300 completions …, plus 20 chats …' is 6.72B tokens since
    // words34 (tryout-seventeenth-round.test.ts, rate-per-person-any-order.property.test.ts). Still open:
    // Fixed by todosnew: Singapore's 'completion in the IDE' is interactive (tryout-seventeenth-round.test.ts).
  });

  describe("ranking: what the shortlist weighs", () => {
    // Qwen3-VL 235B-A22B at #1 for the Mexican telco's text-only chat on Bedrock is said to lead on its
    // own text rating, beside its text-only sibling's (rank20: vision-model-text-job.test.ts).
    // Code models weighed on code signals first (the Singapore bank's Qwen3-VL 235B-A22B over
    // Qwen3-Coder 480B-A35B): tryout-seventeenth-round.test.ts and task-evidence.property.test.ts.
    it.todo(
      "Singapore bank code assistant (coding, on its own H100s): for IDE completion a lead expects a small fast fill-in-the-middle model said apart from the chat model (rechecked on todosweepmid: Mistral Small 4 / DeepSeek V4 Flash / Qwen3-Next 80B-A3B for both jobs, no completion model said apart)",
    );
    // Fixed (rechecked on todosweepmid): on the device's cap a model that fits is weighed among the
    // models that fit ('why not llama 3.2 1b?' after the 3 GB what-if: #4 of 11, 0.028 behind #1), not
    // sent behind large models as below the bar (tryout-seventeenth-round.test.ts).
    it.todo(
      "Poznań search rewriter (Polish, p95 300 ms): #1 Llama 3.2 3B (quality 0.20; Polish is not among the languages Meta's Llama 3.2 card lists), #3 Mistral Nemo 'estimated from Mistral 7B'; a lead expects a pick with some evidence in Polish or in a model's own card for it above one with none, or the gap said (rechecked on todosweepmid: #1 Llama 3.2 3B, #2 Llama 3.1 8B, #3 Mistral Nemo, 'none of the 4 models that meet your requirements reaches' the bar)",
    );
  });

  describe("thread: what-ifs and questions in the thread", () => {
    // Köln's 'was wäre, wenn es 200.000 Meldungen im Monat werden?', 'was kostet die erste Empfehlung
    // pro Schadenmeldung?' and 'dürfen wir Llama 3.3 70B kommerziell in der Versicherung einsetzen?'
    // are the what-if, the cost per claim and the licence verdict since words27
    // (tryout-seventeenth-round.test.ts).
    // Fixed by thread17: Arizona's 'what if we also summarize the 2,000 hearings from the justice
    // courts?' is 6,000 + 2,000 = 8,000 hearings a month (tryout-seventeenth-round.test.ts,
    // one-off-job-count.property.test.ts). Still open:
    it.todo(
      "Arizona county court: 'is the top pick FedRAMP authorized?' answers the model card (a lead expects the host's authorisation, or 'not on record'); 'does the top pick keep our transcripts?' says only 'not in the catalogue (unknown)' for Azure (rechecked on todosweepmid: '== GPT-4.1 ==' model card; 'does the top pick keep our transcripts?' still 'GPT-4.1 via Azure: not in the catalogue (unknown)')",
    );
    // Fixed by thread18: Singapore's 'what if we grow to 1,000 developers?' scales both kinds of
    // request to 16.8B tokens (tryout-seventeenth-round.test.ts, thread-people-grow.property.test.ts).
    it.todo(
      "Singapore bank: 'can it all fit on one of the two servers?' answers the three picks' model cards (rechecked on todosweepnew: Mistral Small 4, DeepSeek V4 Flash, Qwen3-Next 80B-A3B) (a lead expects yes or no per pick with the GPUs it takes of one 8× H100 server) (rechecked on todosweepmid: still three model cards, Mistral Small 4 / DeepSeek V4 Flash / Qwen3-Next 80B-A3B)",
    );
    // '¿cuánto cuesta la primera opción por conversación?' divides #1's cost by the conversations, and
    // 'does the top pick train on our customers' data?' answers #1's host terms, since words29 (the
    // first message is a shortlist at once: tryout-seventeenth-round.test.ts). Still open:
    it.todo(
      "Mexican telco: '¿y si en diciembre se duplican las conversaciones?' makes December the base month for every later answer (rechecked on todosweepmid: '¿cuánto cuesta la primera opción por conversación?' after it divides by 'at 3.6M conversations a month (this thread's volume)')",
    );
    it.todo(
      "Lima contract startup ($0.36 a month on an API): 'can we self host something cheaper on a used rtx 3090?' answers the generic 'Is open source cheaper? Cost at scale' (Llama 3.3 70B on H200 at $8,201 a month); a lead expects 'no: the API costs cents, a 3090 costs more in power' with what fits 24 GB ('is it good enough in spanish?' gives #1's Spanish rating first since a later change, rechecked on todosweepmid: tryout-seventeenth-round.test.ts) (rechecked on todosweepmid: still '== Is open source cheaper? Cost at scale ==', Llama 3.3 70B at $8,201.40 a month)",
    );
    // Montreal's 'what if we only target PS5 with 3 GB for the model?' raises the cap to 3 GB (at most 3B) since words32 read
    // the console's memory (what-if-text.ts already read it once the model is on the device).
  });

  // Arizona's Claude Sonnet 4.6 below the summarisation bar (no signal of its own, no relative in its
  // generation-named family) is estimated from Sonnet 4.5 since rank18: line-relatives-ranking.test.ts.
});
