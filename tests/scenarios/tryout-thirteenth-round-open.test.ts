// What the thirteenth tryout round (tryout-thirteenth-round.test.ts, the teams' words in
// thirteenth-round-teams.ts) found open, one todo per finding, each a reproduction: the message as
// the team sent it, what came back on main at 70828b1 (compiled console, `node dist/cli.js chat`),
// and what an ML lead expects. Worst first within each group; the groups follow the area that owns
// the code (words, ranking, thread, truth). Findings already open from earlier rounds are named
// there, not repeated here. Turn a todo into a test in the change that fixes it.
//
// How a sceptical ML lead read each conversation at 70828b1: 0 signable / 5 with reservations / 3 not.
// With reservations — Minnesota health system (Claude Opus 4.5 / Sonnet 4.5 / GPT-5.1 on Azure are
// the right class for SOAP notes, but no volume is read, so no pick is costed against $150,000, and
// a nonprofit hospital is taken as non-commercial use), Niigata pump maker (Qwen3-Next 80B-A3B /
// Gemma 3 27B / Mistral Small 3.2 on its own 4× L40S, the fit shown; but the 40,000-document corpus
// is read as the monthly volume), Curitiba marketplace (Bedrock picks far within R$ 120.000, but the
// use case and the review-moderation job are unread, and 'e se …' what-ifs are not understood),
// the one-shot Llama 4 question (Blocked for an EU company, rightly, and Llama 3.2 Vision the same;
// but 'which open-weights vision model can we use instead?' gives text-only models), Perth
// mining-safety vendor (on-device picks with the licence to ship them; but 7B–8B models on 6–8 GB
// Android tablets). Not — Mumbai insurer ('photos taken on a phone' read as a phone app: Gemma 3 4B
// on-device at $0 for 150,000 claims a month), Aarhus job centre ('We must not fine-tune anything'
// read as fine-tuning needed; 400 caseworkers dropped from the volume), indie meal app ('pay per
// use, no servers' read as on-device; '3 recipe ideas' read as 3 requests a month).
//
// Re-rated at ca3c7bb (after words15's residency rules, words16's compound volumes and owned
// hardware, thread11's hosting questions and per-count what-ifs, rank11's priced reasoning tokens):
// - Thirteenth: 1 / 4 / 3 (was 0 / 5 / 3). Niigata to signable: 936M tokens from 600 engineers × 8
//   questions (was the 40,000-document corpus), the picks fit its L40S. Curitiba's #3 is now
//   Qwen3-Coder 480B-A35B instead of DeepSeek-R1 (todo below). The rest unchanged.
// - Twelfth: 1 / 4 / 3 (was 0 / 2 / 6). Signable — Lisbon studio (7 GB left for the model: Qwen3 8B
//   / Gemma 3 4B / OLMo 2 7B, and 'is gemma 3 4b ok to ship in a game?' is a shipping verdict; with
//   5 GB left ChatGLM3-6B is still #3, so rank10's todo stays open). With reservations — the one-shot
//   question (unchanged), Lyon press (EU processing read: Mistral Small 3.2 / Large 3 / Small 4 via
//   Mistral; still no volume, 'et si …' and 'hosted on OVHcloud?' unread), Riyadh utility (in-Kingdom
//   read: self-hosted picks 'in a data centre in Saudi Arabia' and an honest 'Gemini 2.5 Flash: not
//   on record in Dammam'; the call-summary job still dropped, SAR budget not applied), Malta operator
//   (EU read: DeepSeek-V3.2 / Claude Haiku 4.5 / Claude Sonnet 4.5 on Bedrock; the volume still ~3–4×
//   low and 'screen once at the end' still batch). Not — Gdańsk (no shortlist), Buenos Aires (no
//   shortlist; 'grow to 1,000 offices' now scales), Auckland (NZ read, but GLM-4.5 via Deep Infra #1
//   'not checked', no-training and the Mac Studio unread).
//
// Re-rated in stop 34 at abb4221 (judge14, after rank12's phone/tablet cap and truth3's quotes):
// - Thirteenth: 2 / 3 / 3 (was 1 / 4 / 3). Perth to signable: the 6 GB and 8 GB tablets now cap at
//   4B (Gemma 3 4B / Phi-4-mini / Llama 3.2 3B, each with the licence to ship it, the quality risk
//   said), and 'is phi-4-mini ok to ship in our app?' quotes Microsoft's own catalogue. Niigata stays
//   signable. With reservations — Minnesota (no volume, 'non-commercial use'), Curitiba (use case and
//   the moderation job unread, Qwen3-Coder 480B-A35B #3), the Munich one-shot (text-only picks for
//   'which open-weights vision model'). Not — Mumbai (on-device Gemma 3 4B at $0 for claims on AWS
//   Mumbai), Aarhus (2.06M tokens for 400 caseworkers; 'no US-owned cloud' unread), indie meal app
//   (on-device, '3 recipes a month').
// - Twelfth: see the header of tryout-twelfth-round-open.test.ts.
// Re-rated late in stop 34 at c31109d (judge14, after words17's apps and ops, hosts' no-US-owned
// rule, thread12's data-terms and language answers, rank12's code models and on-prem fit):
// - Thirteenth: 2 / 6 / 0 (was 2 / 3 / 3). Niigata and Perth stay signable. Mumbai to 'with
//   reservations': image input and extraction read, Qwen3-VL 30B-A3B / Mistral Small 3.2 / Qwen3-VL
//   8B self-hosted in India within ₹20 lakh (the pages still dropped from the volume). Aarhus to
//   'with reservations': 'no US-owned cloud providers' now rules out GPT-4.1 on Azure Sweden with the
//   reason, the on-prem picks fit DKK 80,000 (volume still 430× low, EU-owned APIs unconsidered).
//   Indie meal app to 'with reservations': API picks that read images (Mistral Small 3.2 via Deep
//   Infra #1), no longer on-device, but costed at $0.000585 a month from '3 recipes a month'.
//   Minnesota ('a nonprofit organisation', no longer non-commercial; still no volume), Curitiba
//   (Qwen3-Coder gone, Qwen3-Next self-hosted #3; use case still unread) and the Munich one-shot
//   unchanged.
// Re-rated at 9b3c378 (judge15, 13:20, after words18's counts said apart and thread12):
// - Thirteenth: 6 / 2 / 0 (was 2 / 6 / 0). To signable — Minnesota (2,000 clinicians × 18 visits ×
//   7,900 tokens = 8.53B read: Claude Opus 4.5 / Sonnet 4.5 / GPT-5.1 on Azure at $62,100 / $37,260 /
//   $19,170 under $150,000, the BAA answered from Anthropic's terms), Mumbai (150,000 claims × 5 pages:
//   Qwen3-VL 30B-A3B / Mistral Small 3.2 / Qwen3-VL 8B self-hosted in India, $0.0513 a claim), the
//   Munich one-shot (the vision alternatives now all read images: Mistral Large 3 / Small 3.2 / Small
//   4), the indie meal app (329M tokens: picks at $22–$40 under $250, and the training answer leads
//   with 'on record as not training'). Niigata and Perth stay signable. With reservations — Aarhus
//   (volume right, 885M tokens; still on-prem from 'VMware on-prem', EU-owned APIs never weighed),
//   Curitiba (both jobs in the volume, 3.6B; the use case still unread).
// Re-rated at 413ceb1 (judge16, 16:15) and late at 2135e04 (17:45): 6 / 2 / 0 both times, the
// same teams as judge15's (Curitiba's 'quanto custa o primeiro por descrição?' answers the monthly
// API cost, not a cost per description).
import { describe, it } from "vitest";

