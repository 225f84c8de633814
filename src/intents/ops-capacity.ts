// How much experience a team has running models itself (GPUs, inference servers), from free
// text: none, some or strong. Teams describe it rather than rate it ("nobody here has run a model
// in production", "we know kubernetes but never ran GPUs", "our platform team is strong"), so
// each level is a list of phrasings, checked none -> strong -> some. General ops skills without
// GPU experience are "some": running services is most of running an inference server.

import type { OpsCapacity } from "../costs/assumptions.js";
import { perMessage } from "../per-message-memo.js";

// Who does the work, in the words teams use for it.
const OPS = String.raw`(?:ml[- ]?ops|mlops|machine learning|ml|ai|infra\w*|devops|gpu|ops|operations|platform|sre)`;
const PEOPLE = String.raw`(?:experience|expertise|engineers?|team|crew|skills|staff|people|ppl|peeps|guys|folks|person|hires?|capacity|capabilit(?:y|ies)|know-?how)`;
const RUN = String.raw`(?:run|ran|running|deployed|deploying|hosted|hosting|operated|operating|served|serving|managed|maintained|touched)`;
const MODELS = String.raw`(?:an? |any )?(?:models?|llms?|gpus?|inference|model servers?|servers?|ml)`;

// Trades whose work is running systems: a team of them is ops capacity. Narrower than OPS: an "AI
// team" or an "operations team" may build models or run the business, not servers, and a bare
// "ops team" is often a business one ("our legal ops team of 5").
const OPS_TRADE = String.raw`(?:ml[- ]?ops|mlops|devops|dev ops|platform|infra\w*|sre|site reliability)`;
const HEADCOUNT = String.raw`(?:[1-9]\d{0,2}|one|two|three|four|five|six|seven|eight|nine|ten|a (?:few|couple|handful))`;

// Inference servers a team runs when it serves models itself.
export const INFERENCE_SERVERS = String.raw`(?:vllm|tgi|text-generation-inference|sglang|triton|tensorrt-llm|kserve|ray serve|llama\.cpp server)`;

// General ops skills: kubernetes, devops, running services. Enough for "some" on their own.
// Linux administration counts too ("run our Linux estate", "know Linux", "our sysadmins").
const GENERAL_OPS = new RegExp(
  String.raw`\b(?:know|knows|run|runs|manage|manages|administer|administers|look after) (?:our |the )?(?:\w+ )?linux\b|\blinux (?:estate|servers|admins?|sysadmins?|experience|skills)\b|\bsysadmins?\b|\bwe (?:already )?run (?:\w+ ){0,4}(?:on )?(?:kubernetes|k8s)\b|\b(?:know|use|operate|run)s? (?:kubernetes|k8s|docker)\b|\b(?:some|decent|good|basic|a bit of|a little|solid)\s+(?:kubernetes|k8s|devops|cloud|docker)\s*(?:experience|expertise|skills|know-?how)?\b|\b(?:kubernetes|k8s|devops) (?:experience|skills|know-?how)\b`,
);

// A whole company of one or two people cannot staff GPUs on call ("we're 2 people running the
// website", "a 2-person charity", "solo founder"), unless the words say one of them runs models.
// Three or more may include someone who does, so a bigger headcount alone says nothing.
const TINY_TEAM = new RegExp(
  String.raw`\b(?:we'?re|we are|we're just|we are just|just|only) (?:a )?(?:(?:1|2|one|two)[- ](?:person|people|man|woman)|(?:2|two) (?:people|persons|of us|devs|founders))\b|\b(?:1|2|one|two)[- ](?:person|people|man) (?:team|startup|company|shop|business|agency|charity|nonprofit|non-profit)\b|\bsolo (?:founder|dev|developer)\b|\bjust me\b`,
);

// "No GPUs, one engineer", "Two developers, no GPUs", "we have no GPUs, just 4 backend developers", "no gpu and only 2 IT
// person": no hardware and a small group of developers or IT people is no one to run models;
// either alone says nothing ("we have 2 backend devs on the project"). Five or fewer: too few to
// spare one for GPUs on call; a bigger group ("No GPUs, 6 developers") may hold someone who runs servers.
const FEW = String.raw`(?:[1-5]|one|two|three|four|five|a couple of|a few|a handful of)`;
const DEVS = String.raw`${FEW} (?:(?:backend|software|web|full[- ]?stack|app|mobile) )?(?:devs?|developers?|engineers?|programmers?)\b(?! (?:who|that) (?:know|run|ran|have))|${FEW} it (?:people|persons?|staff|guys|folks)\b`;
// No machines to run models on: "no GPUs", "no servers".
const NO_GPUS = String.raw`\bno (?:gpus?|servers?)\b`;
const NO_GPUS_FEW_DEVS = new RegExp(
  String.raw`${NO_GPUS}[^.;!?]{0,30}?\b(?:and |just |only )?(?:${DEVS})|\b(?:${DEVS})[^.;!?]{0,20}?(?:\band|,)\s+${NO_GPUS}`,
);

