// What a team sends a model: "our data", "customer prompts", "our code", "any of our support
// tickets", "our clients' questions", "our users' photos" (up to two words between, possessive or
// not). One list for the rules a team states ("must not train on our data", retention-text.ts) and
// the questions it asks of a provider's terms ("does the top pick train on our users' photos?",
// provider-term-text.ts), so both read the same things.

/** The things sent, as a regex source. Photos and scans are sent too when the model reads images. */
export const THINGS = String.raw`(?:data|prompts|inputs|documents|docs|contracts|conversations|chats|messages|emails|tickets|requests|queries|questions|notes|logs|recordings|uploads|content|code|codebase|files|records|transcripts|scripts|manuscripts|texts|works|cvs|resumes|applications|photos|images|pictures|screenshots|scans)`;

/**
 * The team's things, whoever's they are ("our", "customer", "any of our", "api"), things of people
 * named in the possessive after "on" ("train on candidates' data", "on patients' records"), or "it" /
 * "them" after "on".
 */
export const OUR_DATA = String.raw`(?:on |with )?(?:our|my|the|customer|client|user|student|patient|employee|personal|api|any of our|any) (?:[\w-]+(?:'s|s'|')? ){0,2}${THINGS}|on (?:[\w-]+(?:'s|s') ){1,2}${THINGS}|on (?:it|them)`;
