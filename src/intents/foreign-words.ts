// Teams in Köln, Lyon or São Paulo often write their first message in German, French or Portuguese. Every reader here
// reads English, so a message in one of those languages has its common requirement words put in
// English first ("20 Mio Tokens im Monat" -> "20 mio tokens a month", "hébergement en UE
// obligatoire" -> "eu hosting required"), and the readers do the rest. This is a small table of
// the words teams use for the facts we read, per language, not a translator: a word it does not
// hold stays as it was. A message is glossed only when several of the language's everyday words
// appear in it, so an English message that holds one of them ("die-cutting") is left alone.

import { perMessage } from "../per-message-memo.js";
import { withEnglishDigitGroups, withKanjiMagnitudes } from "./digit-groups.js";
import { gated } from "./reader-gates.js";
import type { Tongue } from "./tongue.js";
import { CHINESE } from "./tongue-chinese.js";
import { DUTCH } from "./tongue-dutch.js";
import { INDONESIAN } from "./tongue-indonesian.js";
import { ITALIAN } from "./tongue-italian.js";
import { JAPANESE } from "./tongue-japanese.js";
import { KOREAN } from "./tongue-korean.js";
import { TURKISH } from "./tongue-turkish.js";
import { VIETNAMESE } from "./tongue-vietnamese.js";

const MIN_MARKS = 3;

const GERMAN: Tongue = {
  name: "German",
  marks: [
    "wir",
    "sind",
    "und",
    "der",
    "die",
    "das",
    "fur",
    "mit",
    "welches",
    "welche",
    "nicht",
    "eine",
    "einen",
    "ein",
    "auf",
    "unsere",
    "unser",
    "ist",
    "bei",
    "daten",
    "modell",
    "etwa",
    "keine",
    "mussen",
    "muss",
    "oder",
    "ihr",
    "sie",
  ],
  openers: [
    "was (?:ware|waere),? wenn",
    "und wenn",
    "warum nicht",
    "was kostet",
    "(?:wie viel|wieviel) kostet",
    "(?:durfen|konnen) wir",
  ],
  closers: ["warum nicht"],
  glosses: [
    // Follow-ups in a thread: a what-if, a why-not, a cost.
    ["was (?:ware|waere),? wenn|und wenn", "what if"],
    ["warum nicht", "why not"],
    ["was kostet|(?:wie viel|wieviel) kostet", "what is the cost of"],
    // "was kostet die erste Empfehlung pro Schadenmeldung?": the shortlist's #1.
    ["(?:die )?(?:erste|top-?)empfehlung|(?:der )?erste vorschlag|(?:das )?erste modell", "the top pick"],
    // "dürfen wir Llama 3.3 70B kommerziell … einsetzen?": a licence question.
    ["durfen wir", "can we use"],
    ["konnen wir", "can we"],
    ["kommerziell", "commercially"],
    // Where the data must stay, said verb-last: "Daten müssen in der EU bleiben".
    ["in der eu|in der europaischen union", "in the eu"],
    ["in europa", "in europe"],
    ["in deutschland", "in germany"],
    [
      "(mussen|muss|sollen|soll|durfen nur|darf nur) (in the eu|in europe|in germany) (?:bleiben|verbleiben|liegen|gespeichert werden|verarbeitet werden|gehostet werden)",
      "must stay $2",
    ],
    ["(?:durfen|darf) (?:die eu|europa) nicht verlassen", "must not leave the eu"],
    // "… und dürfen nicht zum Training verwendet werden": the host may not train on the data.
    [
      "(?:durfen|darf|sollen|soll) nicht (?:zum|fur(?: das)?|als) training(?:sdaten)? (?:verwendet|genutzt|benutzt|eingesetzt) werden",
      "must not be used for training",
    ],
    ["(?:eu-hosting|hosting in the eu|eu-server|server in the eu|rechenzentren? in the eu)", "eu hosting"],
    ["(?:selbst hosten|selbst betreiben|selbst gehostet)", "self-host"],
    ["auf (?:unseren|eigenen|unseren eigenen) servern", "on our own servers"],
    // "dürfen unser Haus nicht verlassen, also keine Cloud": the data stays on the premises.
    [
      "(?:durfen|darf) (?:unser haus|das haus|unsere raume|unser gebaude|unser rechenzentrum) nicht verlassen",
      "must not leave our premises",
    ],
    ["also keine cloud", "so no cloud"],
    ["(?:einen |ein )?eigene[nmrs]? (server|gpus?|rechner|hardware)", "our own $1"],
    [
      "(?:in )?(?:unserem|unseren|unserem eigenen|im eigenen|einem eigenen) rechenzentr(?:um|en)",
      "in our own data centre",
    ],
    ["rechenzentr(?:um|en)", "data centre"],
    // Who the team is.
    ["wir sind (?:eine?n?|die|der|das)", "we are a"],
    ["(?:kranken)?versicherung|krankenkasse|versicherer", "insurer"],
    ["sparkasse|volksbank|bank", "bank"],
    ["krankenhaus|klinikum|klinik|spital", "hospital"],
    ["arztpraxis", "clinic"],
    ["anwaltskanzlei|kanzlei", "law firm"],
    ["behorde", "government agency"],
    // The data.
    ["patientendaten|patientenakten|arztbriefe|befunde", "patient records"],
    ["gesundheitsdaten", "health data"],
    ["personenbezogene(?:n)? daten", "personal data"],
    ["kundendaten", "customer data"],
    // "80.000 Schadenmeldungen im Monat, je Meldung …": claims counted, then one of them sized.
    ["schadens?meldungen|schadensfalle", "insurance claims"],
    ["schadens?meldung", "claim"],
    ["meldungen", "reports"],
    ["meldung", "report"],
    ["kundenanfragen", "customer requests"],
    ["anfrage", "request"],
    ["deutsche[nmrs]?", "german"],
    ["daten", "data"],
    ["vertraulich(?:e|en)?", "confidential"],
    ["dsgvo", "gdpr"],
    // What the model will do.
    // A verb said last ("Arztbriefe zusammenfassen.") must not read as "summarise." (the decision record).
    ["zusammenfassung(?:en)?", "summaries"],
    ["zusammenfass\\w*", "summarising"],
    ["ubersetz\\w*", "translate"],
    ["kundenservice\\w*|kundensupport\\w*|kundendienst\\w*", "customer support"],
    ["extrahier\\w*|extraktion", "extract"],
    ["klassifizier\\w*|kategorisier\\w*", "classify"],
    // Coding answers into a code list (occupations, industries) is classification, not programming.
    ["zu(?:zu)?ordnen|zugeordnet|(?:ver)?schlussel\\w*|kodier\\w*|codier\\w*|verschlagwort\\w*", "classify"],
    ["programmier\\w*", "coding"],
    ["wissensdatenbank", "knowledge base"],
    ["vertragsprufung|vertrage prufen", "contract review"],
    // Asking for a model.
    ["welche[sn]? (?:ki-?modell|sprachmodell|modell|llm)e?", "which model"],
    ["was (?:empfehlt ihr|empfehlen sie|wurdet ihr empfehlen|wurden sie empfehlen)", "what do you recommend"],
    ["empfehlt ihr|empfehlen sie|empfehlung", "recommend"],
    // Amounts and rates.
    ["(?:im|pro|je|per) monat|monatlich", "a month"],
    ["(?:am|pro|je) tag|taglich", "a day"],
    ["(?:im|pro|je) jahr|jahrlich", "a year"],
    ["milliarden|mrd\\.?", "billion"],
    ["millionen", "million"],
    ["tausend", "thousand"],
    ["etwa|ungefahr|rund|ca\\.", "about"],
    ["tsd\\.?", "thousand"],
    // "1,5 Mio. Anfragen": the abbreviation's dot is no sentence end.
    ["mio\\.", "million"],
    // One request's size: "ca. 400 Tokens Eingabe und 60 Tokens Ausgabe", "je 800 Eingabe-Tokens".
    ["tokens? (?:eingabe|input)|eingabe-?tokens?", "tokens in"],
    ["tokens? (?:ausgabe|output)|ausgabe-?tokens?", "tokens out"],
    ["eingabe", "in"],
    ["ausgabe", "out"],
    ["(?:pro|je) (?:gesprachsrunde|runde|turn)", "per turn"],
    ["(?:pro|je) (?:gesprach|anruf|telefonat)", "per call"],
    ["(?:mit )?(?:je|jeweils)|pro stuck|jede[snr]?", "each"],
    ["gesprachsrunden|runden", "turns"],
    // What is counted.
    ["antworten", "answers"],
    ["anfragen", "requests"],
    ["nachrichten", "messages"],
    ["dokumente", "documents"],
    ["gesprache|telefonate|anrufe", "calls"],
    ["fragen", "questions"],
    // Who runs it: "Zwei Kollegen betreiben Kubernetes, mit LLMs haben wir noch keine Erfahrung".
    [
      "(?:mit (?:llms|ki|sprachmodellen) haben wir (?:noch )?keine erfahrung|wir haben (?:noch )?keine erfahrung mit (?:llms|ki|sprachmodellen))",
      "we have no experience with llms",
    ],
    // "Betrieb eigener Modelle haben wir noch nicht gemacht": no one has run models in production.
    [
      "(?:den )?betrieb (?:eigener|von eigenen|selbst gehosteter) modellen? haben wir (?:noch )?(?:nicht|nie)(?: gemacht)?|wir haben (?:noch )?(?:nie|keine) (?:eigenen? )?modelle (?:selbst )?betrieben",
      "we have no experience running our own models",
    ],
    // Who builds it: "Unser Data-Science-Team hat 6 Leute" is the data team (team-size.ts), not the company.
    ["unser(?:e|em)? ([a-z]+)(?:-[a-z]+)*-team (?:hat|umfasst|besteht aus)", "our $1 team has"],
    ["leute|personen", "people"],
    ["wir haben", "we have"],
    ["kolleg(?:en|innen)", "colleagues"],
    ["betreiben", "run"],
    ["erfahrung", "experience"],
    ["zwei", "two"],
    ["drei", "three"],
    ["vier", "four"],
    ["funf", "five"],
    ["sechs", "six"],
    ["zehn", "ten"],
    ["nutzer(?:innen)?|anwender", "users"],
    ["mitarbeiter(?:innen)?|mitarbeitende", "employees"],
    ["keine?[nm]?", "no"],
    ["nicht", "not"],
    ["chinesische[nm]?", "chinese"],
    ["amerikanische[nm]?|us-amerikanische[nm]?", "american"],
    // Who serves the model: "keine US-Anbieter", "keine US-Cloud-Anbieter".
    ["cloud-?anbieter[ns]?", "cloud providers"],
    ["anbieter[ns]?", "providers"],
    ["modelle", "models"],
    ["offene gewichte", "open weights"],
    ["einsetzen|verwenden|benutzen", "use"],
    ["fur", "for"],
    ["pro", "per"],
    ["und", "and"],
    ["oder", "or"],
    ["mit", "with"],
    ["ohne", "without"],
  ],
};

