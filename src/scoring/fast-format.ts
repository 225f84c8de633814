// Number formatting for scoring notes, without Intl: rankings are recomputed many times per
// turn (the sensitivity search), and toLocaleString dominated their cost. The output matches
// src/render/format.ts ("$1,234.56", "$0.0375", "128K tokens").
function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function usd(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  const abs = Math.abs(value);
  const digits = abs !== 0 && abs < 1 ? 4 : 2;
  let fixed = abs.toFixed(digits);
  if (digits === 4) fixed = fixed.replace(/(\.\d\d\d*?)0+$/, "$1");
  const [i = "0", f = ""] = fixed.split(".");
  return `${value < 0 ? "-" : ""}$${group(i)}${f ? `.${f}` : ""}`;
}

function trim(value: number, decimals = 2): string {
  const scale = 10 ** decimals;
  const r = Math.round(value * scale) / scale;
  const [i = "0", f] = Math.abs(r).toString().split(".");
  return `${r < 0 ? "-" : ""}${group(i)}${f ? `.${f}` : ""}`;
}

export function count(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  const abs = Math.abs(value);
  for (const [size, suffix] of [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ] as const)
    if (abs >= size) return `${trim(value / size, 1)}${suffix}`;
  return trim(value);
}

export function tokens(value: number): string {
  return `${count(value)} ${Math.abs(value) === 1 ? "token" : "tokens"}`;
}
