// What the tenth tryout round (tryout-tenth-round.test.ts, the teams' words in
// tenth-round-teams.ts) found that is still open, one todo per finding, each a reproduction: the
// message as the team sent it, what came back on main at d4a54ac (compiled console), and what an
// ML lead expects. Grouped by the area that owns the code (see /work/areas in the session that
// filed them); findings already open from earlier rounds are named there, not repeated here.
// Turn a todo into a test in the change that fixes it.
//
// How a sceptical ML lead read each conversation at d4a54ac: signable with reservations — Nairobi
// lender (capable, cheap API picks with vetted data terms within $800; the Kenyan data-protection
// question unanswered), Utrecht insurer (Qwen3-Next on its own L40S is a sound #1; #2/#3 are 671B
// models squeezed at 4-bit, one a reasoning model for JSON extraction), Atacama mine (Mistral Small
// 3.2 / Gemma 3 on the Jetson boxes fit; the shipping of the weights to contractors is unread);
// not signable — Warsaw translation office (its whole first message answered with modelwise's data
// sources; after tryout10's fix it is an on-prem shortlist on its 4 L40S, signable with
// reservations: 'quality … is critical' unread, output sized 3:1 for a translation), Ohio K-12
// district (volume 30× low, GLM-4.5 on a host with unknown terms for children #1), Tokyo localiser (NDA no-training rule, volume and 20K prompts unread), Pune BPO (read as
// coding, every pick an API with no record of processing in India), Montreal law clinic (read as
// coding; the $0 budget and the donated RTX 4090 unread, paid US APIs for privileged data).
//
// Both rounds re-run on main at 4c33f63 (tryout11, whole conversations through the compiled
// console). Tenth: 0 signable / 6 with reservations / 2 not (was 0 / 5 / 3 at ea8b059) — with
// reservations: Nairobi (unchanged), Warsaw (on-prem shortlist, but the two servers' GPUs are
// pooled as one 192 GB node), Tokyo (right class of picks, no Chinese lab, no-training terms, but no
// cost at all: volume and 20K prompts unread), Pune (every pick now on record in India; GPT-5 nano
// #1 for QA scoring by cost under an unapplied ₹25 lakh budget), Utrecht, Atacama; not — Ohio (all
// three picks Chinese-lab models on Deep Infra, whose terms for children are unknown), Montreal
// ($0 and the RTX 4090 unread, #3 self-hosted at $8,276 a month). Ninth: 1 / 5 / 4 (Stavanger
// signable; Monterrey, code-review bot, Singapore, Istanbul, London with reservations — Monterrey's
// Gemini picks on its GCP are right, its volume still 15× low; not — Ontario (Qwen3-Coder 480B, a
// coding model, #3 for discharge summaries; #2/#3 self-hosted at $58,861 against C$25,000),
// Chennai (unchanged), Baden-Württemberg (MiniMax-M2.1 via Amazon Bedrock #1 despite 'no US
// providers'), Lagos ('where possible' read as a hard rule: self-hosted picks at $12K–$34K for a
// team with no GPU experience).
// Every todo below was re-run on main at cd5ee36 (todosweepold, 2026-12-08); where the behaviour had
// moved, the todo says what happens now, and those already fixed became tests.
import { describe, it } from "vitest";

