import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { anchorOf } from '../../event-catalogue/markdown';

const repository = join(__dirname, '..', '..', '..');

/** The documents this check keeps honest (the embedding guide and the command-line documents keep their own). */
const documents = [
  'docs/README.md',
  'docs/architecture.md',
  'docs/glossary.md',
  'docs/event-catalogue.md',
  'docs/guides/auditing.md',
  'docs/guides/erasing-personal-data.md',
  'docs/guides/writing-a-store-adapter.md',
  'docs/guides/property-testing-an-integration.md',
];

/** The anchors of a Markdown file's headings, as GitHub makes them. */
const anchorsOf = (file: string): ReadonlySet<string> =>
  new Set([...readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1] ?? '')));

/** Links outside code: fenced blocks and inline code are left out. */
const linksOf = (text: string): string[] =>
  [...text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '').filter((target) => !/^[a-z]+:/.test(target));

describe('the documents’ links', () => {
  it('lead to files that exist, and to headings that exist in them', () => {
    const broken = documents.flatMap((document) => {
      const file = join(repository, document);
      return linksOf(readFileSync(file, 'utf8')).flatMap((target) => {
        const [path = '', anchor] = target.split('#');
        const linked = path === '' ? file : join(dirname(file), path);
        if (!existsSync(linked)) return [`${document}: ${target} (no such file)`];
        if (anchor === undefined || statSync(linked).isDirectory()) return [];
        return anchorsOf(linked).has(anchor) ? [] : [`${document}: ${target} (no heading "${anchor}" in ${relative(repository, linked)})`];
      });
    });
    expect(broken).toEqual([]);
  });
});
