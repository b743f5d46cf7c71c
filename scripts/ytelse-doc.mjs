// docs/ytelse.md is written by several measurements: bench.mjs writes the top and its own sections,
// the others each own one «## …» section. These helpers replace one section and keep the rest.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const YTELSE = 'docs/ytelse.md';

/** The «## title» sections of a markdown text, in order: [{ title, text }] (text includes the heading). */
export function sections(doc) {
  const parts = doc.split(/^(?=## )/m);
  return parts.slice(1).map((text) => ({
    title: /^## (.+)$/m.exec(text)[1].trim(),
    text: text.replace(/\n*$/, '\n'),
  }));
}

/** Replaces (or appends) the section «## title» in docs/ytelse.md with body. */
export function writeSection(title, body, file = YTELSE) {
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Ytelse\n';
  const text = `## ${title}\n\n${body.trim()}\n`;
  const [head] = doc.split(/^(?=## )/m);
  const list = sections(doc);
  const at = list.findIndex((s) => s.title === title);
  if (at >= 0) list[at] = { title, text };
  else list.push({ title, text });
  writeFileSync(file, `${head.replace(/\n*$/, '\n\n')}${list.map((s) => s.text).join('\n')}`);
}

/** For bench.mjs, which writes the whole file: its new text plus the other measurements' sections. */
export function withOtherSections(newDoc, file = YTELSE) {
  if (!existsSync(file)) return newDoc;
  const own = new Set(sections(newDoc).map((s) => s.title));
  const others = sections(readFileSync(file, 'utf8')).filter((s) => !own.has(s.title));
  return others.length === 0
    ? newDoc
    : `${newDoc.replace(/\n*$/, '\n')}\n${others.map((s) => s.text).join('\n')}`;
}
