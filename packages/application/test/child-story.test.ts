import { ChildStory, formatStory, storyToJson } from '@send-hub/audit';
import { either as E } from 'fp-ts';
import { openInMemoryHub, type Hub } from '../src';
import { parentalConsentOn, referralOf } from './support/referral';

/*
 * One story per child (issue 13): every case of a child, re-referrals included, as one
 * timeline, with both kinds of "as of", read through the access policy and logged as a
 * replay is, and with erased personal data shown as erased.
 */

const tamworthOfficer = { actor: { id: 'officer-4', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] } } as const;
const lichfieldOfficer = { actor: { id: 'officer-8', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] } } as const;
const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;
const firstCase = '61000000-0000-4000-8000-000000000001';
const secondCase = '61000000-0000-4000-8000-000000000002';
const otherChildsCase = '61000000-0000-4000-8000-000000000003';

const right = <A>(result: E.Either<{ readonly message: string }, A>): A => {
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

/** Jo, referred in November, closed in December (left the area), referred again in March; recorded at noon on each day unless said. */
const recordJo = async (): Promise<Hub> => {
  let now = new Date('2025-11-03T12:00:00.000Z');
  const hub = openInMemoryHub({ clock: () => now });
  const at = (instant: string) => (now = new Date(instant));
  const refer = (caseId: string, childReference: string, occurredOn: string) => ({
    type: 'Refer',
    caseId,
    occurredOn,
    referral: referralOf(childReference, 'tamworth', childReference === 'child-jo' ? 'Jo Bennett' : 'Ali Khan'),
    consent: parentalConsentOn(occurredOn),
  });
  right(await hub.recordCase(refer(firstCase, 'child-jo', '2025-11-03'), tamworthOfficer));
  right(await hub.recordCase(refer(otherChildsCase, 'child-ali', '2025-11-03'), tamworthOfficer));
  at('2025-12-05T12:00:00.000Z');
  right(await hub.recordCase({ type: 'Close', caseId: firstCase, occurredOn: '2025-12-05', reason: 'left-the-area' }, tamworthOfficer));
  at('2026-03-02T12:00:00.000Z');
  right(await hub.recordCase(refer(secondCase, 'child-jo', '2026-03-02'), tamworthOfficer));
  // Recorded a month late: the school's views of 10 March reached the hub in April.
  at('2026-04-14T12:00:00.000Z');
  right(await hub.recordCase({ type: 'RecordViews', caseId: secondCase, occurredOn: '2026-03-10', whose: 'family', how: 'in-person', views: 'Jo is happier at the new school.' }, tamworthOfficer));
  return hub;
};

describe('a child’s story', () => {
  it('tells both cases of a re-referred child as one timeline, oldest first, and no other child’s', async () => {
    const hub = await recordJo();
    const story = right(await hub.story('child-jo', tamworthOfficer));
    expect(ChildStory.is(story)).toBe(true);
    expect(story.childName).toBe('Jo Bennett');
    expect(story.cases.map(({ caseId, caseNumber, district, standing }) => ({ caseId, caseNumber, district, standing }))).toEqual([
      { caseId: firstCase, caseNumber: 1, district: 'Tamworth', standing: 'Closed: left the area.' },
      { caseId: secondCase, caseNumber: 2, district: 'Tamworth', standing: 'Open; consent given; waiting for its first discussion.' },
    ]);
    expect(story.steps.map((step) => [step.caseNumber, step.occurredOn, step.label])).toEqual([
      [1, '2025-11-03', 'Referred to the hub'],
      [1, '2025-12-05', 'Case closed'],
      [2, '2026-03-02', 'Referred to the hub'],
      [2, '2026-03-10', 'Views heard'],
    ]);
    const text = formatStory(story);
    expect(text).toMatch(/^The story of Jo Bennett \(child reference child-jo\): everything recorded\.\n/);
    expect(text).toContain(`Case 2 of 2: case ${secondCase}, referred on 2 March 2026 to the Tamworth hub. Now: Open;`);
    expect(text).toContain('4. 10 March 2026 (case 2): Views heard');
    expect(text).toContain('(35 days after it happened)');
    expect(text).not.toContain('Ali Khan');
    expect(JSON.parse(storyToJson(story))).toEqual(JSON.parse(JSON.stringify(story)));
    await hub.dispose();
  });

  it('shows what had happened by a business date, and what the hub knew at a moment', async () => {
    const hub = await recordJo();
    const byChristmas = right(await hub.story('child-jo', tamworthOfficer, { asOf: { occurredOn: '2025-12-25' } }));
    expect(byChristmas.cases.map((told) => told.caseId)).toEqual([firstCase]);
    expect(byChristmas.casesNotYetKnown).toBe(1);
    expect(formatStory(byChristmas)).toContain('1 later case of the child is not shown');
    // On 1 April the hub knew of the second referral, not yet of the views of 10 March recorded late.
    const knownInMarch = right(await hub.story('child-jo', tamworthOfficer, { asOf: { recordedAt: '2026-04-01T00:00:00Z' } }));
    expect(knownInMarch.steps.map((step) => step.label)).toEqual(['Referred to the hub', 'Case closed', 'Referred to the hub']);
    expect(knownInMarch.cases[1]?.stepsNotYetKnown).toBe(1);
    const both = right(await hub.story('child-jo', tamworthOfficer, { asOf: { occurredOn: '2026-03-31', recordedAt: '2026-04-01T00:00:00Z' } }));
    expect(both.steps).toHaveLength(3);
    expect(await hub.story('child-jo', tamworthOfficer, { asOf: { occurredOn: '2025-01-01' } })).toEqual(
      E.left({ _tag: 'StoryRefusal', code: 'child-not-found', message: 'The hub had no case of the child child-jo by then.' }),
    );
    await hub.dispose();
  });

  it('is read through the access policy and logged for each case, as a replay is', async () => {
    const hub = await recordJo();
    const refused = await hub.story('child-jo', lichfieldOfficer);
    expect(E.isLeft(refused) && refused.left._tag).toBe('AccessRefused');
    right(await hub.story('child-jo', { ...tamworthOfficer, purpose: 'to prepare the spring meeting' }));
    const log = right(await hub.accessLogOf('child-jo', dataProtectionOfficer));
    expect(log.entries.map((entry) => ({ read: entry.read, caseId: entry.caseId, purpose: entry.purpose, by: entry.actor.id }))).toEqual([
      { read: 'case-record', caseId: firstCase, purpose: 'to prepare the spring meeting', by: 'officer-4' },
      { read: 'case-record', caseId: secondCase, purpose: 'to prepare the spring meeting', by: 'officer-4' },
    ]);
    expect(await hub.story('no such child!', tamworthOfficer)).toEqual(E.left(expect.objectContaining({ code: 'story-options-invalid', message: expect.stringContaining('"no such child!" is not a child reference') as unknown })));
    expect(await hub.story('child-nobody', tamworthOfficer)).toEqual(E.left(expect.objectContaining({ code: 'child-not-found' })));
    await hub.dispose();
  });

  it('shows an erased child’s personal data as erased, and still tells the story', async () => {
    const hub = await recordJo();
    right(await hub.forget('child-jo', { erasedBy: 'Data protection officer', reason: 'The family asked for the record to be erased.', occurredOn: '2026-05-01' }, dataProtectionOfficer));
    const story = right(await hub.story('child-jo', tamworthOfficer));
    expect(story).toMatchObject({ childName: null, personalDataErased: true });
    expect(story.steps).toHaveLength(4);
    const text = formatStory(story);
    expect(text).toMatch(/^The story of the child child-jo \(whose personal details have been erased\)/);
    expect(text).toContain('a child whose personal details have been erased');
    expect(text).toContain('what they said has been erased');
    expect(text).not.toContain('Jo Bennett');
    expect(text).not.toContain('happier at the new school');
    // Told as a reader without the keys would tell it, the same erased record claims nothing it cannot know.
    const withoutKeys = right(await hub.story('child-jo', tamworthOfficer, { absentPersonalDetails: 'not-held' }));
    expect(withoutKeys).toMatchObject({ childName: null, personalDataErased: false });
    const notHeld = formatStory(withoutKeys);
    expect(notHeld).toMatch(/^The story of the child child-jo \(whose personal details are not held here\)/);
    expect(notHeld).toContain('what they said is not held here');
    expect(notHeld).not.toContain('erased');
    await hub.dispose();
  });
});
