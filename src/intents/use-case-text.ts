// The use case a message states, read in three tiers: the task it names ("extraction from 50k
// PDFs", "a tool-using assistant that moves money", "questions about a whole repo") beats the
// people it is for ("for our developers"), which beat the material or the wrapper it mentions
// ("PDFs", "docs", "assistant", "bot"). Who uses a tool says less than what it does: "a bank
// with 300 developers wants a customer chatbot" is chat. Within a tier the first use case in the
// list wins. Text is lower-cased with negated phrases blanked.
import type { UseCase } from "../scoring/requirements.js";
import { SOFTWARE_AGENT_WORDS } from "./people-words.js";

interface Rule {
  useCase: UseCase;
  pattern: RegExp;
}

// Copilots for people who are not coding ("a support copilot") are assistants. "copilot" alone
// is the wrapper (MATERIAL below): "a copilot for pharmacists" is no coding tool, while "a
// coding copilot" names the task and "a copilot for our developers" the people.
const NON_CODE_ROLES = String.raw`(?:support|sales|customer|service|hr|legal|writing|email|marketing|research|finance|ops)`;
// A voice or phone agent talks with callers: a conversation (a chat rule of its own below), unless it acts
// for them (the agents rule's own verbs: "books appointments", "submits refunds").
const SPOKEN = String.raw`voice|phone|telephone|ai phone|ai voice`;
// "support agents", "human agents", "chat agents" (a contact centre's), "our agents' questions" are people, not agents with tools, and
// so are the agents a tool is for ("a support bot for our agents (the shops that do cash in)"):
// software agents are built, not served;
// so is "the agent" on a call or taking them ("each agent takes 60 calls a shift", "our agents need to
// answer callers"), and "agent assist" is
// the contact-centre tool that helps them (AGENT_ASSIST below).
// What agents must or will do before the verb: "our agents need to answer callers", "agents have
// to take calls", "agents who answer customers" (people; "agents that …" may be software).
const AGENT_MUST = String.raw`(?:(?:need|needs|have|has|got|want|wants|are able|is able|are expected|is expected) to |(?:must|can|should|will|who|often|all|always|usually) )?`;
const NOT_PEOPLE_AGENTS = String.raw`(?<!(?:(?:for|helps?|serv(?:e|es|ing)|support(?:s|ing)?) (?:all )?(?:our|the|its|their)|support|help ?desk|sales|human|(?:call|contact)[- ]?cent(?:er|re)|service|insurance|travel|real estate|booking|claims|field|frontline|live|chat|customer|${SPOKEN}) )(?!agents? (?:is|are) (?:on|in) (?:a |the )?(?:call|phone|chat|line)s?\b|agents? ${AGENT_MUST}(?:takes?|handles?|answers?|gets?|receives?|fields?|makes?|respond(?:s)? to|talks? to|speaks? (?:to|with)|serves?) (?:[\w']+ ){0,3}?(?:calls|callers|chats|tickets|customers|clients|patients|citizens|claimants|members|guests|contacts|conversations|interactions)'?(?![\w-]))(?!agents?[- ]assist)`;
// A support agent the team wants made is software that talks to customers: "We want a support
// agent that answers customer questions", "build a virtual service agent" (a chat assistant).
const SUPPORT_AGENT_WANTED = String.raw`(?:want|need|build|building|built|looking for|create|creating|launch|launching|deploy|deploying)\s+(?:an?|our own|our first)\s+(?:ai |virtual |automated |digital |llm |gen ?ai )?(?:customer[- ])?(?:support|service|help ?desk) agent\b|(?:ai|virtual|automated|digital) (?:customer[- ])?(?:support|service|help ?desk) agents?\b`;
const AGENT_ASSIST = String.raw`agent[- ]assist\w*|assists? (?:the |our |human |live )?agents|(?:suggest\w*|propos\w*) (?:the )?(?:next[- ]best |best )?(?:repl(?:y|ies)|responses?|answers?)`;

