// Requirements for a recommendation, from free text. One sentence may fill several:
// "a cheap open-weights model for coding, 20M tokens a month, data must stay in the EU" ->
// useCase coding, priorities [cost], openWeightsOnly, volume, inEu.
import type { Catalog } from "../catalog/catalog.js";
import { cleanText, foldCase } from "../catalog/normalize.js";
import type { Criterion, Requirements, UseCase } from "../scoring/requirements.js";
import { MONEY, moneyValue, re, spellOutNumbers } from "./numbers.js";
import { parseContextTokens } from "./assumptions-text.js";
import { parseTeamFacts } from "./team-facts.js";
import { parseVolume } from "./volume.js";

const USE_CASES: { useCase: UseCase; pattern: RegExp }[] = [
  {
    useCase: "coding",
    pattern:
      /\b(cod(e|ing)|programming|developers?|software engineering|copilot|code review|code completion|autocomplete|ide|pull requests?|refactor\w*)\b/,
  },
  {
    useCase: "agents",
    pattern: /\b(agents?|agentic|tool use|tool calling|function calling|tools|workflows? automation|autonomous)\b/,
  },
  {
    useCase: "rag",
    pattern:
      /\b(rag|retrieval|documents?|docs|knowledge base|search over|question answering over|q&a over|internal wiki|manuals|pdfs?|semantic search|our documentation)\b/,
  },
  {
    useCase: "extraction",
    pattern:
      /\b(extract\w*|classif\w*|tagging|labell?ing|categori[sz]\w*|parsing|parse|entity recognition|ner|structured data|invoices?|sentiment|routing tickets|moderation)\b/,
  },
  {
    useCase: "creative",
    pattern:
      /\b(creative|stories|story|fiction|marketing copy|copywriting|blog posts?|poems?|poetry|content generation|writing assistant|scripts?)\b/,
  },
  {
    useCase: "chat",
    pattern:
      /\b(chat ?bots?|chat assistant|assistant|customer (support|service)|support bot|help ?desk|conversational|chat)\b/,
  },
];

const LANGUAGES = [
  "english",
  "german",
  "french",
  "spanish",
  "italian",
  "portuguese",
  "dutch",
  "polish",
  "swedish",
  "danish",
  "finnish",
  "norwegian",
  "czech",
  "greek",
  "turkish",
  "russian",
  "ukrainian",
  "arabic",
  "hebrew",
  "hindi",
  "bengali",
  "japanese",
  "korean",
  "chinese",
  "mandarin",
  "cantonese",
  "vietnamese",
  "thai",
  "indonesian",
  "malay",
];

