import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const repositoryRoot = path.resolve(__dirname, '..', '..', '..');

// A plain node process, as a council's own suite under another runner (or a script) would load the kit.
const outsideJest = `
const fc = require('fast-check');
const { CaseEvent } = require('@send-hub/core');
const kit = require('@send-hub/testing');
fc.assert(kit.codecRoundTripLaw(CaseEvent, kit.caseEvent(), { throughJson: true }), { numRuns: 25 });
const jestLoaded = Object.keys(require.cache).some((file) => file.includes('@jest'));
console.log(JSON.stringify({ exports: Object.keys(kit).length, jestLoaded }));
`;

describe('the testing kit outside Jest', () => {
  it('loads, and its arbitraries and laws run, in a process where Jest is not running', () => {
    const child = spawnSync(process.execPath, ['--require', path.join(repositoryRoot, 'scripts', 'register-typescript.js'), '-e', outsideJest], {
      cwd: repositoryRoot,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout) as { exports: number; jestLoaded: boolean };
    expect(report.exports).toBeGreaterThan(50);
    // Jest's globals are looked up only when a store contract suite is declared.
    expect(report.jestLoaded).toBe(false);
  });
});
