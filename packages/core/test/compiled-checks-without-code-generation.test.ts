import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const repositoryRoot = path.resolve(__dirname, '..', '..', '..');

// Decoding in a process that forbids code built from strings, as some hardened deployments run node.
const decodeThere = `
const { CaseCommand, CaseEvent } = require('@send-hub/core');
const close = { type: 'Close', caseId: '4fef9827-f51a-43bb-87c4-12a9fde11672', occurredOn: '2023-10-05', reason: 'left-the-area' };
const decoded = CaseCommand.decode(close);
const refused = CaseCommand.decode({ ...close, reason: 'bored' });
const event = CaseEvent.decode({ type: 'CaseClosed', caseId: close.caseId, occurredOn: close.occurredOn, reason: close.reason });
console.log(JSON.stringify({ decoded: decoded._tag === 'Right' && decoded.right, refused: refused._tag, event: event._tag }));
`;

describe('decoding where code cannot be built from strings', () => {
  it('goes the long way, with the same answers', () => {
    const child = spawnSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--require', path.join(repositoryRoot, 'scripts', 'register-typescript.js'), '-e', decodeThere],
      { cwd: repositoryRoot, encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({
      decoded: { type: 'Close', caseId: '4fef9827-f51a-43bb-87c4-12a9fde11672', occurredOn: '2023-10-05', reason: 'left-the-area' },
      refused: 'Left',
      event: 'Right',
    });
  });
});
