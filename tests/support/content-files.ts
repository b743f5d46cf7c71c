import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';

export interface Frontmatter {
  title: string;
  legalRefs: string[];
  sources: { kilde: string; passage: string }[];
}

/** Frontmatter of every content/<folder>/*.mdx, read straight from the files the site is built from. */
export function frontmatters(folder: string): { slug: string; data: Frontmatter }[] {
  const dir = `content/${folder}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      if (!yaml) throw new Error(`${dir}/${f}: frontmatter mangler`);
      return { slug: f.replace(/\.mdx$/, ''), data: load(yaml) as Frontmatter };
    });
}

export const yamlList = <T>(file: string) => load(readFileSync(`content/${file}`, 'utf8')) as T[];
