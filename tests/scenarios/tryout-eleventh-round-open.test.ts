// What the eleventh tryout round (tryout-eleventh-round.test.ts, the teams' words in
// eleventh-round-teams.ts) found open, one todo per finding, each a reproduction: the message as the
// team sent it, what came back on main at 64bc534 (compiled console), and what an ML lead expects.
// Grouped by the area that owns the code (words12, ranking8, sizing8, thread8, questions3, truth).
// Turn a todo into a test in the change that fixes it.
//
// How a sceptical ML lead read each conversation: 0 signable / 2 with reservations / 6 not.
// With reservations — Oslo broadcaster (Claude Opus 4.5 on Bedrock, GPT-5.1 on Azure, Mistral
// Large 3, all processing in the EU, are sound translators; but 'NOK 50 000' is NOK 50, output is
// assumed 3:1 for a translation, '1,000 hours a month' is not understood), Ohio aerospace (Llama
// blocked for ITAR work, no Chinese lab, US-only self-hosted Mistral Small 3.2 / Gemma 3 within
// $15,000 and on its own 4 L40S; but volume 5× low). Not —
// São Paulo bank (12,000 alerts a day read as 5.3K tokens a month: every cost is $0.00), Pune
// agritech (farmers 'on the phone' read as a model on phones: Gemma 3 4B, Phi-4-mini, Gemma 2 2B
// for a server answering 200,000 voice queries), Ingolstadt carmaker (a deprecated 1T-parameter
// Kimi K2 #1 for sub-500 ms completions, no cost or hardware for a team that asked what to buy,
// 'German' as a language), Nairobi telco (its 4 A10s unread, then '100000× NVIDIA A10G' and a
// thread that owns 'A10s, as many as needed'), Brisbane accountants (no volume or ops reading, so
// list price decides for tax research; 'why not copilot?' re-ranks as a chat assistant), Osaka
// pharma (the first message answered with modelwise's data sources). With 'source' reworded,
// Osaka's shortlist puts Qwen3-Coder 480B #3 for regulatory writing, the Ontario finding filed in
// tryout-tenth-round-open.test.ts.
// Every todo below was re-run on main at cd5ee36 (todosweepold, 2026-12-08); where the behaviour had
// moved, the todo says what happens now, and those already fixed became tests.
import { describe, it } from "vitest";

