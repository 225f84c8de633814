// A question about a model's quality asked beside another question ("how much would claude sonnet
// 4.5 cost at 20M tokens a month, and is it good enough for coding?"): the answer to the first
// part must not drop the second. Read here, answered after the cost (answers/quality-aside.ts).

const QUALITY_ASK =
  /\b(?:(?:is|are|would|will) (?:it|they|that|this|those|these)(?: (?:be|still be))? (?:good|strong|smart|capable|decent|any good)(?: enough)?|how (?:good|strong|capable) (?:is|are|would) (?:it|they|that|this)|good enough|is (?:it|the quality) (?:up to|ok|okay) (?:for|at))\b/;

/** Whether folded text `lower` also asks how good the model is. */
export function asksQuality(lower: string): boolean {
  return QUALITY_ASK.test(lower);
}