// Coding answers into a statistical code list is classification: "code job descriptions into
// ISCO occupation codes", "coding survey answers into NACE industry codes"
// (not "code that maps errors to status codes", which is software).
const CODED_INTO = String.raw`cod(?:e|es|ing) (?!(?:that|which|to|for|in|of|is|was|we|and)\b)(?:[^.;!?]{0,80}? )?(?:in)?to (?:the |our |their )?(?:[\w-]+ ){0,3}?codes`;
// Words with "code" that are not software: mixing languages ("code-switching"), codes people
// type or wear ("promo codes", "dress code"), codes looked up in a fixed set (medical coding,
// classification, EXTRACTION below), bodies of law and rules ("the Civil Code", "the building
// code", "a code of conduct"), the labels a call centre closes a call with ("disposition
// code", "wrap-up codes") and a machine's fault codes. Blanked before the coding rule reads the text.
const LAW_CODES = String.raw`civil|penal|criminal|tax|labou?r|commercial|building|fire|electrical|plumbing|zoning|health|housing|highway|traffic|municipal|administrative|consumer|family|legal|maritime|customs`;
const CALL_CODES = String.raw`disposition|wrap[- ]?up|call[- ]?reason|reason|outcome|resolution`;
// Codes a machine shows when something is wrong: "fault-code descriptions", "OBD trouble codes".
const MACHINE_CODES = String.raw`fault|trouble|alarm|warning|obd|dtc|engine|service`;
const NOT_SOFTWARE_CODE = new RegExp(
  String.raw`\b(?:code[- ]?(?:switch\w*|mix\w*)|code (?:of|de) (?:conduct|practice|ethics|civil|procedure)|(?:promo(?:tional)?|discount|coupon|voucher|referral|zip|post(?:al)?|area|country|qr|bar|dress|access|verification|tracking|billing|diagnosis|diagnostic|procedure|icd(?:-?\d+)?|cpt|hs|tariff|product|sku|isco|isic|nace|naics|occupation(?:al)?|industry|${LAW_CODES}|${CALL_CODES}|${MACHINE_CODES})[- ]codes?|(?:medical|clinical|icd|diagnosis|procedure) coding|${CODED_INTO})\b`,
  "g",
);
const CODE_LOOKUP = String.raw`(?:medical|clinical|icd|diagnosis|procedure) coding|(?:assign\w*|map\w*|suggest\w*) (?:\w+ ){0,2}(?:icd|cpt|hs|tariff|billing|diagnosis|procedure|isco|isic|nace|naics|occupation(?:al)?|industry) codes|${CODED_INTO}`;

