// Discord's documented limits, checked the way the real API does: a body over a limit gets a 400
// "Invalid Form Body", so a test fails as it would in production rather than passing silently.
const EMBED = {
  count: 10,
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
};
const COMPONENT = {
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  optionText: 100,
  placeholder: 150,
};

type Json = Record<string, unknown>;
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const len = (v: unknown): number => (typeof v === "string" ? v.length : 0);

/** Problems with a message create/edit body (or an interaction callback's `data`). */
export function messageProblems(body: Json | undefined, opts: { isEdit?: boolean; fileCount?: number } = {}): string[] {
  const problems: string[] = [];
  if (!body) return ["empty body"];
  if (len(body.content) > 2000) problems.push(`content is ${len(body.content)} chars (max 2000)`);

  const embeds = arr(body.embeds);
  if (embeds.length > EMBED.count) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  embeds.forEach((e, i) => {
    const fields = arr(e.fields);
    const footer = (e.footer as Json | undefined)?.text;
    const author = (e.author as Json | undefined)?.name;
    if (len(e.title) > EMBED.title) problems.push(`embed ${i} title over 256`);
    if (len(e.description) > EMBED.description)
      problems.push(`embed ${i} description is ${len(e.description)} (max 4096)`);
    if (fields.length > EMBED.fields) problems.push(`embed ${i} has ${fields.length} fields (max 25)`);
    fields.forEach((f, j) => {
      if (len(f.name) === 0 || len(f.name) > EMBED.fieldName)
        problems.push(`embed ${i} field ${j} name length ${len(f.name)}`);
      if (len(f.value) === 0 || len(f.value) > EMBED.fieldValue)
        problems.push(`embed ${i} field ${j} value length ${len(f.value)}`);
    });
    if (len(footer) > EMBED.footer) problems.push(`embed ${i} footer over 2048`);
    if (len(author) > EMBED.author) problems.push(`embed ${i} author over 256`);
    total +=
      len(e.title) +
      len(e.description) +
      len(footer) +
      len(author) +
      fields.reduce((s, f) => s + len(f.name) + len(f.value), 0);
    if (!e.title && !e.description && !fields.length && !footer && !e.image && !author)
      problems.push(`embed ${i} is empty`);
  });
  if (total > EMBED.total) problems.push(`embeds total ${total} chars (max 6000)`);

  const rows = arr(body.components);
  if (rows.length > COMPONENT.rows) problems.push(`${rows.length} action rows (max 5)`);
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    if (row.type !== 1) problems.push(`component ${r} is not an action row`);
    const items = arr(row.components);
    const selects = items.filter((c) => c.type === 3);
    if (selects.length && items.length > 1) problems.push(`row ${r}: a select menu must be alone in its row`);
    if (items.length === 0 || items.length > COMPONENT.buttonsPerRow)
      problems.push(`row ${r} has ${items.length} components (1..5)`);
    for (const c of items) {
      const id = c.custom_id as string | undefined;
      if (c.type === 2 && c.style !== 5) {
        if (!id || id.length > COMPONENT.customId) problems.push(`row ${r}: custom_id length ${len(id)}`);
        if (len(c.label) > COMPONENT.buttonLabel) problems.push(`row ${r}: button label over 80`);
      }
      if (c.type === 3) {
        const options = arr(c.options);
        if (!id || id.length > COMPONENT.customId) problems.push(`row ${r}: select custom_id length ${len(id)}`);
        if (options.length === 0 || options.length > COMPONENT.selectOptions)
          problems.push(`row ${r}: ${options.length} select options (1..25)`);
        if (len(c.placeholder) > COMPONENT.placeholder) problems.push(`row ${r}: placeholder over 150`);
        const values = new Set(options.map((o) => o.value));
        if (values.size !== options.length) problems.push(`row ${r}: duplicate select values`);
        for (const o of options)
          if (len(o.label) === 0 || len(o.label) > 100 || len(o.value) === 0 || len(o.value) > 100)
            problems.push(`row ${r}: select option text length`);
      }
      if (id) {
        if (ids.has(id)) problems.push(`duplicate custom_id ${id}`);
        ids.add(id);
      }
    }
  });

  const hasSomething =
    len(body.content) > 0 ||
    embeds.length > 0 ||
    (opts.fileCount ?? 0) > 0 ||
    arr(body.attachments).length > 0 ||
    rows.length > 0;
  if (!opts.isEdit && !hasSomething) problems.push("Cannot send an empty message");
  return problems;
}

export function autocompleteProblems(data: Json | undefined): string[] {
  const choices = arr(data?.choices);
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices (max 25)`);
  for (const c of choices)
    if (len(c.name) === 0 || len(c.name) > 100 || len(String(c.value)) > 100) problems.push("choice name/value length");
  return problems;
}
