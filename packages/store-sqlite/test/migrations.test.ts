import Database from 'better-sqlite3';
import { StoreUnavailableError } from '@send-hub/event-store';
import { openSqliteEventStore, SchemaTooNewError } from '../src';
import { migrate, readSchemaVersion } from '../src/schema/migrate';
import { migrations } from '../src/schema/migrations';
import { collect, newEvents } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

const withRawFile = <A>(use: (database: Database.Database) => A): A => {
  const database = new Database(temporary.file());
  try {
    return use(database);
  } finally {
    database.close();
  }
};

describe('schema migrations', () => {
  it('upgrades a file made by the first version only, keeping its events, and records each step', async () => {
    withRawFile((database) => {
      migrate(database, migrations.slice(0, 1), temporary.file());
      database
        .prepare('INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run('case-old', 0, 'event-1', 'CaseOpened', 1, '{"old":true}', JSON.stringify({ recordedAt: 't', actor: { id: 'a', role: 'r' }, correlationId: 'c', causationId: 'c' }));
      expect(readSchemaVersion(database)).toBe(1);
    });

    const store = openSqliteEventStore({ file: temporary.file() });
    expect((await collect(store.readAll())).map((event) => event.data)).toEqual([{ old: true }]);
    await store.append('case-old', newEvents(1), 0n);
    await store.checkpoints.save('district', { position: 2n, state: '{}' });
    expect(await store.checkpoints.load('district')).toEqual({ position: 2n, state: '{}' });
    await store.dispose();

    const history = withRawFile((database) =>
      database.prepare('SELECT version, description FROM schema_migrations ORDER BY version').all(),
    );
    expect(history).toEqual(migrations.map((migration, index) => ({ version: index + 1, description: migration.description })));
  });

  it('creates a new file at the newest version, and leaves an up-to-date file alone', () => {
    openSqliteEventStore({ file: temporary.file() }).dispose();
    openSqliteEventStore({ file: temporary.file() }).dispose();
    expect(withRawFile(readSchemaVersion)).toBe(migrations.length);
  });

  it('refuses a file from a newer library, naming both versions, without touching it', () => {
    const future = [...migrations, { description: 'something from the future', apply: () => undefined }];
    withRawFile((database) => migrate(database, future, temporary.file()));
    const open = () => openSqliteEventStore({ file: temporary.file() });
    expect(open).toThrow(SchemaTooNewError);
    expect(open).toThrow(StoreUnavailableError);
    expect(open).toThrow(
      `has schema version ${future.length}, but this version of @send-hub/store-sqlite only knows schema versions up to ${migrations.length}`,
    );
    expect(withRawFile(readSchemaVersion)).toBe(future.length);
  });

  it('rolls back every step of a migration that fails part way', () => {
    withRawFile((database) => migrate(database, migrations.slice(0, 1), temporary.file()));
    const failing = [
      ...migrations,
      {
        description: 'fails after changing something',
        apply: (database: Database.Database) => {
          database.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('migration broke');
        },
      },
    ];
    expect(() => withRawFile((database) => migrate(database, failing, temporary.file()))).toThrow('migration broke');
    withRawFile((database) => {
      expect(readSchemaVersion(database)).toBe(1);
      expect(database.prepare("SELECT name FROM sqlite_master WHERE name IN ('half_done', 'projection_checkpoints')").all()).toEqual([]);
    });
  });

  it('refuses to open an outdated file read-only, since it cannot be upgraded', () => {
    withRawFile((database) => migrate(database, migrations.slice(0, 1), temporary.file()));
    expect(() => openSqliteEventStore({ file: temporary.file(), readOnly: true })).toThrow(
      `has schema version 1 and needs upgrading to version ${migrations.length}, which cannot be done while it is opened read-only`,
    );
  });
});
