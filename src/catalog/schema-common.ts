// Building blocks shared by the catalogue schemas (schema.ts, signals-schema.ts): one home for
// the date format and for "where a fact came from".
import { z } from "zod";

export const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected a date as YYYY-MM or YYYY-MM-DD");

/** primary: the lab's, provider's or benchmark owner's own publication; secondary: anyone else's. */
export const sourceKindSchema = z.enum(["primary", "secondary"]);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** Where one fact came from and when that source said it. */
export const factSourceSchema = z.object({
  sourceUrl: z.string().min(1),
  sourceKind: sourceKindSchema,
  asOf: isoDate,
  /** Our own words: what the source says, or why the value is read this way. */
  note: z.string().optional(),
});

/** A value with its own source (every fact of the provider-policy table is one of these). */
export function sourcedFact<T extends z.ZodType>(value: T) {
  return factSourceSchema.extend({ value });
}
