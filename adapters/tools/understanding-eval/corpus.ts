// Reads and checks the labelled understanding corpus (tests/corpus/*.jsonl). The label spec is
// tests/corpus/README.md; slot names and value types come from the core's slot view, and every
// model, lab and licence a label names must exist in the real catalogue.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import {
  CORPUS_INTENTS,
  labIdOf,
  SLOT_SCHEMAS,
  SlotViewSchema,
  type CorpusIntent,
  type SlotView,
} from "../../../src/intents/slot-view.js";
import { PACKAGE_ROOT } from "../../shared/package-root.js";

export const SPLITS = ["test", "dev"] as const;
export type Split = (typeof SPLITS)[number];

export interface CorpusRecord {
  id: string;
  text: string;
  previous?: string[];
  intent: CorpusIntent;
  slots: SlotView;
  forbid?: SlotView;
  note?: string;
  /** Which file the record came from. */
  split: Split;
  /** 1-based line number in that file, for error messages. */
  line: number;
}

/** A forbidden value is one value of a slot, so an array slot may list a subset and must not be empty. */
const ForbidSchema = z.strictObject(SLOT_SCHEMAS).partial();

const RecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+-[a-z]+-\d{3,}$/),
  text: z.string().min(1),
  previous: z.array(z.string().min(1)).optional(),
  intent: z.enum(CORPUS_INTENTS),
  slots: SlotViewSchema,
  forbid: ForbidSchema.optional(),
  note: z.string().optional(),
});

export function corpusPath(split: Split): string {
  return join(PACKAGE_ROOT, "tests", "corpus", `${split}.jsonl`);
}

export interface ParsedFile {
  records: CorpusRecord[];
  problems: string[];
}

/** Parses one JSONL file; every line that is not a well-formed record is reported, not thrown. */
export function parseCorpus(text: string, split: Split): ParsedFile {
  const records: CorpusRecord[] = [];
  const problems: string[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push(`${split}:${line}: not valid JSON`);
      return;
    }
    const parsed = RecordSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`);
      problems.push(`${split}:${line}: ${issues.join("; ")}`);
      return;
    }
    records.push({ ...(parsed.data as Omit<CorpusRecord, "split" | "line">), split, line });
  });
  return { records, problems };
}

export function readCorpus(split: Split): ParsedFile {
  return parseCorpus(readFileSync(corpusPath(split), "utf8"), split);
}

/** What the catalogue holds that labels may name. */
export interface CatalogRefs {
  modelIds: Set<string>;
  labIds: Set<string>;
  licenseValues: Set<string>;
}

export function readCatalogRefs(): CatalogRefs {
  const models = JSON.parse(readFileSync(join(PACKAGE_ROOT, "catalog", "models.json"), "utf8")) as {
    models: { id: string; lab: string }[];
  };
  const licenses = JSON.parse(readFileSync(join(PACKAGE_ROOT, "catalog", "licenses.json"), "utf8")) as {
    licenses: { id: string; family?: string | null }[];
  };
  return {
    modelIds: new Set(models.models.map((m) => m.id)),
    labIds: new Set(models.models.map((m) => labIdOf(m.lab))),
    licenseValues: new Set(licenses.licenses.flatMap((l) => (l.family ? [l.id, l.family] : [l.id]))),
  };
}

/** A licence label is an id, a family, or a prefix shared by families ("llama" for llama-2 … llama-4). */
function knownLicense(value: string, refs: CatalogRefs): boolean {
  if (refs.licenseValues.has(value)) return true;
  for (const known of refs.licenseValues) if (known.startsWith(`${value}-`)) return true;
  return false;
}

/** Problems with the catalogue references of one record (unknown model, lab or licence). */
export function referenceProblems(record: CorpusRecord, refs: CatalogRefs): string[] {
  const problems: string[] = [];
  const where = `${record.split}:${record.line} ${record.id}`;
  for (const [part, view] of [
    ["slots", record.slots],
    ["forbid", record.forbid ?? {}],
  ] as const) {
    for (const id of [...(view.models ?? []), ...(view["exclude.models"] ?? [])])
      if (!refs.modelIds.has(id)) problems.push(`${where}: ${part} names unknown model id "${id}"`);
    for (const lab of view["exclude.labs"] ?? [])
      if (!refs.labIds.has(lab)) problems.push(`${where}: ${part} names unknown lab id "${lab}"`);
    for (const licence of view["exclude.licenses"] ?? [])
      if (!knownLicense(licence, refs)) problems.push(`${where}: ${part} names unknown licence "${licence}"`);
  }
  return problems;
}