// Reading documents for what they commit to: "contract review", "reviewing NDAs for risky clauses".
// E-discovery and a document review for litigation sort each document (relevant, privileged), a
// classification, not questions answered from the documents.
const DOC_REVIEW = String.raw`(?:contract|agreement|nda|lease|clause|policy wording|due diligence) (?:review\w*|analysis|redlin\w*)|review\w* (?:\w+ ){0,2}(?:contracts|agreements|ndas|leases)|e-?discovery|(?:document|privilege|responsiveness|relevance) reviews?`;
// A label given to each item is its class: "tag each document for responsiveness", "label every
// file as relevant or not", "a relevance label for each document".
const LABELLED_EACH = String.raw`(?:tag|label|mark)(?:s|ged|led|ging|ling)? (?:each|every|all) (?:[\w-]+ ){0,2}?(?:as|for|with|by)|(?:relevance|priority|risk|severity|urgency|topic|category|sentiment) labels?`;
// Sorting cases by kind or urgency: "claims triage", "triage inbound support tickets". A
// "triage chatbot" that talks to patients is a chat.
const TRIAGED = String.raw`(?:claims?|tickets?|alerts?|emails?|inbox|leads?|bugs?|bug reports?|incidents?|cases?|requests?|applications?|messages?|reports?|submissions?|referrals?|documents?|feedback)`;
const TRIAGE = String.raw`${TRIAGED} triag\w*|triag(?:e|es|ing) (?!(?:chat ?)?bots?|assistant)(?:\w+ ){0,3}${TRIAGED}`;
// Scoring work or people against a rubric or a role: "auto-grading", "scores quiz responses", "resume screening".
const SCORING = String.raw`auto-?(?:grad|mark|scor)\w*|(?:grad(?:e|es|ing)|mark(?:s|ing)?|scor(?:e|es|ing)) (?:\w+ ){0,3}(?:essays|papers|homework|assignments|exams|answers|responses|submissions|quizzes|tests)|(?:resume|résumé|cv|candidate|applicant|application)s? (?:screening|scoring|ranking|shortlisting|parsing)|screen\w* (?:\w+ ){0,3}(?:resumes|résumés|cvs|candidates|applicants|applications)`;
// Searching sources of a field to cite them: "legal research", "case law research".
const FIELD_RESEARCH = String.raw`(?:legal|case[- ]law|patent|prior[- ]art|regulatory|literature|clinical|tax) research|case[- ]law (?:search|lookup)`;
// Checking claims against sources is retrieval: "a fact-checking tool", "verify claims in articles".
const FACT_CHECK = String.raw`fact[- ]?check\w*|(?:verif\w*|check\w*) (?:\w+ ){0,2}claims (?:against|with|in)`;
// Filling a fixed shape from given facts is extraction, not creative writing: "structured report
// drafting", "templated discharge letters", "fill in the inspection form" ("drafting" alone, as
// in "drafting blog posts", stays creative).
// Turning free text into structured filters or fields ("search queries -> structured filters") is extraction too.
const STRUCTURED_WRITING = String.raw`(?:structured|templated|template-based|standardi[sz]ed|formatted) (?:[\w-]+ ){0,2}(?:reports?|documents?|letters?|notes|records|forms?|outputs?|filters?|fields|attributes|json)|(?:fill\w*|complet\w*) (?:in |out )?(?:the |our )?(?:[\w-]+ )?forms`;
// Writing a document for someone is writing, whatever it is made from: "a SaaS that drafts deeds
// (escrituras) from a form + uploaded ID documents", "drafts tenancy contracts", "writes cover
// letters". The documents it is made from are its input, no retrieval (MATERIAL below). Filling a
// fixed template is extraction (STRUCTURED_WRITING, read first); "draft replies" to customers is chat.
// A writing system is how people type, not something written: "sometimes Arabic script", "Russian
// in Latin letters" (a script or letters to write stay writing: "video scripts", "cover letters").
const WRITING_SYSTEM = String.raw`(?:arabic|latin|roman|cyrillic|greek|hebrew|devanagari|hangul|kana|hiragana|katakana|kanji|chinese|thai|bengali|tamil|georgian|armenian|ethiopic|ge'?ez|tifinagh|berber|amazigh|simplified|traditional)`;
const NOT_A_WRITING_SYSTEM = String.raw`(?<!\b${WRITING_SYSTEM}[- ])`;
const DRAFTED = String.raw`(?:deeds?|escrituras?|contracts?|agreements?|wills?|testaments?|powers? of attorney|${NOT_A_WRITING_SYSTEM}letters?|cover letters?|proposals?|tenders?|grant applications?|press releases?|speeches|essays?|articles?|newsletters?|job (?:ads?|adverts?|postings?))`;
const DOCUMENT_DRAFTING = String.raw`(?:draft(?:s|ed|ing)?|writ(?:e|es|ing)|compos(?:e|es|ing)|prepar(?:e|es|ing)) (?:[\w-]+ ){0,2}?${DRAFTED}`;
// Writing about someone's writing: "feedback on essays", "a writing-feedback tool".
const WRITING_FEEDBACK = String.raw`(?:writing|essay)[- ]feedback|feedback on (?:\w+ ){0,3}(?:essays|writing|drafts|cover letters|statements|stories)`;
// Selling words: "ad copy", "headlines and taglines".
const AD_COPY = String.raw`ads? copy|ad (?:creatives?|text|headlines)|(?:writ\w*|generat\w*) (?:\w+ ){0,2}headlines|taglines?|slogans?`;
// Helping learners study is a tutoring chat: "helps high-school students revise physics", "an AI
// maths tutor", "homework help". "120 tutors" alone are people (people-words.ts), not the task.
const LEARNERS = String.raw`(?:students|pupils|learners|kids|children|teens|teenagers|schoolchildren)`;
const TUTORING = String.raw`tutoring|(?:ai|virtual|online|personal|maths?|math|homework|study|reading|language|exam|revision) tutors?|tutor (?:bots?|chatbots?|assistants?|apps?)|homework help\w*|study (?:buddy|assistant|companion|helper|app)|help(?:s|ing)? (?:[\w-]+ ){0,3}${LEARNERS}\b[^.;!?]{0,40}?\b(?:revise|revising|study|studying|learn|learning|practi[cs]e|prepare for)`;

