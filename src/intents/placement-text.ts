// Where the model may run, from free text: on the users' devices, on the team's premises, in the
// team's own cloud account, any API, and whether the team runs the weights itself. These are
// separate facts: "we self-host on a single L40S" says who runs the weights, not where, so it is
// `selfHosted` and leaves the place open; "must stay on our servers" is on-prem.
import type { Requirements } from "../scoring/requirements.js";
import { firstUnhedged, isPreferenceOnly } from "./hedges.js";
import { INFERENCE_SERVERS } from "./ops-capacity.js";
import { OWNED_GPU } from "./owned-gpus-text.js";
import { withoutExperience } from "./past-experience-text.js";
import { NOT_LEAVING_OUR_CLOUD } from "./residency-text.js";

const CLOUD = String.raw`(?:aws|azure|gcp|google cloud|bedrock|vertex(?: ai)?|azure openai|sagemaker)`;

// "Offline" means no internet where the model runs: on the users' devices when a device is named
// ("a desktop app that works offline"), else on the team's own hardware ("offline translation",
// "it must work offline": on-prem, which is self-hosting). Only "offline" that qualifies
// processing ("offline batch jobs", "scoring runs offline overnight") is about timing instead: a
// batch job, no place (latency-text.ts reads it).
const OFFLINE_PROCESSING = String.raw`(?:batch(?:es)?|processing|jobs?|inference|evaluations?|evals?|scoring|analysis|analytics|pipelines?|workloads?|runs?|backfills?)`;
export const OFFLINE_TIMING = new RegExp(
  String.raw`\boffline\s+(?:${OFFLINE_PROCESSING})\b|\b(?:${OFFLINE_PROCESSING})\b(?:\s+\w+){0,3}?\s+(?:run|runs|running|ran|done|happen|happens)?\s*offline\b`,
  "g",
);

// "offline-capable but calls an API when online", "sends notes to a hosted model API when there's a
// connection": the model is someone's API, reached when the device is online; "offline" says only
// that the app keeps working without it, so it places the model neither on the device nor on-prem.
const ONLINE = String.raw`(?:when(?:ever)?|once|while|if) (?:(?:it|we|they|the (?:app|device|phone|tablet|laptop|user)s?)(?:'re|'s| is| are)? )?(?:back )?(?:online|connected)|when (?:there'?s|there is|it has|they have|we have) (?:a |an )?(?:connection|signal|network|internet(?: connection)?)|online mode`;
const REMOTE_MODEL = String.raw`\b(?:apis?|cloud|hosted|server|servers|endpoint)\b`;
const API_WHEN_ONLINE = new RegExp(
  String.raw`${REMOTE_MODEL}[^.;!?]{0,40}?\b(?:${ONLINE})\b|\b(?:${ONLINE})\b[^.;!?]{0,40}?${REMOTE_MODEL}`,
);
const OFFLINE_WORDS =
  /\b(?:offline(?:-(?:capable|first|ready|mode))?|no (?:internet|connectivity|network|connection))\b/g;