const FRENCH: Tongue = {
  name: "French",
  marks: [
    "nous",
    "sommes",
    "pour",
    "des",
    "les",
    "une",
    "avec",
    "quel",
    "quelle",
    "dans",
    "pas",
    "notre",
    "nos",
    "sur",
    "mois",
    "donnees",
    "modele",
    "environ",
    "aucun",
    "doivent",
    "vous",
    "du",
  ],
  openers: ["et si", "pourquoi pas", "combien (?:coute|couterait|coutera)", "quel (?:est|serait) le cout"],
  closers: ["pourquoi pas"],
  glosses: [
    // Follow-ups in a thread: a what-if, a why-not, a cost; "et …" opening one is "and".
    ["et si", "what if"],
    ["pourquoi pas", "why not"],
    ["^et", "and"],
    ["combien (?:coute|couterait|coutera)", "what is the cost of"],
    ["quel (?:est|serait) le cout (?:de|du|avec)(?: le| la)?", "what is the cost of"],
    ["on passe a", "we go to"],
    // One request's size: "800 tokens en entrée et 200 en sortie", "600 mots en moyenne, et la
    // sortie fait à peu près 150 mots".
    ["en entree", "in"],
    ["en sortie", "out"],
    ["(?:la )?sortie (?:fait|est de|compte)", "output is"],
    ["mots", "words"],
    ["en moyenne", "on average"],
    // What a press group counts: "1 200 dépêches par jour".
    ["depeches", "dispatches"],
    // What a call centre counts: "12 000 appels par jour, chaque appel de 6 tours, 700 tokens en
    // entrée par tour".
    ["par tour", "per turn"],
    ["par appel", "per call"],
    ["par (?:requete|demande)", "per request"],
    ["par conversation", "per conversation"],
    ["chaque (?:appel|conversation|echange) (?:de|compte|dure)", "each call of"],
    ["chaque", "each"],
    ["appels", "calls"],
    ["tours", "turns"],
    ["requetes|demandes", "requests"],
    ["(?:assistant|agent|bot) vocal", "voice assistant"],
    // Where the data must stay.
    [
      "(?:les )?donnees (?:doivent|doit) (?:rester|etre hebergees|etre stockees|etre traitees) (?:en|dans l'?|dans l ) ?(?:ue|union europeenne|europe)",
      "data must stay in the eu",
    ],
    // "doivent rester au Québec, ou au moins au Canada": a rule on a place other than the EU.
    ["(?:doivent|doit) (?:rester|demeurer|etre (?:hebergee?s|stockee?s|traitee?s))", "must stay"],
    ["ou (?:au moins|du moins|a defaut)", "or at least"],
    [
      "(?:au|en) (quebec|canada|suisse|royaume-uni|japon|inde|australie|bresil|mexique|maroc|senegal|tunisie|algerie)",
      "in $1",
    ],
    ["suisse", "switzerland"],
    ["royaume-uni", "the uk"],
    ["renseignements personnels", "personal data"],
    // Who runs it: "Pas d'équipe ML", "aucune équipe data".
    ["(?:pas d['’]|aucune )equipe (?:ml|ia|mlops)", "no ml team"],
    // "Budget : 45 000 $ CA par mois": Canadian dollars, written after the amount.
    ["(\\d{1,3}(?: \\d{3})*|\\d+)\\s*\\$\\s*(?:ca|can)\\b|(\\d{1,3}(?: \\d{3})*|\\d+)\\s*\\$ca\\b", "CAD $1$2"],
    ["hebergement (?:en|dans l'?|dans l ) ?(?:ue|union europeenne|europe)", "eu hosting"],
    ["hebergee?s? (?:en|dans l'?|dans l ) ?(?:ue|union europeenne|europe)", "hosted in the eu"],
    ["hebergement (?:en|sur le sol) francais|hebergement en france", "hosting in france"],
    // "la direction veut rester sur un cloud européen": where the work runs, said as a cloud.
    ["rester (?:sur|chez|dans) (?:un |le |des )?clouds? europeens?", "stay on a european cloud"],
    ["clouds? europeens?", "european cloud"],
    ["auto-?heberge\\w*|heberger nous-?memes", "self-host"],
    ["sur (?:nos|nos propres) serveurs|sur site", "on our own servers"],
    ["obligatoire|exige|requis|imperatif", "required"],
    // Who the team is.
    ["nous sommes (?:une?|la|le)", "we are a"],
    ["mutuelle|assureur|compagnie d'assurances?", "insurer"],
    ["banque", "bank"],
    ["hopital|clinique|chu", "hospital"],
    ["cabinet d'avocats", "law firm"],
    ["collectivite|administration|ministere", "government agency"],
    // The data.
    ["donnees de sante|donnees medicales|dossiers? (?:medicaux|patients?)", "health data"],
    ["donnees (?:personnelles|a caractere personnel)", "personal data"],
    ["donnees clients?", "customer data"],
    ["(?:dossiers|declarations) de sinistres?|sinistres", "insurance claims"],
    ["donnees", "data"],
    ["confidentiel(?:le)?s?", "confidential"],
    ["rgpd", "gdpr"],
    // What the model will do.
    ["resumes?|syntheses?", "summaries"],
    ["resumer|synthetiser", "summarising"],
    ["tradui\\w*|traduction\\w*", "translate"],
    ["service client|support client|relation client", "customer support"],
    ["extraire|extraction", "extract"],
    ["classifi\\w*|classer|categoris\\w*", "classify"],
    ["base de connaissances?", "knowledge base"],
    ["revue de contrats|analyse de contrats", "contract review"],
    // Asking for a model.
    ["quel(?:le)?s? (?:modele|llm|ia)s?", "which model"],
    ["que (?:recommandez|conseillez|suggerez)-vous|que nous (?:recommandez|conseillez)-vous", "what do you recommend"],
    ["recommand\\w*|conseill\\w*", "recommend"],
    // Amounts and rates.
    ["par mois|chaque mois|mensuel(?:le)?s?|mensuellement", "a month"],
    ["par jour|chaque jour|quotidien(?:ne)?s?", "a day"],
    ["par an|chaque annee|annuel(?:le)?s?", "a year"],
    ["milliards? de", "billion"],
    ["millions? de", "million"],
    ["mille", "thousand"],
    ["environ|a peu pres", "about"],
    ["utilisateurs?", "users"],
    ["salaries|employes|collaborateurs", "employees"],
    // Who serves the model: "pas d'hébergeur américain"; French puts the adjective after the noun.
    ["pas d['’]hebergeurs? americains?|aucun hebergeur americain", "no american hosts"],
    ["hebergeurs? americains?|fournisseurs? (?:de )?cloud americains?", "american hosts"],
    ["hebergeurs?", "hosts"],
    ["pas de|aucune?", "no"],
    ["chinois(?:es)?", "chinese"],
    ["americain(?:e|s|es)?", "american"],
    ["modeles", "models"],
    ["francais(?:e|es)?", "french"],
    ["anglais", "english"],
    ["allemand", "german"],
    ["espagnol", "spanish"],
    ["italien", "italian"],
    ["neerlandais", "dutch"],
    ["portugais", "portuguese"],
    ["arabe", "arabic"],
    ["pour", "for"],
    ["avec", "with"],
    ["sans", "without"],
    ["et", "and"],
  ],
};

