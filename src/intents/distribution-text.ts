// One home for the words that say a team hands the model's weights to others: the recommendation's
// redistributeWeights requirement and the licence verdict's distributeWeights fact both read them
// here. For a licence, putting the model inside what users receive (on-device, embedded in an app)
// distributes the weights too; the recommendation keeps that as its own on-device need.

// A verb of handing over, then the weights within a few words ("ship the fine-tuned weights",
// "bundle the gpt-oss-20b weights with our installer"). A point inside a number goes on.
const HANDS_OVER =
  /\b((re)?distribut\w*|ship|share|publish|release|upload|sell|give|hand|bundle|package)\b(?:[^.?!]|\.(?=\d)){0,30}\b(weights|checkpoints?|fine-?tunes?|fine-?tuned (model|version|weights)|derivatives?|quantized|model files?|our (own )?version)\b/;
// "the licence must allow redistribution", "a licence that permits redistributing it": the team
// says it hands the model on, in the licence's own word.
const SHIPS_MODEL =
  /\bship (it|them|the model|our fine-?tuned? (model|version)?) (to|with) (our )?(clients|customers|users|partners)\b|\bredistribut\w* (the )?(model|weights)\b|\bopen-?source our fine-?tune\b|\b(?:allow|allows|allowing|permit|permits|permitting|lets? us)\s+(?:us\s+)?(?:to\s+)?redistribut\w*/;
// Putting a model where anyone may download it: "publish a fine-tuned Llama 3.1 8B on Hugging
// Face", "push our merge of mistral 7b to the HF hub", "open-source our fine-tuned model". The
// span must name a model ("results on GitHub" are not weights).
const PUBLISHES =
  /\b(?:publish|releas|upload|push|post|shar|put)\w*\b(?:[^.?!]|\.(?=\d)){0,50}\b(?:on|to|onto) (?:hugging ?face|hf|the (?:hf |hugging ?face )?hub|github|ollama|kaggle)\b|\b(?:publish|releas|upload|open-?sourc)\w* (?:a|an|our|the|my) (?:own )?(?:fine-?tuned|fine-?tune|finetuned|tuned|distilled|merged|quantized)\b/g;
const MODEL_ISH =
  /\b(fine-?tun\w*|finetun\w*|tuned|models?|weights|checkpoints?|merge[sd]?|lora|adapters?|gguf|quant\w*|distilled|\d+(\.\d+)?b)\b/;

// "customers download the weights", "clients get the model files".
const RECEIVE =
  /\b(customers|clients|users|partners)\b(?:[^.?!]|\.(?=\d)){0,20}\b(get|receive|download|run)\b(?:[^.?!]|\.(?=\d)){0,15}\b(weights|model files?|checkpoints?)\b/;
// Inside what users receive: for a licence, that is distribution ("shipping inside an app"), even
// when only "on-device" says so. The model is often the question's subject, the object left
// unsaid: "is gemma 3 4b ok to ship in a game?", "fine to bundle with our installer?".
const EMBEDDED =
  /\b(redistribut\w*|on-?device|embed(ded)? (the model )?in (our|the) (app|device|product)|(ship|bundle|embed|put)\w* (it|the model|the weights) (inside|in|into|with) (our|the) (game|app|installer|product|device|firmware)|(ship|bundl|embedd?)\w* (inside|within|in|into|with) (our|the|an?) (game|app|installer|product|device|firmware))\b/;