describe("open findings of the eleventh tryout round", () => {
  describe("words12: what the team wrote in its first message", () => {
    // Osaka's 'traceability to the source' is its need, not a sources question, since words14
    // (tryout-eleventh-round.test.ts, source-words-in-a-need.property.test.ts).
    // Osaka's 200 drafting sessions a month × 158K are the count, not the page range, since words16
    // (tryout-eleventh-round.test.ts, compound-volumes.property.test.ts).
    // Pune's 'the farmer is on the phone' is a call, not a model on phones, since words13 (tryout-eleventh-round.test.ts).
    // Pune's '~200,000 queries a month' is 200,000 × (3K context + 300 out assumed) since words14
    // (tryout-eleventh-round.test.ts). Still open:
    it.todo(
      "Pune agritech: '… maybe 1M by next kharif season' is growth to 1M queries a month, to be said back (today the 1M is not mentioned)",
    );
    // Oslo's 'Budget NOK 50 000 a month' is NOK 50,000 since words13 (space-grouped-numbers.property.test.ts).
    // Ohio's 10K of context per question is each question's input (150 × 40 × 30 × 10.5K) since
    // words16 (tryout-eleventh-round.test.ts, compound-volumes.property.test.ts).
    // ITAR alone is a field of use (Llama 3.3 70B blocked for it) since words13 (tryout-eleventh-round.test.ts).
    // Ingolstadt's 'We don't have GPUs for this yet, hardware budget is about €2M' is hardware to buy
    // with its capex said back since words16 (tryout-eleventh-round.test.ts,
    // hardware-and-team-in-first-message.property.test.ts).
    // Nairobi's '… and have a server with 4x NVIDIA A10 we can use' inside the whole first message is
    // 4 owned A10s since sizing9's 012aab9 (tests/flows/owned-count-kept.test.ts runs the message).
    // Brisbane's '30 queries a day' is a volume at an assumed size and 'nobody here is technical' is
    // no ML-ops experience since words14 (tryout-eleventh-round.test.ts).
  });

  describe("ranking8: judgement", () => {
    // Fixed by ranking9: a release its lab has deprecated or retired ranks after every current one and
    // is named with what its lab offers instead; Kimi K2 (0905) is no longer #1
    // (tests/scenarios/withdrawn-release-ranking.test.ts). Still open:
    it.todo(
      "Ingolstadt carmaker (IDE completion under 500 ms for 8,000 developers, self-hosted): the top 3 are general models (then Qwen3-Next 80B-A3B, Mistral Small 4, Qwen3 235B-A22B; today Mistral Small 4, DeepSeek V4 Pro, DeepSeek V4 Flash) for completions that need fill-in-the-middle at low latency; a lead expects a code model sized for latency (e.g. Qwen3-Coder 30B-A3B) for completion, a larger one for chat",
    );
    // Fixed since words14 read Brisbane's 30 queries a day: every pick costs a few dollars, so cost scores tie (rank11: tryout-eleventh-round.test.ts).
  });

  describe("sizing8: self-hosting", () => {
    // Fixed by sizing9: Nairobi's 'and have a server with 4x NVIDIA A10' is 4 owned A10s, 'will llama
    // 3.1 8b fit on our A10s?' is asked of those 4 and the thread keeps 4; with no count said the fit
    // answer asks for it and never shows the stand-in count (tests/flows/owned-count-kept.test.ts).
    // Fixed by rank10: on premises with no cloud account named and no rental price said, the GPUs
    // are bought (amortised, with the up-front cost), never rented; Ohio's 'AWS GovCloud or fully
    // on-prem' keeps renting (tests/unit/costs/on-prem-bought.property.test.ts).
    it.todo(
      "Ingolstadt carmaker: 'what GPUs should we buy?' repeats the shortlist as a what-if ('changed self-hosting assumptions'), with no costs and no hardware; a lead expects a GPU type and count for 8,000 developers, from a usage asked for or assumed per developer and said",
    );
  });

  // thread8: what-ifs (no finding open).
  // Fixed by thread9: the Oslo broadcaster's 'what if 1,000 hours a month?' is 1,000 hours of
  // programmes × 12K tokens (tests/flows/thread-content-hours.test.ts).
  // Fixed by thread10: Pune's 'what if we reach 1M queries a month?' and Brisbane's 'what if it's 100
  // queries a day?' set the volume at an assumed size, said as assumed (3K context in for Pune, 1K for
  // Brisbane, 300 out) (tests/flows/thread-assumed-request-size.test.ts).

  describe("questions3: questions asked in the thread", () => {
    // Fixed by thread9: 'why not copilot?' says Copilot is Microsoft's assistant product (its own
    // docs), never weighed here, and keeps the thread as it was (tests/flows/why-not-product.test.ts).
    it.todo(
      "Brisbane accountants: 'is the top pick ok for confidential client data?' answers 'Already noted: regulated data. Nothing changes.'; a lead expects #1's host data terms (training, retention, region) with their sources",
    );
    // Fixed by thread9: 'how fast is the top pick?' says no speed is on record, the 2 s target
    // unchecked, with each pick's parameters per token and what to measure (tests/flows/picks-speed.test.ts).
    // Fixed by thread9: 'is codestral ok for internal use?' is a licence verdict, and in a thread that
    // self-hosts Codestral 22B (MNPL) is answered too: blocked (tests/flows/licence-open-relatives.test.ts).
    // Fixed by thread9: 'compare the top 2' compares the picks at the costs the shortlist used
    // (Osaka's Mistral Large 3 at its self-hosted $58,861 a month; tests/flows/compare-shortlist-costs.test.ts).
  });

  // truth8: Osaka pharma (Azure Japan East) fixed by truth9: Microsoft's Asia Pacific table lists no
  // regional or data-zone deployment of GPT-4.1 there, and the answer says so with the table and its
  // date (tests/scenarios/hosting-answer-cloud-tables.test.ts).
});