// Brazilian and Portuguese teams ("Somos um banco digital … LGPD"): who the team is and what
// its data is, the words the sensitivity and use-case readers need.
const PORTUGUESE: Tongue = {
  name: "Portuguese",
  marks: [
    "somos",
    "uma",
    "para",
    "com",
    "nao",
    "nosso",
    "nossa",
    "nossos",
    "nossas",
    "qual",
    "quais",
    "dados",
    "modelo",
    "clientes",
    "temos",
    "precisamos",
    "usamos",
    "voces",
  ],
  openers: ["e se", "(?:por que|porque) nao", "quanto (?:custa|custaria)", "qual (?:e|seria) o custo"],
  closers: ["(?:por que|porque) nao"],
  glosses: [
    // Follow-ups in a thread: a what-if, a why-not, a cost; "e o …" opening one is "and".
    ["e se", "what if"],
    ["(?:por que|porque) nao(?: o| a)?", "why not"],
    ["^e(?: o| a| os| as)?", "and"],
    ["quanto (?:custa|custaria)(?: o| a)?", "what is the cost of"],
    ["qual (?:e|seria) o custo (?:com|de|do|da)(?: o| a)?", "what is the cost of"],
    ["usarmos", "we use"],
    // A volume that grows: "e se o volume dobrar?", "e se dobrarmos o volume?", "e se triplicar?".
    ["dobr(?:ar|armos|a|asse|ou|ara|e)", "doubles"],
    ["triplic(?:ar|armos|a|asse|ou|ara|e)", "triples"],
    ["o volume", "the volume"],
    ["so modelos abertos|apenas modelos abertos", "only open models"],
    ["modelos abertos", "open models"],
    ["modelos", "models"],
    // Who the team is.
    ["somos (?:um|uma|o|a)", "we are a"],
    ["banco digital", "digital bank"],
    ["banco|fintech de credito", "bank"],
    ["seguradora|operadora de saude", "insurer"],
    ["hospital|clinica", "hospital"],
    ["escritorio de advocacia", "law firm"],
    // Who runs it: "temos um time de ML com 8 pessoas que já roda modelos em GPU" is an ML team of 8
    // that already runs models on GPUs (ops-capacity.ts reads the English).
    ["temos", "we have"],
    ["(?:um |uma )?(?:time|equipe) de (ml|ia|dados|infra\\w*|devops|mlops)", "an $1 team"],
    ["pessoas", "people"],
    ["que ja (?:roda|rodam|executa|executam|opera|operam|serve|servem)", "that already runs"],
    ["(?:ja )?(?:rodamos|executamos|operamos|servimos)", "we run"],
    ["experiencia (?:com|em)", "experience with"],
    ["em gpus?", "on gpus"],
    // The data.
    ["dados (?:pessoais|sensiveis)", "personal data"],
    ["dados (?:de|dos) (?:nossos )?clientes", "customer data"],
    ["dados (?:de|dos) pacientes|prontuarios", "patient records"],
    ["dados", "data"],
    // What the model will do.
    ["atendimento (?:ao cliente|aos clientes)|suporte (?:ao cliente|aos clientes)", "customer support"],
    ["conversas (?:com|de|dos) (?:nossos )?clientes", "customer chats"],
    ["resum\\w*", "summaries"],
    // "Queremos gerar descrições de produtos …. Também queremos moderar as avaliações": writing, then moderation.
    ["queremos", "we want"],
    ["gerar|escrever|redigir", "write"],
    ["descricoes de produtos|descricoes dos produtos", "product descriptions"],
    ["descricoes", "descriptions"],
    ["moderar", "moderate"],
    ["tradu\\w*", "translate"],
    ["extra(?:ir|cao)", "extract"],
    // Asking for a model.
    ["(?:qual|que|quais) (?:modelos?|llms?)", "which model"],
    ["recomend\\w*|indica(?:m|r)", "recommend"],
    // Amounts and rates.
    ["por mes|mensais|mensal(?:mente)?", "a month"],
    ["por dia|diari(?:o|a|os|as)", "a day"],
    ["milhoes de", "million"],
    ["milhoes", "million"],
    ["mil", "thousand"],
    // One request's size and what is counted: "3 milhões de anúncios novos por mês, cada um com
    // uns 500 tokens de entrada e 300 de saída", "umas 8 milhões [de avaliações] por mês, com 150
    // tokens cada". "e" alone is no gloss ("é" is "is"); it is read here with "de entrada".
    ["de entrada e", "in and"],
    ["de entrada", "in"],
    ["de saida", "out"],
    ["por turno", "per turn"],
    ["por (?:ligacao|chamada)", "per call"],
    ["por conversa", "per conversation"],
    ["cada (?:um|uma) de", "each of"],
    ["cada (?:um|uma)", "each"],
    ["cada", "each"],
    ["cerca de|uns|umas|aproximadamente|por volta de", "about"],
    ["anuncios novos", "new listings"],
    ["anuncios", "listings"],
    ["avaliacoes", "reviews"],
    ["comentarios", "comments"],
    ["pedidos", "orders"],
    ["chamados", "tickets"],
    ["ligacoes|chamadas", "calls"],
    ["turnos", "turns"],
    ["conversas", "conversations"],
    ["mensagens", "messages"],
    ["tambem", "also"],
    ["usuarios", "users"],
    ["clientes", "customers"],
    ["chineses|chinesas", "chinese"],
    ["portugues", "portuguese"],
    ["ingles", "english"],
    ["espanhol", "spanish"],
    ["para", "for"],
    ["com", "with"],
    ["sem", "without"],
  ],
};

