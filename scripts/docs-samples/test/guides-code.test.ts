import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidesFolder, importsOf, isExcerptOf, typescriptBlocks } from '../guide-code';
import { typeErrors } from '../type-check';

/** The guides whose code this test holds to the samples (others, such as the embedding guide, keep their own checks). */
const guides = ['auditing.md', 'erasing-personal-data.md', 'property-testing-an-integration.md', 'writing-a-store-adapter.md'];
const blocks = guides.flatMap(typescriptBlocks);
const where = (block: { guide: string; line: number }): string => `${block.guide}, line ${block.line}`;

const libraryPackages = ['application', 'audit', 'core', 'event-store', 'hub', 'projection-board', 'projection-district', 'projections', 'store-eventstoredb', 'store-sqlite', 'testing'];

/** Every name any package of the library exports at run time (types aside). */
const exportedValues = (): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const folder of libraryPackages) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads each package's public entry point by name
    for (const name of Object.keys(require(`@send-hub/${folder}`) as object)) names.add(name);
  }
  return names;
};

describe('the guides’ code', () => {
  it('has guides with code taken from the samples', () => {
    expect(blocks.filter((block) => block.sample !== undefined).length).toBeGreaterThan(10);
  });

  it('copies, wherever a block says it was taken from a sample, the sample’s lines as they are', () => {
    const stale = blocks.filter((block) => block.sample !== undefined && !isExcerptOf(block)).map(where);
    expect(stale).toEqual([]);
  });

  it('calls only functions the packages export, in the text and in the signatures it shows', () => {
    const exported = exportedValues();
    const called = guides.flatMap((guide) => {
      const text = readFileSync(join(guidesFolder, guide), 'utf8');
      const inText = [...text.matchAll(/`([a-z][A-Za-z]+)\(/g)].map((match) => match[1] ?? '');
      const inSignatures = typescriptBlocks(guide)
        .filter((block) => block.sample === undefined && importsOf(block.code).length === 0)
        .flatMap((block) => [...block.code.matchAll(/^([a-z][A-Za-z]+)\(/gm)].map((match) => match[1] ?? ''));
      return [...inText, ...inSignatures].map((name) => ({ guide, name }));
    });
    // Methods of objects the guides describe (a hub, a key store, a subscription), not exports.
    const methods = new Set(['get', 'create', 'destroy', 'list', 'dispose', 'append', 'readStream', 'readAll', 'subscribeToAll', 'headPosition', 'unsubscribe', 'next', 'load', 'save', 'reset']);
    const unknown = called.filter(({ name }) => !exported.has(name) && !methods.has(name) && !name.startsWith('hub')).map(({ guide, name }) => `${guide}: ${name}`);
    expect(unknown).toEqual([]);
  });

  it('type-checks: the samples in full, and the imports of every other block against the packages’ real exports', () => {
    const extra = new Map(
      blocks
        .filter((block) => block.sample === undefined && importsOf(block.code).length > 0)
        .map((block) => [join(guidesFolder, 'samples', `imports-of-${block.guide.replace('.md', '')}-${block.line}.ts`), `${importsOf(block.code).join('\n')}\nexport {};\n`] as const),
    );
    expect(extra.size).toBeGreaterThan(0);
    expect(typeErrors(extra)).toEqual([]);
  });
});
