// What the twenty-second tryout round found open, one todo per finding: the message as the team sent
// it (twentysecond-round-teams.ts), what came back on rank21's branch (`node dist/cli.js chat`, piped),
// and what an ML lead expects.
//
// How a sceptical ML lead read them: the Lisbon telehealth startup, signed with reservations (EU
// processing assumed and said, every pick on a host processing in the EU, ops load weighed for no
// ops staff; but three picks at 0.76 with #1 at ten times #3's cost); the Ohio defence contractor,
// not signed (open weights on its four A100s with licences that allow military use, Llama ruled out
// for ITAR; but all three picks from labs in China for a US defence contractor, unflagged); the
// Quebec libraries, signed with reservations (GPT-4.1 mini on Azure Canada East first, within the
// bound; #2 and #3 on a host whose Canadian processing is not on record, said so).
//
// Fixed since (rank22): the Ohio contractor's three picks from labs in China, unflagged: defence, ITAR
// and US government work now assumes them out, says so and how to let them in
// (defence-origin-default.property.test.ts). The Quebec libraries' unchecked #2 and #3: the models on
// record in Canada were already tried first (each on record there is below the job's minimum); the
// answer now names them and why, or says none is on record (residency-passed-over.property.test.ts).
// The Lisbon near-tie ten times apart in cost: said in dollars since 3e77e4e ("Close, and cheaper");
// its swap advice, "raise customization from 0.01 to 0.05" and "a budget of $49,499", now names no
// damped criterion and says the budget at #1's cost with #2's (swap-advice.property.test.ts).
// The Ohio code assistant's Qwen3-VL at #3: already said to be a vision-language model ranked on its
// own text rating; checked now over code and text jobs on owned GPUs (vision-model-text-job.test.ts),
// and since the origin default it is no longer on this team's shortlist.
//
// Fixed in the round (rank21): an EU company with patient data that said nothing on where it may be
// processed was given US-only hosts unflagged (eu-regulated-residency-default.test.ts); a model below
// the job's minimum set the scale every cost was read on (cost-anchor-good-enough.property.test.ts).
import { describe, it } from "vitest";

describe("open findings of the twenty-second tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    it.todo(
      "Ohio defence contractor: 'We have an ML-ops team of 2' is said back as 'team of 2' and ML-ops experience is 'assumed: nothing'; a lead reads two ML-ops engineers as ML-ops capacity (words owners)",
    );
  });
});
