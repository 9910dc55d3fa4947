import type { KeyStore } from '@send-hub/event-store';

const key = (fill: number): Uint8Array => new Uint8Array(32).fill(fill);

/**
 * What every key store must do, run against each implementation (in memory here,
 * SQLite in @send-hub/store-sqlite). `open` gives a fresh, empty store.
 */
export const keyStoreContract = (name: string, open: () => Promise<KeyStore> | KeyStore): void => {
  describe(`${name}: the key store contract`, () => {
    let store: KeyStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.dispose();
    });

    it('knows nothing of a key never created', async () => {
      expect(await store.get('child-1')).toEqual({ status: 'missing' });
      expect(await store.destroy('child-1', '2026-01-01T00:00:00.000Z')).toBe('missing');
      expect(await store.list()).toEqual([]);
    });

    it('keeps the first key created under an id, whoever creates it again', async () => {
      expect(await store.create('child-1', key(1), '2025-01-01T00:00:00.000Z')).toEqual({ status: 'active', key: key(1) });
      expect(await store.create('child-1', key(2), '2025-02-01T00:00:00.000Z')).toEqual({ status: 'active', key: key(1) });
      expect(await store.get('child-1')).toEqual({ status: 'active', key: key(1) });
    });

    it('destroys a key for good, keeping a tombstone so the id never gets a new key', async () => {
      await store.create('child-1', key(1), '2025-01-01T00:00:00.000Z');
      await store.create('child-2', key(2), '2025-01-02T00:00:00.000Z');
      expect(await store.destroy('child-1', '2026-01-01T00:00:00.000Z')).toBe('destroyed');
      expect(await store.destroy('child-1', '2026-03-01T00:00:00.000Z')).toBe('already-destroyed');
      expect(await store.get('child-1')).toEqual({ status: 'destroyed', destroyedAt: '2026-01-01T00:00:00.000Z' });
      expect(await store.create('child-1', key(3), '2026-02-01T00:00:00.000Z')).toEqual({ status: 'destroyed', destroyedAt: '2026-01-01T00:00:00.000Z' });
      expect(await store.get('child-2')).toEqual({ status: 'active', key: key(2) });
      expect([...(await store.list())].sort((left, right) => left.keyId.localeCompare(right.keyId))).toEqual([
        { keyId: 'child-1', status: 'destroyed', createdAt: '2025-01-01T00:00:00.000Z', destroyedAt: '2026-01-01T00:00:00.000Z' },
        { keyId: 'child-2', status: 'active', createdAt: '2025-01-02T00:00:00.000Z' },
      ]);
    });

    it('looks several keys up at once, each as get finds it, an id asked for twice once', async () => {
      await store.create('child-1', key(1), '2025-01-01T00:00:00.000Z');
      await store.create('child-2', key(2), '2025-01-02T00:00:00.000Z');
      await store.destroy('child-2', '2026-01-01T00:00:00.000Z');
      const found = await store.getMany(['child-1', 'child-2', 'child-3', 'child-1']);
      expect([...found]).toEqual([
        ['child-1', { status: 'active', key: key(1) }],
        ['child-2', { status: 'destroyed', destroyedAt: '2026-01-01T00:00:00.000Z' }],
        ['child-3', { status: 'missing' }],
      ]);
      expect([...(await store.getMany([]))]).toEqual([]);
    });

    it('hands out copies, so a caller cannot change the stored key', async () => {
      const created = await store.create('child-1', key(1), '2025-01-01T00:00:00.000Z');
      if (created.status === 'active') created.key.fill(9);
      const many = (await store.getMany(['child-1'])).get('child-1');
      if (many?.status === 'active') many.key.fill(9);
      expect(await store.get('child-1')).toEqual({ status: 'active', key: key(1) });
    });

    it('refuses a key of the wrong length', async () => {
      await expect(store.create('child-1', new Uint8Array(16), '2025-01-01T00:00:00.000Z')).rejects.toThrow('The key for "child-1" has 16 bytes; AES-256 keys have 32.');
    });
  });
};