// Shipping the model itself inside what the team sells, for a licence: "ship the model with the
// game", "ship gemma 3 4b inside our paid mobile app", "we ship the model inside our robot
// firmware". The thing shipped must be the model ("ship new levels with the game" is not), so the
// span is checked. The recommendation reads the device it runs on instead (placement-text.ts).
// Things a team makes and hands to others, the model inside: a physical one (a car, a truck, a
// kiosk) always leaves with its weights on board.
const MACHINE = String.raw`(?:cars?|vehicles?|trucks?|tractors?|buses|robots?|drones?|devices?|hardware|appliances?|kiosks?|machines?|headsets?|cameras?|handsets?|firmware|(?:edge )?boxes)`;
const PRODUCT = String.raw`(?:game|app|application|installer|product|build|binary|client|sdk|plugin|extension|${MACHINE})`;
// The thing shipped (group 2) may be left unsaid after a verb of shipping when the question names
// the model ("which model can we fine-tune and ship inside a commercial product?"), not after
// "put" or "include" ("the prices included in the app").
const SHIPS_INSIDE = new RegExp(
  String.raw`\b(ship|bundl|embedd?|packag|includ|put)\w*\s+((?:[\w.+-]+\s+){0,4}?)(?:inside|in|into|with|within)\s+(?:our|the|an?|each|every|their)\s+((?:[\w-]+\s+){0,2}?)${PRODUCT}\b`,
  "g",
);
const SHIPPED_MODEL =
  /^(?:it|them|(?:the|our|a|an) (?:\w+ )?(?:model|llm|weights|slm)s?|(?:[\w.-]+ ){0,3}\d+(?:\.\d+)?b)\s*$|\b(?:model|llm|weights)\b/;
/** What SHIPS_INSIDE shipped is the model: named as one, or left unsaid ("ship inside our app"). */
const shipsModel = (m: RegExpMatchArray): boolean => {
  const shipped = (m[2] ?? "").trim();
  return shipped === "" ? /^(?:ship|bundl|embed)/.test(m[1] ?? "") : SHIPPED_MODEL.test(shipped);
};
// A product said to be sold before its noun ("a commercial product", "our paid app"): its buyers
// get what ships inside it, as with "the product we sell" after it (PRODUCT_SOLD).
const SOLD_BEFORE = /\b(?:commercial|paid|retail)\b/;

// The model named first: "a small model to bundle into each robot we sell".
const MODEL_TO_SHIP = new RegExp(
  String.raw`\b(?:models?|llms?|weights) (?:to|we can|we could|we'?ll|we will) (?:ship|bundl|embedd?|packag|includ)\w* (?:it )?(?:inside|in|into|with|within) (?:our|the|an?|each|every|their) (?:[\w-]+ ){0,2}?${PRODUCT}\b`,
);

