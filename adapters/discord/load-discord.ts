// Loads discord.js safely whatever was imported before it. vega-lite (charts) assigns
// Set.prototype.toJSON when it loads; if that happened first, a library inside discord.js
// (@vladfrangu/async_event_emitter's bundled util.inspect) throws while loading:
// `TypeError: string "Set()" is not iterable`. ES modules evaluate imports in order, so this
// module lifts the patch, loads discord.js, then puts the patch back for vega-lite.
// index.ts imports this module first.
import { restoreSetToJson } from "./set-json-stash.js";
import "discord.js";

restoreSetToJson();
