import type { AccessActor } from '@send-hub/access';
import { consentGiverOn, staffordshireConfiguration, type CaseCommand } from '@send-hub/core';
import { validCaseJourney } from '@send-hub/testing';
import * as fc from 'fast-check';

/** One request a client sends, and what the hub must answer. */
export interface PlannedCommand {
  readonly command: CaseCommand;
  /** `recorded`: a 201 (or 202 while the read models catch up); `consent-required`: the hub's refusal of a discussion while consent is withdrawn. */
  readonly expect: 'recorded' | 'consent-required';
}

/** One officer at one keyboard: who they are and the commands they send, one after another. */
export interface OfficerWorkload {
  readonly actor: AccessActor;
  readonly commands: ReadonlyArray<PlannedCommand>;
}

/** In one case in this many, the officer tries to record a discussion while consent is withdrawn: a refusal the hub means. */
export const casesPerPrematureDiscussion = 8;

/**
 * A county's commands for `officers` hub coordinators at once, `commandsEach` apiece:
 * officer n works in the n-th district (in turn), on journeys from @send-hub/testing's
 * `validCaseJourney` (seeded, so every run sends the same), with child references of
 * their own (`referencePrefix` and numbers), each cut short before the Locality Management
 * Group's discussion of the case (the group chair's command, not a hub coordinator's), or
 * after a move to another district (whose staff record what follows).
 * One case in eight (the officer's seventh, fifteenth, ... counted from the officer's
 * number) has its consent withdrawn on the day of the referral (consent
 * now comes with the referral) and one premature discussion while it is withdrawn, which
 * the hub must refuse; consent is then given again that day, and the rest the hub must
 * record. The last case is cut short to fit.
 */
export const countyCommands = (officers: number, commandsEach: number, seed = 16, referencePrefix = 'CHILD'): ReadonlyArray<OfficerWorkload> =>
  Array.from({ length: officers }, (_, officer) => {
    const district = staffordshireConfiguration.districts[officer % staffordshireConfiguration.districts.length]?.id ?? 'tamworth';
    const actor: AccessActor = { id: `officer-${officer + 1}`, role: 'hub-coordinator', agency: 'education', districts: [district] };
    // Referred in one academic year: every meeting of a journey is then long past on the hub's clock.
    const journeys = validCaseJourney({ district, referredBetween: { from: '2023-09-01', to: '2024-07-19' } });
    const commands: PlannedCommand[] = [];
    // Every journey has at least one command, so this many journeys are always enough.
    fc.sample(journeys, { seed: seed * 1_000 + officer, numRuns: commandsEach }).forEach((journey, index) => {
      if (commands.length >= commandsEach) return;
      const childReference = `${referencePrefix}-${String(officer + 1).padStart(2, '0')}-${String(index + 1).padStart(5, '0')}`;
      // A hub coordinator's keyboard: the journey stops where the Locality Management Group takes
      // the case, since its discussion is recorded by the group's chair, at a group meeting recorded as held.
      const groupTakesOver = journey.findIndex((command) => command.type === 'DiscussAtLMG');
      // Likewise after a move to another district: the officer records the move, and that district's staff take the case on.
      const movedAway = journey.findIndex((command) => command.type === 'RecordMove' && command.district !== undefined && command.district !== district);
      const handedOver = Math.min(...[groupTakesOver, movedAway === -1 ? -1 : movedAway + 1].filter((index) => index !== -1), journey.length);
      const [referral, ...rest] = journey.slice(0, handedOver);
      if (referral?.type !== 'Refer') throw new Error(`A journey from validCaseJourney starts with ${String(referral?.type)}, not a referral.`);
      commands.push({ command: { ...referral, referral: { ...referral.referral, childReference } }, expect: 'recorded' });
      // The journey's own discussion, sent too early: the same command is recorded later, once consent is given again.
      const discussion = rest.find((command) => command.type === 'Discuss');
      // Counted from a different case for each officer, so that officers with only a few cases have their share too.
      if ((index + officer) % casesPerPrematureDiscussion === casesPerPrematureDiscussion - 1 && discussion !== undefined) {
        const { caseId, occurredOn, consent } = referral;
        const lacksCapacity = consent.youngPersonLacksCapacity ?? false;
        const givenBy = consentGiverOn({ yearGroup: referral.referral.yearGroup, referredOn: occurredOn }, occurredOn, lacksCapacity);
        commands.push({ command: { type: 'WithdrawConsent', caseId, occurredOn, withdrawnBy: consent.givenBy }, expect: 'recorded' });
        commands.push({ command: discussion, expect: 'consent-required' });
        commands.push({ command: { type: 'RecordConsent', caseId, occurredOn, givenBy, form: consent.form, youngPersonLacksCapacity: lacksCapacity }, expect: 'recorded' });
      }
      commands.push(...rest.map((command) => ({ command, expect: 'recorded' as const })));
    });
    return { actor, commands: commands.slice(0, commandsEach) };
  });
