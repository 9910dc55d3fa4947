import type { CaseEvent, MeetingReference } from '@send-hub/core';
import type { HubEnvelope, HubEvent } from '@send-hub/hub';
import { scenarioActions, scenarioCaseId as caseId, scenarioMeetings, scenarioSteps } from '../../projections/test/support/seed-scenario';
import { agendaFor, applyDistrictEvent, caseIdsOnAgenda, consentWorklist, emptyDistrictModel, formatAgenda, lmgAgendaFor, openActionsByOwner, overdueActions, type DistrictModel } from '../src';

/*
 * Ava of the seed journey, referred to the Tamworth hub, moves to a Lichfield school:
 * the Tamworth lists let her go, Lichfield's take her with what is open.
 */

const { referred, consented, autumnOneCancelled, discussedWithActions, reviewedNotWorkingAndEscalated } = scenarioSteps;
const { autumn2, spring1 } = scenarioMeetings;
const lichfield = (halfTerm: MeetingReference['halfTerm']): MeetingReference => ({ district: 'lichfield', academicYear: '2025/26', halfTerm });
const movedOn = (occurredOn: string): CaseEvent => ({ type: 'ChildMoved', caseId, occurredOn, from: { school: '124567', district: 'tamworth' }, to: { school: '125900', district: 'lichfield' }, yearGroup: 'Y4' });
const movedToLichfield = movedOn('2025-12-01');
const withActions: HubEvent[] = [...referred, ...consented, ...autumnOneCancelled, ...discussedWithActions];

const modelOf = (events: ReadonlyArray<HubEvent>): DistrictModel => events.reduce((model, event) => applyDistrictEvent(model, { event } as HubEnvelope), emptyDistrictModel());
const caseIds = (items: ReadonlyArray<{ caseId: string }>) => items.map((item) => item.caseId);

describe('a case that moves with its actions open', () => {
  const model = modelOf([...withActions, movedToLichfield]);

  it('leaves the old district’s agenda and action lists', () => {
    expect(caseIdsOnAgenda(agendaFor(model, spring1))).toEqual([]);
    expect(openActionsByOwner(model, 'tamworth')).toEqual([]);
    expect(overdueActions(model, scenarioMeetings.spring2)).toEqual([]);
  });

  it('is on the new district’s agenda for the review of its actions, saying where it came from, at the school it moved to', () => {
    const agenda = agendaFor(model, lichfield(3));
    expect(caseIds(agenda.reviewsDue)).toEqual([caseId]);
    expect(agenda.reviewsDue[0]).toMatchObject({ school: '125900', overdue: false, reason: '2 actions agreed in Autumn 2 2025/26 to review. Moved here from the Tamworth hub on 1 December 2025.' });
    expect(openActionsByOwner(model, 'lichfield').flatMap((group) => group.actions.map((action) => action.actionId))).toEqual([scenarioActions.senco, scenarioActions.nurse]);
    expect(formatAgenda(agenda, new Map())).toContain('Moved here from the Tamworth hub on 1 December 2025.');
  });

  it('is judged late by the new district’s meetings: a review due at a cancelled Lichfield meeting is due at the next one held', () => {
    expect(agendaFor(model, lichfield(4)).reviewsDue[0]?.overdue).toBe(true);
    const cancelled: HubEvent = { type: 'MeetingCancelled', meeting: lichfield(3), cancelledOn: '2026-01-20', reason: 'Snow.' };
    expect(agendaFor(modelOf([...withActions, movedToLichfield, cancelled]), lichfield(4)).reviewsDue[0]?.overdue).toBe(false);
  });

  it('stops saying it moved once the new hub has reviewed it', () => {
    const reviewed: CaseEvent = {
      type: 'Reviewed',
      caseId,
      occurredOn: '2026-01-21',
      meeting: lichfield(3),
      outcomes: [
        { actionId: scenarioActions.senco, outcome: 'worked' },
        { actionId: scenarioActions.nurse, outcome: 'worked' },
      ],
      conclusion: 'continue-with-new-actions',
    };
    const after = modelOf([...withActions, movedToLichfield, reviewed]);
    expect(after.cases.get(caseId)?.movedIn).toBeNull();
    expect(caseIdsOnAgenda(agendaFor(after, lichfield(4)))).toEqual([]);
  });
});

describe('a case that moves after its discussion, with nothing open', () => {
  const discussedOnly: HubEvent[] = [...referred, ...consented, { type: 'Discussed', caseId, occurredOn: '2025-11-20', meeting: autumn2 }];

  it('is listed at the new district’s next meeting to discuss and agree actions', () => {
    const model = modelOf([...discussedOnly, movedToLichfield]);
    const agenda = agendaFor(model, lichfield(3));
    expect(agenda.movedInFromAnotherDistrict).toEqual([expect.objectContaining({ caseId, reason: 'Moved here from the Tamworth hub on 1 December 2025. To discuss and agree actions.' })]);
    expect(caseIdsOnAgenda(agendaFor(model, spring1))).toEqual([]);
    expect(formatAgenda(agenda, new Map())).toContain('Moved here from another district: to discuss and agree actions (1)');
  });

  it('keeps to its hub after a move of school within the district: the school changes, nothing else', () => {
    const withinTamworth: CaseEvent = { ...movedToLichfield, to: { school: '124777', district: 'tamworth' } } as CaseEvent;
    const model = modelOf([...withActions, withinTamworth]);
    expect(model.cases.get(caseId)).toMatchObject({ district: 'tamworth', school: '124777', movedIn: null });
    expect(agendaFor(model, spring1).reviewsDue[0]?.reason).toBe('2 actions agreed in Autumn 2 2025/26 to review.');
  });
});

describe('a case that moves while waiting on the Locality Management Group', () => {
  it('goes to the new district’s group and leaves the old one’s', () => {
    const model = modelOf([...withActions, ...reviewedNotWorkingAndEscalated, movedOn('2026-02-02')]);
    expect(caseIds(lmgAgendaFor(model, { district: 'tamworth', academicYear: '2025/26', halfTerm: 4 }).toDiscuss)).toEqual([]);
    const group = lmgAgendaFor(model, { district: 'lichfield', academicYear: '2025/26', halfTerm: 4 });
    expect(group.toDiscuss[0]?.reason).toContain('Moved here from the Tamworth hub on 2 February 2026.');
    expect(caseIds(agendaFor(model, lichfield(4)).awaitingLocalityManagementGroup)).toEqual([caseId]);
  });
});

describe('a case awaiting consent that moves', () => {
  it('moves from the old district’s consent worklist to the new one’s', () => {
    const model = modelOf([...referred, movedOn('2025-09-20')]);
    expect(consentWorklist(model, 'tamworth', { asOf: '2025-10-30' })).toEqual([]);
    expect(caseIds(consentWorklist(model, 'lichfield', { asOf: '2025-10-30' }))).toEqual([caseId]);
  });
});
