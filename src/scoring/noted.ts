// A criterion's score and the note that says what it rests on. A scorer is one function that
// computes its number and, when asked, says why: rankings ask only for the number, answers read
// the notes of the few models they show.
export interface CriterionScore {
  score: number;
  note: string;
}

/**
 * A score whose note is written when first read: a ranking scores every candidate (many times
 * per answer, in the sensitivity search), and an answer shows the notes of a few. Writing them
 * all dominated the ranking's cost at 10× and 100× today's catalogue.
 */
class Scored implements CriterionScore {
  private text: string | undefined;
  constructor(
    readonly score: number,
    private readonly write: () => string,
  ) {}
  get note(): string {
    return (this.text ??= this.write());
  }
}

/**
 * Receives a scorer's note, part by part, when the note is wanted. A scorer is one function that
 * computes its number and says why: a ranking calls it with no listener (nothing is formatted or
 * allocated, and at 100× today's catalogue that allocation was most of the ranking's time),
 * an answer calls it again with one to write the note of a model it shows.
 */
export type Say = ((part: string) => void) | undefined;

/** The scorer's number now, its note (the same scorer run again with a listener) when first read. */
export function noted(score: (say: Say) => number): CriterionScore {
  return new Scored(score(undefined), () => {
    let note = "";
    score((part) => (note += part));
    return note;
  });
}
