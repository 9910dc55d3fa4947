import { CaseEvent, ChildEvent, MeetingEvent, PersonalDataErased, personalFieldPaths, personalFieldsByType, Referred } from '@send-hub/core';

describe('personal field paths', () => {
  it('finds the child’s name, date of birth and narrative in a referral', () => {
    expect(personalFieldPaths(Referred)).toEqual([
      ['referral', 'personal', 'childName'],
      ['referral', 'personal', 'dateOfBirth'],
      ['referral', 'personal', 'narrative'],
    ]);
  });

  it('finds none in the child’s stream, which names the child by the pseudonymous reference alone', () => {
    expect(personalFieldPaths(ChildEvent)).toEqual([]);
    expect(Object.keys(ChildEvent.type.props)).toEqual(['type', 'childReference', 'caseId', 'occurredOn']);
  });

  it('finds personal fields only in Referred and ViewsHeard among the case events', () => {
    const byType = personalFieldsByType(CaseEvent);
    expect(Object.keys(byType).sort()).toEqual(['ActionsAgreed', 'CaseClosed', 'ChildMoved', 'ConsentGiven', 'ConsentWithdrawn', 'Discussed', 'DiscussedAtLMG', 'EscalatedToLMG', 'ReferralOvertaken', 'Referred', 'Reviewed', 'ViewsHeard']);
    for (const [type, paths] of Object.entries(byType)) expect(paths.length).toBe(type === 'Referred' ? 3 : 0 + (type === 'ViewsHeard' ? 1 : 0));
    expect(byType['ViewsHeard']).toEqual([['views']]);
  });

  it('finds none in meeting events or in the erasure record', () => {
    expect(Object.values(personalFieldsByType(MeetingEvent)).flat()).toEqual([]);
    expect(personalFieldPaths(PersonalDataErased)).toEqual([]);
  });
});
