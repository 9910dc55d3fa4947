import { StoreUnavailableError } from '@send-hub/event-store';
import { openPostgresEventStore, openPostgresKeyStore, SchemaTooNewError } from '../src';
import { testEvent } from './support/events';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString, withClient } from './support/server';

/** The test server's connection string with another user, database or options. */
const withUrl = (change: (url: URL) => void): string => {
  const url = new URL(testConnectionString);
  change(url);
  return url.toString();
};

const failureOf = async (opening: Promise<unknown>): Promise<Error> => {
  try {
    await opening;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected the store to refuse to open');
};

describeWithServer('opening a PostgreSQL store', () => {
  const schemas: string[] = [];
  const fresh = (label: string): string => {
    const schema = freshSchemaName(label);
    schemas.push(schema);
    return schema;
  };
  afterAll(async () => dropSchemas(...schemas));

  it('creates the schema on first use, records its migrations, and opens it again without changing it', async () => {
    const schema = fresh('migrate');
    const first = await openPostgresEventStore({ connectionString: testConnectionString, schema });
    await first.append('case-a', [testEvent()], 'no_stream');
    await first.dispose();
    const again = await openPostgresEventStore({ connectionString: testConnectionString, schema });
    expect((await again.readStream('case-a')).map((event) => event.revision)).toEqual([0n]);
    await again.dispose();
    const history = await withClient((client) => client.query<{ version: number; description: string }>(`SELECT version, description FROM "${schema}".schema_migrations ORDER BY version`));
    expect(history.rows.map((row) => row.version)).toEqual([1, 2, 3]);
    expect(history.rows[0]?.description).toMatch(/^events: /);
  });

  it('lets several processes open a new schema at once, migrating it once', async () => {
    const schema = fresh('together');
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresEventStore({ connectionString: testConnectionString, schema })));
    await Promise.all(stores.map((store) => store.dispose()));
    const history = await withClient((client) => client.query(`SELECT version FROM "${schema}".schema_migrations`));
    expect(history.rowCount).toBe(3);
  });

  it('brings a schema of the version before append_events up to date, keeping its events', async () => {
    const schema = fresh('upgraded');
    const first = await openPostgresEventStore({ connectionString: testConnectionString, schema });
    await first.append('case-1', [testEvent({}, 'Referred')], 'no_stream');
    await first.dispose();
    await withClient(async (client) => {
      await client.query(`DROP FUNCTION "${schema}".append_events`);
      await client.query(`DELETE FROM "${schema}".schema_migrations WHERE version = 3`);
    });
    const store = await openPostgresEventStore({ connectionString: testConnectionString, schema });
    try {
      expect(await store.append('case-1', [testEvent({}, 'Discussed')], 0n)).toEqual({ _tag: 'Right', right: { nextExpectedRevision: 1n, position: 2n } });
      expect((await store.readStream('case-1')).map((event) => event.type)).toEqual(['Referred', 'Discussed']);
    } finally {
      await store.dispose();
    }
  });

  it('refuses a schema written by a newer version, naming the schema and both versions', async () => {
    const schema = fresh('newer');
    await (await openPostgresEventStore({ connectionString: testConnectionString, schema })).dispose();
    await withClient((client) => client.query(`INSERT INTO "${schema}".schema_migrations (version, description) VALUES (9, 'from the future')`));
    const error = await failureOf(openPostgresEventStore({ connectionString: testConnectionString, schema }));
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect(error.message).toContain(`schema "${schema}" has schema version 9`);
    expect(error.message).toContain('up to 3');
  });

  it('says plainly when the server cannot be reached', async () => {
    const error = await failureOf(openPostgresEventStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test', schema: fresh('unreachable') }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain('The PostgreSQL server at 127.0.0.1:1 cannot be reached');
  });

  it('says plainly when the server refuses the user (a role that does not exist), never showing the password', async () => {
    const error = await failureOf(
      openPostgresEventStore({ connectionString: withUrl((url) => ((url.username = 'nobody_of_send_hub'), (url.password = 'secret-word'))), schema: fresh('role') }),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain('refused user "nobody_of_send_hub"');
    expect(error.message).not.toContain('secret-word');
  });

  it('says plainly when the database does not exist', async () => {
    const error = await failureOf(openPostgresEventStore({ connectionString: withUrl((url) => (url.pathname = '/no_such_send_hub_database')), schema: fresh('database') }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain('has no database "no_such_send_hub_database"');
  });

  // A session with default_transaction_read_only=on stands in for a standby replica: the server refuses writes in the same words (SQLSTATE 25006).
  it('opens an existing schema on a read-only server to read, and refuses appends saying the server is read-only', async () => {
    const schema = fresh('readonly');
    const writable = await openPostgresEventStore({ connectionString: testConnectionString, schema });
    await writable.append('case-a', [testEvent()], 'no_stream');
    await writable.dispose();
    const readOnly = withUrl((url) => url.searchParams.set('options', '-c default_transaction_read_only=on'));
    const store = await openPostgresEventStore({ connectionString: readOnly, schema });
    expect(await store.readStream('case-a')).toHaveLength(1);
    const refusal = await failureOf(store.append('case-a', [testEvent()], 0n));
    expect(refusal).toBeInstanceOf(StoreUnavailableError);
    expect(refusal.message).toContain('is read-only');
    await store.dispose();
    const creating = await failureOf(openPostgresEventStore({ connectionString: readOnly, schema: fresh('readonly_new') }));
    expect(creating.message).toContain('is read-only');
  });

  it('refuses a schema name that is not a plain identifier, naming the option and the value', async () => {
    await expect(openPostgresEventStore({ connectionString: testConnectionString, schema: 'Robert"; DROP TABLE students; --' })).rejects.toThrow(
      /"schema" must be a schema name of lower-case letters.*Robert/,
    );
  });

  it('refuses to keep personal-data keys in a schema that holds events', async () => {
    const schema = fresh('beside');
    await (await openPostgresEventStore({ connectionString: testConnectionString, schema })).dispose();
    const error = await failureOf(openPostgresKeyStore({ connectionString: testConnectionString, schema }));
    expect(error.message).toContain(`The PostgreSQL schema "${schema}" holds an event store, so it cannot also be the key store.`);
    const tables = await withClient((client) => client.query(`SELECT to_regclass('"${schema}".personal_data_keys') AS found`));
    expect(tables.rows[0]?.found).toBeNull();
  });
});
