// A quality score whose note is written when first read. Every quality table holds a score per
// model, and an answer reads the notes of a few: written up front, each note was a string of
// dozens of pieces joined per model and table (at 100× today's catalogue about a quarter of the
// heap the collector marks on every full collection). The writer is a closure over values the
// table keeps anyway, so a score costs one closure until its note is read.

/** What a note is written for: a quality score (quality.ts), named by its note alone to keep the import one way. */
type Noted = { score: number; note: string };

class NoteWrittenLater {
  #note: string | (() => string);

  constructor(fields: Omit<Noted, "note">, write: () => string) {
    // Own fields in the order a literal would have them (after score and note), none added when
    // absent, so the score reads, spreads and serialises as the eagerly written one did.
    Object.assign(this, fields);
    this.#note = write;
  }

  get note(): string {
    if (typeof this.#note !== "string") this.#note = this.#note();
    return this.#note;
  }

  /** As the eager literal serialised: score, note, then the rest in their order. */
  toJSON(): object {
    const { score, ...rest } = this as unknown as Record<string, unknown>;
    return { score, note: this.note, ...rest };
  }
}

/** A score with these fields whose note `write` gives when first read. */
export function noteLater<T extends Noted>(fields: Omit<T, "note">, write: () => string): T {
  return new NoteWrittenLater(fields, write) as unknown as T;
}

/** The score's fields other than its note, in their order (to make a changed copy without reading the note). */
export function fieldsOf<T extends Noted>(q: T): Omit<T, "note"> {
  // A spread copies own fields only: a score written later keeps its note on its class, so the
  // copy has none and the note is not written; an eager one's note is dropped from the copy.
  const copy: Partial<T> = { ...q };
  delete copy.note;
  return copy as Omit<T, "note">;
}
