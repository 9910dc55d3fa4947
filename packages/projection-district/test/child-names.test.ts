import type { DistrictAgenda, ReviewItem } from '../src';
import { agendaWithNames, caseIdsOnAgenda, erasedNameNote, formatAgenda, nameNotLookedUpNote, nameShownFor, withChildName } from '../src';

const item = (caseId: string, childReference: string) => ({
  caseId,
  childReference,
  school: '123456',
  yearGroup: 'Year 4',
  provision: 'Special educational needs support',
  primaryNeed: 'Social, emotional and mental health',
  referredOn: '2025-09-15',
  childViewsHeard: true,
  reason: 'Referred on 15 September 2025, consent given; waiting for a first discussion.',
});

const review: ReviewItem = { ...item('case-b', 'child-b'), actions: [], overdue: false };
const agenda: DistrictAgenda = {
  meeting: { district: 'tamworth', academicYear: '2025/26', halfTerm: 3 },
  title: 'Agenda for the Tamworth hub meeting of Spring 1 2025/26',
  firstDiscussions: [item('case-a', 'child-a')],
  reviewsDue: [review],
  awaitingLocalityManagementGroup: [item('case-a', 'child-a'), item('case-c', 'child-c')],
  backFromLocalityManagementGroup: [],
  movedInFromAnotherDistrict: [item('case-d', 'child-d')],
};
const names = new Map([
  ['case-a', 'Ava Jones'],
  ['case-b', erasedNameNote],
]);

describe("children's names, opened for the lists that show them", () => {
  it('asks for each case an agenda lists once', () => {
    expect(caseIdsOnAgenda(agenda)).toEqual(['case-a', 'case-b', 'case-c', 'case-d']);
  });

  it('shows the name opened, the note of an erasure, or that a name was not looked up', () => {
    expect([nameShownFor(names, 'case-a'), nameShownFor(names, 'case-b'), nameShownFor(names, 'case-c')]).toEqual(['Ava Jones', 'Name erased', nameNotLookedUpNote]);
    expect(withChildName(review, names)).toEqual({ ...review, childShownAs: 'Name erased' });
    expect(agendaWithNames(agenda, names).awaitingLocalityManagementGroup.map((shown) => shown.childShownAs)).toEqual(['Ava Jones', nameNotLookedUpNote]);
    expect(agendaWithNames(agenda, names).movedInFromAnotherDistrict.map((shown) => shown.childShownAs)).toEqual([nameNotLookedUpNote]);
  });

  it('prints each child with the name given, and the reference beside it', () => {
    const printed = formatAgenda(agenda, names);
    expect(printed).toContain('1. Ava Jones (child-a), Year 4, school 123456;');
    expect(printed).toContain('1. Name erased (child-b),');
    expect(printed).toContain(`2. ${nameNotLookedUpNote} (child-c),`);
    expect(formatAgenda(agenda, new Map())).not.toContain('Ava');
  });
});
