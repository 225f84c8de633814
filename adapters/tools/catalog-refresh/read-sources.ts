// Reads refresh sources from local paths or http(s) URLs and tells which file each one is from
// its shape (models.dev database, LiteLLM price map, OpenRouter models list). Every failure is a
// RefreshRefused with one line a person can act on; nothing here writes anything.
import { readFile } from "node:fs/promises";
import type { LiteLlmFile, ModelsDevFile } from "../catalog-import/source-types.js";
import { SANITY_LIMITS } from "./sanity-limits.js";

export class RefreshRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefreshRefused";
  }
}

export interface OpenRouterModel {
  id: string;
  pricing?: { prompt?: string; completion?: string };
}
export interface OpenRouterFile {
  data: OpenRouterModel[];
}

export type SourceKind = "models.dev" | "LiteLLM" | "OpenRouter";

export interface LoadedSources {
  modelsDev?: { from: string; file: ModelsDevFile };
  litellm?: { from: string; file: LiteLlmFile };
  openrouter?: { from: string; file: OpenRouterFile };
}

export async function loadSources(locations: readonly string[], timeoutMs: number): Promise<LoadedSources> {
  const loaded: LoadedSources = {};
  for (const from of locations) {
    const value = parseSource(await fetchText(from, timeoutMs), from);
    const kind = detectKind(value, from);
    const key = kind === "models.dev" ? "modelsDev" : kind === "LiteLLM" ? "litellm" : "openrouter";
    if (loaded[key])
      throw new RefreshRefused(`${from}: a second ${kind} source was given (${loaded[key].from} came first)`);
    (loaded as Record<string, { from: string; file: unknown }>)[key] = { from, file: value };
  }
  return loaded;
}

async function fetchText(from: string, timeoutMs: number): Promise<string> {
  if (!/^https?:\/\//i.test(from)) {
    try {
      return await readFile(from, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new RefreshRefused(`${from}: ${code === "ENOENT" ? "no such file" : "cannot be read"}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(from, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError";
    throw new RefreshRefused(`${from}: ${timedOut ? `no answer within ${timeoutMs} ms` : "unreachable"}`);
  }
  if (!response.ok) throw new RefreshRefused(`${from}: the server answered HTTP ${response.status}`);
  try {
    const text = await response.text();
    if (text.length > SANITY_LIMITS.maxSourceBytes) throw new RefreshRefused(`${from}: larger than any price list`);
    return text;
  } catch (error) {
    if (error instanceof RefreshRefused) throw error;
    const timedOut = (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError";
    throw new RefreshRefused(
      `${from}: ${timedOut ? `download did not finish within ${timeoutMs} ms` : "download broke off"}`,
    );
  }
}

function parseSource(text: string, from: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A file cut short parses up to its end and then fails; say so, it is the common case.
    const trimmed = text.trimEnd();
    const cut = trimmed.length > 0 && !trimmed.endsWith("}") && !trimmed.endsWith("]");
    throw new RefreshRefused(`${from}: ${cut ? "the file is truncated (JSON ends early)" : "not valid JSON"}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Which reference file this is, from the fields of its rows; anything else is refused. */
export function detectKind(value: unknown, from: string): SourceKind {
  if (isObject(value)) {
    const rows = value.models;
    if (
      Array.isArray(value.data) &&
      value.data.every((r) => isObject(r) && typeof r.id === "string" && isObject(r.pricing))
    )
      return "OpenRouter";
    if (Array.isArray(rows) && Array.isArray(value.base_models) && Array.isArray(value.providers)) {
      if (rows.every((r) => isObject(r) && typeof r.provider === "string" && typeof r.model_id === "string"))
        return "models.dev";
    }
    if (Array.isArray(rows) && isObject(value.obtained_via)) {
      if (rows.every((r) => isObject(r) && typeof r.key === "string" && typeof r.litellm_provider === "string"))
        return "LiteLLM";
    }
  }
  throw new RefreshRefused(`${from}: not a models.dev, LiteLLM or OpenRouter models file (unrecognised shape)`);
}
