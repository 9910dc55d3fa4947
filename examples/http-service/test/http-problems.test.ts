import { InMemoryAccessLog } from '@send-hub/access';
import { createHub, openInMemoryHub, type Hub } from '@send-hub/application';
import { concurrencyConflict, InMemoryCheckpointStore, InMemoryEventStore, InMemoryKeyStore, type ExpectedRevision, type NewEvent } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { startHubService, type RunningHubService } from '../src/server';
import { bearer, boardMember, lichfieldOfficer, officer, testAuthentication } from './test-tokens';
import { get, officerHeaders, post, postCase, postMeeting, type Answer } from './http-client';
import { autumnTwoHeld, caseId, consent, discussion, referral } from './journey';

/** Every problem answer is RFC 9457 problem details, of a kind named under the service's problem types. */
const expectProblem = (answer: Answer, status: number, kind: string): void => {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  expect(answer.body).toMatchObject({ type: `https://send-hub.example/problems/${kind}`, status });
  expect(typeof answer.body.title).toBe('string');
  // Sentences a person reads (the library opens some with a quoted name).
  expect(answer.body.detail).toMatch(/^["A-Z].*[.)]$/s);
};

describe('the HTTP service answers every error as problem details', () => {
  let hub: Hub;
  let service: RunningHubService;
  let base: string;

  beforeAll(async () => {
    hub = openInMemoryHub();
    await hub.readModels.start();
    service = await startHubService(hub, { authentication: testAuthentication, maxBodyBytes: 4_096 });
    base = service.url;
    expect((await postCase(base, referral)).status).toBe(201);
  });

  afterAll(async () => {
    await service.close();
    await hub.dispose();
  });

  it('400 for a body that is not JSON', async () => {
    const answer = await post(base, `/cases/${caseId}/commands`, '{"type": "Refer",');
    expectProblem(answer, 400, 'body-unreadable');
    expect(answer.body.detail).toContain('not valid JSON');
  });

  it('400 for an invalid command, naming each field and the value received', async () => {
    const badSchool = { ...referral, caseId: 'c0000000-0000-4000-8000-000000000001', referral: { ...referral.referral, school: '12A' } };
    const answer = await postCase(base, badSchool);
    expectProblem(answer, 400, 'command-invalid');
    expect(answer.body.problems).toEqual(['referral.school: expected a 6-digit school unique reference number, received "12A"']);
    const noType = await postCase(base, { caseId, occurredOn: 'yesterday' });
    expectProblem(noType, 400, 'command-invalid');
  });

  it('400, not 500, for a body nested 5,000 deep or with fields no command defines, naming where', async () => {
    // About 10 KB: past this suite's 4 KB limit, so sent to a service with the default 64 KiB.
    const deep = `{"type":"Refer","caseId":"${caseId}","occurredOn":"2025-09-01","referral":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    const roomy = await startHubService(hub, { authentication: testAuthentication });
    const nested = await post(roomy.url, `/cases/${caseId}/commands`, deep);
    await roomy.close();
    expectProblem(nested, 400, 'command-invalid');
    expect(nested.body.problems).toEqual([expect.stringMatching(/^referral(\[0\])+: expected a value nested at most 32 objects or lists deep, received one nested deeper$/)]);
    const extra = await postCase(base, { ...referral, caseId: 'c0000000-0000-4000-8000-000000000002', referral: { ...referral.referral, personal: { ...referral.referral.personal, parentMobile: '07700 900123' } } });
    expectProblem(extra, 400, 'command-invalid');
    expect(extra.body.problems).toEqual(["referral.personal.parentMobile: not a field of the child's personal details"]);
    expect(JSON.stringify(extra.body)).not.toContain('07700');
  });

  it('400 when the case in the address is not the case in the command', async () => {
    const answer = await post(base, '/cases/c0000000-0000-4000-8000-000000000009/commands', consent);
    expectProblem(answer, 400, 'case-id-mismatch');
    expect(answer.body).toMatchObject({ pathCaseId: 'c0000000-0000-4000-8000-000000000009', commandCaseId: caseId });
  });

  it('400 for a query that is missing or badly written, naming the parameter', async () => {
    expectProblem(await get(base, '/districts/tamworth/agenda'), 400, 'query-invalid');
    const badMeeting = await get(base, '/districts/tamworth/agenda?meeting=2025/27:3');
    expectProblem(badMeeting, 400, 'query-invalid');
    expect(badMeeting.body).toMatchObject({ parameter: 'meeting', value: '2025/27:3' });
    expectProblem(await get(base, '/districts/tamworth/consent-worklist?asOf=31/10/2025'), 400, 'query-invalid');
    expectProblem(await get(base, '/board?year=2025'), 400, 'query-invalid');
    expectProblem(await get(base, '/board?year=2025/26&district=atlantis'), 400, 'query-invalid');
    expectProblem(await get(base, `/cases/${caseId}/timeline?recordedAt=tuesday`), 400, 'query-invalid');
  });

  it('401 when the request carries no token, a forged one or an expired one', async () => {
    const missing = await get(base, '/districts/tamworth/meetings', {});
    expectProblem(missing, 401, 'token-missing');
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="send-hub"');
    expectProblem(await post(base, '/meetings/commands', autumnTwoHeld, {}), 401, 'token-missing');

    const forged = await get(base, `/cases/${caseId}/timeline`, await bearer(officer, { key: new TextEncoder().encode('a key the council never gave out, thirty-two bytes') }));
    expectProblem(forged, 401, 'token-invalid');
    expect(forged.body.detail).toContain('signature does not verify');
    expect(forged.headers.get('www-authenticate')).toMatch(/^Bearer realm="send-hub", error="invalid_token"/);
    expect(forged.text).not.toContain('Sam Carter');

    const expired = await get(base, `/cases/${caseId}/timeline`, await bearer(officer, { expiresAt: Math.floor(Date.now() / 1000) - 3600 }));
    expectProblem(expired, 401, 'token-invalid');
    expect(expired.body.detail).toContain('expired');
    expectProblem(await get(base, '/districts/tamworth/meetings', await bearer(officer, { issuer: 'https://elsewhere.example' })), 401, 'token-invalid');
    expectProblem(await get(base, '/districts/tamworth/meetings', { Authorization: 'Bearer not-a-token' }), 401, 'token-invalid');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'officer-7', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] })).toString('base64url')}.`;
    expectProblem(await get(base, '/districts/tamworth/meetings', { Authorization: `Bearer ${unsigned}` }), 401, 'token-invalid');
  });

  it('403 with no data for another district’s child, its lists, or a role that may not read them', async () => {
    const elsewhere = await bearer(lichfieldOfficer);
    for (const path of [`/cases/${caseId}/timeline`, '/districts/tamworth/agenda?meeting=2025/26:2', '/districts/tamworth/consent-worklist?asOf=2025-11-10', '/districts/tamworth/meetings']) {
      const answer = await get(base, path, elsewhere);
      expectProblem(answer, 403, 'access-refused');
      expect(answer.body.code).toBe('district-out-of-scope');
      expect(answer.text).not.toContain('Sam Carter');
      expect(answer.text).not.toContain(caseId);
    }
    const board = await bearer(boardMember);
    expectProblem(await get(base, `/cases/${caseId}/timeline`, board), 403, 'access-refused');
    expect((await get(base, '/board?year=2025/26', board)).status).toBe(200);
    const refused = await post(base, `/cases/${caseId}/commands`, consent, elsewhere);
    expectProblem(refused, 403, 'access-refused');
    const timeline = await get(base, `/cases/${caseId}/timeline`);
    expect((timeline.body.steps as unknown[]).length).toBe(1);
  });

  it('404 for an unknown route, an unknown case and an unknown district', async () => {
    expectProblem(await get(base, '/nowhere'), 404, 'not-found');
    expectProblem(await get(base, '/cases/c0000000-0000-4000-8000-000000000404/timeline'), 404, 'not-found');
    expectProblem(await get(base, '/cases/not-a-case/timeline'), 404, 'not-found');
    const district = await get(base, '/districts/atlantis/meetings');
    expectProblem(district, 404, 'not-found');
    expect(district.body.detail).toContain('There is no district hub "atlantis" in Staffordshire County Council.');
  });

  it('405 for a method the address does not accept, saying which it does', async () => {
    const answer = await get(base, '/meetings/commands');
    expectProblem(answer, 405, 'method-not-allowed');
    expect(answer.headers.get('allow')).toBe('POST');
    expect(answer.body.allowed).toEqual(['POST']);
    expect((await post(base, '/board?year=2025/26', {})).headers.get('allow')).toBe('GET');
  });

  it('409 with the rule’s code when a rule refuses the command', async () => {
    const elsewhere = await postCase(base, { ...discussion, occurredOn: '2025-10-14', meeting: { ...discussion.meeting, district: 'lichfield', halfTerm: 1 } });
    expectProblem(elsewhere, 409, 'rule-refused');
    expect(elsewhere.body.code).toBe('meeting-in-another-district');
    expect(elsewhere.body.detail).toContain('the Tamworth hub, not the Lichfield hub');
    const again = await postCase(base, referral);
    expectProblem(again, 409, 'rule-refused');
    expect(again.body).toMatchObject({ code: 'case-already-referred' });
    expect(again.body.detail).toContain('A case is referred only once');
  });

  it('413 for a body over the limit, whether declared up front or sent in chunks', async () => {
    const long = { ...consent, padding: 'x'.repeat(8_192) };
    const declared = await postCase(base, long);
    expectProblem(declared, 413, 'body-too-large');
    expect(declared.body.maxBytes).toBe(4_096);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let chunk = 0; chunk < 8; chunk += 1) controller.enqueue(new TextEncoder().encode(chunk === 0 ? `{"padding":"` : 'y'.repeat(1_024)));
        controller.close();
      },
    });
    const streamed = await fetch(`${base}/cases/${caseId}/commands`, {
      method: 'POST',
      headers: { ...(await officerHeaders()), 'Content-Type': 'application/json' },
      body: chunks,
      duplex: 'half',
      signal: AbortSignal.timeout(10_000),
    } as RequestInit);
    expect(streamed.status).toBe(413);
    await streamed.text();
  });

  it('415 for a body that does not say it is JSON', async () => {
    const answer = await post(base, `/cases/${caseId}/commands`, JSON.stringify(consent), { ...(await officerHeaders()), 'Content-Type': 'text/plain' });
    expectProblem(answer, 415, 'unsupported-media-type');
    expect(answer.headers.get('accept-post')).toBe('application/json');
  });
});