// Where the users are: their phones, their laptops and desktops.
const PHONE = String.raw`(?:phones?|smartphones?|mobiles?|android|ios|iphones?|ipads?|pixels?|tablets?)`;
const COMPUTER = String.raw`(?:laptops?|desktops?|pcs?|macs?|macbooks?|workstations?|(?:users'? |their |the user'?s |customers'? |(?:players?|gamers?|users?|customers?|students?|employees?|clients?)(?:'s|s'|') )(?:own )?(?:machines?|computers?))`;
// Robots, drones and boards carry the model too: "on-robot LLM", "a Jetson per robot", "inside our
// robot firmware", "ship the model inside every robot", and the team's own product: "an offline
// assistant inside the device".
const EMBEDDED = String.raw`on[- ](?:robots?|drones?|vehicles?|boards?)|(?:on|inside|into) (?:the|each|every|our|a) (?:robots?|drones?)|jetson|embedded (?:devices?|boards?|hardware|systems?)|(?:in|inside|into) (?:the |our |its )?(?:[a-z-]+ )?firmware|(?:inside|built into|embedded in) (?:the|each|every|our|its) (?:[a-z-]+ )?(?:devices?|handsets?|gadgets?|scanners?|probes?)`;
// An app on a platform calls the model; the model runs on the device only when the words say so
// (offline, on-device, "runs on the phone", the model inside the app, "an offline phone app"). So "a meal-planning app on
// iOS and Android", "our app runs on Android" or "our Android app" name where the app is, and
// "the model runs on the phone" or "an iOS app that works offline" where the model is.
const NOT_OF_AN_APP = String.raw`(?<!\b(?:apps?|applications?) (?:(?:is|are|runs?|available|live|out|now|published|released|both|only|also) ){0,3})`;
// The model shipped inside the app: "we ship the model inside our app", "weights bundled in the app",
// or in what installs it: "a small model inside the installer", "weights included in the download".
const APP = String.raw`(?:apps?|installers?|downloads?)`;
const MODEL_IN_APP = String.raw`(?:ship|ships|shipped|shipping|bundle|bundles|bundled|bundling|embed|embeds|embedded|embedding|package|packaged|include|includes|included|put|run|runs|running)\s+(?:[\w.-]+\s+){0,4}?(?:model|models|weights|llm|llms)\s+(?:in|inside|into|within|with) (?:the|our|their|each|every|its) (?:[a-z-]+ )?${APP}|(?:model|weights|llm)s? (?:is |are )?(?:bundled |shipped |embedded |packaged |included )?(?:in|inside|into|with) (?:the|our|their|each|every|its) (?:[a-z-]+ )?${APP}`;
// Boxes a product ships in, which the model then runs on: "running fully on the console", "it
// has to run on the head unit", "our set-top box".
const PRODUCT_BOX = String.raw`(?:game )?consoles?|xbox(?: series [sx](?:\|s)?| one)?|playstation(?: \d)?|ps[45]|nintendo switch|head units?|infotainment (?:units?|systems?)|set-top box(?:es)?|smart tvs?|(?:automotive |qualcomm |mobile )socs?`;
// Memory set aside for the model is a device's, shared with what else runs there: "12 GB RAM, of
// which 4 GB can go to the model", "we can spare maybe 1.5 GB of memory for the model". A GPU's
// memory is not set aside like this: servers are sized by cards (owned-gpus-text.ts).
const MEMORY_FOR_MODEL = String.raw`(?:of which|spare|leaves?|leaving|give|allot|allocate|reserve|set aside|budget)\s+(?:\w+\s+){0,2}?\d+(?:\.\d+)?\s*gb\s+(?:of\s+(?:memory|ram|unified memory)\s+)?(?:(?:can|could|may|will|would)\s+)?(?:(?:go|be given|be spared|be set aside|be used)\s+)?(?:to|for)\s+(?:the\s+)?(?:model|llm|ai)\b|\d+(?:\.\d+)?\s*gb\s+of\s+(?:memory|ram)\s+for\s+(?:the\s+)?(?:model|llm)\b`;
const ON_DEVICE = new RegExp(
  String.raw`\b(on[- ]device|${EMBEDDED}|${MEMORY_FOR_MODEL}|(?:on|inside|in|into) (?:the|each|every|our|a|their|its) (?:[a-z-]+ ){0,2}?(?:${PRODUCT_BOX})\b|${MODEL_IN_APP}|${NOT_OF_AN_APP}on (?:an? |the |their |our |that |this |each |every )?(?:[a-z-]+(?:'s|s') )?(?:own |(?!cloud\b|rented\b|hosted\b)[a-z-]+ )?(?:${PHONE}|mobile|${COMPUTER}|edge|device|devices|raspberry pi)|${NOT_OF_AN_APP}runs? (?:locally |fully |entirely )?on (?:${PHONE}|${COMPUTER}|mobile|edge devices?|a laptop|a phone|the device)|edge devices?|in the browser|offline on (?:${PHONE}|${COMPUTER}|devices?)|(?:mobile|desktop|phone|android|ios|iphone|ipad|laptop|mac|windows|electron|native|web)? ?apps?\b[^.;!?]{0,30}?\b(?:work|works|working|run|runs|running|usable|available) (?:fully |completely |entirely )?offline|in[- ]app offline|(?:offline|local)(?:-first)? (?:(?:desktop|mobile|laptop|phone|smartphone|tablet|android|ios|iphone|ipad) ){1,2}apps?\b|(?:desktop|mobile|laptop|android|ios|iphone) app,? (?:fully |completely )?offline)\b`,
);
// Input made on a phone is what the model is sent, not where it runs: "photos taken on a phone",
// "receipts scanned with their phones", "notes typed on a laptop".
const MADE_ON_A_DEVICE = new RegExp(
  String.raw`\b(?:taken|captured|shot|snapped|scanned|photographed|filmed|recorded|typed|written|dictated|sent|uploaded|submitted|made)\s+(?:\w+\s+){0,2}?(?:on|with|from|by|using|via)\s+(?:an?\s+|the\s+|their\s+|our\s+|his\s+|her\s+|your\s+|users'?\s+|customers'?\s+)?(?:own\s+)?(?:[a-z-]+\s+)?(?:${PHONE}|mobile|${COMPUTER})\b`,
  "g",
);
// Someone "on the phone" is in a call ("the farmer is on the phone", "agents on the phones with
// customers", "while callers are on the line"): a phone line to the team's servers, no model on a
// phone. "Runs on the phone" or "on their phones" keep their device.
// So is talk done "on the phone" ("a voice agent that answers billing questions on the phone",
// "talks to customers on the phone"), unless the words between say where it runs ("helps farmers
// and runs on the phone").
const ON_A_CALL = new RegExp(
  String.raw`\b(?:is|are|'re|'s|be|being|was|were|stays?|still|while|when|callers?|agents?|customers?|farmers?|patients?|people|someone|somebody|they|we|you|he|she)\s+(?:still\s+|already\s+|currently\s+)?on\s+the\s+(?:phones?|line)\b|\b(?:answer(?:s|ed|ing)?|talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|chat(?:s|ted|ting)?|ask(?:s|ed|ing)?|call(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|handl(?:e|es|ed|ing)|questions?|quer(?:y|ies))\b(?:\s+(?!(?:runs?|running|ran|lives?|installed|stored|offline|locally|on-device)\b)[\w'-]+){0,5}?\s+on\s+the\s+(?:phones?|line)\b`,
  "g",
);
const ON_PHONE = new RegExp(String.raw`\b(?:${PHONE}|mobile)\b`);
const ON_COMPUTER = new RegExp(String.raw`\b(?:${COMPUTER}|desktop|windows|linux|macos|electron)\b`);