describe("open findings of the thirteenth tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    // Mumbai's 'scanned PDFs, often photos taken on a phone' is image input (no phone app), 'an ML
    // team of 6 with SageMaker experience' some ML-ops experience, and claims triage extraction in
    // finance (not clinical summarisation) since words17; its 150,000 claims × (5 pages × 2,500 in +
    // 500 out) ≈ 1.95B since words18 (tryout-thirteenth-round.test.ts, volume-counts-apart.property.test.ts).
    // Aarhus's 'We must not fine-tune anything on citizens' data' (and 'don't want to', 'is not allowed',
    // 'will never') is no fine-tuning since words15 (tryout-thirteenth-round.test.ts, fine-tuning-ruled-out.property.test.ts).
    // The indie app's 'a meal-planning app on iOS and Android … we want to pay per use, no servers to
    // run' is a managed API (no model on the phone), and 'It's for our Android app; we'd use a hosted
    // API.' an API alone, since words17 (tryout-thirteenth-round.test.ts).
    // The indie app's 12,000 users × 4 photos a week × (1,000 in + 600 out), scaled by 'what if we
    // hit 100k monthly active users?', and Aarhus's 400 caseworkers (counted after their noun) × 12
    // uses a working day × (8,000 in + 600 out), scaled by 'what if all 1,100 caseworkers … use
    // it?', are read since words18 (tryout-thirteenth-round.test.ts,
    // volume-counts-apart.property.test.ts, thread-people-said-apart.property.test.ts).
    it.todo(
      "Aarhus job centre: the deployment is read as on-prem from 'Our IT runs VMware on-prem with no GPUs', which rules out every EU-owned API (Mistral, Nebius, Scaleway) that passes the DPO's 'no US-owned cloud providers', and four L40S are priced as bought for a team that said it has no GPUs, with its ops 'not stated' priced as a strong team (rechecked on todosweepmid: still 'on-prem · excluding US-owned hosts', Qwen3-Next 80B-A3B / Gemma 3 27B / Mistral Small 3.2 self-hosted on bought H200s and L40S with 0.1 FTE of ops, 'nothing about ML-ops experience' assumed)",
    );
    // Minnesota's 'We're a nonprofit health system' is the organisation, not non-commercial use, since
    // words17; its 2,000 clinicians × 18 visits a day × (7,000 in + 900 out), halved by 'what if only
    // half the clinicians adopt it?', and Curitiba's 3M listings × (500 in + 300 out) plus 8M reviews
    // × 150 are read since words18 (tryout-thirteenth-round.test.ts). Curitiba's 'Temos um time de ML
    // com 8 pessoas que já roda modelos em GPU' is strong ML-ops experience since words17.
    // Curitiba's 'gerar descrições de produtos' (named first) is writing since words21
    // (tryout-thirteenth-round.test.ts, main-job-first.property.test.ts); its second job,
    // moderation, is read in its volume only; its '40 milhões de clientes' are the shop's customers,
    // said back as its base and not monthly users, since words20 (tryout-thirteenth-round.test.ts).
    // Niigata's volume (600 engineers × 8 questions a day × 6.5K, not the 40,000-document corpus) is
    // right since words16's 5a1c78d (tryout-thirteenth-round.test.ts).
    // 'Our budget is Rs 35 lakh per month.' is ₹3,500,000 since words17: 'Rs', 'Rs.' and 'rupee' are
    // rupee words of the currencies table (tryout-thirteenth-round.test.ts, budget-currencies.test.ts).
  });

  // ranking: judgement (no longer open; an empty describe fails the run):
  // Fixed by rank12: a phone's or tablet's memory is shared with the OS (about 2 GB kept, our
  // assumption) and never lifts the cap past the phone cap, so Perth's 6 GB and 8 GB tablets get
  // at most 4B, and the latency note says a 7–8B model would make 5 s unlikely on a tablet chip
  // (tests/scenarios/phone-memory-cap.property.test.ts, tryout-thirteenth-round.test.ts). Fixed too:
  // Perth's 'to about 60 mining customers, around 8,000 tablets' is 8,000 users (one person to a
  // tablet; the 60 customers are organisations) since words23 (tryout-thirteenth-round.test.ts,
  // devices-count-users.property.test.ts).
  // DeepSeek-R1 (a reasoning model, its hidden tokens uncosted) left Curitiba's top 3 with rank11's
  // 3becab6 (tryout-thirteenth-round.test.ts). Fixed by rank12: Qwen3-Coder 480B-A35B, which took
  // its place, is ranked after every general model when no job is read, as for a job that is not
  // code (tests/scenarios/code-models-ranking.test.ts); reading the job is the words todo above.

  describe("thread: what-ifs and questions in the thread", () => {
    // Fixed by thread11: 'e se o volume dobrar …?', 'e se dobrarmos o volume?' and Spanish '¿y si el volumen se duplica?' scale the volume (tryout-thirteenth-round.test.ts, foreign-volume-what-ifs.property.test.ts).
    // Fixed by thread12: after 'Blocked: Llama 4 Scout' (EU company), 'which open-weights vision model can we use instead?' reads the vision need and keeps the licence question's facts (EU-based, commercial), so every pick takes images and no Llama multimodal model appears (tests/flows/alternative-after-licence.property.test.ts).
    // Fixed by thread12: 'e o gemini 2.5 flash, por que não?' and 'and gemini 2.5 flash, why not?' (a why-not said after the model, in English, Portuguese, Spanish, French, German) get the why-not answer (tests/flows/why-not-after-the-model.property.test.ts).
    // Fixed by thread12: 'do any of these train on our users' photos?' and 'does the top pick train on our users' data?' get the data-terms answer, its lead no longer 'yes for' a host on record as not training (tests/flows/data-terms-of-picks.property.test.ts).
    // Fixed by thread12: 'is llama 3.3 70b good at japanese?' and 'how good is qwen3 32b at japanese?' give the model's Japanese rating (or that it has none), its place in the thread and the #1 beside it (tests/flows/named-model-language.property.test.ts).
    // Fixed by rank12: Niigata's 'will qwen3 235b-a22b fit on our server?' sizes each sequence for
    // the request as said (6,500 tokens, was 4,096), and on its own premises no API price is set
    // beside self-hosting (tests/flows/on-prem-fit-stated-request.property.test.ts).
    it.todo(
      "Curitiba marketplace: 'quanto custa o primeiro por descrição?' answers with the month's cost table, not the cost per description (the English 'what does the top pick cost per claim?' divides by the count) (rechecked on todosweepmid: 'DeepSeek-V3.2 on Amazon Bedrock: monthly API cost', $10,663.20 a month for 7.2B tokens, no cost per description)",
    );
  });

  // truth: what the catalogue says. Minnesota's 'is the top pick covered by a BAA on azure?' answers
  // from Anthropic's terms (the processor Microsoft's Foundry page names) since hosts
  // (tryout-thirteenth-round.test.ts).
});
