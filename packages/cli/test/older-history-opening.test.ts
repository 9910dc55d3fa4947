import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKeyFileFor } from '@send-hub/application';
import { openSqliteEventStore, openSqliteKeyStore } from '@send-hub/store-sqlite';
import { writeAsAnOlderVersion } from '../../application/test/support/old-history';
import { parentalConsentOn, referralOf } from '../../application/test/support/referral';
import { runIn } from './support/run-in-process';

const olderCase = '54000000-0000-4000-8000-000000000001';

// A hub file written before each child had a stream of its own: the first command to open it says what it brought in.
describe('opening an older hub file', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-cli-older-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('says once how many older cases it started on their children’s streams, and nothing on later openings', async () => {
    const file = join(folder, 'send-hub.sqlite');
    const store = openSqliteEventStore({ file });
    const keyStore = openSqliteKeyStore({ file: defaultKeyFileFor(file) });
    const refer = { type: 'Refer', caseId: olderCase, occurredOn: '2025-09-15', referral: referralOf('child-older', 'tamworth', 'Sam Patel'), consent: parentalConsentOn('2025-09-15') };
    await writeAsAnOlderVersion(store, keyStore, [refer]);
    await Promise.all([store.dispose(), keyStore.dispose()]);
    const first = await runIn(folder, ['verify']);
    expect(first.stderr).toContain('Noted 1 case referred before this version on each child’s own record');
    expect(first.code).toBe(0);
    const later = await runIn(folder, ['verify']);
    expect(later.stderr).not.toContain('Noted');
    expect(later.code).toBe(0);
  }, 60_000);
});
