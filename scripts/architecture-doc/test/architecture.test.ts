import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const repository = join(__dirname, '..', '..', '..');
const architecture = readFileSync(join(repository, 'docs', 'architecture.md'), 'utf8');

const sorted = (names: Iterable<string>): string[] => [...names].sort();

const declaredDependencies = (name: string): string[] => {
  const manifest = JSON.parse(readFileSync(join(repository, 'packages', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return sorted(Object.keys(manifest.dependencies ?? {}).filter((dependency) => dependency.startsWith('@send-hub/')).map((dependency) => dependency.replace('@send-hub/', '')));
};

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

const importedPackages = (name: string): string[] =>
  sorted(new Set(sourceFiles(join(repository, 'packages', name, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '@send-hub\/([a-z-]+)'/g)].map((match) => match[1] ?? ''))));

describe('docs/architecture.md', () => {
  it('gives each package the workspace dependencies its package.json declares', () => {
    const rows = [...architecture.matchAll(/^\| `@send-hub\/([a-z-]+)` \| [^|]+ \| ([^|]+) \|$/gm)];
    expect(rows.length).toBeGreaterThan(10);
    for (const [, name = '', dependencies = ''] of rows) {
      const documented = dependencies.trim() === 'none' ? [] : sorted(dependencies.split(',').map((dependency) => dependency.trim()));
      expect({ name, dependencies: documented }).toEqual({ name, dependencies: declaredDependencies(name) });
    }
  });

  it('says which packages each package’s sources import', () => {
    const block = /Who imports whom[\s\S]*?```text\n([\s\S]*?)```/.exec(architecture)?.[1] ?? '';
    const entries = block.replace(/,\n\s+/g, ', ').trim().split('\n');
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const [name = '', imports = ''] = entry.split('->').map((part) => part.trim());
      const documented = imports === '(nothing of ours)' ? [] : sorted(imports.split(',').map((part) => part.trim()));
      expect({ name, imports: documented }).toEqual({ name, imports: importedPackages(name) });
    }
  });
});
