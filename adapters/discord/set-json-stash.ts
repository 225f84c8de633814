// Part of load-discord.ts: takes vega-lite's Set.prototype.toJSON off for as long as discord.js
// loads (see there why), and hands it back afterwards.
const saved = Object.getOwnPropertyDescriptor(Set.prototype, "toJSON");
if (saved) delete (Set.prototype as { toJSON?: unknown }).toJSON;

export function restoreSetToJson(): void {
  if (saved && !Object.getOwnPropertyDescriptor(Set.prototype, "toJSON"))
    Object.defineProperty(Set.prototype, "toJSON", saved);
}