const PRIORITY_PATTERNS: { criterion: Criterion; pattern: RegExp }[] = [
  {
    criterion: "cost",
    pattern:
      /\b(cheap\w*|low[- ]cost|inexpensive|affordable|budget[- ]friendly|cost (matters|is (the )?(most|key|important|critical|priority))|cost[- ]sensitive|cost[- ]effective|save money|minimi[sz]e cost|lowest (cost|price))\b/,
  },
  {
    criterion: "quality",
    pattern:
      /\b(best quality|highest quality|quality (matters|is (the )?(most|key|important|critical))|most (capable|accurate|powerful)|top[- ]tier|state of the art|sota|accuracy (matters|is key)|smartest|best possible)\b/,
  },
  {
    criterion: "customization",
    pattern: /\b(customi[sz]\w*|fine-?tun\w* (matters|is (key|important|a must))|control over the model)\b/,
  },
  {
    criterion: "dataControl",
    pattern:
      /\b(privacy|data control|data sovereignty|keep (our|the) data|data (must|has to|needs to|should) (stay|remain|not leave)|confidential|no data (leaves|leaving)|sensitive data)\b/,
  },
  {
    criterion: "integration",
    pattern:
      /\b(easy to integrate|easy integration|simple integration|quick to integrate|plug and play|integrat\w* (matters|is key)|drop-?in|time to market|ship fast|quickly)\b/,
  },
  {
    criterion: "operations",
    pattern:
      /\b(low maintenance|minimal ops|no ops|managed|hands-?off|don'?t want to (run|manage) (gpus|infrastructure|servers)|operations (matter|are key)|reliab\w*|uptime)\b/,
  },
  {
    criterion: "contextFit",
    pattern: /\b(long context|long documents|large context|huge context|whole codebase|entire (book|codebase|repo))\b/,
  },
];

export function parseRequirements(text: string, _catalog?: Catalog): Partial<Requirements> {
  const raw = cleanText(text.slice(0, 2000));
  const t = spellOutNumbers(foldCase(raw));
  const req: Partial<Requirements> = {};

  for (const { useCase, pattern } of USE_CASES) {
    if (pattern.test(t)) {
      req.useCase = useCase;
      break;
    }
  }

  if (
    /\b(regulated|hipaa|phi|pci|patient (data|records)|medical records|health data|financial data|banking data|pii|personal data|gdpr[- ]sensitive|classified|legal privilege)\b/.test(
      t,
    )
  )
    req.dataSensitivity = "regulated";
  else if (
    /\b(internal|confidential|proprietary (data|code)|customer data|private (data|code)|sensitive|trade secrets?|our (own )?(source )?code)\b/.test(
      t,
    )
  )
    req.dataSensitivity = "internal";
  else if (/\b(public (data|information|content)|nothing sensitive|non-?sensitive|open data)\b/.test(t))
    req.dataSensitivity = "public";

  if (
    /\b(on-?prem\w*|on premises?|air-?gapped|our own (hardware|servers|data ?cent(er|re)s?)|in our data ?cent(er|re)|offline|no internet)\b/.test(
      t,
    )
  )
    req.deployment = "on-prem";
  else if (
    /\b((stay|stays|remain|run|runs|kept|keep it|hosted|host it) (with)?in our (own )?(cloud|vpc|aws|azure|gcp|account|tenant)|our (own )?(cloud|vpc) only|self[- ]?host\w*|private cloud|own cloud|our (aws|azure|gcp) account)\b/.test(
      t,
    )
  )
    req.deployment = "own-cloud";
  else if (
    /\b(any (hosted )?api|an api is fine|api is (fine|ok|okay)|happy (to use|with) an? api|managed api|hosted api is fine|don'?t mind (an|a hosted) api|saas is fine)\b/.test(
      t,
    )
  )
    req.deployment = "any-api";

  const volume = parseVolume(raw);
  if (volume) req.volume = volume;

  const budget = parseMonthlyBudget(t);
  if (budget !== undefined) req.monthlyBudgetUsd = budget;

  const facts = parseTeamFacts(raw);
  if (facts.monthlyActiveUsers !== undefined) req.monthlyActiveUsers = facts.monthlyActiveUsers;
  if (facts.fineTune !== undefined) req.fineTuning = facts.fineTune;
  if (facts.trainOnOutputs !== undefined) req.trainOnOutputs = facts.trainOnOutputs;
  if (facts.inEu !== undefined) req.inEu = facts.inEu;

  const context = parseContextTokens(t);
  if (context !== undefined) req.contextTokens = context;

  const languages = LANGUAGES.filter((l) => re(String.raw`\b${l}\b(?!\s+(company|startup|team|bank|firm))`).test(t));
  if (/\bmultilingual|many languages|several languages|multiple languages\b/.test(t)) languages.push("multilingual");
  if (languages.length > 0) req.languages = [...new Set(languages)];

  if (
    /\b(no|zero|little|limited|not much|without)\s+(ml[- ]?ops|machine learning|ml|infra\w*|devops|gpu|ops)?\s*(experience|expertise|engineers?|team|skills|staff)\b/.test(
      t,
    ) ||
    /\bnever (run|deployed|hosted) (a |any )?(models?|gpus?)\b/.test(t)
  )
    req.mlOpsExperience = "none";
  else if (
    /\b(strong|experienced|senior|dedicated|solid|lots of|deep)\s+(ml[- ]?ops|machine learning|ml|infra\w*|platform|gpu)?\s*(experience|expertise|engineers?|team|skills)\b/.test(
      t,
    ) ||
    /\bwe (already )?run (our own )?gpus\b/.test(t)
  )
    req.mlOpsExperience = "strong";
  else if (
    /\b(some|a bit of|moderate|basic)\s+(ml[- ]?ops|machine learning|ml|infra\w*|devops)?\s*(experience|expertise|skills)\b/.test(
      t,
    )
  )
    req.mlOpsExperience = "some";

  if (
    /\b(batch|offline|overnight|asynchronous|async|nightly|latency (doesn'?t|does not) matter|not latency[- ]sensitive)\b/.test(
      t,
    )
  )
    req.latency = "batch";
  else if (
    /\b(real-?time|interactive|low[- ]latency|fast responses?|snappy|latency[- ]sensitive|instant|live chat|streaming)\b/.test(
      t,
    )
  )
    req.latency = "interactive";

  if (
    /\b(open[- ]?weights?|open[- ]?source|open models?|oss models?|self[- ]?hostable|weights available|downloadable weights|only open|open ones)\b/.test(
      t,
    ) &&
    !/\b(closed|proprietary) (is|are) fine\b/.test(t)
  ) {
    if (!/\bnot (necessarily )?open|doesn'?t (have|need) to be open\b/.test(t)) req.openWeightsOnly = true;
  }

  const priorities: Criterion[] = [];
  for (const { criterion, pattern } of PRIORITY_PATTERNS) if (pattern.test(t)) priorities.push(criterion);
  const most =
    /\b(cost|price|quality|accuracy|privacy|customi[sz]ation|integration|operations|context)\b(?:[^.?!]|\.(?=\d)){0,20}\b(matters? most|is (the )?(most important|top priority|priority)|first)\b/.exec(
      t,
    );
  if (most?.[1] !== undefined) {
    const top = topPriority(most[1]);
    if (top) {
      const i = priorities.indexOf(top);
      if (i >= 0) priorities.splice(i, 1);
      priorities.unshift(top);
    }
  }
  if (priorities.length > 0) req.priorities = priorities;
  return req;
}

function topPriority(word: string): Criterion | null {
  if (word === "cost" || word === "price") return "cost";
  if (word === "quality" || word === "accuracy") return "quality";
  if (word === "privacy") return "dataControl";
  if (word.startsWith("customi")) return "customization";
  if (word === "integration") return "integration";
  if (word === "operations") return "operations";
  if (word === "context") return "contextFit";
  return null;
}

/** "under $500 a month", "budget of $2k/month", "$1,000 per month max", "$6k a year". */
export function parseMonthlyBudget(text: string): number | undefined {
  const t = foldCase(text);
  const moneyPattern = re(String.raw`(?:${MONEY})\s*(?:\/|per|a|an|each|every)?\s*(month|mo|year|yr|annum)?`, "g");
  for (const m of t.matchAll(moneyPattern)) {
    const before = t.slice(Math.max(0, m.index - 40), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "$2.10/h" is a GPU rate and "$3 per 1M tokens" a price, not a budget.
    if (/^\s*(?:\/|per|an?)\s*(?:gpu[- ]?)?(?:h|hr|hour|1?m|million|token|k)/.test(after)) continue;
    const period = m[m.length - 1];
    const budgetWords =
      /\b(budget|under|below|less than|at most|max(imum)?|no more than|up to|within|cap|spend|afford|limit|around|about)\b/.test(
        before,
      ) || /^\s*(max|maximum|or less|tops|budget|at most)\b/.test(after);
    if (!budgetWords && period === undefined) continue;
    const value = moneyValue(m);
    if (!Number.isFinite(value) || value <= 0) continue;
    if (period !== undefined && /^(year|yr|annum)$/.test(period)) return Math.round(value / 12);
    return value;
  }
  return undefined;
}