// Spanish-speaking teams follow up in Spanish ("¿y si el volumen se duplica?", "¿por qué no
// claude haiku 4.5?"): the thread's what-ifs, why-nots and costs. Its everyday words differ from
// Portuguese ones where both languages share a spelling ("para", "somos"), so a Portuguese message
// reaches PORTUGUESE first and this table only when its own marks or openers are there.
const SPANISH: Tongue = {
  name: "Spanish",
  marks: [
    "nosotros",
    "somos",
    "una",
    "para",
    "con",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "cual",
    "cuales",
    "datos",
    "modelo",
    "tenemos",
    "necesitamos",
    "usamos",
    "ustedes",
    "el",
    "los",
    "las",
    "unos",
    "unas",
    "queremos",
    "estamos",
    "tiene",
    "tienen",
    "llamadas",
    // "Queremos un chatbot de soporte, 100,000 chats al mes. Presupuesto: …": a short first message.
    // "un" and "al" are Italian too and "en" French, but neither marks them; Portuguese writes "um",
    // "ao", "em", "e", "orçamento".
    "un",
    "al",
    "en",
    "y",
    "presupuesto",
  ],
  openers: ["y si", "(?:por que|porque) no", "cuanto (?:cuesta|costaria)", "cual (?:es|seria) el costo"],
  closers: ["(?:por que|porque) no"],
  glosses: [
    // Follow-ups in a thread: a what-if, a why-not, a cost; "y el …" opening one is "and".
    ["y si", "what if"],
    ["(?:por que|porque) no(?: el| la)?", "why not"],
    ["^y(?: el| la| los| las)?", "and"],
    ["cuanto (?:cuesta|costaria)(?: el| la)?", "what is the cost of"],
    ["cual (?:es|seria) el costo (?:con|de|del)(?: el| la)?", "what is the cost of"],
    // "¿cuánto cuesta la primera opción por conversación?": the shortlist's #1.
    ["(?:la )?primera (?:opcion|recomendacion|propuesta)|(?:el )?primer (?:modelo|lugar)", "the top pick"],
    // A volume that grows: "el volumen se duplica", "duplicamos el volumen", "se triplica".
    ["(?:se )?duplic(?:a|an|amos|ar|ara|ase|o)", "doubles"],
    ["(?:se )?triplic(?:a|an|amos|ar|ara|ase|o)", "triples"],
    ["el volumen", "the volume"],
    ["solo modelos abiertos", "only open models"],
    ["modelos abiertos", "open models"],
    ["por mes|mensual(?:es|mente)?", "a month"],
    ["por dia|diari(?:o|a|os|as)", "a day"],
    ["al dia", "a day"],
    ["por semana|a la semana|semanal(?:es|mente)?", "a week"],
    ["por a(?:n|ñ)o|al a(?:n|ñ)o|anual(?:es|mente)?", "a year"],
    // "1.200 millones" and "mil millones" are billions: a Spanish "billón" is a million millions.
    ["mil millones(?: de)?", "billion"],
    ["millones de", "million"],
    ["millones", "million"],
    ["mil", "thousand"],
    ["al mes", "a month"],
    ["unos|unas|aproximadamente|alrededor de|cerca de|aprox\\.?", "about"],
    // Who the team is and what its data is: "Somos un banco en Bogotá", "Los datos personales …".
    ["somos (?:un|una|el|la)", "we are a"],
    ["banco", "bank"],
    ["aseguradora|compania de seguros", "insurer"],
    ["clinica", "hospital"],
    ["despacho de abogados|bufete(?: de abogados)?", "law firm"],
    ["datos personales", "personal data"],
    [
      "datos (?:medicos|de salud|de (?:los )?pacientes)|historias clinicas|expedientes (?:clinicos|medicos)",
      "patient records",
    ],
    ["datos (?:de|del|de los) (?:nuestros )?clientes", "customer data"],
    // Who builds it: "Tenemos 5 desarrolladores y un científico de datos".
    ["desarrolladores|programadores", "developers"],
    ["un cientifico de datos", "one data scientist"],
    ["cientificos de datos", "data scientists"],
    ["cientifico de datos", "data scientist"],
    // A volume that grows to a count: "¿y si las llamadas suben a 60.000 al día?".
    ["(?:suben|sube|aumentan|aumenta|crecen|crece|llegan|llega|pasan|pasa|pasamos|llegamos) a(?= \\d)", "go up to"],
    [
      "(?:los|las) (llamadas|conversaciones|mensajes|consultas|solicitudes|usuarios|clientes|documentos|facturas)",
      "$1",
    ],
    // One request's size: "1.200 tokens de entrada por turno … y 80 de salida", "cada una de unos 8 turnos".
    ["de entrada y", "in and"],
    ["de entrada", "in"],
    ["de salida", "out"],
    ["cada (?:una|uno) de", "each of"],
    ["cada (?:una|uno)|cada", "each"],
    ["por (?:turno|intervencion)", "per turn"],
    ["por llamada", "per call"],
    ["por mensaje", "per message"],
    ["por conversacion", "per conversation"],
    ["por documento", "per document"],
    ["por (?:consulta|solicitud|peticion)", "per request"],
    // What is counted.
    ["llamadas", "calls"],
    ["llamada", "call"],
    ["turnos", "turns"],
    ["conversaciones", "conversations"],
    ["mensajes", "messages"],
    ["facturas", "invoices"],
    ["documentos", "documents"],
    ["consultas|preguntas|dudas", "questions"],
    ["solicitudes|peticiones", "requests"],
    ["clientes", "customers"],
    // What the model will do: "un agente de voz que atienda por teléfono las preguntas de facturación".
    ["(?:agente|asistente|bot) (?:de voz|telefonico)", "voice assistant"],
    // "un asistente … que resuelva dudas de saldo … y que pase a un agente humano": the human agent
    // is a person the chat hands over to, not an agent with tools.
    [
      "(?:y )?(?:que )?(?:pase|pasen|transfiera|derive|escale|los pase|las pase) (?:a|con) (?:un|una) (?:agente|asesor|asesora|operador|operadora|persona) (?:humano|humana|real)",
      "and hands over to a human agent",
    ],
    ["asistente(?: virtual)?", "assistant"],
    ["(?:chat)?bot de (?:soporte|ayuda)", "support chatbot"],
    [
      "(?:que )?(?:atienda|atiende|atender|conteste|contesta|contestar|responda|responde|responder|resuelva|resuelve|resolver)",
      "that answers",
    ],
    ["por telefono", "on the phone"],
    ["facturacion", "billing"],
    ["atencion al cliente|servicio al cliente|soporte al cliente", "customer support"],
    ["resumir|resumen(?:es)?", "summaries"],
    ["traducir|traduccion(?:es)?", "translate"],
    ["extraer|extraccion", "extract"],
    ["clasificar|clasificacion", "classify"],
    ["(?:que|cual) modelo|que llm", "which model"],
    ["recomienda\\w*|recomendar\\w*|recomendacion", "recommend"],
    // How soon: "la primera palabra tiene que salir en menos de 500 ms", "en menos de un segundo".
    ["la primera palabra", "the first word"],
    ["el primer token", "the first token"],
    ["la respuesta", "the answer"],
    ["tiene que|tienen que|debe|deben|hay que", "must"],
    ["(?:salir|aparecer|llegar)", "come out"],
    ["(?:empezar|comenzar)", "start"],
    ["en menos de", "in less than"],
    ["medio segundo", "0.5 seconds"],
    ["(?:un|1) segundo", "1 second"],
    ["segundos", "seconds"],
    // "Nuestro presupuesto es de 3.000 USD mensuales", "Presupuesto de 5.000 dólares al mes".
    ["(?:nuestro )?presupuesto (?:es )?(?:de|:)", "budget of"],
    ["presupuesto", "budget"],
    ["dolares(?: estadounidenses)?", "dollars"],
    ["usuarios", "users"],
    ["tenemos", "we have"],
    ["queremos", "we want"],
    ["procesamos", "we process"],
    ["con", "with"],
    ["sin", "without"],
    ["y", "and"],
  ],
};