/** A store where other writers keep landing on one meeting's stream first, however often the hub retries. */
class BusyMeetingStore extends InMemoryEventStore {
  override async append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision) {
    if (streamId === 'meeting-tamworth-2025-26-2') return E.left(concurrencyConflict(streamId, expected, 0n));
    return super.append(streamId, events, expected);
  }
}

describe('the HTTP service when others keep writing first', () => {
  it('409 with the number of attempts, and a hint to retry', async () => {
    const hub = createHub({ store: new BusyMeetingStore(), keyStore: new InMemoryKeyStore(), checkpoints: new InMemoryCheckpointStore(), accessLog: new InMemoryAccessLog(), maxRetries: 2 });
    await hub.readModels.start();
    const service = await startHubService(hub, { authentication: testAuthentication });
    try {
      const answer = await postMeeting(service.url, autumnTwoHeld);
      expectProblem(answer, 409, 'conflict-persisted');
      expect(answer.body).toMatchObject({ streamId: 'meeting-tamworth-2025-26-2', attempts: 3 });
      expect(answer.headers.get('retry-after')).toBe('1');
    } finally {
      await service.close();
      await hub.dispose();
    }
  });
});

describe('the HTTP service when something is broken', () => {
  it('500 naming the event when a case history holds an event that cannot be read, and writes nothing', async () => {
    const hub = openInMemoryHub();
    await hub.readModels.start();
    const service = await startHubService(hub, { authentication: testAuthentication });
    try {
      const metadata = { recordedAt: '2025-10-13T16:00:00.000Z', actor: { id: 'migration', role: 'data migration' }, correlationId: 'm-1', causationId: 'm-1' };
      await hub.stores.chained.append(`case-${caseId}`, [{ eventId: 'e0000000-0000-4000-8000-000000000001', type: 'Referred', schemaVersion: 1, data: { caseId }, metadata }], 'no_stream');
      const answer = await postCase(service.url, consent);
      expectProblem(answer, 500, 'stored-event-unreadable');
      expect(answer.body).toMatchObject({ streamId: `case-${caseId}`, revision: '0' });
      expect(await hub.stores.raw.readStream(`case-${caseId}`)).toHaveLength(1);
    } finally {
      await service.close();
      await hub.dispose();
    }
  });

  it('500 without internals when the service itself fails, telling its owner what happened', async () => {
    const hub = openInMemoryHub(); // read models never started: every read throws
    const failures: string[] = [];
    const service = await startHubService(hub, { authentication: testAuthentication, onError: (error, request) => failures.push(`${request.method} ${request.path}: ${(error as Error).message}`) });
    try {
      const answer = await get(service.url, '/districts/tamworth/meetings');
      expectProblem(answer, 500, 'internal-error');
      expect(answer.text).not.toContain('read model');
      expect(failures).toEqual([expect.stringMatching(/^GET \/districts\/tamworth\/meetings: The ".+" read model is not running: start it before querying\.$/)]);
    } finally {
      await service.close();
      await hub.dispose();
    }
  });
});