// Agents counted are people ("our 200 contact-centre agents", "50 agents on the phones"), unless
// the words between say they are software ("we run 20 ai agents").
// "agents: 80", "agents ~80" count them the other way round. Only the word is blanked there, so
// a count said both ways ("our support agents: 40 agents x 120 chats a day", "insurance agents:
// 300 agents, each …") is found again by the first way.
const COUNTED_AGENTS =
  /\b\d[\d,.]*\s*[kmb]?\+?\s+((?:[a-z'-]+\s+){0,2})agents?\b|\bagents?(?=\s*[:=]\s*~?\d[\d,.]*\s*[kmb]?\b)/g;
const SOFTWARE_AGENTS = new RegExp(String.raw`\b${SOFTWARE_AGENT_WORDS}\b`);

// A note written from a record of what was said is a summary of it: "an LLM writes the SOAP note"
// from a visit transcript, "clinical notes from the recording", an ambient scribe, "turns the
// spoken findings into a structured preliminary report".
const NOTE_KIND = String.raw`(?:soap|clinical|visit|consult(?:ation)?|encounter|discharge|progress|case|call|meeting|session|handover|handoff)`;
const NOTE_FROM_RECORD = String.raw`(?:${NOTE_KIND} notes?|(?:ambient |ai |medical |clinical )scribes?|minutes|notes?|write-?ups?) (?:\w+ ){0,3}?from (?:the |a |each |every |our )?(?:\w+ )?(?:transcripts?|transcriptions?|recordings?|audio|calls?|visits?|meetings?|consultations?|conversations?)|(?:writes?|writing|drafts?|drafting|generat\w+|produc\w+|creat\w+|turns? \w+ into|into) (?:the |a |an |our |their )?${NOTE_KIND} notes?|(?:ambient|ai|medical|clinical) scribes?|transcripts? (?:in)?to (?:a |the )?(?:notes?|minutes)|(?:turns?|turning|converts?|converting) (?:the |a |our )?(?:[\w']+ ){0,3}(?:findings|dictations?|transcripts?|recordings?)\b[^.;]{0,40}? into (?:a |an |the )?(?:[\w-]+ ){0,2}(?:reports?|notes?)`;

// A letter a clinician writes when care passes to someone else (a discharge letter to the GP, a
// referral, a transfer or handover letter) sums up the patient's record: "draft discharge letters
// in French from the doctors' notes" is summarising, not creative writing. Written, not read:
// "read the referral letters" is material (rag, extraction).
const CARE_HANDOVER_LETTER = String.raw`(?:writ\w*|draft\w*|generat\w*|produc\w*|prepar\w*|compos\w*) (?:the |our |their |a |an )?(?:[\w-]+ )?(?:discharge|referral|transfer|handover|hand-off|handoff) letters?`;

// Clinical documentation is the notes a clinician writes after seeing a patient; a tool for it
// writes those notes from the visit: "a clinical documentation assistant", "automate medical
// documentation" (a summary). Documentation read for answers ("questions over our clinical
// documentation") is retrieval, so the words must name a tool or its help.
const CLINICAL_DOCUMENTATION = String.raw`(?:clinical|medical|nursing|patient) documentation (?:assistants?|tools?|copilots?|apps?|software|platform|products?|automation|ai)|(?:automat\w*|assist\w* with|help\w* with|speed\w* up|reduc\w*|streamlin\w*) (?:the |our |their )?(?:clinical|medical|nursing|patient) documentation`;

// Documents whose names hold "summary" are material, not the task, unless the work writes them:
// "read the claim form, hospital bills and discharge summaries" is reading ("draft discharge
// summaries from the ward notes" is summarising); "summary judgment" and "summary statistics" are
// no summaries at all. Blanked before the summarisation rule reads the text.
const WRITES = String.raw`(?:writ\w*|draft\w*|generat\w*|produc\w*|creat\w*|prepar\w*|compos\w*|auto-?generat\w*)`;
const SUMMARY_NAMED_DOCUMENTS = new RegExp(
  String.raw`(?<!\b${WRITES}\s(?:[\w-]+\s){0,2})\b(?:discharge|hospital discharge|transfer|patient|benefits?|plan) summar(?:y|ies)\b|\bsummar(?:y|ies) of (?:benefits|coverage|product characteristics)\b|\bsummary (?:judg(?:e)?ments?|statistics|stats|tables?|offences?|proceedings?|dismissals?)\b`,
  "g",
);

// Watching what users post for harm is classification: "moderate player chat (flag toxicity,
// grooming, scams)". "moderate" before an amount ("moderate volume") is a size, not a task.
const HARM = String.raw`(?:toxic\w*|abuse|abusive|spam|scams?|hate(?: speech)?|harass\w*|grooming|nsfw|profanity|slurs?|self-harm|threats?|fraud\w*)`;
const MODERATION = String.raw`moderat(?:ion|ing|ors?)|(?:content|trust (?:and|&) safety) (?:moderation|filter\w*|safety)|moderates? (?:[\w-]+ ){0,2}(?:chats?|comments?|posts?|messages?|content|forums?|reviews?|listings?|uploads?|users?|players?|conversations?|communit\w+|servers?|channels?|threads?)|(?:flag\w*|detect\w*|catch\w*|filter\w*|screen\w*|spot\w*) (?:\w+ ){0,3}?${HARM}|${HARM} (?:detection|classifi\w+|filter\w*|flagging)`;
const MODERATION_JOB = new RegExp(String.raw`\b(?:${MODERATION})\b`);

// Characters of a game or story who talk with the player are written dialogue: "villagers that chat
// with the player", "the characters talk to players" (a chat with customers is a conversation).
const CHARACTERS_TALK = String.raw`(?:villagers?|characters?|npcs?|companions?|creatures?|townsfolk|townspeople)\s+(?:that |who |to |can |will |should )?(?:chat|talk|speak|convers|banter|respond|reply)\w*\s+(?:with|to)\s+(?:the |our |each )?players?`;

// Writing database queries from questions is code generation: "text-to-SQL over customers'
// schemas", "a model that writes SQL queries from our analysts' questions", "NL2SQL".
const SQL_WRITING = String.raw`(?:text|natural[- ]language|nl|questions?|english)[- ]?(?:to|2)[- ]?sql|(?:writ\w*|generat\w*|draft\w*|compos\w*|turn\w* \w+ into) (?:the |our )?sql(?: queries| statements)?|sql (?:generation|queries from|from (?:plain |natural )?(?:english|language|questions))`;

// Invoices are documents to read ("invoices", "supplier invoices into JSON"), unless they are what
// people ask about: "answers customer questions about invoices" is a conversation about them.
const INVOICES_HANDLED = String.raw`(?<!\b(?:about|on|regarding|concerning) (?:[\w']+ ){0,2})invoices?`;

// Taking named details out of documents: "pull shipment details (consignee, HS codes, weights) out
// of customs declarations", "pull dates from contracts"; the fields may be listed in brackets.
const PULLED_OUT = String.raw`(?:pull|get|take|lift|grab)(?:s|ing)? (?:\w+ )?(?:fields|data|values|entities|details|dates|names|amounts|figures|clauses|terms)(?: \([^)]{0,80}\))? (?:out of|from)`;

// Checking documents against the team's own standard is review: "compare incoming NDAs against
// our playbook and flag deviations", "check supplier contracts against our standard terms".
const AGAINST_STANDARD = String.raw`(?:compar|check|review|assess|measur|benchmark)\w* (?:[\w-]+ ){0,3}?(?:contracts?|agreements?|ndas?|msas?|leases?|clauses?|policies|documents?|terms) (?:against|with|to) (?:our |the |a |their )?(?:[\w-]+ ){0,2}?(?:playbooks?|templates?|standards?|standard terms|checklists?|guidelines?|positions?|policy|policies|precedents?)|flag\w* (?:any |the )?(?:deviations|departures|non-standard (?:clauses|terms))`;

// A team's own material searched or asked ("search our past project documentation", "search
// across the team's old tender files", "answer members' questions from our handbook", "answers
// customers' questions using our product manuals"): retrieval. Whose questions may stand between
// the verb and "questions"; the material must be the team's or named ("our", "the", "the team's"),
// so "search for a model" names no material. Questions answered "about" or "over" a topic are a
// chat that knows it ("answers viewers' questions about the programme guide"), left to the rules below.
const OWN_MATERIAL = String.raw`(?:documentation|docs|documents|files|archives?|records|wiki|handbooks?|manuals?|guides?|guidelines|knowledge ?base|intranet|notes|reports|policies|procedures|faqs)`;
const OWNER = String.raw`(?:our|the|their|its|all|[\w-]+'s?)`;
const OWN_MATERIAL_ASKED = String.raw`search\w* (?:through |across |over |in |within )?${OWNER} (?:[\w'-]+ ){0,3}?${OWN_MATERIAL}|answer\w* (?:[\w'-]+ ){0,2}?questions (?:from |using |based on |out of )(?:${OWNER} )?(?:[\w'-]+ ){0,3}?${OWN_MATERIAL}`;

// Documents set against each other are the job ("compare policy wordings side by side", "compare
// two versions of a contract", "brokers compare insurance quotes"), a document review: extraction.
// Models compared are the compare question (cue COMPARE), which these words never name.
const COMPARED_DOCUMENTS = String.raw`(?:policy )?wordings?|contracts?|agreements?|versions?|drafts?|clauses?|quotes?|quotations?|offers?|bids?|tenders?|proposals?|invoices?|documents?|docs|reports?|policies|terms|statements?|filings?|leases?|texts?|pdfs?|files?`;
const DOCUMENTS_COMPARED_JOB = String.raw`(?:compar(?:e|es|ing)|contrast\w*)\s+(?:[\w'-]+\s+){0,3}?(?:${COMPARED_DOCUMENTS})\b(?!\s+(?:of|for|with|from)\s+(?:\w+\s+)?(?:models?|llms?)\b)`;
/** Whether the text sets documents against each other as its job (not models). */
export const DOCUMENTS_COMPARED = new RegExp(String.raw`\b${DOCUMENTS_COMPARED_JOB}`);

// Sorting things into a counted set of kinds is classification: "classify claims into ~25 claim
// types", "one of 8 review labels", "we tag 12 document classes" (the extraction rule below).
const TASKS: Rule[] = [
  {
    useCase: "coding",
    pattern: new RegExp(
      String.raw`\b(cod(e|ing)|programming|software engineering|code review|code completion|ide|pull requests?|refactor\w*|codebases?|code ?base|monorepos?|(?:whole|entire|our|the|a|git|github|gitlab) (?:repo|repos|repository|repositories)|${SQL_WRITING})\b`,
    ),
  },
  {
    useCase: "agents",
    pattern: new RegExp(
      String.raw`\b${NOT_PEOPLE_AGENTS}(agents?(?!')|agentic|tool use|tool[- ]using|tool calling|function calling|uses? tools|tools|workflows? automation|autonomous|api calls|calls? (?:our |internal |external |third[- ]party )?(?:[a-z-]+ )?apis|(?:via|through|using) (?:the |our |their )?(?:internal |external )?apis?|takes? actions?|moves? money|(?:executes?|places?|books?|submits?) (?:trades|payments|transactions|orders|meetings|flights|appointments|refunds))\b`,
    ),
  },
  // The voice or phone agent is the product, whatever it also writes after the call: read before
  // the summary it files ("a voice agent for our phone line; after each call it writes a summary").
  { useCase: "chat", pattern: new RegExp(String.raw`\b(?:${SPOKEN}) (?:agents?|assistants?)\b`) },
  // Coding answers into a code list names its task: read before "answers from our surveys" looks
  // like questions answered from documents (the rag rule).
  { useCase: "extraction", pattern: new RegExp(String.raw`\b${CODED_INTO}\b`) },
  { useCase: "translation", pattern: /\b(translat\w*|locali[sz](e|ation|ing)|interpret(ing|er) between)\b/ },
  {
    useCase: "summarization",
    pattern: new RegExp(
      String.raw`\b(summar(y|ies|i[sz]\w*)|tl;?dr|digests?|condens\w*|meeting (?:notes|minutes)|recaps?|abstracts? of|(?:in)?to (?:short |brief |a few )?(?:pros ?(?:and|&|\/) ?cons|bullet(?: point)?s|key points|takeaways|highlights)|shorten (long )?(texts?|docs|documents|emails|threads)|${NOTE_FROM_RECORD}|${CLINICAL_DOCUMENTATION}|${CARE_HANDOVER_LETTER})\b`,
    ),
  },
  {
    useCase: "rag",
    pattern: new RegExp(
      String.raw`\b(${FIELD_RESEARCH}|${FACT_CHECK}|${OWN_MATERIAL_ASKED}|rag|retrieval|knowledge base|search over|question answering|q ?& ?a|qa over|(doc|document|pdf)s? ?qa|internal wiki|semantic search|our documentation|answers? (questions )?from (our|the|a)|(ask|answer) questions (about|over|on|from) (our |the )?(docs|documents|pdfs|files|manuals|wiki|policies|handbook|contracts)|chat with (our |the )?(docs|documents|pdfs|files))\b`,
    ),
  },
  {
    useCase: "extraction",
    pattern: MODERATION_JOB,
  },
  {
    useCase: "extraction",
    pattern: new RegExp(
      String.raw`\b(${DOC_REVIEW}|${LABELLED_EACH}|${AGAINST_STANDARD}|${DOCUMENTS_COMPARED_JOB}|${TRIAGE}|${SCORING}|${CODE_LOOKUP}|${STRUCTURED_WRITING}|extract\w*|classif(y|ies|ying|ication|ications|ier|iers)|tag(ging)? (\w+ )?(posts|tickets|emails|messages|documents)|into json|to json|json output|tagging|labell?ing|categori[sz]\w*|parsing|parse|entity recognition|ner|structured data|${INVOICES_HANDLED}|sentiment|routing tickets|moderation|(?:into|of|with|among|tag|tags|label|sort|route) ~?\s*\d[\d,.]*k? (?:[a-z]+ )?(?:types|categories|classes|labels|buckets|kinds)|${PULLED_OUT})\b`,
    ),
  },
  {
    useCase: "creative",
    pattern: new RegExp(
      String.raw`\b(${WRITING_FEEDBACK}|${AD_COPY}|${DOCUMENT_DRAFTING}|creative|(?:product|listing|property|item) (?:titles?|names?) (?:\+|and|&|\/) descriptions|(?:product|listing|property|item) descriptions|writes? (?:\w+ )?descriptions|stories|story|fiction|marketing copy|copywriting|blog posts?|poems?|poetry|content generation|writing assistant|${NOT_A_WRITING_SYSTEM}scripts?|role-?play\w*|npcs?|dialogue for|game dialogue|${CHARACTERS_TALK}|editing assistant|drafting|draft (release notes|posts|articles|copy|announcements|newsletters))\b`,
    ),
  },
  {
    useCase: "chat",
    pattern: new RegExp(
      String.raw`\b(${AGENT_ASSIST}|${SUPPORT_AGENT_WANTED}|chat ?bots?|chat assistant|customer (support|service)|support bot|help ?desk|(?:help|hot) ?lines?|conversational|faq|(?:draft\w*|suggest\w*) (?:customer )?(?:replies|responses)|(telegram|discord|slack|whatsapp|faq|helpdesk|support|web|voice) bots?|${NON_CODE_ROLES} copilots?|${TUTORING})\b`,
    ),
  },
];

// People a tool is for, when no task is named: "something for our developers" is coding. Only
// developers the message ties to the tool count: it is for them or helps them ("for our 60
// developers", "to help our devs"), they use it ("our 200 developers would use it daily") or it is
// a developer tool ("a developer productivity assistant"). Developers the team merely has ("we have
// one developer", "1 part time developer (he knows PHP)", "with a freelance programmer") are who
// builds it, whatever the tool is: "we want a WhatsApp bot for tourists" is no coding job.
const DEVS = String.raw`(?:developers?|programmers?|devs?)`;
const FOR_DEVS = String.raw`(?:for|help(?:s|ing)?|serv(?:e|es|ing)|support(?:s|ing)?|assist(?:s|ing)?|empower(?:s|ing)?|used by|aimed at|targeted at|built for|made for|meant for)\s+(?:(?:all|each|every|of|both)\s+)*(?:(?:our|the|its|their|my|your|these|those)\s+)?(?:(?:~|about |around |some )?\d[\d,.]*k?\+?\s+|(?:hundreds|thousands) of\s+|many\s+)?(?:[\w-]+\s+)?${DEVS}\b`;
const DEVS_USE = String.raw`\b${DEVS}\s+(?:(?:would|will|can|could|should|to|who|that|then|all|each|already|are going to|need to|needs to|want to|wants to|have to|get to)\s+)*(?:use|uses|using|ask|asks|asking|query|queries|chat|chats|type|types|get|gets|search|searches|look up|looks up|work with|works with|rely on|relies on)\b`;
const DEV_TOOL = String.raw`\b(?:developer|programmer|dev)[- ](?:tools?|tooling|productivity|experience|assistants?|copilots?|portal|platform|docs|questions|support)\b`;
const PEOPLE: Rule[] = [{ useCase: "coding", pattern: new RegExp(String.raw`\b${FOR_DEVS}|${DEVS_USE}|${DEV_TOOL}`) }];
// So are developers named beside the rest of the team's means ("We have one developer and a
// laptop.", "two developers and no servers", "5 developers and a data scientist"), unless the
// tool is for them ("for our 300 developers and a data scientist").
const DEVELOPER_COUNT = String.raw`(?:\d+|one|two|three|four|five|a couple of|a few)\s+(?:[\w-]+\s+)?(?:developers?|programmers?|devs)`;
const TEAM_MEANS = String.raw`(?:an?|one|two|three|no|some|\d+)\s+(?:[\w-]+\s+)?(?:laptops?|macbooks?|pcs?|computers?|workstations?|servers?|gpus?|budget|data scientists?|(?:ml|ai|data|devops) engineers?|designers?|interns?)`;
const DEVELOPERS_WHO_BUILD = new RegExp(
  String.raw`\b(?:(?:no (?:gpus?|servers?)[,;]?(?: and)?|just|only)\s+${DEVELOPER_COUNT}|(?<!\bfor (?:all )?(?:our |the |its |their )?)${DEVELOPER_COUNT}(?=\s*(?:,|and|with|plus)\s+${TEAM_MEANS}\b))\b`,
  "g",
);

// Words that say what is read or how it is wrapped, not what is done with it.
const MATERIAL: Rule[] = [
  { useCase: "rag", pattern: /\b(documents?|docs|manuals|pdfs?)\b/ },
  { useCase: "chat", pattern: /\b(assistant|helper|chat|chats|bot|copilots?)\b/ },
];

// Keeping data in a country is no translation: "RBI data localisation", "localization rules".
const DATA_LOCALISATION =
  /\b(?:data|storage|payment data|in-country|country|residency)[- ]locali[sz]ation\b|\blocali[sz]ation (?:laws?|rules?|requirements?|norms?|mandates?|regulations?|directives?|obligations?)\b/g;

// Completion on a keyboard or in a search box is not code completion.
const AUTOCOMPLETE = /\bautocomplet\w*/;
const NOT_CODE_TYPING = /\b(keyboard|typing|texting|sms|search (box|bar)|messag\w+|emails?)\b/;

// A message that names its jobs in turn ("We want two things. First, a customer-facing chat
// assistant … Second, after each call, a summary", "We want to write product descriptions … We
// also want to moderate the reviews") leads with its main one: the task named before the second
// job opens is the use case, wherever its kind stands in TASKS.
// Tagging each of the conversations a support job handles is a second job beside it, not the task:
// "answer users' questions about warranty and returns, and classify each conversation (fault /
// return / complaint)" is support chat that also tags.
// Two jobs joined in one sentence open the second with "and also" or "as well as a": "a support
// chatbot and also code completion for our devs", "summarise calls, and also a chatbot".
const SECOND_JOB =
  /\b(?:second(?:ly)?\b\s*[,:]|(?:we|i)(?:'d| would)? also (?:want|need|would like|plan|have to|hope)\b|also,? we (?:want|need|would like|plan)\b|in addition,|,?\s*and also (?=an? |some |the |[a-z]+ing\b|code\b|[a-z]+ (?:bots?|assistants?|completion|summar\w+|translation|extraction)\b)|,?\s*as well as (?=an? )|and (?:also )?(?:tag|classify|label|categori[sz]e|sort) (?:each|every|all|the) (?:conversations?|chats?|calls?|tickets?|messages?|exchanges?)\b)/;

/** The text before a second job opens, when the message names more than one. */
function firstJobOf(text: string): string | undefined {
  const second = SECOND_JOB.exec(text);
  return second ? text.slice(0, second.index) : undefined;
}

/**
 * The job a message names after its first one ("a support chatbot and also code completion": coding),
 * when it is another kind of job than the first: one shortlist ranks one job, so the other is said
 * back and offered, never dropped unsaid.
 */
export function secondJobIn(text: string): UseCase | undefined {
  const second = SECOND_JOB.exec(text);
  if (!second) return undefined;
  const first = useCaseIn(text);
  // "answer them and tag each message (order / return / other)": the opener is the job itself,
  // tagging each one (classification), whatever its labels say after it.
  const other = TAGS_EACH.test(second[0]) ? "extraction" : useCaseIn(text.slice(second.index + second[0].length));
  return other !== undefined && other !== first ? other : undefined;
}
const TAGS_EACH = /\b(?:tag|classify|label|categori[sz]e|sort)\b/;

/** Whether the text names content moderation (harm in what users post), the classification job safety classifiers are made for. */
export function moderationIn(text: string): boolean {
  return MODERATION_JOB.test(text);
}

export function useCaseIn(text: string): UseCase | undefined {
  const pos = withoutCountedAgents(text)
    .replace(DATA_LOCALISATION, (m) => " ".repeat(m.length))
    .replace(SUMMARY_NAMED_DOCUMENTS, (m) => " ".repeat(m.length));
  const software = pos.replace(NOT_SOFTWARE_CODE, (m) => " ".repeat(m.length));
  const first = firstJobOf(pos);
  if (first !== undefined) {
    const firstSoftware = software.slice(0, first.length);
    for (const { useCase, pattern } of TASKS)
      if (pattern.test(useCase === "coding" ? firstSoftware : first)) return useCase;
  }
  for (const { useCase, pattern } of TASKS) if (pattern.test(useCase === "coding" ? software : pos)) return useCase;
  if (AUTOCOMPLETE.test(pos) && !NOT_CODE_TYPING.test(pos)) return "coding";
  const forPeople = pos.replace(DEVELOPERS_WHO_BUILD, (m) => " ".repeat(m.length));
  for (const { useCase, pattern } of PEOPLE) if (pattern.test(forPeople)) return useCase;
  for (const { useCase, pattern } of MATERIAL) if (pattern.test(pos)) return useCase;
  return undefined;
}

/** The text with counted human agents blanked (same length). */
function withoutCountedAgents(text: string): string {
  return text.replace(COUNTED_AGENTS, (m, between: string | undefined) =>
    SOFTWARE_AGENTS.test(between ?? "") ? m : " ".repeat(m.length),
  );
}
