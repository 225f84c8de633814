// Runs before every file of the adapters project (vitest.config.ts: setupFiles), whose files share
// a worker. It makes the worker's globals the same for every file, whatever ran before it there:
// discord.js is loaded first, through load-discord.ts, before any file can load vega-lite (which
// patches Set.prototype.toJSON, and discord.js fails to load after it); then vega-lite, so every
// file sees Set.prototype.toJSON as a process that has drawn a chart does. Both stay loaded in the
// worker, so this costs one load of each per worker, not per file.
import "../../adapters/discord/load-discord.js";
import "vega-lite";