// The weights as the subject: "the weights ship inside the appliance image to customers", "model
// files are bundled with every unit we sell". Where they go must be said: a buyer or a product.
const WEIGHTS_GO = new RegExp(
  String.raw`\b(?:weights|model files?|checkpoints?)\s+(?:(?:will|would|are|is|get|gets|must|can|to)\s+)*(?:be\s+)?(?:ship|bundl|distribut|deliver|packag|includ)\w*\b(?:[^.?!]|\.(?=\d)){0,60}?\b(?:customers?|clients?|buyers?|partners?|we sell|sold|${PRODUCT})\b`,
);
// What follows a product that says it leaves the team: "every robot we sell", "each appliance
// (sold to banks)", "the device our customers buy". A product that stays in-house is not.
const PRODUCT_SOLD =
  /^[\s,(]*(?:(?:that|which)\s+)?(?:we|you)\s+(?:sell|ship|deliver|lease|rent out)\b|^[\s,(]*(?:(?:that|which)\s+(?:is|are|gets?)\s+)?(?:sold|shipped|delivered|leased)\b|^(?:[^.?!]|\.(?=\d)){0,40}?\b(?:to|for) (?:our |the |their )?(?:customers|clients|buyers)\b|^\s*(?:(?:that|which)\s+)?(?:our |the )?(?:customers|clients|buyers) (?:buy|get|receive|install)\b/;

// The model put into a machine the team makes, the model itself often left unsaid ("is gemma 3 4b
// ok to ship in our cars?", "can we put llama 3.2 3b in our vehicles?", "ship it on the boxes we
// lease"): the weights travel with every unit. Shipping goes "on" a machine too, putting does not
// ("put it on our devices" may be the team's own laptops).
const INTO_MACHINE = new RegExp(
  String.raw`\b(?:(?:ship|bundl|embedd?|packag|instal)\w*\s+(?:(?:[\w.+-]+\s+){1,4}?)?(?:in|inside|into|within|with|on|onto)|(?:put|includ)\w*\s+(?:(?:[\w.+-]+\s+){1,4}?)?(?:in|inside|into|within))\s+(?:our|the|each|every|all|their)\s+(?:[\w-]+\s+){0,2}?${MACHINE}\b`,
);

/** A model shipped inside a machine the team makes (a car, a kiosk, an edge box): handed over with it. */
export const shipsInMachine = (t: string): boolean => INTO_MACHINE.test(t);

// The model as the subject, on hardware: "the model ships on devices we give to other companies",
// "the model runs on tablets we sell to clinics". The hardware must leave the team (PRODUCT_SOLD or
// HANDED_TO_OTHERS after it): "the model runs on laptops our engineers use" hands nothing over.
const MODEL_ON_HARDWARE =
  /\b(?:model|llm|weights)s? (?:(?:will|would|must|is|are) )?(?:ships?|shipped|goes|runs?|lives?|sits?|installed|deployed|loaded) (?:on|with|inside|in|into) (?:the |our |these |those |each |every )?(?:[\w-]+ ){0,2}?(?:devices?|box|boxes|tablets?|phones?|handsets?|laptops?|terminals?|kiosks?|units?|machines?|robots?|appliances?|hardware)\b/g;
// Hardware given, lent or supplied to another company: "we give to other companies", "that we
// lend to our contractors". People of the team's own ("our staff", "our mechanics") are not others.
const HANDED_TO_OTHERS =
  /^[\s,(]*(?:(?:that|which)\s+)?(?:we|you)\s+(?:give|hand|lend|loan|supply|provide|rent|lease)\s+(?:out\s+)?to\s+(?:our\s+|other\s+|the\s+|their\s+)?(?:companies|contractors|subcontractors|customers|clients|partners|buyers|third parties|businesses|firms|dealers|resellers)\b/;

// A game is made for its players: shipped inside one, the model goes to every player ("we ship the
// model inside our game"), as it does inside a machine the team makes.
const GAME = /\bgame$/;

/** Shipping the model inside a product the team sells: the buyers receive the weights with it. */
function shipsInsideSoldProduct(t: string): boolean {
  for (const m of t.matchAll(SHIPS_INSIDE))
    if (
      shipsModel(m) &&
      (SOLD_BEFORE.test(m[3] ?? "") || GAME.test(m[0]) || PRODUCT_SOLD.test(t.slice(m.index + m[0].length)))
    )
      return true;
  for (const m of t.matchAll(MODEL_ON_HARDWARE)) {
    const after = t.slice(m.index + m[0].length);
    if (PRODUCT_SOLD.test(after) || HANDED_TO_OTHERS.test(after)) return true;
  }
  const first = MODEL_TO_SHIP.exec(t);
  return first !== null && PRODUCT_SOLD.test(t.slice(first.index + first[0].length));
}

/**
 * Whether the text (folded case) says the team hands the weights themselves to others: published,
 * given to customers, or inside a product it sells. A model inside the team's own app or device
 * is for the licence only (distributesWeights); the recommendation reads where it runs instead.
 */
export function handsOverWeights(t: string): boolean {
  return (
    HANDS_OVER.test(t) ||
    SHIPS_MODEL.test(t) ||
    RECEIVE.test(t) ||
    WEIGHTS_GO.test(t) ||
    [...t.matchAll(PUBLISHES)].some((m) => MODEL_ISH.test(m[0])) ||
    shipsInsideSoldProduct(t)
  );
}

/** For a licence: handing the weights over, or shipping the model inside what users receive. */
export function distributesWeights(t: string): boolean {
  return (
    handsOverWeights(t) ||
    EMBEDDED.test(t) ||
    shipsInMachine(t) ||
    [...t.matchAll(SHIPS_INSIDE)].some(shipsModel) ||
    MODEL_TO_SHIP.test(t)
  );
}
