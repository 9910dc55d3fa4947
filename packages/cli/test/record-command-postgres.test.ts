import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString } from '../../store-postgresql/test/support/server';
import { asLines, autumnMeeting, caseId, referral } from './support/recorded-journey';
import { runIn } from './support/run-in-process';

// The same commands recorded into a PostgreSQL schema: the store option is the only difference.
describeWithServer('send-hub record on PostgreSQL', () => {
  const schema = freshSchemaName('cli_record');
  const postgres = ['--postgres', testConnectionString, '--postgres-schema', schema];
  let folder: string;

  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-cli-record-postgres-'))));
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await dropSchemas(schema, `${schema}_keys`, `${schema}_read_models`, `${schema}_access_log`);
  });

  it('records a referral and a meeting’s commands, stops at a refusal writing nothing of it, and replays the case', async () => {
    const recorded = await runIn(folder, ['record', '-', ...postgres], asLines([referral, ...autumnMeeting]));
    expect(recorded.stderr).toBe('');
    expect(recorded.stdout).toContain('Recorded 4 commands (7 events).');
    const again = await runIn(folder, ['record', '-', ...postgres], JSON.stringify(referral));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('The command (Refer) was refused: ');
    const exported = await runIn(folder, ['export', ...postgres]);
    // The six the commands recorded, and the referral started in the child's own stream (decision 40).
    expect(exported.stdout.trim().split('\n')).toHaveLength(7);
    const replay = await runIn(folder, ['replay', caseId, ...postgres]);
    expect(replay.stdout).toContain('Mornings are the hardest part of his day.');
  });
});
