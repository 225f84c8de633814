// What the sixth tryout round (tryout-sixth-round.test.ts) found that other areas own and that is
// still open, one todo per finding, each a reproduction: the message(s) as a team sent them, what
// came back, and what an ML lead expects. Also posted in /work/COORD.md (tryout6 batches). Turn a
// todo into a test in the owner's change when it is fixed. Findings of the fifth round that still
// fail are in tryout-fifth-round-open.test.ts and are not repeated here.
// Every todo below was re-run on main at cd5ee36 (todosweepold, 2026-12-08); where the behaviour had
// moved, the todo says what happens now, and those already fixed became tests.
import { describe, it } from "vitest";

describe("open findings of the sixth tryout round", () => {
  describe("words3: volumes and people", () => {
    it.todo(
      "ride-hailing: '~600k active drivers, around 30% contact support monthly, avg conversation 1,800 tokens total' is 180k conversations × 1.8K = 324M a month (the 180K monthly users are read; today still no volume, so the $8,000 budget checks nothing)",
    );
    it.todo(
      "review summaries: '~30M reviews already (one-off backfill), avg 120 tokens each, and about 1.5M new reviews per month after that. Output ~60 tokens per product, we batch reviews per product (~40 reviews per product)' is a one-off 3.6B in (+ ~45M out) and 180M in a month (+ ~2.25M out) (today 'one-off job of 5.4B tokens' and no monthly volume)",
    );
  });

  // Now tests in tryout-older-rounds-closed.test.ts: the research group's '20M tokens over the whole
  // project' is one-off; the media monitoring's 40k articles a day are × 30; the medical device's
  // assumed patient data is no longer also 'nothing about data sensitivity' (fixed by todosold).
  describe("words4: facts, languages, use cases, licence words, non-English", () => {
    it.todo(
      "archive metadata: the first message 'We're the archive department of a Spanish public broadcaster … a 150-word abstract, named people/places, topics … as JSON … Spanish, Catalan, Basque and Galician … one-off backfill of about 350k programmes, then ~2,000 new programmes a month … must be EU-hosted, and we prefer open models we could run later on our own cluster (we have 8x L40S). Budget for the backfill ~€60k total. Which model should we use?' reads its volumes (today it recommends, but as 'one-off job of 400K tokens = 2,000 programmes a month × 200 tokens each': the 350k backfill is lost and the monthly 2,000 made the one-off; Basque and Galician are dropped)",
    );
    it.todo(
      "'We want catalogue metadata per programme as JSON …' is extraction (a shortlist of open models since todosold, tested in tryout-older-rounds-closed.test.ts; today no use case is read)",
    );
    // The games studio's 'locally on the player's machine … the model gets ~3-4GB' is on-device with
    // a 4 GB cap, and 'locally on the player's machine' alone is on-device (tryout-older-rounds-closed.test.ts).
    it.todo(
      "research group: 'we inspect activations' means running the weights on its 4x A100 (the GPUs are kept and each pick's fit on them is said, tested in tryout-older-rounds-closed.test.ts; today nothing says the weights run on them: the one-off 20M is understood but not priced in the ranking, #1 GLM-4.5 with no cost basis)",
    );
    // The airline's 'Data is operational, not passenger PII' is internal since words12 (first-message-stated-facts.test.ts).
    // Fixed by thread10: 'qual é o custo com o claude haiku 4.5?' prices Claude Haiku 4.5 at the
    // thread's volume (tests/flows/foreign-follow-ups.test.ts).
  });

  describe("thread2: follow-ups and one-shot questions", () => {
    // Fixed by thread3: tests/flows/hosting-questions.test.ts ('is X available in frankfurt through
    // bedrock?' and 'can we use claude on azure?' in an Azure thread are hosting answers).
    // Fixed by thread4: 'how did you get the monthly volume?' / 'so how many tokens a month is that in your
    // maths?' show the thread's volume and its working (tests/flows/thread-volume-working.test.ts).
    // Fixed by thread6 (tests/flows/thread-scaled-counts.test.ts): 'and if alerts double to 100k a
    // week?' counts alerts, 'only … about 15% of them' keeps that share, 'and at 20k users?' and 'only
    // half the consultants adopt it' scale a per-person volume and its people, and 'lets say answers
    // are 100 tokens' after a doubt sets each answer's size.
    // Fixed by thread8: 'what does that come to per consultant per month?' divides each pick's monthly
    // cost by the 2,000 consultants (tests/flows/thread-per-unit-cost.test.ts).
    // Fixed by thread7: 'whats the cheapest that is still good at swahili' keeps English
    // (tests/flows/thread-language-drops.test.ts).
    // Fixed by questions2: 'could we fine tune … later? which of these allow that' gives the picks' fine-tuning verdicts (tests/flows/picks-questions.test.ts).
    // Fixed by wordsfortyfive: 'what if the client allowed EU data centres too' allows the US or the EU
    // (tryout-sixth-round.test.ts, tests/flows/thread-place-swap.test.ts).
    // Fixed by questions2: 'which ones will sign a BAA?' answers for each pick's host (tests/flows/picks-questions.test.ts).
    it.todo(
      "São Paulo bank: 'what if we self-host on our own AWS GPUs in são paulo?' moves the thread to self-hosting (today 'runs in your own cloud' and all three picks stay APIs; 'whats the break even vs self hosting' after it does move it to self-hosted picks since)",
    );
    // Fixed by thread7: 'what if we went API instead' moves to managed APIs (tests/flows/thread-to-api.test.ts).
    // Fixed by sizing6: 'what if we get access to 8 h100s instead' runs the weights on 8 owned H100 (tests/scenarios/owned-hardware-words.test.ts).
    // Fixed on main (thread8 wrote the test): 'what if the model gets 6GB of vram' sets a 6 GB device
    // cap (tests/flows/thread-device-memory.test.ts).
    // Fixed by licence14: 'what about gemma 3 4b, can we ship it in the game?' is the licence verdict
    // for shipping it (tests/flows/model-put-forward-licence.property.test.ts).
    // Review summaries: 'what would the backfill cost one time with the top pick?' prices the one-off
    // job once (tryout-older-rounds-closed.test.ts).
    // Fixed by questions: a model the catalogue does not hold, in a model's place, is said unknown (tests/flows/one-shot-model-questions.test.ts).
    // Fixed by questions2: 'does any model actually have an Inuktitut rating?' says none does (tests/flows/picks-questions.test.ts).
    // Fixed by questions: 'is <model> ok for <sector>?' is a licence verdict (tests/flows/one-shot-model-questions.test.ts).
  });

  // ranking2: the call centre's 'under 1.5s' is a latency target (tests/scenarios/latency-target.test.ts).

  describe("sizing2", () => {
    it.todo(
      "'what is the break even between haiku on bedrock and self hosting llama 3.3 70b?' compares those two (today a hosting answer, 'Where Llama 3.3 70B runs')",
    );
  });
});
