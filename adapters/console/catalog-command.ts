// `modelwise catalog refresh [--from URL|PATH]… [--dry-run]`: the terminal face of the catalogue
// refresh. A refusal prints one line saying why and exits 1; the catalogue in service is untouched.
import { join } from "node:path";
import type { Command } from "commander";
import { PACKAGE_ROOT } from "../shared/package-root.js";
import { DEFAULT_CATALOG_DIR } from "../shared/read-catalog.js";
import type { CliIo } from "./cli.js";

/** Where the reference snapshots and licence/self-host inputs live (beside the project). */
const DEFAULT_REFERENCE_DIR = join(PACKAGE_ROOT, "..", "shared", "data");

interface RefreshFlags {
  from: string[];
  dryRun?: boolean;
  catalogDir?: string;
  timeout?: string;
}

export function addCatalogCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const catalog = program.command("catalog").description("keep the model catalogue current");
  catalog
    .command("refresh")
    .description(
      "rebuild the catalogue from models.dev, LiteLLM and OpenRouter files or URLs, show the changes, swap it in",
    )
    .option("--from <url-or-path>", "a source file or http(s) URL; repeat for each source", collect, [])
    .option("--dry-run", "print the changes only; write nothing")
    .option("--catalog-dir <dir>", "the catalogue folder to refresh (default: MODELWISE_CATALOG_DIR or catalog/)")
    .option("--timeout <ms>", "give up on a URL after this many milliseconds")
    .action(async (flags: RefreshFlags) => {
      setExit(await refresh(flags, io));
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function refresh(flags: RefreshFlags, io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const timeoutMs = flags.timeout === undefined ? undefined : Number(flags.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    io.stderr.write("Refresh refused: --timeout takes a whole number of milliseconds.\n");
    return 2;
  }
  // Loaded here, not at the top: the refresh carries the curation tables (hundreds of KB of
  // data evaluated at import), which every other command would otherwise pay for at start-up.
  const [{ refreshCatalog }, { RefreshRefused }] = await Promise.all([
    import("../tools/catalog-refresh/refresh-catalog.js"),
    import("../tools/catalog-refresh/read-sources.js"),
  ]);
  try {
    const outcome = await refreshCatalog({
      from: flags.from,
      catalogDir: flags.catalogDir ?? (env.MODELWISE_CATALOG_DIR?.trim() || DEFAULT_CATALOG_DIR),
      referenceDir: env.MODELWISE_REFERENCE_DIR?.trim() || DEFAULT_REFERENCE_DIR,
      dryRun: flags.dryRun === true,
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });
    io.stdout.write(`${outcome.lines.join("\n")}\n`);
    return 0;
  } catch (error) {
    if (error instanceof RefreshRefused) {
      io.stderr.write(`Refresh refused: ${error.message}. The catalogue in service is unchanged.\n`);
      return 1;
    }
    io.stderr.write("Refresh failed unexpectedly; the catalogue in service is unchanged.\n");
    return 1;
  }
}
