import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { historieSchema, type HistorieData } from '../../../src/schemas/historie';

// The stories in content/historier, parsed by the same schema the build uses.
const list = (file: string) => load(readFileSync(`content/${file}`, 'utf8')) as { id: string }[];
const schema = historieSchema({
  kildeIds: new Set(list('kilder.yaml').map((k) => k.id)),
  endringIds: new Set(list('endringer.yaml').map((e) => e.id)),
});

export function contentStories(): (HistorieData & { slug: string })[] {
  return readdirSync('content/historier')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const yaml = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/historier/${f}`, 'utf8'))?.[1] ?? '';
      return { ...schema.parse(load(yaml)), slug: f.replace(/\.mdx$/, '') };
    });
}
