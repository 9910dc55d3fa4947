import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openInMemoryHub, openSqliteHub, type Hub } from '@send-hub/application';
import { startHubService, type RunningHubService } from '../src/server';
import { testAuthentication } from './test-tokens';
import { get, officerHeaders, postCase, postMeeting } from './http-client';
import { actions, autumnTwoHeld, caseId, consent, discussion, escalation, referral, review, springOneHeld } from './journey';

const hubs: ReadonlyArray<[string, (folder: string) => Hub]> = [
  ['an in-memory hub', () => openInMemoryHub()],
  ['a SQLite hub in a temporary folder', (folder) => openSqliteHub({ file: join(folder, 'hub.sqlite') })],
];

describe.each(hubs)('the HTTP service on %s', (_name, open) => {
  let folder: string;
  let hub: Hub;
  let service: RunningHubService;
  let base: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-http-'));
    hub = open(folder);
    await hub.readModels.start();
    service = await startHubService(hub, { authentication: testAuthentication, host: '127.0.0.1', port: 0 });
    base = service.url;
  });

  afterAll(async () => {
    await service.close();
    await hub.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('records a referral and answers once the read models include it, with the revision and position as strings', async () => {
    const referred = await postCase(base, referral);
    expect(referred.status).toBe(201);
    expect(referred.headers.get('location')).toBe(`/cases/${caseId}/timeline`);
    expect(referred.body).toMatchObject({
      streamId: `case-${caseId}`,
      revision: '0',
      readModelsInclude: true,
      events: [
        { type: 'ReferralStarted', streamId: 'child-child-sam', revision: '0' },
        { type: 'Referred', streamId: `case-${caseId}`, revision: '0' },
      ],
    });
    expect(typeof referred.body.position).toBe('string');
    // Read your writes: the very next read sees the referral, consented with it, on the next agenda; Sam has not been heard yet.
    const agenda = await get(base, '/districts/tamworth/agenda?meeting=2025/26:2');
    expect(agenda.status).toBe(200);
    expect(agenda.body.firstDiscussions).toMatchObject([{ caseId, childShownAs: 'Sam Carter', childViewsHeard: false }]);
    const worklist = await get(base, '/districts/tamworth/consent-worklist?asOf=2025-11-10');
    expect(worklist.body.referrals).toEqual([]);
  });

  it('takes the case through consent, a discussion with actions, a review and escalation, each read back at once', async () => {
    expect((await postCase(base, consent)).status).toBe(201);
    const held = await postMeeting(base, autumnTwoHeld);
    expect(held).toMatchObject({ status: 201, body: { streamId: 'meeting-tamworth-2025-26-2', revision: '0' } });
    expect(held.headers.get('location')).toBe('/districts/tamworth/meetings');
    const autumnAgenda = await get(base, '/districts/tamworth/agenda?meeting=2025/26:2');
    expect(autumnAgenda.body.firstDiscussions).toMatchObject([{ caseId, childShownAs: 'Sam Carter', childViewsHeard: true }]);

    expect((await postCase(base, discussion)).status).toBe(201);
    const agreed = await postCase(base, actions);
    expect(agreed.body).toMatchObject({ revision: '3', events: [{ type: 'ActionsAgreed' }] });
    const springAgenda = await get(base, '/districts/tamworth/agenda?meeting=2025/26:3');
    expect(springAgenda.body).toMatchObject({ title: 'Agenda for the Tamworth hub meeting of Spring 1 2025/26', reviewsDue: [{ caseId, actions: [{}, {}] }] });
    const owners = await get(base, '/districts/tamworth/actions?overdueAt=2025/26:4');
    expect(owners.body.byOwner).toMatchObject([{ agencyLabel: 'Education' }, { agencyLabel: 'Health' }]);
    expect(owners.body.overdue).toHaveLength(2);

    expect((await postMeeting(base, springOneHeld)).status).toBe(201);
    expect((await postCase(base, review)).status).toBe(201);
    const escalated = await postCase(base, escalation);
    expect(escalated.body).toMatchObject({ revision: '5' });
    const afterEscalation = await get(base, '/districts/tamworth/agenda?meeting=2025/26:4');
    expect(afterEscalation.body.awaitingLocalityManagementGroup).toMatchObject([{ caseId }]);
    const meetings = await get(base, '/districts/tamworth/meetings');
    expect(meetings.body.meetings).toMatchObject([{ halfTerm: 'Autumn 2 2025/26', missingAgencyLabels: [] }, { halfTerm: 'Spring 1 2025/26' }]);
  });

  it('shows the case as one timeline, now and as of a business date, in JSON and in plain English', async () => {
    const timeline = await get(base, `/cases/${caseId}/timeline`);
    expect(timeline.status).toBe(200);
    expect((timeline.body.steps as ReadonlyArray<{ label: string; revision: string }>).map((step) => step.label)).toEqual([
      'Referred to the hub',
      'Views heard',
      'Discussed at a hub meeting',
      'Actions agreed',
      'Actions reviewed',
      'Escalated to the Locality Management Group',
    ]);
    const asOfOctober = await get(base, `/cases/${caseId}/timeline?occurredOn=2025-10-31`);
    expect(asOfOctober.body).toMatchObject({ asOf: { occurredOn: '2025-10-31' }, stepsNotYetKnown: 4 });
    const told = await get(base, `/cases/${caseId}/timeline`, { ...(await officerHeaders()), Accept: 'text/plain' });
    expect(told.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(told.text).toContain('6. 28 January 2026: Escalated to the Locality Management Group');
  });

  it('publishes the board report with small numbers suppressed', async () => {
    const report = await get(base, '/board?year=2025/26&district=tamworth');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ suppressed: true, threshold: 5, district: 'tamworth' });
    const referrals = (report.body.measures as ReadonlyArray<{ measure: string; table: { grandTotal: { shown: string } } }>).find((entry) => entry.measure === 'referrals');
    expect(referrals?.table.grandTotal.shown).toBe('[c]');
    expect(report.text).not.toContain('Sam Carter');
    const county = await get(base, '/board?year=2025/26', { ...(await officerHeaders()), Accept: 'text/plain' });
    expect(county.text).toContain('Inclusion and SEND Partnership Board report: Staffordshire County Council, 2025/26');
    const spreadsheet = await get(base, '/board?year=2025/26&district=tamworth', { ...(await officerHeaders()), Accept: 'text/csv' });
    expect(spreadsheet.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    const lines = spreadsheet.text.split('\r\n');
    expect(lines[0]).toBe('Academic year,Place,Table,Row heading,Row,Column,Figure');
    // The year's referrals for Tamworth, withheld as the JSON withholds them: [c], never the number.
    expect(lines).toContain('2025/26,Tamworth district,"Referrals by half term, Tamworth, 2025/26",District,Tamworth,Total,[c]');
  });
});
