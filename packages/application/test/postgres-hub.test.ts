import { either as E } from 'fp-ts';
import { createSimulation } from '@send-hub/simulation';
import { openPostgresHub, type Hub } from '../src';
import { describeWithServer, dropSchemasIn, freshSchemaName, rawPagesOf, testConnectionString } from '../../store-postgresql/test/support/server';

const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;

/** The same server's other database: keys kept apart from the events, as a council can. */
const keyDatabase = (() => {
  const url = new URL(testConnectionString);
  url.pathname = '/postgres';
  return url.toString();
})();

const right = <A>(result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(`Refused: ${JSON.stringify(result.left, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value))}`);
  return result.right;
};

describeWithServer('a hub on PostgreSQL', () => {
  const schema = freshSchemaName('hub');
  const keySchema = `${schema}_keys`;
  afterAll(async () => {
    await dropSchemasIn(testConnectionString, [schema, `${schema}_read_models`, `${schema}_access_log`]);
    await dropSchemasIn(keyDatabase, [keySchema]);
  });

  it('records a simulated term with its keys in another database, seals and verifies it, and forgets a child leaving no copy of the key', async () => {
    const simulation = createSimulation({ seed: 'postgres hub', districts: ['tamworth'], halfTerms: 2, referralsPerDistrictPerHalfTerm: 4 });
    const open = (): Promise<Hub> => openPostgresHub({ ...simulation.hubOptions, connectionString: testConnectionString, schema, keyConnectionString: keyDatabase });
    const hub = await open();
    const report = await simulation.run(hub);
    expect(report.events).toBeGreaterThan(10);
    const verified = right(await hub.verify(dataProtectionOfficer));
    expect(verified).toMatchObject({ verified: true, eventsVerified: report.events });
    expect(verified.sealing?.eventsSealed).toBe(report.events);
    const [child] = await hub.keyStore.list();
    if (child === undefined) throw new Error('the simulation should have made keys');
    const key = await hub.keyStore.get(child.keyId);
    if (key.status !== 'active') throw new Error('the key should be active');
    await hub.dispose();

    const again = await open();
    await again.readModels.start();
    right(await again.forget(child.keyId, { erasedBy: 'Data protection officer', reason: 'The family asked for the record to be erased.', occurredOn: '2026-01-05' }, dataProtectionOfficer));
    expect(await again.keyStore.get(child.keyId)).toEqual({ status: 'destroyed', destroyedAt: expect.any(String) });
    expect((await rawPagesOf(`"${keySchema}".personal_data_keys`, keyDatabase)).includes(Buffer.from(key.key))).toBe(false);
    expect(right(await again.verify(dataProtectionOfficer))).toMatchObject({ verified: true, eventsVerified: report.events + 1 });
    await again.dispose();
  }, 120_000);
});
