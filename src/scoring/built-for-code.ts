// A model its lab named for code (a "Coder", "Codestral", "Devstral", "Codex", "… Code") was tuned
// for code. For summarising a chart or drafting a regulatory text it is the wrong tool even when
// a broad signal rated it well (LMArena's longer-query board, a language board: Qwen3-Coder 480B's
// French rating put it in the Ontario health network's top 3 for discharge summaries). Its fit
// for such a job is lowered (quality.ts), and a lead would not sign it on general ratings alone:
// the ranking lists it after every general model (rank-groups.ts), and the answer says so. So
// too when no job is read: nothing says code is the job.
import type { Model } from "../catalog/schema.js";
import type { UseCase } from "./requirements.js";

const CODE_NAMED = /coder|codestral|devstral|codex|\bcode\b/i;

/** The jobs a code model is built for (tool use and agents are code-heavy work too). */
const USE_CASES_FOR_CODE: readonly UseCase[] = ["coding", "agents"];

const codeModels = new WeakMap<Model, boolean>();
/** Named for code by its lab (memoized per model: the ranking asks per candidate and pass). */
export function isCodeSpecialised(m: Model): boolean {
  let code = codeModels.get(m);
  if (code === undefined) {
    code = CODE_NAMED.test(`${m.id} ${m.name}`);
    codeModels.set(m, code);
  }
  return code;
}

/**
 * A job that is not code: a stated use case other than USE_CASES_FOR_CODE, or none read. A code
 * model leads only where code is asked: with the job unread (Curitiba's product descriptions and
 * review moderation, written in Portuguese), Qwen3-Coder 480B-A35B was #3 on broad ratings.
 */
export function isJobOtherThanCode(useCase: UseCase | undefined): boolean {
  return useCase === undefined || !USE_CASES_FOR_CODE.includes(useCase);
}

/** A code model weighed for a job that is not code (see the head of this file). */
export function builtForOtherJob(m: Model, useCase: UseCase | undefined): boolean {
  return isJobOtherThanCode(useCase) && isCodeSpecialised(m);
}
