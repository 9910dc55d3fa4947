import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repositoryFolder = join(__dirname, '..', '..');
export const guidesFolder = join(repositoryFolder, 'docs', 'guides');

/** A fenced TypeScript block of a guide, and the sample file it says it was taken from, if any. */
export interface GuideBlock {
  readonly guide: string;
  /** Line of the opening fence, counting from 1. */
  readonly line: number;
  readonly code: string;
  /** From a `<!-- sample: samples/x.ts -->` comment on the line before the fence. */
  readonly sample: string | undefined;
}

const samplePattern = /^<!-- sample: (\S+) -->$/;

export const typescriptBlocks = (guide: string): ReadonlyArray<GuideBlock> => {
  const lines = readFileSync(join(guidesFolder, guide), 'utf8').split('\n');
  const blocks: GuideBlock[] = [];
  lines.forEach((text, index) => {
    if (text.trim() !== '```ts') return;
    const end = lines.findIndex((closing, at) => at > index && closing.trim() === '```');
    if (end < 0) throw new Error(`${guide}: the code block at line ${index + 1} is never closed.`);
    const sample = samplePattern.exec((lines[index - 1] ?? '').trim())?.[1];
    blocks.push({ guide, line: index + 1, code: lines.slice(index + 1, end).join('\n'), sample });
  });
  return blocks;
};

const meaningfulLines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** Whether the block's lines appear, in order and together, in the sample file (indentation and blank lines aside). */
export const isExcerptOf = (block: GuideBlock): boolean => {
  if (block.sample === undefined) return false;
  const file = meaningfulLines(readFileSync(join(guidesFolder, block.sample), 'utf8'));
  const excerpt = meaningfulLines(block.code);
  return file.some((_line, start) => excerpt.every((line, offset) => file[start + offset] === line));
};

/** The import statements of a block, which must name things that exist whatever the rest of the block assumes. */
export const importsOf = (code: string): ReadonlyArray<string> => code.match(/^import\s[\s\S]*?\sfrom\s+'[^']+';/gm) ?? [];