// One developer who gives it spare time, or the only one: "one volunteer developer", "only a single
// part-time developer", "one freelance developer". Nobody is there to keep GPUs running on call.
const LONE_DEV = String.raw`\b(?:(?:one|1|a|a single) (?:volunteer|part-time|student|unpaid|freelance|contract)|(?:only|just) (?:one|1|a single)(?: (?:volunteer|part-time|student|unpaid|freelance|contract))?) (?:devs?|developers?|engineers?|programmers?|coders?)\b(?! (?:who|that) (?:know|run|ran|have))`;

const NONE = [
  // "no ML ops staff", "zero infra experience", "don't have any devops people", "no GPU operations
  // experience"
  new RegExp(
    String.raw`\b(?:no|zero|0|little|limited|not much|without|lack|don'?t have (?:an?|any)?)\s+(?:dedicated\s+|in-house\s+|full-time\s+)?(?:${OPS}\s*){0,2}${PEOPLE}\b`,
  ),
  new RegExp(LONE_DEV),
  // "no AI knowledge", "without any ML background", "zero LLM know-how": the field itself unknown.
  /\b(?:no|zero|0|little|limited|without(?: any)?|lack(?:ing)?(?: any)?)\s+(?:ai|ml|llm|machine learning|gpu)\s+(?:knowledge|background|know-?how)\b/,
  // "no MLOps at all", "no ops", "zero devops", "no GPU operations"
  new RegExp(
    String.raw`\b(?:no|zero|without(?: any)?)\s+(?:gpu\s+|model\s+)?(?:ml[- ]?ops|mlops|devops|ops|operations)\b`,
  ),
  // "never ran GPUs", "never deployed a model"
  new RegExp(String.raw`\bnever (?:\w+ )?${RUN} ${MODELS}\b`),
  // "nobody here runs servers", "no one on the team has run models in production",
  // "none of us has ever operated a model server", "nobody to look after it"
  new RegExp(
    String.raw`\b(?:nobody|no one|noone|none of us)(?: here| at (?:our|the) (?:company|org\w*|startup)| (?:on|in) (?:the|our) team)? (?:(?:to|who can|who could|has|have|had|can|could|is able to|will) )?(?:ever |really )?(?:${RUN}|runs|manages?|maintains?|operates?|handles?|look after|(?:does|do) (?:any )?(?:ml ?ops|ops|devops|infra\w*))\b`,
  ),
  new RegExp(String.raw`\bno (?:infra|ops|devops|ml ?ops|platform|sre) ${PEOPLE}\b`),
  // A team with nobody technical has no one to run models either: "nobody here is technical",
  // "we are not technical at all", "(5 people, none technical)", "a non-technical team", "no technical staff", "No developers,
  // I'm the part-time IT person" (but "no developers will see the data" is about access).
  new RegExp(
    String.raw`\b(?:nobody|no one|noone|none of us)(?: here| (?:on|in) (?:the|our) team)? (?:is|are|'s) (?:very |really |particularly )?technical\b|\bwe(?:'re| are) (?:not|non-?) ?(?:very |really |particularly )?technical\b|\bnone (?:of (?:them|us|whom) )?(?:is |are )?(?:very |really |particularly )?technical\b|\bnon-?technical (?:team|staff|people|folks|office|firm|business|company|charity)\b|\bno (?:technical|tech|it) (?:staff|people|team|person|folks|skills|expertise)\b|\bno (?:in-house )?(?:developers|devs|engineers)\b(?=\s*(?:[,.;!]|$|(?:on (?:staff|the team)|in-house|here)\b))`,
  ),
  // "never did ML", "know Linux but not ML", "nobody has touched ml"
  /\b(?:never (?:did|done|worked with|touched) (?:any )?(?:ml|machine learning|llms?|gpus?)|(?:but|and) not (?:ml|machine learning)|(?:has(?:n'?t| not)|nobody has) touched (?:any )?(?:ml|machine learning|llms?|gpus?))\b/,
];

// Managed ML platforms that deploy a model to an endpoint for the team: experience there is
// deploying and running models, though not keeping GPUs up by hand.
const MANAGED_ML = String.raw`(?:sagemaker|vertex(?: ai)?|azure (?:ml|machine learning)|azureml|databricks|bedrock custom models?)`;

// A plan or a question has no team doing it yet: "if we run models on GPUs", "should we run …".
const NOT_YET = String.raw`(?<!\b(?:if|whether|should|could|would|can|to|do|does|when|will|might) (?:our |the |your |my )?)`;

// Clusters a team runs models on itself, managed Kubernetes included: the model servers are theirs.
const CLUSTERS = String.raw`(?:gke|eks|aks|kubernetes|k8s|openshift)`;

const STRONG = [
  // A team whose job is the ML platform: "an ML platform team of 5", "our AI infra team".
  /\b(?:ml|mlops|ai|llm|inference|gpu) ?(?:platform|infra\w*|serving) (?:team|engineers|group|squad)\b/,
  // Running inference or models on a cluster, said of the team: "an ML team of 10 that runs GPU
  // inference on GKE", "4 ML engineers who have run models on AKS", "our team serves models on EKS".
  new RegExp(
    String.raw`${NOT_YET}\b(?:we|team|engineers|who|that)(?:'ve| have| has)? (?:already |currently |been )?(?:run|runs|running|ran|serve|serves|serving|served|host|hosts|hosting|hosted|operate|operates|operating|operated) (?:[\w-]+ ){0,2}?(?:gpu inference|inference|models?|llms?) (?:on|in|with) (?:our own |our |their own |their |its own |its )?${CLUSTERS}\b|${NOT_YET}\b(?:we|team|engineers|who|that)(?:'ve| have| has)? (?:already |currently |been )?(?:run|runs|running|ran|serve|serves|serving|served|operate|operates|operating|operated) gpu inference\b`,
  ),
  // "strong ops team", "experienced MLOps engineers", "a dedicated platform team"
  new RegExp(
    String.raw`\b(?:strong|experienced|senior|seasoned|dedicated|solid|lots of|deep|big|huge|large|very strong|great)\s+${OPS}?\s*(?:experience|expertise|engineers?|team|crew|skills)\b`,
  ),
  // "our platform team is very strong", "ops experience: strong", "ml ops experience is strong now"
  new RegExp(
    String.raw`\b${OPS}\s*(?:${PEOPLE}|maturity)?\s*(?:is|are|:|=|-)\s*(?:very |really |pretty |quite )?(?:strong|solid|great|excellent|deep|mature|experienced|seasoned|senior)\b`,
  ),
  // "ML team of 10, strong", "an infra team of 4, very experienced"
  new RegExp(
    String.raw`\b${OPS}\s*${PEOPLE}\s*of\s*\d+\s*(?:people|engineers)?\s*[,:-]?\s*(?:all |very |really )?(?:strong|solid|experienced|seasoned|senior)\b`,
  ),
  // Running an inference server is the skill itself: "we run our own vLLM cluster", "we operate a
  // TGI deployment", "Our MLOps team of 3 already runs Triton", "a small ML team that already runs vLLM".
  new RegExp(
    String.raw`${NOT_YET}\b(?:we|team(?: of \d+)?(?: that| who)?)(?:'re| are)? (?:already |currently )?(?:run|runs|running|operate|operates|operating|manage|manages|managing|maintain|maintains|maintaining|self-host|self-hosts|self-hosting) (?:our own |an? |the |some )?(?:in-house )?${INFERENCE_SERVERS}\b`,
  ),
  // Or serving models with one, said of the team: "our infra team … already serves models with
  // vLLM", "we serve our fine-tunes with TGI". A question or a plan ("is it cheaper to serve
  // models with vllm?", "if we serve it with vllm") has no team doing it yet.
  new RegExp(
    String.raw`(?<!\b(?:if|whether|should|could|would|can|to|do) )\b(?:we|team)\b(?:'re| are)?(?:[^.;!?]{0,40}?\b(?:already|currently|and))? (?:serve|serves|serving|run|runs|running|host|hosts|hosting|deploy|deploys|deploying) (?:[\w-]+ ){0,3}?(?:with|on|via|using|through|behind) ${INFERENCE_SERVERS}\b`,
  ),
  // "we run our own GPU cluster", "runs GPU clusters daily"
  // Said of the team, not of a plan ("is running our own GPUs cheaper?" says nothing of skills).
  /\b(?:we (?:already |currently )?(?:run|are running)|we'?re (?:already )?running|(?:already|team) runs) (?:our own )?(?:gpus|gpu clusters?|inference (?:servers|clusters))\b/,
  // Or runs models on GPUs, said of the team: "our team already runs models on GPUs", "an ML team
  // of 8 that already runs models on GPU" (Portuguese "que já roda modelos em GPU", glossed),
  // "our engineers have run LLMs on our own GPUs for years".
  new RegExp(
    String.raw`${NOT_YET}\b(?:we|team|engineers|who|that)(?:'ve| have| has)? (?:already |currently |been )?(?:run|runs|running|ran|serve|serves|serving|served|host|hosts|hosting|hosted|operate|operates|operating|operated) (?:[\w-]+ ){0,2}?(?:models?|llms?) (?:on|with) (?:our own |our |their own |their |its own |its )?gpus?\b`,
  ),
  // Said later in the sentence about the team's people: "5 ML engineers who have fine-tuned BERT
  // models and run GPU inference on EKS", "engineers have fine-tuned models and served them on our own GPUs".
  new RegExp(
    String.raw`${NOT_YET}\b(?:we|team|engineers|scientists|who|that)(?:'ve| have| has)\b[^.;!?]{0,60}?\band (?:also )?(?:run|ran|serve|served|host|hosted|operate|operated) (?:[\w-]+ ){0,2}?(?:gpu inference|(?:models?|llms?|them) on (?:our own |our |their own |their |its own |its )?gpus?)\b`,
  ),
];

// Services teams build on a model through: an LLM API, a cloud's model service.
const MODEL_SERVICE = String.raw`(?:azure openai|openai(?: api)?|llms?|gpt[\w.-]*|claude|gemini|bedrock|vertex ai|gen ?ai|generative ai|langchain|ai)`;
const BUILT_THINGS = String.raw`(?:prototypes?|pocs?|proofs? of concept|pilots?|apps?|applications?|chatbots?|bots?|assistants?|tools?|integrations?)\b`;

const SOME = [
  // Deploying on a managed ML platform: "an ML team of 6 with SageMaker experience", "experience
  // with Vertex AI", "we've deployed models on SageMaker endpoints before".
  new RegExp(
    String.raw`\b${MANAGED_ML} (?:experience|expertise|skills|know-?how)\b|\b(?:experience|experienced|expertise|skilled) (?:with|on|in|using) ${MANAGED_ML}\b|${NOT_YET}\b(?:deployed|served|hosted|ran|(?:'ve|have|has) run|(?:who|that|and) run) (?:[\w-]+ ){0,2}?(?:models?|llms?|them|it) (?:on|with|via|using|to|in) ${MANAGED_ML}\b`,
  ),
  new RegExp(String.raw`\b(?:some|a bit of|moderate|basic|a little)\s+${OPS}?\s*(?:experience|expertise|skills)\b`),
  // People counted are ops people only when the words say so: "a couple of devops engineers", "a
  // team of 6 ML engineers", "12 platform engineers", not "we're 2 people running the website".
  new RegExp(
    String.raw`\b(?:some|one|an?|a couple of|a few|several|two|three|four|five|\d[\d,]*)\s+${OPS}\s*(?:experience|expertise|skills|engineers?|person|people|folks)\b`,
  ),
  // Apps built on a model service are models run in production, though not on the team's own GPUs:
  // "two people who have built Azure OpenAI prototypes", "we've built a chatbot with the OpenAI API".
  new RegExp(
    String.raw`\b(?:built|prototyped|developed|shipped|deployed) (?:(?:an?|some|several|a few|two|three|\d+) )?(?:[\w-]+ ){0,2}?${MODEL_SERVICE} (?:[\w-]+ )?${BUILT_THINGS}|\b(?:built|prototyped|developed|shipped|deployed) (?:[\w-]+ ){0,4}?${BUILT_THINGS} (?:on|with|using|via|around|against) (?:the |an? )?${MODEL_SERVICE}`,
  ),
  new RegExp(
    String.raw`\b${OPS}\s*(?:experience|maturity|skills)?\s*(?:is|are|:|=|-)\s*(?:some|moderate|basic|medium)\b`,
  ),
  // A team whose trade is operations, sized: "an ML-ops team of 2", "our MLOps team is 2
  // engineers", "a 3-person devops team". People there run services: capacity, whatever its size
  // (a team with none says "no ops team", read above).
  new RegExp(
    String.raw`\b${OPS_TRADE}\s+(?:team|crew|group|squad)\s+(?:of|is|are|has|with)\s+(?:about |around |just |only )?${HEADCOUNT}\b|\b${HEADCOUNT}[- ](?:person|people|strong|member)\s+${OPS_TRADE}\s+(?:team|crew|group|squad)\b`,
  ),
];

/** The team's ML-ops experience a message states (`t`: folded, cleaned text), or undefined. */
export function opsCapacityIn(t: string): OpsCapacity | undefined {
  return opsCapacityThisMessage(t);
}

// The requirements and fleet readers both ask it of the same text: kept while the message is read.
const opsCapacityThisMessage = perMessage((t: string): OpsCapacity | undefined => {
  const general = GENERAL_OPS.test(t);
  if (NONE.some((p) => p.test(t))) return general ? "some" : "none";
  if (STRONG.some((p) => p.test(t))) return "strong";
  if (general || SOME.some((p) => p.test(t))) return "some";
  return TINY_TEAM.test(t) || NO_GPUS_FEW_DEVS.test(t) ? "none" : undefined;
});