// Italian after Spanish and Portuguese, which share some of its everyday words ("una", "con").
const TONGUES = [
  GERMAN,
  DUTCH,
  FRENCH,
  PORTUGUESE,
  SPANISH,
  INDONESIAN,
  ITALIAN,
  VIETNAMESE,
  JAPANESE,
  CHINESE,
  KOREAN,
  TURKISH,
];

// A folded letter, matched with the accents and spellings people type for it.
// Turkish adds ş, ğ, the dotless ı and the capital İ (which no case-insensitive "i" matches).
const LETTER: Record<string, string> = {
  a: "[aàáâäåã]",
  e: "[eéèêë]",
  i: "[iíìîïıİ]",
  o: "(?:oe|[oóòôöõ])",
  u: "(?:ue|[uúùûü])",
  c: "[cç]",
  s: "[sş]",
  g: "[gğ]",
};

/** The phrase as a pattern that matches it with or without accents ("fur" finds "für" and "fuer"). */
function tolerant(phrase: string): string {
  let out = "";
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase.charAt(i);
    if (ch === "\\") {
      out += phrase.slice(i, i + 2);
      i++;
    } else if (ch === "[") {
      // A character class is written as meant ("riservat[ioae]"): its letters are no single letter to widen.
      const close = phrase.indexOf("]", i);
      out += phrase.slice(i, close + 1);
      i = close;
    } else if (ch === "s" && phrase.charAt(i + 1) === "s") {
      out += "(?:ss|ß)";
      i++;
    } else out += LETTER[ch] ?? (ch === " " ? "[\\s-]+" : ch);
  }
  return out;
}

