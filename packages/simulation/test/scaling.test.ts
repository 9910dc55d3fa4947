import { openInMemoryHub } from '@send-hub/application';
import { createSimulation, type SimulationProgress } from '../src';
import { caseEventsOf, simulateInMemory, storedEvents, verifiedAsOperator } from './support/simulated-hub';

describe('the scale of a simulation', () => {
  it('runs one district for one half term: referrals, consent, one meeting', async () => {
    const { hub, report } = await simulateInMemory({ seed: 'one district', districts: ['staffordshire-moorlands'], halfTerms: 1 });
    expect(report.districts).toEqual(['staffordshire-moorlands']);
    expect(report.firstTerm).toEqual({ academicYear: '2025/26', halfTerm: 1 });
    expect(report.lastTerm).toEqual(report.firstTerm);
    expect(report.meetingsHeld + report.meetingsCancelled).toBe(1);
    expect(report.referrals).toBeGreaterThan(5);
    expect(report.nextMeetings).toEqual([{ district: 'staffordshire-moorlands', academicYear: '2025/26', halfTerm: 2 }]);
    expect((await verifiedAsOperator(hub)).problems).toEqual([]);
  });

  it('runs on from Summer 2 into Autumn 1 of the next academic year, reviewing there the actions agreed before the summer', async () => {
    const { hub, report } = await simulateInMemory({ seed: 'across the summer', districts: ['stafford', 'tamworth'], firstAcademicYear: '2025/26', halfTerms: 8 });
    expect(report.lastTerm).toEqual({ academicYear: '2026/27', halfTerm: 2 });
    expect(report.nextMeetings.map((meeting) => `${meeting.district} ${meeting.academicYear} ${meeting.halfTerm}`)).toEqual(['stafford 2026/27 3', 'tamworth 2026/27 3']);
    const events = await storedEvents(hub);
    const agreedInSummerTwo = new Set(
      caseEventsOf(events, 'ActionsAgreed')
        .filter((event) => event.meeting.academicYear === '2025/26' && event.meeting.halfTerm === 6)
        .map((event) => event.caseId),
    );
    const reviewedInAutumnOne = caseEventsOf(events, 'Reviewed').filter((event) => event.meeting.academicYear === '2026/27' && event.meeting.halfTerm === 1 && agreedInSummerTwo.has(event.caseId));
    expect(reviewedInAutumnOne.length).toBeGreaterThan(0);
    expect((await verifiedAsOperator(hub)).problems).toEqual([]);
  });

  it('grows with referralsPerDistrictPerHalfTerm, reporting progress that only ever moves forward', async () => {
    const progress: SimulationProgress[] = [];
    const small = await simulateInMemory({ seed: 'scale', districts: ['lichfield'], halfTerms: 2, referralsPerDistrictPerHalfTerm: 5 });
    const simulation = createSimulation({ seed: 'scale', districts: ['lichfield'], halfTerms: 2, referralsPerDistrictPerHalfTerm: 40, onProgress: (step) => progress.push(step) });
    const large = await simulation.run(openInMemoryHub(simulation.hubOptions));
    expect(large.referrals).toBeGreaterThan(small.report.referrals * 5);
    expect(progress.at(-1)).toEqual({ halfTermsDone: 2, halfTermsTotal: 2, term: large.lastTerm, cases: large.referrals, commands: large.commands, events: large.events });
    for (const [index, step] of progress.entries()) {
      const before = progress[index - 1];
      if (before === undefined) continue;
      expect(step.halfTermsDone).toBeGreaterThanOrEqual(before.halfTermsDone);
      expect(step.events).toBeGreaterThanOrEqual(before.events);
    }
  });

  it('runs with no referrals at all: meetings only', async () => {
    const { report } = await simulateInMemory({ seed: 'quiet', districts: ['tamworth'], halfTerms: 2, referralsPerDistrictPerHalfTerm: 0 });
    expect(report.referrals).toBe(0);
    expect(report.meetingsHeld + report.meetingsCancelled).toBe(2);
  });
});
