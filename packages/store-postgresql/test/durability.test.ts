import { Client } from 'pg';
import { openPool } from '../src/connection/open-pool';
import { describeWithServer, testConnectionString } from './support/server';

describeWithServer('the durability a PostgreSQL store asks of the server', () => {
  it.each([
    ['full', 'on'],
    ['normal', 'off'],
  ] as const)('with durability %s, every connection commits with synchronous_commit %s, set as it connects, before any query', async (durability, expected) => {
    const sent: string[] = [];
    const send = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
    const query = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      const [config] = args;
      sent.push(typeof config === 'string' ? config : String((config as { text?: unknown }).text));
      return send.apply(this, args);
    } as unknown as Client['query']);
    const pool = openPool(testConnectionString, 3, 10_000, 'send-hub durability test', durability);
    try {
      // Three queries at once, each on a connection of its own, each just opened.
      const settings = await Promise.all([1, 2, 3].map(() => pool.query<{ synchronous_commit: string }>('SHOW synchronous_commit')));
      expect(settings.map((result) => result.rows[0]?.synchronous_commit)).toEqual([expected, expected, expected]);
    } finally {
      query.mockRestore();
      await pool.end();
    }
    // Nothing else was sent: a setting sent as a query on connecting would run beside the pool's own first query, which node-postgres 9 refuses.
    expect(sent).toEqual(['SHOW synchronous_commit', 'SHOW synchronous_commit', 'SHOW synchronous_commit']);
  });
});
