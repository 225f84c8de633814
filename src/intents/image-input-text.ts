// "descriptions from seller photos", "caption product photos", "read screenshots of errors",
// "documents … as PDF scans or phone photos", "scanned PDFs, often photos taken on a phone": the
// model is sent images, so a text-only model cannot do the job (a hard requirement, not a taste).
// Read from what the work does with the images; "scanned" alone is not enough (scans are most
// often OCR'd to text first), and an image a container runs ("docker images") is no picture.
import { gated } from "./reader-gates.js";

const IMAGE_NOUN = String.raw`(?:photos?|photographs?|images?|pictures?|pics|screenshots?|x-?rays?|diagrams?)`;
/** A word that hands images to the model, then up to two words ("seller", "user-uploaded"), then the noun. */
const SENT = new RegExp(
  String.raw`\b(?:from|of|in|on|for|with|using|about|reads?|reading|analy[sz](?:e|es|ing)|describ(?:e|es|ing)|caption(?:s|ing)?|looks? at|looking at|understand(?:s|ing)?|upload(?:s|ed|ing)?|sends?|sending|classif(?:y|ies|ying)|tag(?:s|ging)?|checks?|checking|inspect(?:s|ing)?|snap(?:s|ping)?|tak(?:e|es|ing))\s+((?:[\w'-]+\s+){0,2})${IMAGE_NOUN}\b`,
  "g",
);
// What the work arrives as, with the other forms it takes between: "as PDF scans or phone photos".
const ARRIVES_AS = new RegExp(String.raw`\bas\s+((?:[\w'-]+\s+){0,4}?)${IMAGE_NOUN}\b`, "g");
// Pictures someone took, which the work then reads: "often photos taken on a phone", "images
// captured by the field team", "users snap a photo of their fridge" (SENT).
const TAKEN = new RegExp(String.raw`\b${IMAGE_NOUN}\s+(?:\w+\s+)?(?:taken|captured|snapped|shot)\b`);
// A model asked for by what it sees: "a vision model", "vision-language models", "a VLM", "which
// open model has vision?", "with vision support".
const SAID = new RegExp(
  String.raw`\b(?:image (?:input|inputs|understanding|recognition|analysis)|images? as inputs?|(?:accepts?|takes?|handles?|supports?|reads?) (?:images|photos|screenshots)|vision(?:[- ]language)?(?:[- ]capable)? (?:models?|llms?|ones?)|vlms?|(?:has|have|with) vision\b(?! (?:statement|document|board|plan))|vision (?:support|capabilit(?:y|ies)|input))\b`,
);
// Vision models the team already runs are its own, not this job: "our MLOps team already runs
// Triton for vision models", "we serve our own computer vision models". A verb of running
// something in place, or the team's own vision models, says who they belong to; blanked first.
const VISION_MODELS = String.raw`(?:computer[- ])?(?:vision|cv|image)(?:[- ]language)? models?`;
const THEIR_VISION_MODELS = new RegExp(
  String.raw`\b(?:runs?|running|ran|serves?|serving|served|hosts?|hosting|hosted|operates?|operating|deploys?|deploying|deployed|maintains?|maintaining|trained|built)\b[^.;!?]{0,40}?\bfor (?:our |the |their |its )?(?:own |existing |current )?${VISION_MODELS}\b|\b(?:our|their|its) (?:own |existing |current |in-house )?${VISION_MODELS}\b`,
  "g",
);

/** Images that are not pictures sent to a model. */
const NOT_PICTURES = /\b(?:docker|container|os|vm|disk|base|system)\b/;

// SENT ends in an IMAGE_NOUN and SAID names images, photos, screenshots or vision: each holds one of these.
const NAMES_IMAGES = /photo|image|picture|pics|screenshot|x-?ray|diagram|vision|vlm/;

/** Does the message say the model is sent images? (`pos`: lower case, negated phrases blanked.) */
export const needsImageInput = gated(
  "image input",
  (pos) => NAMES_IMAGES.test(pos),
  readImageInput,
  () => false,
);

function readImageInput(said: string): boolean {
  const pos = said.replace(THEIR_VISION_MODELS, (m) => " ".repeat(m.length));
  if (SAID.test(pos) || TAKEN.test(pos)) return true;
  for (const pattern of [SENT, ARRIVES_AS])
    for (const m of pos.matchAll(pattern)) if (!NOT_PICTURES.test(m[1] ?? "")) return true;
  return false;
}