const ON_PREM =
  /\b(on[- ]?prem\w*|on premises?|air-?gapped|our own (hardware|servers|data ?cent(er|re)s?|gpus|machines)|our (own )?servers|in our data ?cent(er|re)|offline|no internet|(in |on )?our (own )?(colo|colocation|basement|bare metal|k8s|kubernetes|cluster|dc|dcs|secure (network|facility|enclave|environment))|in the basement|on our (own )?(metal|hardware|cluster))\b/;
// Read on the whole text: the negation is the point ("must not leave our building").
// "nothing may leave our network", "no data leaves the building", "everything stays behind our firewall".
const NEVER_LEAVES =
  /\b((never|not|can'?t|cannot|must not|mustn'?t|may not|shall not|nothing( \w+){0,3}|no (data|prompts?|information|bytes?|documents?)( \w+){0,2}) (ever )?leaves? (our|the) (own )?(building|premises|network|servers|data ?cent(er|re)s?|firewall|perimeter|walls|machines|hardware|infra\w*)|(stays?|remains?|kept|everything) (inside|within|behind) (our|the) (own )?(firewall|network|perimeter|walls))\b/;

// "no cloud at all", "so no cloud.", "nothing may go to the cloud", "we can't use any cloud": no
// cloud of any kind is the team's own premises. Read on the whole text (the negation is the point);
// "no cloud" must end its clause or name what it rules out, so "no cloud experience" (the team)
// and "no US cloud" (a host country, host-exclusion-text.ts) are not it.
const NO_CLOUD = new RegExp(
  String.raw`\b(?:no|without(?: any)?|zero) (?:public )?cloud(?: (?:at all|whatsoever|of any kind|allowed|permitted|ever|hosting|processing|inference|providers?|services?|ai|llms?))*(?=\s*(?:$|[.,;:!?)]|[-–—] |\b(?:and|but|so|because|since|please|for (?:this|that|it|us|them))\b))|\b(?:nothing|no (?:\w+ )?(?:data|documents?|records?|text|files?|prompts?))(?: \w+){0,2} (?:go|goes|gets sent|is sent|are sent|be sent|be uploaded|leaves? (?:us )?for) (?:to|in|into|up to) (?:the|a|any) (?:public )?cloud\b|\b(?:can'?t|cannot|must not|may not|won'?t|will not|not allowed to|don'?t|do not|never) use (?:the|any|a) (?:public )?cloud\b|\b(?:the )?cloud is (?:not an option|out of the question|off the table|not allowed|forbidden|a no-go)\b`,
);

