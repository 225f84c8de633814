// What the seventh tryout round (tryout-seventh-round.test.ts, the teams' words in
// seventh-round-teams.ts) found that other areas own and that is still open, one todo per finding,
// each a reproduction: the message(s) as the team sent them, what came back, and what an ML lead
// expects. Findings already open in earlier rounds are named, not repeated (tryout-sixth-round-open:
// the one-off backfill's monthly part and its cost, and "which is best at <language>" narrowing the
// languages). Turn a todo into a test in the owner's change when it is fixed.
// Every todo below was re-run on main at cd5ee36 (todosweepold, 2026-12-08); where the behaviour had
// moved, the todo says what happens now, and those already fixed became tests.
import { describe, it } from "vitest";

describe("open findings of the seventh tryout round", () => {
  describe("ranking: a model's languages", () => {
    it.todo(
      "Warehouse robots (English and Japanese, 4 GB on a Jetson): Google's card gives Gemma 3 1B English only (140+ languages from the 4B up), so a lead expects it ranked below models with Japanese, or its missing Japanese said (it was #3; today the team's message puts it #6 after Gemma 3 4B, Qwen3 4B, Phi-4-mini, Qwen3 1.7B and Llama 3.2 3B, but nothing says its Japanese is missing)",
    );
  });
  describe("words8: volumes", () => {
    // dev-tools' completion and chat requests add up, each on 21.4 working days, since words16
    // (tryout-seventh-round.test.ts, two-kinds-of-work.property.test.ts).
    it.todo(
      "law firm: 'read each document (avg 3k tokens) and tag … with a short rationale (~200 tokens). A big matter has 2 million documents; we do about 3 such matters a year' is 2M × (3K in + 200 out) per matter, 3 a year (≈ 500K documents a month on average) (today '2M documents a month × 3K tokens each (3:1 input:output assumed)': the matters per year and the stated 200 output tokens are lost, so the output is 1.5B instead of 400M and Claude Opus 4.5 costs $60,000 a month instead of ≈ $40,000 a matter)",
    );
    // The marketplace's 'Total budget for the backfill about $15k' is a one-off budget for the one-off job since words33
    // (tests/unit/intents/one-off-budget.property.test.ts).
    it.todo(
      "biotech: 'papers (often 80-150k tokens, sometimes up to 200k) … Maybe 3,000 documents a month, each followed by ~5 questions of ~500 tokens, answers ~1,500 tokens' is 6 requests a document, each carrying the paper (≈ 3,000 × 6 × 150K in, unless cached) and a 200K context need (today '3,000 documents a month × 117K tokens each (345M in, 4.5M out)': one request a document; 'each … re-sends the whole document' said after makes it 6)",
    );
  });

  // words7: constraints and team facts, all fixed. The law firm's 'US-only processing' keeps the US
  // region (tests/unit/intents/residency-place-only.test.ts) and 'no training, zero retention' both
  // rules since words15 (tests/unit/intents/retention-text.test.ts). dev-tools' 'already serves
  // models with vLLM' is strong ops since words12 (first-message-stated-facts.test.ts). Fixed by
  // tryout8: 'know Linux but not ML' is general ops, 'some' (tryout-eighth-round.test.ts).

  describe("ranking4: judgement", () => {
    it.todo(
      "Victoria government ($20k-a-month budget stated in AUD, citizen-facing): #1 on cost over a better model (first seen as GPT-5 nano, 0.58, $168, over GPT-5 mini, 0.76, $840; today #1 GPT-4.1 mini $864, #2 GPT-5.4 mini $2,070, #3 GPT-5.4 nano $567 against a budget of at most $15,236), when every pick costs under 5% of the budget; a lead picks the better model when the cost gap is immaterial to the budget",
    );
    // Fixed by ranking6: the cheapest model that is good enough for the job leads (a model below the
    // job's quality minimum is ranked after every one that reaches it, and the cheaper ones passed
    // over are named): gpt-oss-20b is #1 (tests/scenarios/good-enough-ranking.test.ts).
    // Fixed by ranking5: Phi-4-mini is estimated from Phi-4, its own generation, lowered for its size
    // (tests/scenarios/estimate-relatives-ranking.test.ts); the robots' shortlist now has it #2.
    it.todo(
      "dev-tools ('code completion … latency under 300 ms'): the picks are general models (Qwen3-Next 80B-A3B, Mistral Small 4, DeepSeek V4 Flash); code completion needs fill-in-the-middle, which the catalogue does not record, and a lead expects a small code model for completion beside a larger one for chat",
    );
  });

  // ranking4: cost first without a volume — fixed by ranking6: with no volume the table shows each
  // pick's cheapest list price per 1M tokens (input, output, host) instead of 'unknown', and the
  // 200k-context one-shot leads with the cheapest 3:1 blend, DeepSeek V4 Flash ($0.10 / $0.20)
  // (tests/scenarios/no-volume-list-prices.test.ts).

  // sizing4: owned GPUs in threads, all fixed. By sizing6: 'what if we self-host on our own L4s?' sizes on owned
  // L4s, as many as needed (tests/scenarios/owned-hardware-words.test.ts). By sizing4: 'what if we bought 4 more
  // L40S?' makes it 8 owned (tests/scenarios/stated-gpu-group.test.ts).

  describe("thread4: follow-ups", () => {
    it.todo(
      "school district (FERPA, regulated, 36.6M tokens a month): 'is gpt-4o-mini ok for this?' answers for this thread: its data terms for regulated data, its cost at the thread's volume and its place in the ranking (today a bare licence answer 'Allowed: GPT-4o mini' with no data terms or cost)",
    );
    it.todo(
      "one-shot: 'can a school district use gemini 2.5 flash with student records under FERPA?' reads student records as regulated data and answers with the hosts' data terms (whether the Gemini API trains on prompts, zero retention, Vertex instead), not only 'Allowed' under the API terms (today 'What you told me: field of use: education' and nothing about the data)",
    );
    it.todo(
      "biotech (papers up to 200k tokens): 'does claude sonnet 4.5 actually handle 200k in one request?' says whether 200K in plus the answer fits its window (today its model card saying Claude Sonnet 4.5 was ruled out as deprecated, with no verdict on 200K in one request)",
    );
    it.todo(
      "biotech: 'what would it cost if we cached the paper across the follow-up questions?' prices the thread's picks with the paper as cached input (today Claude Sonnet 4.5 at the same volume, no cache)",
    );
    it.todo(
      "dev-tools: 'what if we only do chat, no completion?' keeps only the chat requests' volume (today the use case becomes chat and the 37.1B of completion traffic stays)",
    );
    // Fixed by questions2: 'which of these is cheapest?' names the cheapest pick shown with its figure, no re-rank (tests/flows/picks-questions.test.ts).
  });

  // lookup: fixed by thread4 ('why not qwen3 4b?', 'tell me about qwen3 4b', 'is qwen3 4b licence ok for
  // us?' say no Qwen3 4B is held and offer the Qwen3 sizes on file; tests/flows/named-size-not-held.test.ts).

  // truth4: catalogue and licence facts.
  // robotics (warehouse robots): fixed by truth9: a team whose model steers machines is read as
  // robotics, and Llama's machinery restriction is its first, conditional reason with a duty to
  // settle it; Gemma's policy, whose fields we do not hold, is unverified for it
  // (tests/unit/licensing/machinery-field.property.test.ts).
  // lending fintech / Victoria government residency: fixed by residency (hosts are checked
  // against sourced per-country region records: tests/unit/scoring/residency.property.test.ts
  // and the two teams' tests in tryout-seventh-round.test.ts).
});
