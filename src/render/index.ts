// The render module's public surface, for answers and adapters.
export * from "./builders.js";
export * from "./escape.js";
export * from "./format.js";
export * from "./markdown.js";
export * from "./plain-text.js";