const OWN_CLOUD = [
  new RegExp(NOT_LEAVING_OUR_CLOUD),
  /\b(stay|stays|remain|run|runs|kept|keep it|hosted|host it|deployed|deploy it|live|lives) (with)?in (our )?(own )?(cloud|vpc|aws|azure|gcp|account|tenant|subscription|project|org|organi[sz]ation)\b/,
  /\b(served|hosted|run|deployed|running) (from|in|inside) our (own )?(gcp |google cloud |azure |aws )?(project|account|subscription|tenant|org)\b/,
  /\b(our (own )?(cloud|vpc) only|private cloud|own[- ]cloud|our (own )?(aws|azure|gcp|google cloud) (account|tenant|subscription|project|org)|(in|inside|within) our (own )?(azure|aws|gcp|cloud|vpc|tenant))\b/,
  /\b(stay|stays|remain|run|runs|kept|hosted|deployed) (inside|within) (azure|aws|gcp|google cloud)\b/,
  // "our infra is GCP", "we're all in on AWS"
  new RegExp(String.raw`\b(?:our )?(?:infra(?:structure)?|stack|cloud) is (?:all )?(?:on |in )?${CLOUD}\b`),
  // "we use Bedrock and the model must run there"
  new RegExp(
    String.raw`\b${CLOUD}\b(?:[^.?!]){0,40}\b(?:must|has to|have to|needs? to|should|can only) (?:run|stay|live|be hosted|be deployed) (?:there|in it|inside it|in that account)\b`,
  ),
];