describe("open findings of the tenth tryout round", () => {
  // tryout10: 'after each call it writes a summary. which model?' gets a shortlist since words12
  // (first-message-stated-facts.test.ts).

  describe("words11: what the team wrote in its first message", () => {
    // Ohio's 'active students a day, ~10 messages each' is a daily rate since words11 (first-message-facts.test.ts).
    // Tokyo's '1.5M japanese characters a month' is about 1.5M tokens and 'prompts are maybe 20k
    // tokens' the context need since words14 (tryout-tenth-round.test.ts,
    // characters-as-tokens.property.test.ts). Still open: the 20K glossary prompt is not yet priced
    // into each request's input (how many requests carry the 1.5M characters is not said).
    // Tokyo's 'no training on the scripts' is read since words11 (first-message-facts.test.ts).
    // Atacama's leased edge boxes redistribute the weights since words12 (first-message-stated-facts.test.ts).
    // Atacama's tablets beside a 64 GB Jetson are no phone app, and Montreal's 'one volunteer
    // developer' and 'a donated gaming PC with an RTX 4090' are no ML-ops experience and one owned
    // RTX 4090, since words16 (tryout-tenth-round.test.ts,
    // hardware-and-team-in-first-message.property.test.ts). Montreal's 'we have literally no budget
    // ($0)' is no cash budget, said back and never a $0 cap, since zerobudget
    // (tests/scenarios/no-cash-budget.test.ts). Still open:
    // Warsaw's 'Quality of Ukrainian and German is critical', Pune's 'DPDP Act' and Montreal's legal clinic
    // are read since words12 (first-message-stated-facts.test.ts).
    it.todo(
      "Warsaw office (4,000 pages a month translated): each page is read in and written out, ≈ 2.67M in and 2.67M out (a translation's split is 50/50 since, but the pages' 2.67M tokens are split between them: 1.33M in and 1.33M out, half of each; the Baden-Württemberg toolmaker's '30 million words of output per year' is the same case)",
    );
  });

  describe("ranking7: judgement and residency", () => {
    // Fixed by ranking7: Pune's top 3 are on hosts on record in India (GPT-5 nano/mini via OpenAI, DeepSeek-V3.2 via Bedrock ap-south-1) (tryout-tenth-round.test.ts, re-run).
    it.todo(
      "Montreal clinic: a host whose residency regions on record leave the country out (OpenAI: 'the US, the EU, Australia, India, Japan' for Canada) ranks in the top 3 (today #1 GPT-4.1 mini and #3 GPT-4o via OpenAI; Pune's top 3 are self-hosted since); a region list that excludes the country is a known 'no', to rule out or rank after every unknown",
    );
    // Fixed by ranking8: with users under 18, picks served under their lab's own terms that address
    // minors rank before the others (open models on hosts whose age terms are not on file, self-hosted,
    // closed without age terms), and the answer says why (tests/scenarios/age-terms-ranking.test.ts).
    // Fixed by zerobudget: with no cash budget, the picks its own RTX 4090 runs with nothing rented
    // lead (Gemma 3 27B and Mistral Small 3.2 at 4-bit, Gemma 3 12B), APIs and rented GPUs after,
    // and the answer says why (tests/scenarios/no-cash-budget.test.ts).
    // Fixed by ranking8: figures compared in a sentence get the decimals that tell them apart
    // ('0.446 … below the 0.450') (tests/scenarios/figures-apart.test.ts).
  });

  // sizing7 (self-hosting on the team's own GPUs): both findings fixed by sizing8. The fit note and
  // the costed fleet use one precision (Utrecht's Qwen3-Next: FP8 in both;
  // tests/scenarios/owned-fit-precision.test.ts and the precision property in
  // tests/unit/costs/owned-hardware-pricing.property.test.ts). DeepSeek-R1's uncounted reasoning
  // tokens are said under the cost working, with the published range
  // (tests/unit/answers/reasoning-not-counted.test.ts).

  describe("questions2: questions asked in the thread", () => {
    it.todo(
      "Nairobi lender: 'is any of these ok with kenyan data protection?' answers with a pick's model card (Mistral Large 3's, today the #3's, Qwen3-VL 235B-A22B); a lead expects the shortlist's hosts' data terms (processing regions, training, retention) and a plain note that the Kenya Data Protection Act itself is not checked",
    );
    // Fixed by thread10: Warsaw's 'will gemma 3 27b fit on one of our servers?' and Utrecht's 'does
    // qwen3 32b fit on one server?' are the memory fit on one server's GPUs with its working
    // (tests/flows/fit-on-own-machines.test.ts).
    // Fixed by questions3: 'is the top pick ok for a non profit?' is that pick's licence verdict for a non-commercial use (tests/flows/licence-use-questions.test.ts).
    // Fixed by questions3: 'why not <family>?' says where the family stands, the rule that ruled it out said once (tests/flows/why-not-named.test.ts).
  });

  // The volume after 'what if only 3,000 students use it daily?' is 3,000 × 10 × 30 since words11 (tryout-tenth-round.test.ts, re-run).
  // Fixed by thread8: it is 3,000 students a day and keeps the district's 18K monthly users, said
  // back as 'was 6,000' (tests/flows/thread-scaled-counts.test.ts).

  describe("re-run of the ninth round at d4a54ac: new findings", () => {
    // Fixed by thread10: 'is mistral small ok to use commercially?' leads with the current releases'
    // Apache verdicts, the legacy Small 24.09 after them (tests/flows/licence-current-first.test.ts). Still open:
    it.todo(
      "Stavanger offshore: 'is mistral small ok to use commercially?' assumes 'distributing weights or derivatives' for laptops the team owns (it leads with Small 3.2, the release the thread showed, since)",
    );
    // Fixed by thread7: after 'what if we use an API and get explicit consent?' every top-3 pick is an API (tryout-tenth-round.test.ts, re-run).
  });
  describe("re-run of both rounds at 4c33f63 (tryout11): new findings, by owner", () => {
    // ranking8
    // Fixed by ranking9: for a job that is not code, a model built for code ranks after every general
    // model and the answer names the one the rule moved (Ontario's #3 is DeepSeek V4 Flash, not
    // Qwen3-Coder 480B-A35B; Osaka's too) (tests/scenarios/code-models-ranking.test.ts).
    // Fixed by rank10: a budget in another currency counts at the most it can be worth (the ECB's
    // strongest rate for a year + 10 %): Ontario's and the toolmaker's self-hosted picks over it are
    // ruled out, and Pune's cost gaps under a tenth of ₹25 lakh's bound tie
    // (tests/scenarios/foreign-budget-bound.test.ts, tests/scenarios/stakes-and-budget-slack.test.ts).
    it.todo(
      "Lagos wallet (₦6,000,000): the naira has no rate on record (the ECB publishes none), so the budget is still 'not applied' (self-hosted picks at $12,026–$34,306 a month ranked in the top 3; today the top 3 are APIs at $42–$360, so nothing checks them against it); a sourced naira rate (the Central Bank of Nigeria's own page) would bind it like the others",
    );
    // words12
    // Lagos's 'should stay in Nigeria where possible' is a preference, said back, since words15 (tryout-tenth-round.test.ts).
    // sizing8
    // Fixed by sizing9: Warsaw's '2 servers with 2x L40S each' is 4 L40S in 2 servers of 2; a replica
    // loads within one server (2 × 48 GB) and on a tensor-parallel group of 1, 2, 4 or 8, so Qwen3
    // 235B-A22B is out (tests/scenarios/owned-servers.test.ts, tests/unit/costs/owned-replica-group.property.test.ts).
    // Fixed by sizing9: 'what would 8x h100 at $2.50/h cost us?' says how many of the 8 the load
    // needs and that the rest is headroom, spares stay N+1, and the GPU is named, said once
    // (tests/unit/costs/named-group-headroom.property.test.ts).
    // questions3
    it.todo(
      "Atacama mine (maintenance of haul trucks and crushers): 'can we ship llama 3.1 8b on the boxes we lease?' is 'allowed with conditions' and lists 'Operation of critical infrastructure, transportation technologies or heavy machinery' among the generic use restrictions; the answer should point out that this clause of the Acceptable Use Policy is the one to check for this team's use",
    );
  });
});