/**
 * Strings one of which every match of the phrase `source` holds once folded by canonicalAnyWord
 * (a run of letters all its matches share, "kostet" in "was kostet|wie viel kostet"), or undefined
 * when the phrase has no such run. `tolerated`: the phrase is matched as `tolerant` writes it, its
 * "ss" one unit ("ss?" is "(?:ss|ß)?"). Sound because `tolerant` widens a letter only to letters
 * that fold to it ("ö", "oe", "ß" as "ss", any case), and because folding drops an "e" after an
 * "o" or "u", which the text before a run may end with: a run's leading "e"s are left out.
 */
export function needlesOf(source: string, tolerated: boolean): readonly string[] | undefined {
  let at = 0;
  const quantifier = (): string => {
    const m = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/.exec(source.slice(at));
    at += m ? m[0].length : 0;
    return m ? m[0] : "";
  };
  // The needles of alternatives up to ")" or the end: one set per alternative, undefined if any has none.
  const alternatives = (): string[] | undefined => {
    let all: string[] | undefined = [];
    for (;;) {
      const own = sequence();
      all = all && own ? [...all, ...own] : undefined;
      if (source.charAt(at) !== "|") return all;
      at++;
    }
  };
  // Of a sequence's required runs and groups, the one whose shortest needle is longest.
  const sequence = (): string[] | undefined => {
    let best: string[] | undefined;
    const consider = (candidate: string[] | undefined) => {
      const shortest = (list: string[]) => Math.min(...list.map((n) => n.length));
      if (candidate && candidate.every((n) => n.length > 0) && (!best || shortest(candidate) > shortest(best)))
        best = candidate;
    };
    let run = "";
    const close = () => {
      if (run) consider([canonicalAnyWord(run).replace(/^e+/, "")]);
      run = "";
    };
    while (at < source.length && source.charAt(at) !== "|" && source.charAt(at) !== ")") {
      const ch = source.charAt(at);
      if (ch === "(") {
        close();
        const look = /^\((?:\?(?:[:=!]|<[=!]))?/.exec(source.slice(at))![0];
        at += look.length;
        const inner = alternatives();
        at++; // ")"
        const q = quantifier();
        const required = q === "" || q.startsWith("+") || /^\{[1-9]/.test(q);
        if (required && (look === "(" || look === "(?:")) consider(inner);
        continue;
      }
      const unit =
        ch === "\\"
          ? source.slice(at, at + 2)
          : ch === "["
            ? source.slice(at, source.indexOf("]", at) + 1)
            : tolerated && source.startsWith("ss", at)
              ? "ss"
              : ch;
      at += unit.length;
      const q = quantifier();
      if (!/^[\p{L}\d]+$/u.test(unit) || (q !== "" && !q.startsWith("+"))) close();
      else {
        run += unit;
        if (q !== "") close();
      }
    }
    close();
    return best;
  };
  return alternatives();
}

/** Whether `gloss` may match the text whose canonicalAnyWord folding is `folded` (needlesOf). */
export const mayHold = (gloss: { needles: readonly string[] | undefined }, folded: string) =>
  gloss.needles === undefined || gloss.needles.some((needle) => folded.includes(needle));

const wordsOnly = (source: string) => new RegExp(String.raw`(?<![\p{L}\d])(?:${source})(?![\p{L}\d])`, "giu");

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * A word as `tolerant` reads it, so that every spelling it matches of a mark reads as the mark
 * does: lower case, accents dropped, "ß" as "ss", and the "e" after an "o" or "u" dropped ("für",
 * "fuer" and "fur" all read "fur").
 */
export function canonical(word: string): string {
  // An ASCII word has no accents to drop, nor "ß" or "ı" (NFKD leaves ASCII as it is): only the
  // "e" after an "o" or "u" to drop. Most words of most messages take this path.
  if (!NOT_ASCII.test(word)) return word.toLowerCase().replace(/([ou])e+/g, "$1");
  return canonicalAnyWord(word);
}

/** canonical's steps, for any word (canonical takes a shortcut for an ASCII one). */
export function canonicalAnyWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .replace(/([ou])e+/g, "$1");
}

/**
 * Whether each of the language's marks is one word that `tolerant` matches letter for letter, so
 * that a message holds as many of them as it has words that read as one (`canonical`). Japanese
 * marks sit inside runs of letters, and a mark of two words ("chúng tôi") is no one word.
 */
const markedByWords = (tongue: Tongue): boolean => !tongue.unspaced && tongue.marks.every((m) => /^\p{L}+$/u.test(m));

// Each spelling `tolerant` makes of a mark is as long as the mark, or one letter longer for each
// "o" or "u" ("fuer"): a longer word is no mark.
const LONGEST_MARK =
  2 * Math.max(...TONGUES.filter(markedByWords).flatMap((tongue) => tongue.marks.map((m) => m.length)));

/**
 * The message's words that may be marks, canonical (`canonical`), one entry for each spelling
 * said ("für" and "fuer" are two, as the marks scan counts them). A scan for marks is a pass over
 * the whole text for each language; a language with fewer than MIN_MARKS of its marks among these
 * needs no scan.
 */
const markCandidates = perMessage((text: string): readonly string[] => {
  const spellings = new Set<string>();
  for (const word of text.split(/[^\p{L}\d]+/u))
    if (word !== "" && word.length <= LONGEST_MARK) spellings.add(word.toLowerCase());
  return Object.freeze([...spellings].map(canonical));
}, 16);

// Which languages (their places in TONGUES) each canonical mark is a mark of, for the languages
// whose marks are words: one look-up per word of the message counts the marks of all of them.
const TONGUES_OF_MARK = new Map<string, number[]>();
TONGUES.forEach((tongue, i) => {
  if (!markedByWords(tongue)) return;
  for (const mark of new Set(tongue.marks.map(canonical)))
    TONGUES_OF_MARK.set(mark, [...(TONGUES_OF_MARK.get(mark) ?? []), i]);
});

/**
 * For each language of TONGUES, how many of the message's mark candidates (markCandidates, a
 * spelling counted once each) are among its marks: what each language's gate and the sentence
 * check once counted each with a pass of their own over the candidates.
 */
const candidateMarks = perMessage((text: string): readonly number[] => {
  const held = new Array<number>(TONGUES.length).fill(0);
  for (const word of markCandidates(text)) for (const i of TONGUES_OF_MARK.get(word) ?? []) held[i]!++;
  return Object.freeze(held);
}, 16);

/**
 * How many distinct everyday words of `tongue` `text` holds (`marks`, its pattern), up to
 * ENOUGH_MARKS, or 0 when fewer than MIN_MARKS (too few to mark the language). A language whose
 * marks are words (markedByWords) is scanned for only when the message's words may hold that many;
 * any other always is.
 */
function marksCounter(tongue: Tongue, marks: RegExp): (text: string) => number {
  if (tongue.segmenter) return segmentMarksCounter(tongue, tongue.segmenter);
  const count = (text: string): number => {
    const seen = new Set<string>();
    for (const m of text.matchAll(marks)) {
      seen.add(m[0].toLowerCase());
      if (seen.size >= ENOUGH_MARKS) break;
    }
    return seen.size >= MIN_MARKS ? seen.size : 0;
  };
  if (!markedByWords(tongue)) return count;
  const place = TONGUES.indexOf(tongue);
  return gated(
    `${tongue.name} marks`,
    (text) => candidateMarks(text)[place]! >= MIN_MARKS,
    count,
    () => 0,
  );
}

// A language written without spaces whose words Intl.Segmenter finds (Chinese) is written in its
// own script: a message with none of it needs no segmenting.
const SCRIPT_OF: Record<string, RegExp> = { zh: /\p{Script=Han}/u };

/** `text`'s words as Intl.Segmenter finds them for `locale`: each word's start and end offsets. */
const wordEdgesOf = (locale: string) => {
  const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  return (text: string): { words: string[]; edges: Set<number> } => {
    const words: string[] = [];
    const edges = new Set<number>([text.length]);
    for (const { segment, index, isWordLike } of segmenter.segment(text)) {
      edges.add(index);
      if (isWordLike) words.push(segment.toLowerCase());
    }
    return { words, edges };
  };
};

/** How many distinct marks of a segmented tongue `text` holds as whole words (marksCounter's rule). */
function segmentMarksCounter(tongue: Tongue, locale: string): (text: string) => number {
  const marks = new Set(tongue.marks);
  const script = SCRIPT_OF[locale];
  const wordsOf = wordEdgesOf(locale);
  return (text) => {
    if (script && !script.test(text)) return 0;
    const seen = new Set(wordsOf(text).words.filter((word) => marks.has(word)));
    return seen.size >= MIN_MARKS ? Math.min(seen.size, ENOUGH_MARKS) : 0;
  };
}

/**
 * `pattern` replaced by `english` in `text` only where the match is a word or words as the
 * segmenter finds them: "约" is "about" alone, not inside "合约".
 */
function replaceAtWordEdges(locale: string): (text: string, pattern: RegExp, english: string) => string {
  const wordsOf = wordEdgesOf(locale);
  return (text, pattern, english) => {
    let edges: Set<number> | undefined;
    return text.replace(pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      // (match, …groups, offset, whole text): the offset is the first number after the match.
      const at = args.findIndex((a, i) => i > 0 && typeof a === "number");
      const groups = args.slice(1, at) as (string | undefined)[];
      const offset = args[at] as number;
      edges ??= wordsOf(text).edges;
      // The segmenter's dictionary may join a phrase to its neighbour ("每条约800": 条约, a treaty, is
      // one word): a phrase of two or more letters needs one of its ends at a word's edge, one letter both.
      const starts = edges.has(offset);
      const ends = edges.has(offset + match.length);
      if (!(starts && ends) && !(match.length > 1 && (starts || ends))) return match;
      return english.replace(/\$(\d)/g, (_, n: string) => groups[Number(n) - 1] ?? "");
    });
  };
}