// "what if we used an API instead?", "switch to a hosted API", "run only on api", "what if we went
// API instead", "the api route instead": choosing an API
// is saying where. "any API provider" names whom a rule binds ("no training on our data by any API
// provider"), unless it is fine ("any API provider is fine").
const ANY_API =
  /\b(any (hosted )?api(?! (?:providers?|vendors?|hosts?|compan(?:y|ies)|partners?)\b(?! (?:is|are|would be|will do) (?:fine|ok|okay|acceptable)))|an api is fine|apis? (is |are )?(fine|ok|okay)|happy (to use|with) an? api|managed apis?|hosted apis? (is|are) fine|don'?t mind (an|a hosted) api|saas is fine|((an?|any) )?(hosted|managed) (services?|models?|endpoints?|inference|offerings?|providers?) (is|are|were|would be) (fine|ok|okay|acceptable)|api (only|is all we need)|(only|just|purely) (on|via|through|over) (an? |the )?(hosted |managed )?apis?|(so|just|then|happy to use|fine with) an? (hosted|managed|third-party) api|(use|used|using|go with|went with|going with|switch(ed)? to|move(d)? to|stick(ing)? with|rely on|call) (an?|a hosted|a managed) (hosted |managed |third-party |external |cloud )?apis?( instead)?|(?:go|goes|went|going|use|used|using|do|did|doing|try|tried|take|took) (?:the |an? )?(?:hosted |managed )?apis?(?: route)? instead|(?:go|goes|went|going|do|did|take|took) (?:the |an? )?(?:hosted |managed )?api route)\b/;

// Someone else's API chosen without naming it: "we'd rather use a provider's fine-tuning API",
// "through a vendor's API", "an API is what we want", "we'd prefer a hosted API".
const SOMEONES_API =
  /\b(?:use|using|go with|going with|rely on|through|via|prefer|want|choose|pick) (?:an? |some |one )?(?:(?:hosted|managed|cloud|third[- ]party|external) )?(?:provider|vendor|lab|platform)(?:'s|s'|')? (?:[\w-]+ ){0,2}?apis?\b|\ban? (?:hosted |managed )?api is what (?:we|i) (?:want|need|prefer)\b|\b(?:we'?d|we would|i'?d|i would) (?:rather|prefer(?: to)?) (?:use |go with |call |have )?(?:an? |the )?(?:hosted |managed )?apis?\b/;

// Paying per use is how APIs are priced; weights a team runs cost the same used or idle: "we want
// to pay per use", "pay-as-you-go", "usage-based pricing", "we'd rather pay per token". Negated
// ("we don't want to pay per token") it is blanked from `pos` before this is read.
const PAY_PER_USE =
  /\b(?:pay(?:ing)?|billed|charged) (?:only )?(?:per (?:use|call|request|token|query)|by the (?:token|call|request)|as (?:we|you) go)\b|\bpay-(?:as-you-go|per-(?:use|token|call|request))\b|\busage-based (?:pricing|billing)\b/;

// "data can't go to any API", "nothing may be sent to a third-party API", "no external APIs":
// the team must run the weights itself. Read on the whole text (the negation is the point), and
// it outranks the "any API" those same words contain.
const NO_EXTERNAL_API = new RegExp(
  String.raw`\b(?:(?:can'?t|cannot|must not|mustn'?t|may not|shall not|should not|not allowed to|never|won'?t)\s+(?:be\s+)?(?:go|goes|sent|send|leave|shared|share|passed|pass|uploaded|upload|exposed)\s+(?:\w+\s+){0,2}?(?:to|into|through|via|with)\s+(?:(?:any|an?|the|external|third[- ]party|outside|cloud|hosted|public|commercial)\s+)*(?:ai\s+|llm\s+)?(?:apis?|vendors?|providers?|third[- ]part(?:y|ies)|saas)|(?:can'?t|cannot|must not|mustn'?t|may not|not allowed to|won'?t|don'?t want to)\s+use\s+(?:an?|any)\s+(?:(?:external|third[- ]party|outside|cloud|hosted|public|commercial)\s+)*(?:ai\s+|llm\s+)?apis?|no\s+(?:external|third[- ]party|outside|cloud|hosted|public|commercial)\s+(?:ai\s+|llm\s+)?(?:apis?|vendors?|providers?))\b`,
);

// The team runs the weights itself (on rented or owned GPUs), wherever that is.
// A few words may name what is run in between: "running llama 3.1 70b ourselves".
const SELF_HOSTED = new RegExp(
  String.raw`(?<!\b(?:not|never|no|can'?t|cannot|won'?t|don'?t|do not|don'?t want to|rather not)\s)\b(self[- ]?host\w*|(host|hosted|hosting|run|ran|running)(?: [\w.-]+){0,4} (ourselves|in-?house|on our own)|(run|running|host|hosting|serve|serving|operate|operating) our own (inference|models?|llms?|weights|model servers?|${INFERENCE_SERVERS}))\b`,
);

// Ruling out running it yourselves leaves an API: "no self-hosting", "we won't self-host". Read on
// the whole text, since the negation is the point.
const NO_SELF_HOSTING =
  /\b(?:no|not|never|can'?t|cannot|won'?t|don'?t want to|do not want to|rather not|without) (?:any )?self[- ]?host\w*/;

// Weighing both routes is no choice of one: "considering self hosting vs api", "self-host or an API?".
const UNDECIDED =
  /\bself[- ]?host\w*\s+(?:vs\.?|versus|or|compared (?:to|with))\s+(?:an? |the |using an? |a hosted |a managed )?(?:apis?|hosted|managed|cloud|providers?)\b|\b(?:apis?|hosted|managed)\s+(?:vs\.?|versus|or)\s+self[- ]?host\w*/;

// The route a team turns down, after "rather … than", "instead of" or "prefer … to": "we'd rather
// use a provider's fine-tuning API than run anything ourselves", "an API instead of hosting it
// ourselves", "we'd prefer a vendor's API to hosting anything ourselves", "we'd rather self-host
// than use an API". The route and up to five words of what it is ("anything ourselves", "it on our
// own servers") are blanked before the routes are read; a new clause ("… we'd use an API") is not.
const ROUTE_VERB = String.raw`(?:use|using|run|running|host|hosting|self[- ]?host\w*|serve|serving|operate|operating|go|going|call|calling|rely|relying|pay|paying|manage|managing|deal|dealing)`;
const ROUTE_OBJECT = String.raw`(?:\s+(?!(?:we|i|they|you|but|so|and|because|since|as)\b)[\w'.-]+){0,5}`;
const TURNED_DOWN = new RegExp(
  String.raw`(?:\b(?:than|instead of)\s+(?:to\s+)?|(?<=\bprefer\w*\s[^.;!?]{1,60}?\s)to\s+)${ROUTE_VERB}\b${ROUTE_OBJECT}`,
  "g",
);

// The team's own cards as the place it must run, a rule said with an obligation: "it must run on our
// single RTX 4090", "it has to run on our 2 A100s", "everything needs to run on our own 4x L40S".
// That is its own hardware (on-prem): only what fits the cards, nothing rented beside them. A
// question ("will it fit on our A10s?", "can we run X on our 4090?") is no rule.
const MUST_RUN_ON_OWN_CARDS = new RegExp(
  String.raw`\b(?:must|has to|have to|needs? to|should|shall|is to|are to|only)\s+(?:be\s+)?(?:run|runs|hosted|served|deployed)\s+(?:locally\s+|entirely\s+|fully\s+)?on\s+(?:our|my)\s+(?:own\s+)?(?:single\s+|one\s+|two\s+|\d{1,3}\s*(?:x|×)?\s*)?(?:nvidia\s+|geforce\s+)?${OWNED_GPU}`,
);
export type Placement = Pick<Requirements, "onDevice" | "device" | "deployment" | "selfHosted">;

/** `pos`: the text with negated phrases blanked; `t`: the whole text (both folded and cleaned). */
export function placementIn(said: string, t: string): Placement {
  const out: Placement = {};
  const appOnline = API_WHEN_ONLINE.test(said) ? said.replace(OFFLINE_WORDS, (m) => " ".repeat(m.length)) : said;
  const pos = appOnline.replace(TURNED_DOWN, (m) => " ".repeat(m.length));
  const devices = pos
    .replace(ON_A_CALL, (m) => " ".repeat(m.length))
    .replace(MADE_ON_A_DEVICE, (m) => " ".repeat(m.length));
  if (ON_DEVICE.test(devices)) {
    out.onDevice = true;
    // The smallest device named sets the size cap: phones and laptops means phones.
    if (ON_PHONE.test(devices)) out.device = "phone";
    else if (ON_COMPUTER.test(devices)) out.device = "laptop";
  }
  // What the team's people did before ("our engineers have served models on our own GPUs") is
  // experience, not where this model must run.
  const place = withoutExperience(withoutDeviceOffline(pos, out)).replace(OFFLINE_TIMING, (m) => " ".repeat(m.length));
  const noCloud = !out.onDevice && saidAsRule(firstUnhedged(NO_CLOUD, t), t);
  // Premises said as a possibility ("open models we could run later on our own cluster") keep
  // both routes, as a hedged self-hosting does (hedges.ts).
  if (firstUnhedged(ON_PREM, place) || MUST_RUN_ON_OWN_CARDS.test(place) || NEVER_LEAVES.test(t) || noCloud)
    out.deployment = "on-prem";
  else if (OWN_CLOUD.some((p) => p.test(pos))) out.deployment = "own-cloud";
  else if (
    ((ANY_API.test(pos) || SOMEONES_API.test(pos) || PAY_PER_USE.test(pos)) && !NO_EXTERNAL_API.test(t)) ||
    NO_SELF_HOSTING.test(t)
  )
    out.deployment = "any-api";
  // "we'd consider self-hosting", "open to self-hosting": a possibility keeps both routes (hedges.ts).
  // "no third-party APIs" beside the team's own cloud account leaves that cloud's own model
  // services (Bedrock in "our AWS account only") in play: the account is the rule there.
  const noExternalApi = NO_EXTERNAL_API.test(t) && out.deployment !== "own-cloud";
  if ((firstUnhedged(SELF_HOSTED, withoutExperience(pos)) && !UNDECIDED.test(pos)) || noExternalApi)
    out.selfHosted = true;
  return out;
}

/** A match that is a rule, not a wish ("ideally no cloud", "no cloud if possible"). */
function saidAsRule(m: RegExpExecArray | null, t: string): boolean {
  return m !== null && !isPreferenceOnly(t, m.index, m.index + m[0].length);
}

/** The text with an on-device "offline" blanked: offline on a phone is neither on-prem nor batch. */
export function withoutDeviceOffline(pos: string, placement: Placement): string {
  return placement.onDevice
    ? pos.replace(/\b(?:offline|no (?:internet|connectivity|network|connection))\b/g, (m) => " ".repeat(m.length))
    : pos;
}
