// What an import changes compared with the committed catalogue: entries added and removed,
// entries otherwise changed, and every price that moved (the part people care about on refresh).

interface WithId {
  id: string;
}
interface PricedModel extends WithId {
  offerings: {
    provider: string;
    providerModelId: string;
    source: string;
    inputPerMTok: number;
    outputPerMTok: number;
  }[];
}

export function describeChanges(kind: string, before: readonly WithId[], after: readonly WithId[]): string[] {
  const old = new Map(before.map((e) => [e.id, JSON.stringify(e)]));
  const now = new Map(after.map((e) => [e.id, JSON.stringify(e)]));
  const lines: string[] = [];
  for (const id of now.keys()) if (!old.has(id)) lines.push(`+ ${kind} ${id}`);
  for (const id of old.keys()) if (!now.has(id)) lines.push(`- ${kind} ${id}`);
  for (const [id, text] of now) {
    const previous = old.get(id);
    if (previous !== undefined && previous !== text) lines.push(`~ ${kind} ${id}`);
  }
  return lines;
}

export function describePriceChanges(before: readonly PricedModel[], after: readonly PricedModel[]): string[] {
  const key = (o: PricedModel["offerings"][number]): string => `${o.provider}|${o.providerModelId}|${o.source}`;
  const old = new Map(before.map((m) => [m.id, new Map(m.offerings.map((o) => [key(o), o]))]));
  const lines: string[] = [];
  for (const model of after) {
    const previous = old.get(model.id);
    if (!previous) continue;
    for (const offering of model.offerings) {
      const was = previous.get(key(offering));
      if (was && (was.inputPerMTok !== offering.inputPerMTok || was.outputPerMTok !== offering.outputPerMTok)) {
        lines.push(
          `$ ${model.id} @ ${offering.provider} (${offering.source}): ${was.inputPerMTok}/${was.outputPerMTok} -> ${offering.inputPerMTok}/${offering.outputPerMTok} per 1M tokens`,
        );
      }
    }
  }
  return lines;
}