// A pattern that never matches: a tongue with no openers or closers has none to find.
const NEVER = /(?!)/;
// A phrase of a language written without spaces (Japanese) is found inside a run of letters.
const anywhere = (source: string) => new RegExp(source, "gu");

const COMPILED = TONGUES.map((tongue) => {
  const unspaced = tongue.unspaced === true || tongue.segmenter !== undefined;
  const phrase = unspaced ? anywhere : (source: string) => wordsOnly(tolerant(source));
  const alternatives = (list: readonly string[]) => list.map((p) => (unspaced ? p : tolerant(p))).join("|");
  return {
    marksCount: marksCounter(tongue, phrase(tongue.marks.join("|"))),
    // Spanish opens a question with "¿" ("¿y si …?").
    opener:
      tongue.openers.length === 0
        ? NEVER
        : new RegExp(
            String.raw`^[\s¿¡]*(?:${alternatives(tongue.openers)})${unspaced ? "" : String.raw`(?![\p{L}\d])`}`,
            "iu",
          ),
    closer:
      tongue.closers.length === 0
        ? NEVER
        : new RegExp(
            String.raw`${unspaced ? "" : String.raw`(?<![\p{L}\d])`}[¿¡]?(?:${alternatives(tongue.closers)})[\s?!.？]*$`,
            "iu",
          ),
    // Glossed without spaces around it, an English word would run into the letters beside it.
    glosses: tongue.glosses.map(([source, english]) => ({
      pattern: phrase(source),
      english: unspaced ? ` ${english} ` : english,
      needles: needlesOf(source, !unspaced),
    })),
    // Chinese: a phrase is replaced only where its words begin and end.
    replace: tongue.segmenter
      ? replaceAtWordEdges(tongue.segmenter)
      : (text: string, pattern: RegExp, english: string) => text.replace(pattern, english),
    numbers: tongue.numbers === "kanji" ? withKanjiMagnitudes : withEnglishDigitGroups,
    unspaced,
  };
});

