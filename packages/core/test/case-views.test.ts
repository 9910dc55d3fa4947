import { caseDecider, describeCaseEvent, erasedPersonalData, type CaseEvent } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import { closed, discuss, discussed, recordViews, recorded, refer, referred, referredWithoutConsent, review, actionsAgreed, emotionalLiteracy, earlyHelp, stafford, tamworth, viewsRecorded, withdrawn } from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);

const olivers = { whose: 'child-or-young-person' as const, how: 'in-person' as const, views: 'I want somewhere quiet to go when lessons get loud.' };
const family = { whose: 'family' as const, how: 'written' as const, views: 'Mornings are hardest; he worries about the bus.' };

describe('the child’s and the family’s views', () => {
  it('are recorded with the referral, each as an event of its own', () => {
    const referral = refer({ views: [olivers, family] });
    const events = [recorded(referral), ...viewsRecorded(referral)];
    specification.given([]).when(referral).then(events);
    expect(events.map((event) => event.type)).toEqual(['Referred', 'ViewsHeard', 'ViewsHeard']);
  });

  it('are recorded at a discussion and at a review, at their meeting', () => {
    const discussion = discuss({ meeting: stafford(1), views: [olivers] });
    specification.given(referred).when(discussion).then([recorded(discussion), ...viewsRecorded(discussion)]);
    expect(viewsRecorded(discussion)[0]).toMatchObject({ meeting: stafford(1) });
    const outcomes = [
      { actionId: emotionalLiteracy.actionId, outcome: 'worked' as const },
      { actionId: earlyHelp.actionId, outcome: 'partly-worked' as const },
    ];
    const reviewed = review({ meeting: stafford(2), outcomes, conclusion: 'continue-with-new-actions', views: [family] });
    specification.given(actionsAgreed).when(reviewed).then([recorded(reviewed), ...viewsRecorded(reviewed)]);
  });

  it('are recorded on their own between meetings, naming the child so they are encrypted with the child’s key', () => {
    const heard = recordViews({ ...olivers });
    specification.given(discussed).when(heard).then([recorded(heard)]);
    expect(recorded(heard)).toMatchObject({ childReference: 'STAFFS-004217' });
  });

  it('are refused on a closed case, without current consent, and at another district’s meeting', () => {
    specification.given(closed).when(recordViews({ ...olivers, occurredOn: '2025-10-02' })).thenRejects('case-closed');
    specification.given(withdrawn).when(recordViews({ ...family, occurredOn: '2025-11-21' })).thenRejects('consent-required');
    specification.given(referredWithoutConsent).when(recordViews({ ...olivers })).thenRejects('consent-required');
    specification.given(referred).when(recordViews({ ...olivers, meeting: tamworth(1) })).thenRejects('meeting-in-another-district');
    specification.given(discussed).when(recordViews({ ...olivers, occurredOn: '2025-09-01' })).thenRejects('date-before-previous-event');
  });

  it('read in the timeline, in words, and say when they were erased', () => {
    const [event] = [recorded(recordViews({ ...olivers, meeting: stafford(1) }))] as CaseEvent[];
    if (event === undefined) throw new Error('no event');
    expect(describeCaseEvent(event)).toBe(
      'The child or young person’s views were heard at the Stafford hub meeting of Autumn 1 2025/26 (in person): “I want somewhere quiet to go when lessons get loud.”',
    );
    expect(describeCaseEvent({ ...event, views: erasedPersonalData } as CaseEvent)).toContain('what they said has been erased');
  });
});
