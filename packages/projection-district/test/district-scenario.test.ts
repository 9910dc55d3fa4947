import { followLive } from '../../projections/test/support/follow-live';
import { scenarioActions, scenarioCaseId, scenarioChild, scenarioMeetings, scenarioSteps } from '../../projections/test/support/seed-scenario';
import { agendaFor, consentWorklist, districtProjection, meetingsOf, openActionsByOwner, overdueActions } from '../src';

const { autumn1, autumn2, spring1, spring2 } = scenarioMeetings;
const ids = (items: ReadonlyArray<{ caseId: string }>) => items.map((item) => item.caseId);

describe('the district hub read model through the seed journey', () => {
  const { start: begin, stop, step, read } = followLive(districtProjection);

  beforeAll(begin);
  afterAll(stop);

  it('puts a referral without consent on the consent worklist, not on an agenda', async () => {
    await step(scenarioSteps.referred);
    expect(ids(read((model) => agendaFor(model, autumn1)).firstDiscussions)).toEqual([]);
    const worklist = read((model) => consentWorklist(model, 'tamworth', { asOf: '2025-09-29', waitingAtLeastDays: 14 }));
    expect(worklist).toEqual([
      expect.objectContaining({ caseId: scenarioCaseId, childReference: scenarioChild, daysWaiting: 14, yearGroup: 'Year 4', primaryNeed: 'Social, emotional and mental health' }),
    ]);
    expect(read((model) => consentWorklist(model, 'tamworth', { asOf: '2025-09-28', waitingAtLeastDays: 14 }))).toEqual([]);
    expect(read((model) => consentWorklist(model, 'lichfield', { asOf: '2025-12-01' }))).toEqual([]);
  });

  it('lists the consented case for a first discussion at the next meeting', async () => {
    await step(scenarioSteps.consented);
    await step(scenarioSteps.autumnOneCancelled);
    expect(read((model) => consentWorklist(model, 'tamworth', { asOf: '2025-12-01' }))).toEqual([]);
    const agenda = read((model) => agendaFor(model, autumn2));
    expect(agenda.title).toBe('Agenda for the Tamworth hub meeting of Autumn 2 2025/26');
    expect(agenda.firstDiscussions).toEqual([expect.objectContaining({ caseId: scenarioCaseId, childReference: scenarioChild, provision: 'Special educational needs support' })]);
    expect(agenda.firstDiscussions[0]?.reason).toBe('Referred on 15 September 2025, consent given; waiting for a first discussion.');
    expect(read((model) => meetingsOf(model, 'tamworth'))).toEqual([
      expect.objectContaining({ halfTerm: 'Autumn 1 2025/26', statusLabel: 'Cancelled', cancellationReason: 'Too few professionals could attend.', agencyLabels: [] }),
    ]);
  });

  it('puts agreed actions on the next meeting’s agenda for review, and in each owner’s list', async () => {
    await step(scenarioSteps.discussedWithActions);
    expect(read((model) => agendaFor(model, autumn2)).reviewsDue).toEqual([]);
    const agenda = read((model) => agendaFor(model, spring1));
    expect(agenda.firstDiscussions).toEqual([]);
    expect(agenda.reviewsDue).toHaveLength(1);
    expect(agenda.reviewsDue[0]).toMatchObject({ caseId: scenarioCaseId, overdue: false, reason: '2 actions agreed in Autumn 2 2025/26 to review.' });
    expect(agenda.reviewsDue[0]?.actions.map((action) => action.actionId)).toEqual([scenarioActions.senco, scenarioActions.nurse]);
    const owners = read((model) => openActionsByOwner(model, 'tamworth'));
    expect(owners.map((group) => [group.agencyLabel, group.ownerRole, group.actions.length])).toEqual([
      ['Education', 'Special educational needs coordinator', 1],
      ['Health', 'School nurse', 1],
    ]);
    expect(read((model) => overdueActions(model, spring1))).toEqual([]);
    const lateReview = read((model) => overdueActions(model, spring2));
    expect(lateReview.map((action) => [action.actionId, action.halfTermsWaiting])).toEqual([
      [scenarioActions.senco, 2],
      [scenarioActions.nurse, 2],
    ]);
    expect(read((model) => agendaFor(model, spring2)).reviewsDue[0]?.overdue).toBe(true);
    expect(read((model) => meetingsOf(model, 'tamworth'))[1]).toMatchObject({ statusLabel: 'Held', agencyLabels: ['Education', 'Health'], missingAgencyLabels: ['Social care'] });
  });

  it('after a review that did not work and an escalation, waits for the Locality Management Group', async () => {
    await step(scenarioSteps.reviewedNotWorkingAndEscalated);
    const agenda = read((model) => agendaFor(model, spring2));
    expect(agenda.reviewsDue).toEqual([]);
    expect(agenda.awaitingLocalityManagementGroup).toEqual([expect.objectContaining({ caseId: scenarioCaseId, childReference: scenarioChild })]);
    expect(agenda.awaitingLocalityManagementGroup[0]?.reason).toBe('Escalated to the Locality Management Group on 29 January 2026; waiting for it.');
    expect(read((model) => openActionsByOwner(model, 'tamworth'))).toEqual([]);
    expect(read((model) => meetingsOf(model, 'tamworth'))[2]?.missingAgencyLabels).toEqual([]);
  });

  it('holds no name, before or after the child’s personal data is erased, which changes nothing in it', async () => {
    const before = read(districtProjection.serialise);
    expect(before).not.toContain('Ava');
    await step(scenarioSteps.erased);
    expect(read(districtProjection.serialise)).toBe(before);
    expect(read((model) => agendaFor(model, spring2)).awaitingLocalityManagementGroup[0]).not.toHaveProperty('childName');
  });
});