/** Each language's glosses by its name, in the order they apply: what the tests check needlesOf against. */
export const GLOSSES_BY_LANGUAGE: ReadonlyMap<string, readonly (typeof COMPILED)[number]["glosses"][number][]> =
  new Map(TONGUES.map((tongue, i) => [tongue.name, COMPILED[i]!.glosses]));

/** `text` with the requirement words of a German, French or Portuguese message put in English; else `text`. */
export function inEnglishWords(text: string): string {
  return glossedThisMessage(text);
}

// understand() glosses the message, then every parser's cleanMessage glosses its cleaned text
// again, which is the same string whenever cleaning changed nothing (nearly always): the answer is
// kept while the message is read (per-message-memo.ts), so the three scans for marks run once.
const glossedThisMessage = perMessage(glossed, 16);

/** The language `text` is written in, by name ("Turkish"), when it is one the tables hold; undefined for English. */
export function languageWrittenIn(text: string): string | undefined {
  const tongue = tongueThisMessage(text);
  return tongue && TONGUES[COMPILED.indexOf(tongue)]?.name;
}

// Both the glossing and the language written in ask for the message's tongue.
const tongueThisMessage = perMessage((text: string) => tongueOf(text), 16);

function glossed(text: string): string {
  const tongue = tongueThisMessage(text);
  if (!tongue) return withForeignSentencesGlossed(text);
  return glossedIn(tongue, text);
}

function glossedIn(tongue: (typeof COMPILED)[number], text: string): string {
  // The opening "¿" / "¡" of a Spanish sentence has no place in the English the readers see.
  let out = tongue.numbers(text.replace(/[¿¡]/g, ""));
  // Glosses apply one after another, each to what the ones before left: most of a language's
  // phrases are not in a message, and a phrase whose needles its folded text lacks is not run.
  let folded = canonicalAnyWord(out);
  for (const gloss of tongue.glosses) {
    if (!mayHold(gloss, folded)) continue;
    const next = tongue.replace(out, gloss.pattern, gloss.english);
    if (next !== out) [out, folded] = [next, canonicalAnyWord(next)];
  }
  // Glosses set off by spaces in a language written without them leave runs of spaces, and one
  // before a follow-up's opening ("why not …") that the cues read from the message's start.
  return tongue.unspaced ? out.replace(/ {2,}/g, " ").trim() : out;
}

// A sentence of another language inside an English message ("… 100,000 chats a month. Presupuesto
// de 5.000 dólares al mes.") is too short for MIN_MARKS: it needs SENTENCE_MARKS of one language's
// everyday words, and those words must be at least a third of its words, so that an English
// sentence holding two of them ("Al and the team in Die") stays English.
const SENTENCE_MARKS = 2;
const SENTENCES = new Intl.Segmenter("en", { granularity: "sentence" });
const SENTENCE_SHARE = 1 / 3;
// The languages written with spaces whose marks are words: a sentence is weighed word by word.
const SENTENCE_TONGUES = TONGUES.map((tongue, i) => ({ tongue, compiled: COMPILED[i]!, place: i }))
  .filter(({ tongue }) => markedByWords(tongue))
  .map(({ tongue, compiled, place }) => ({ marks: new Set(tongue.marks.map(canonical)), compiled, place }));

/** The words of `text` that may be marks, canonical (markCandidates' rule), in order, repeats kept. */
const wordsOf = (text: string) =>
  text
    .split(/[^\p{L}\d]+/u)
    .filter((word) => /\p{L}/u.test(word))
    .map(canonical);

/**
 * `text` (an English message) with each sentence written in another language the tables hold put
 * in English words by that language's table; the English sentences as they were.
 */
function withForeignSentencesGlossed(text: string): string {
  // Nearly every message is English through and through: two marks of one language among all its
  // words are needed before its sentences are weighed one by one.
  const held = candidateMarks(text);
  const present = SENTENCE_TONGUES.filter(({ place }) => held[place]! >= SENTENCE_MARKS);
  if (present.length === 0) return text;
  // Intl.Segmenter's sentences: a dot inside "5.000" ends none.
  const sentences = [...SENTENCES.segment(text)].map(({ segment }) => segment);
  return sentences
    .map((sentence) => {
      const own = wordsOf(sentence);
      let best: (typeof present)[number] | undefined;
      let most = SENTENCE_MARKS - 1;
      for (const candidate of present) {
        const held = new Set(own.filter((w) => candidate.marks.has(w))).size;
        if (held > most && held >= own.length * SENTENCE_SHARE) [best, most] = [candidate, held];
      }
      return best ? glossedIn(best.compiled, sentence) : sentence;
    })
    .join("");
}

// Counting a language's everyday words stops here: more says nothing more about which it is.
const ENOUGH_MARKS = 8;

/**
 * The language the message is written in: the one with the most of its everyday words (at least
 * MIN_MARKS; Italian, Spanish and Portuguese share a few, so the first to reach three is not
 * always the one), else the first whose follow-up opening or ending it has; none for English.
 */
function tongueOf(text: string): (typeof COMPILED)[number] | undefined {
  // Nearly every message is English: its common words are not the marks, so this stays cheap.
  let best: (typeof COMPILED)[number] | undefined;
  let bestCount = MIN_MARKS - 1;
  for (const tongue of COMPILED) {
    const count = tongue.marksCount(text);
    if (count > bestCount) {
      best = tongue;
      bestCount = count;
    }
  }
  return best ?? byFollowUpMarks(text);
}

/**
 * The language a short follow-up is in, by its opening or ending. Italian and Portuguese both open
 * a what-if with "e se": of the languages whose opening or ending it has, the one whose phrases it
 * holds most ("e se i reclami raddoppiano d'inverno?" is Italian by its "raddoppiano"); the first
 * listed on a tie.
 */
function byFollowUpMarks(text: string): (typeof COMPILED)[number] | undefined {
  const marked = COMPILED.filter((tongue) => tongue.opener.test(text) || tongue.closer.test(text));
  if (marked.length < 2) return marked[0];
  const folded = canonicalAnyWord(text);
  const phrasesHeld = (tongue: (typeof COMPILED)[number]) =>
    tongue.glosses.filter((gloss) => mayHold(gloss, folded) && text.search(gloss.pattern) >= 0).length;
  let best = marked[0]!;
  let most = phrasesHeld(best);
  for (const tongue of marked.slice(1)) {
    const held = phrasesHeld(tongue);
    if (held > most) [best, most] = [tongue, held];
  }
  return best;
}
