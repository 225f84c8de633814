// The phrases that mark each kind of question. Tested against lower-cased, cleaned text.
// Kept as data so each rule can be read (and tested) on its own.

// Commands (help, reset, flow steps, sources, decision record) are recognized in the registry
// (registry/commands.ts); this file holds the cues of questions about models.

/**
 * "why is Devstral Small 2 on the list?", "why did you pick X?", "why is X ranked #3": why a model
 * stands where it does in the thread's shortlist (not "why not X?", and not "why is X so pricey?").
 */
export const WHY_LISTED =
  /^(?:(?:and|ok|okay|so|but|hmm|wait)[,]?\s+)?(?:why\b(?!\s+not\b)(?:[^?.!]|\.(?=\d))*?\b(?:on (?:the|your|this|that) (?:short)?list|in (?:the|your|this|that) (?:short)?list|in (?:the|your) top (?:\d|three|five)|ranked|ranks|#\d|recommended|suggested|included|listed|picked|chosen|there at all|at #?\d)\b|why (?:did|do|would) you (?:pick|put|include|recommend|suggest|list|choose|rank)\b)/;

/**
 * "how did you get the monthly volume?", "so how many tokens a month is that in your maths?": how
 * the thread's volume was read and worked out, asked inside the thread (not a change to it).
 */
export const VOLUME_WORKING =
  /\b(?:how|where)\b[^?.!]{0,30}\b(?:get|got|come up with|came up with|calculate[ds]?|compute[ds]?|work(?:ed)? out|arrive[ds]? at|derive[ds]?|figure[ds]?)\b[^?.!]{0,30}\b(?:volume|tokens?|token counts?|usage)\b|\bhow many tokens (?:a|per) month\b[^?.!]{0,40}\b(?:is that|does that come to|did you (?:use|assume|get|count)|are you (?:using|assuming))\b|\b(?:show|explain)\b[^?.!]{0,20}\b(?:volume|token) (?:maths|math|arithmetic|calculation|working)\b|\bhow many tokens\b[^?.!]{0,30}\bin (?:your|the) (?:maths|math|calculation)\b/;

/** "why not GPT-4o?", "why isn't qwen on the list": a question about a model (or family) left out. */
const WHY_NOT_BEFORE = /^(?:why not|why isn'?t|why wasn'?t|why no)\b/;
/**
 * "and gemini 2.5 flash, why not?", "deepseek — why not?": the same question with what it asks about
 * said first (group 1). Words of assent before it ("sure, why not?", "ok then, why not") agree to
 * something and ask about nothing.
 */
export const WHY_NOT_AFTER =
  /^(?:(?:and|so|but|also|then)[,]?\s+)?(?:what about\s+|how about\s+)?(?!(?:(?:sure|ok|okay|yes|yeah|yep|fine|alright|right|well|then|hmm|oh|and|so|but)\b[\s,.!]*)+why not\b)(\S.*?)\s*(?:[,:;?!—–]|\s-)?\s*\bwhy not\s*[?.!]*$/;
/** A why-not in either order. */
export const WHY_NOT = new RegExp(`${WHY_NOT_BEFORE.source}|${WHY_NOT_AFTER.source}`);

/**
 * A supposition: "what if we reach 1 million conversations a month?", "and if the volume doubles",
 * "suppose we self-host". It asks what would change, so it answers no question of the guided
 * recommendation, even where a word of it would ("conversations": a chat assistant).
 */
export const SUPPOSITION =
  /^(?:(?:and|ok|okay|so|hmm|but|now)[,]?\s+)?(?:what if|and if|suppose|supposing|let'?s say|say we|imagine)\b/;

/** What-if phrasing that changes the requirements of an ongoing recommendation. */
export const WHAT_IF_START =
  /^(?:(?:and|ok|okay|so|hmm|but|now)[,]?\s+)?(what if|what about|how about|and if|suppose|supposing|let'?s say|say we|imagine|why not|why isn'?t|why wasn'?t|why no|instead,?|switch to|change (?:the )?)\b/;
export const WHAT_IF_CONTAINS =
  /\b((double|triple|quadruple|halve|half|cut|increase|reduce|lower|raise)\s+(the |our )?(traffic|volume|usage|load|tokens|requests|budget|users)|(\d+x|\d+ times|twice|ten times) (the |as much )?(traffic|volume|usage|load|tokens|requests)|only open(-weights?| source)? (models|ones)|open(-weights?| source)? (models )?only|(we|i) (don'?t|do not|no longer|won'?t) need|no longer need|budget (is|of) now|cost matters most|quality matters most|drop the|remove the (budget|constraint)|without the (budget|constraint)|we (now )?(need|want) (to )?(self[- ]?host|fine-?tune|on-?prem))\b/;

export const BREAK_EVEN =
  /\b(break[- ]?even|breakeven|cross-?over|at what (volume|point|scale|usage|traffic)|when (is|does|would|will|do) (it|self[- ]?hosting|hosting|running (it |them )?(ourselves|in-?house)|it become|self[- ]?hosting become|owning) ?(\w+ )?(be|get|become|start)? ?(cheaper|worth it|pay off|pays off)|(is|would|will) (it|self[- ]?hosting|running (it|them) (ourselves|in-?house)|hosting (it )?ourselves) (be )?cheaper|cheaper to (self[- ]?host|run (it |them )?(ourselves|in-?house|on our own)|host (it |them )?ourselves)|self[- ]?host\w* (is |be |become )?cheaper|pay(s)? (for )?itself|worth (it to )?self[- ]?host\w*|self[- ]?host\w* worth it|how many tokens before)\b|\bwhen (is|does|would|will|do|are)\b[^?!]{0,60}\b(cheaper|pays? off|worth it|breaks? even)\b|\b(self[- ]?host\w*|run\w* (it |them )?(ourselves|in-?house|on our own)|hosting (it |them )?ourselves)\b[^?!]{0,60}(?<!\b(?:if|when|where|as long as) (?:it'?s|it is|that'?s|that is|it'?d be|it would be|it ends up|it turns out|it works out) )\bcheaper\b/;

export const TRADEOFFS_OPEN_CLOSED =
  /\b(open[- ]?(source|weights?)?( models?| llms?)?\s*(vs\.?|versus|or|and|compared (to|with)|against)\s*(closed|proprietary|api)[- ]?(source|models?|llms?)?|(closed|proprietary)[- ]?(source|weights)?( models?| llms?)?\s*(vs\.?|versus|or|and|compared (to|with)|against)\s*open|why (use|choose|pick|go( with)?) (an? )?(open|closed|proprietary)|should (we|i) (go|use|choose|pick) (with )?(an? )?(open|closed|proprietary)|(benefits|advantages|disadvantages|downsides|risks|pros|cons|drawbacks) of (using )?(an? )?(open|closed|proprietary)|open vs\.? closed|(are|is) (an? )?(open|closed|proprietary)[- ]?(source|weights?)? ?(models?|llms?) (secure|safe|reliable|good|better|worse|cheaper|worth|private|risky|ready|enough))\b/;
export const TRADEOFFS =
  /\b(pros and cons|pros & cons|pros\/cons|trade-?offs?|tradeoffs?|advantages and disadvantages|upsides and downsides)\b/;

export const RECOMMEND =
  /\b(which (model|llm|one|ai|option)s? (for|to use|would you|do you|fits|suits|works? best|is best|should)|(?:which|what) (?:[\w-]+ ){1,2}(?:models?|llms?) (?:should|would|could|do|can) (?:we|i|you) (?:use|pick|choose|start|build|begin|fine-?tune|go|take|run)\b|what (model|llm|ai) (for|to use|would you|do you)|what would you (pick|use|choose|recommend|go with|run|suggest)|which would you (pick|choose|use|go with)|what (should|do|would|could) (we|i) (run|use|pick|choose|go with|deploy|try|start with)|what (should|would|could|can) (we|i) (switch|move|migrate|change) to|(?:a |any )?(?:cheaper |better )?(?:replacements?|alternatives?) (?:to|for)|what would you deploy|what should power|recommendations\??$|what do you (suggest|recommend)|what(?:'?s| is| are)? your (?:top |final |best )?(?:pick|picks|choice|choices|recommendation|recommendations|suggestion|suggestions|call|verdict)|(?:^|\bso |\bthen |\bok |\bokay )which (?:models|ones|llms)(?: (?:then|now|again|do you pick))?(?=\s*\??$)|(we|i) need an? (model|llm|ai)\b|which (model|llm)s? (would|should|could) (work|fit|suit)|what('?s| is| would be) (the )?(best|right|ideal) (model|llm|choice|fit|pick)|options for|recommend\w*|suggest\w*|help (me|us) (to )?(choose|pick|decide|select|find|figure out)|which (model|llm|one|ai) should (we|i)|what (model|llm|ai) should (we|i)|which (model|llm) (is|would be) (the )?best|best (model|llm|option|choice|fit) for|(pick|choose|select|find) (a|the|an|our) (model|llm)|shortlist|what should (we|i) use|which (model|llm) (to use|fits|suits)|guide (me|us)|advise|advice on (a |which )?model|need an? (model|llm) for|looking for an? (model|llm)|(i|we) need (something|a model|an llm|an ai|one) (for|to|that)|(?<!\b(?:your|our) )(cheapest|best|fastest|smallest|most capable|most accurate|strongest|top) (open[- ]?(source|weights?)? )?(models?|llms?|options?|choices?)|(?:what(?:'?s| is)|which(?:'?s| is)) the (?:cheapest|best|fastest|smallest|most capable|most accurate|strongest) (?:one )?(?:that|which) (?:speaks|handles|does|can|supports|knows|writes)|which (open[- ]?(source|weights?)? )?(models|llms) (have|has|support|are good|are best|can handle|handle|fit|work))\b/;

/** Softer asks that mean "recommend" when no model is named ("we need X, thoughts?"). */
export const RECOMMEND_SOFT =
  /\b(thoughts|any (ideas|thoughts|recommendations?|suggestions?|tips|advice)|ideas\?|where (do|should) (we|i) start|what('?s| is) (good|best) (here|for this)|what works)\b/;

/** Questions for a figure (a price, a bill, a break-even), not for a model. */
export const ASKS_AMOUNT =
  /\b(how much|what (would|will|does|do) (it|that|this|they|\S+) (cost|charge)|what('?s| is| would be) the (cost|price|bill)|cost of|price of|prices? for|(?<!\b(?:clear|transparent|predictable|simple|stable|fixed|flat|fair|low) )pricing|per (million|1m|1k|token)|break[- ]?even|cheaper to (self[- ]?host|run)|monthly (bill|cost)|estimate (the |our )?(cost|bill|spend))\b/;

/** Permission questions: a licence, not a price. */
export const LICENSE =
  /\b(licen[cs]\w*|terms of (use|service)|tos|eula|allowed|permitted|permission|legally|is (it|that|this) legal|lawful|compliant|comply|may (we|i)|are (we|i) allowed|is (it|that|this) (ok|okay|legal|allowed|permitted|fine)|can (we|i) (legally )?(use|ship|sell|deploy|fine-?tune|finetune|self[- ]?host|host|distribute|redistribute|offer|serve|train|modify|run|build|commerciali[sz]e|release|publish|embed|put|resell|include)|commercial(ly)?|attribution|credit (meta|them|the)|notice file|built with|naming (rule|requirement)|name (our|the|a) (model|derivative|fine-?tune)|user[- ]?(count[- ]?|number[- ]?)?(thresholds?|limits?|caps?)|(limits?|caps?|ceilings?) on (the )?(number of )?(users|mau)|mau (limit|threshold|cap)|acceptable use|aup|proprietary|open[- ]?source|open[- ]?weights?|closed[- ]?source|restrictions?|restricted|eu exclusion|redistribut\w*|copyleft|osi|apache|mit license|gpl|rail|ownership of (the )?outputs|who owns|(ok|okay|fine|safe|allowed) (for us|to use|for our|for commercial|for a commercial|for (this|that|it)\b(?! (model|one|price|cost|volume|size|task|job|quality|latency|speed|budget)\b)))\b/;
/** "which open models can we ..." asks for a list of open models with verdicts. */
// Open models asked for as a list ("which open models can we use?", "open models that allow
// fine-tuning?"); open models a team says it prefers or wants ("we prefer open models we could
// run later") are a requirement of its recommendation, not a list question.
export const OPEN_MODELS_LIST =
  /\b(which|what|any|list( the)?|show( me)?) (open|open[- ]?weights?|open[- ]?source|self[- ]?hostable)( \w+)? (models|llms|ones)\b|(?<!\b(?:prefer|prefers|preferring|favou?r) )\b(open|open[- ]?weights?|open[- ]?source) (models|llms) (can|could|may|allow|that|which|are|we)\b/;

export const PRICE =
  /\b(price|prices|pricing|priced|rates?|per (1m|1 m|one million|million|1k|thousand|token|mtok)|(input|output) (price|cost)|cost per (token|million|1m)|how much (is|are|does|do) \S+(( \S+){0,3}) (cost|charge)|how expensive)\b|\$ ?\/ ?m(tok)?\b|^how much (is|are) [^?]{1,40}\??$|^what does [^?]{1,40} cost\??$/;
export const COST =
  /\b(monthly (cost|bill|spend)|cost (us|me|per month|a month|monthly)|how much (would|will|does|do|is) (it|that|this|they|\S+)( \S+){0,4} cost|what (would|will) (it|that|\S+)( \S+){0,4} cost|(our|the|a) (bill|spend)|total cost|tco|cost of ownership|run (it|them|\S+) (ourselves|in-?house|on our)|on our (own )?(gpus|servers|hardware)|self[- ]?host\w*|gpus?|h100s?|a100s?|cheaper|more expensive|less expensive|times (cheaper|more)|expensive|afford|budget|costs?)\b/;
/**
 * GPUs a team says it has none of ("we have no GPUs", "we don't have any GPUs"): a fact about the
 * team, no cost or sizing question. None "yet" is hardware to buy (hardware-purchase-text.ts).
 */
export const NO_GPUS =
  /\b(?:no|zero|without(?: any)?|(?:don'?t|do not|doesn'?t|does not|haven'?t|have not) (?:have|own|run|got)(?: any)?)\s+(?:gpus?|graphics cards?)\b(?!\s+(?:(?:for (?:this|it|that|now|the (?:project|job|pilot))\s+)?(?:yet|so far)|for now|at the moment|right now)\b)/g;
/** Running the weights ourselves, said as such ("self-hosted", "on our own GPUs", "in-house"). */
export const RUN_OURSELVES =
  /\b(self[- ]?host\w*|host (it|them|\S+) ourselves|run (it|them|\S+) (ourselves|in-?house|locally|on our)|on our (own )?(gpus|servers|hardware|infra\w*|cloud)|own (gpus|hardware|servers)|on-?prem\w*|in-?house)\b/;
/** Self-hosting as a topic: running it ourselves, or the GPUs and precisions it is sized on. */
export const SELF_HOST = new RegExp(
  String.raw`${RUN_OURSELVES.source}|\b(gpus?|h100s?|a100s?|h200s?|l40s|per gpu|utili[sz]ation|int4|fp8|quantiz\w*)\b`,
);

/** "and via api?", "what about through the API?": the same cost through an API instead of self-hosted. */
export const VIA_API =
  /\b(?:via|through|using|on|over|with|from)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:lab'?s\s+)?(?:own\s+)?(?:hosted\s+|managed\s+)?apis?\b|\bas an api\b|^(?:and\s+|what about\s+|how about\s+)?(?:the\s+|an?\s+)?(?:hosted\s+|managed\s+)?apis?\s*\??$/;

export const COMPARE =
  /\b(compare|comparison|comparing|vs\.?|versus|differences?|differ|better|worse|stack up|against|head[- ]to[- ]head|side by side|or)\b/;

export const MODEL_INFO =
  /\b(tell (me|us) (more )?about|what('?s| is| are| was| were)|who('?s)? (made|makes|built|builds|created|creates|develop\w*|trained|released|owns|is behind)|who (is|was) behind|did \S+ (make|build|create|develop|release)|made by|built by|info\w*|details?|describe|explain|overview|specs?|context (window|length|size)|how (big|large|many parameters)|parameters|when was|release date|is \S+( \S+)? (good|any good|open|closed|released|available|deprecated)|capabilit\w*|modalit\w*|vision|multimodal)\b/;

/** Hardware questions ("on a single H100?", "how many GPUs") are about self-hosting cost, not permission. */
export const HARDWARE =
  /\b(gpus?|vram|h100s?|a100s?|h200s?|l40s|l4s?|b200s?|mi300x?|rtx ?4090|4090s?|graphics cards?|how much memory|memory (do|does|would))\b/;

/**
 * A provider's batch API asked about ("and with batch api?", "with batch pricing", "via the batch
 * endpoint"): prices and costs at the batch rate where the provider offers one.
 */
const BATCH_NOUN = String.raw`(?:api|apis|endpoints?|mode|pricing|prices?|discounts?|rates?|tier|processing)`;
export const BATCH_API = new RegExp(
  String.raw`\bbatch(?:ed)?[- ]${BATCH_NOUN}\b|\b(?:via|through|using|with|on|in) (?:the |a |their )?batch(?:es|ing)?(?:[- ]${BATCH_NOUN})?\b`,
);
