import { randomBytes } from 'node:crypto';
import { openPostgresKeyStore, type PostgresKeyStore } from '../src';
import { describeWithServer, dropSchemas, freshSchemaName, rawPagesOf, testConnectionString, withClient } from './support/server';

describeWithServer('PostgreSQL key store', () => {
  let schema: string;
  let keys: PostgresKeyStore;

  beforeEach(async () => {
    schema = freshSchemaName('keys');
    keys = await openPostgresKeyStore({ connectionString: testConnectionString, schema });
  });

  afterEach(async () => {
    await keys.dispose();
    await dropSchemas(schema);
  });

  it('keeps the first key made under an id, looks keys up one or many at a time, and lists them', async () => {
    const first = randomBytes(32);
    expect(await keys.create('child-1', first, '2026-01-01T00:00:00.000Z')).toEqual({ status: 'active', key: new Uint8Array(first) });
    expect(await keys.create('child-1', randomBytes(32), '2026-01-02T00:00:00.000Z')).toEqual({ status: 'active', key: new Uint8Array(first) });
    const many = await keys.getMany(['child-1', 'child-2']);
    expect(many.get('child-1')).toEqual({ status: 'active', key: new Uint8Array(first) });
    expect(many.get('child-2')).toEqual({ status: 'missing' });
    expect(await keys.list()).toEqual([{ keyId: 'child-1', status: 'active', createdAt: '2026-01-01T00:00:00.000Z' }]);
    expect(() => keys.create('child-3', randomBytes(16), 'now')).rejects.toThrow('has 16 bytes');
  });

  it('makes and looks up keys asked for together, each answered as if asked alone: the first key of an id, a tombstone kept', async () => {
    await keys.create('child-gone', randomBytes(32), '2026-01-01T00:00:00.000Z');
    await keys.destroy('child-gone', '2026-01-02T00:00:00.000Z');
    const kept = randomBytes(32);
    await keys.create('child-kept', kept, '2026-01-01T00:00:00.000Z');
    const made = Array.from({ length: 20 }, (_, index) => ({ keyId: `child-${index % 10}`, key: randomBytes(32) }));
    const created = await Promise.all([
      ...made.map(({ keyId, key }) => keys.create(keyId, key, '2026-01-03T00:00:00.000Z')),
      keys.create('child-gone', randomBytes(32), '2026-01-03T00:00:00.000Z'),
      keys.create('child-kept', randomBytes(32), '2026-01-03T00:00:00.000Z'),
      keys.create('child-short', randomBytes(16), '2026-01-03T00:00:00.000Z').catch((error: Error) => error.message),
    ]);
    // Two creations of one id, in one group or two at once: one key wins, and both are given it.
    made.slice(0, 10).forEach(({ key }, index) => {
      const offered = [new Uint8Array(key), new Uint8Array(made[index + 10]!.key)];
      expect(offered).toContainEqual((created[index] as { key: Uint8Array }).key);
      expect(created[index + 10]).toEqual(created[index]);
      expect(created[index]).toMatchObject({ status: 'active' });
    });
    expect(created.slice(20)).toEqual([{ status: 'destroyed', destroyedAt: '2026-01-02T00:00:00.000Z' }, { status: 'active', key: new Uint8Array(kept) }, expect.stringContaining('has 16 bytes')]);
    const looked = await Promise.all(['child-0', 'child-9', 'child-gone', 'child-kept', 'child-never'].map((keyId) => keys.get(keyId)));
    expect(looked).toEqual([created[0], created[9], { status: 'destroyed', destroyedAt: '2026-01-02T00:00:00.000Z' }, { status: 'active', key: new Uint8Array(kept) }, { status: 'missing' }]);
    expect((await keys.list()).map((record) => record.keyId)).toEqual([...Array.from({ length: 10 }, (_, index) => `child-${index}`), 'child-gone', 'child-kept']);
  });

  it('destroys a key for good, keeping the tombstone, so the id never gets a new key', async () => {
    await keys.create('child-1', randomBytes(32), '2026-01-01T00:00:00.000Z');
    expect(await keys.destroy('child-1', '2026-02-01T00:00:00.000Z')).toBe('destroyed');
    expect(await keys.destroy('child-1', '2026-02-02T00:00:00.000Z')).toBe('already-destroyed');
    expect(await keys.destroy('child-9', '2026-02-02T00:00:00.000Z')).toBe('missing');
    expect(await keys.get('child-1')).toEqual({ status: 'destroyed', destroyedAt: '2026-02-01T00:00:00.000Z' });
    expect(await keys.create('child-1', randomBytes(32), '2026-03-01T00:00:00.000Z')).toEqual({ status: 'destroyed', destroyedAt: '2026-02-01T00:00:00.000Z' });
  });

  it('leaves no copy of a destroyed key in the table: not in a live row, not in a dead row version', async () => {
    const doomed = randomBytes(32);
    const kept = randomBytes(32);
    await keys.create('child-doomed', doomed, '2026-01-01T00:00:00.000Z');
    await keys.create('child-kept', kept, '2026-01-01T00:00:00.000Z');
    const relation = `"${schema}".personal_data_keys`;
    // The scan finds keys where they are: both before the erasure.
    expect((await rawPagesOf(relation)).includes(doomed)).toBe(true);
    // A plain UPDATE leaves the old row version, key and all, as a dead tuple: what destroy must not leave behind.
    await withClient((client) => client.query(`UPDATE ${relation} SET created_at = created_at WHERE key_id = 'child-kept'`));
    expect((await rawPagesOf(relation)).indexOf(kept) !== (await rawPagesOf(relation)).lastIndexOf(kept)).toBe(true);
    await keys.destroy('child-doomed', '2026-02-01T00:00:00.000Z');
    const after = await rawPagesOf(relation);
    expect(after.includes(doomed)).toBe(false);
    expect(after.includes(kept)).toBe(true);
  });

  it('keeps the sealing key apart from the children\'s keys, the first one made under its id', async () => {
    const record = { keyId: 'hub-sealing-key-1', key: new Uint8Array(randomBytes(32)), sealedAfter: 41n, createdAt: '2026-01-01T00:00:00.000Z' };
    expect(await keys.sealingKey(record.keyId)).toBeUndefined();
    expect(await keys.createSealingKey(record)).toEqual(record);
    expect(await keys.createSealingKey({ ...record, key: new Uint8Array(randomBytes(32)), sealedAfter: undefined })).toEqual(record);
    expect(await keys.list()).toEqual([]);
  });
});
