import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const script = resolve(__dirname, '..', 'readme-command.sh');
const block = (which: number): string => execFileSync(script, [String(which)], { encoding: 'utf8' }).trim();

describe("the README's set-up commands, as continuous integration reads them", () => {
  it('finds the set-up command first: it installs pnpm, installs, builds and runs the demo', () => {
    expect(block(1)).toBe('npm install -g pnpm@10 && pnpm install --frozen-lockfile && pnpm build && pnpm demo');
  });

  it('finds the test command second', () => {
    expect(block(2)).toBe('pnpm test');
  });

  it('finds nothing past the two', () => {
    expect(block(3)).toBe('');
  });
});
