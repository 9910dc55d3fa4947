import { withHubPersonalDataEncryption } from '@send-hub/audit';
import { CaseCommand, CaseEvent, caseDecider, caseStreamId, type CaseCommandOf } from '@send-hub/core';
import {
  caseEventUpcasters,
  createCommandHandler,
  createUpcasterRegistry,
  InMemoryEventStore,
  InMemoryKeyStore,
  seededRandomBytes,
  withHashChain,
  type Actor,
  type EventStore,
  type KeyStore,
} from '@send-hub/event-store';
import { hubEventSchemaVersions } from '@send-hub/hub';

/*
 * What the guides' samples share: a hub store in its three layers and the real case
 * command handler writing through it, with a clock the sample sets. An embedding
 * application gets the same wiring from `@send-hub/application`.
 */

export const officer: Actor = { id: 'officer-7', role: 'hub coordinator', agency: 'education' };

export interface SampleHub {
  /** The store as written: what an auditor verifies and exports. */
  readonly raw: EventStore;
  /** Hash-chained writes: every event tamper-evident. */
  readonly chained: EventStore;
  /** Personal fields encrypted on the way in and decrypted on the way out. */
  readonly readable: EventStore;
  readonly keyStore: KeyStore;
  /** Records a case command through the case decider at `recordedAt`; throws if the hub refuses it. */
  readonly record: (command: CaseCommand, recordedAt: string) => Promise<void>;
}

export const sampleHub = (raw: EventStore = new InMemoryEventStore(), keyStore: KeyStore = new InMemoryKeyStore()): SampleHub => {
  const chained = withHashChain(raw);
  // Seeded, so the samples' ciphertext and hashes are the same every run; a real hub uses the default, node:crypto.
  const readable = withHubPersonalDataEncryption(chained, { keyStore, randomBytes: seededRandomBytes('the guides’ samples') });
  const registry = createUpcasterRegistry({ currentVersions: hubEventSchemaVersions, upcasters: caseEventUpcasters });
  if (registry._tag === 'Left') throw new Error(registry.left.message);
  let now = new Date(0);
  let nextId = 0;
  const handle = createCommandHandler({
    store: readable,
    decider: caseDecider,
    commandCodec: CaseCommand,
    eventCodec: CaseEvent,
    streamIdFor: (command: CaseCommand) => caseStreamId(command.caseId),
    upcasters: registry.right,
    clock: () => now,
    newEventId: () => `0199a000-0000-7000-8000-${(nextId += 1).toString(16).padStart(12, '0')}`,
  });
  return {
    raw,
    chained,
    readable,
    keyStore,
    record: async (command, recordedAt) => {
      now = new Date(recordedAt);
      const result = await handle(command, { actor: officer });
      if (result._tag === 'Left') throw new Error(`The hub refused ${command.type}: ${result.left.message}`);
    },
  };
};

export const alexCase = '0199a1b2-0000-7000-8000-000000000001';
export const autumn1 = { district: 'stafford', academicYear: '2025/26', halfTerm: 1 } as const;
export const autumn2 = { district: 'stafford', academicYear: '2025/26', halfTerm: 2 } as const;
export const visualTimetable = '0199a1b2-0000-7000-8000-0000000000a1';

/** A referral of a Year 5 pupil to the Stafford hub. */
export const referAlex = (overrides: Partial<CaseCommandOf<'Refer'>['referral']> = {}, caseId: string = alexCase): CaseCommandOf<'Refer'> => ({
  type: 'Refer',
  caseId,
  occurredOn: '2025-09-15',
  referral: {
    childReference: 'child-0042',
    district: 'stafford',
    school: '124567',
    yearGroup: 'Y5',
    senProvision: 'K',
    needs: [{ need: 'SEMH', rank: 1 }, { need: 'SLCN', rank: 2 }],
    sex: 'F',
    ethnicity: 'WBRI',
    pupilPremium: true,
    assessPlanDoReviewCycles: 2,
    personal: { childName: 'Alex Morgan', dateOfBirth: '2015-03-14', narrative: 'Finds transitions between lessons very hard; two fixed-term exclusions last year.' },
    ...overrides,
  },
  consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-09-12' },
});

/** Alex's first half term: referred with her mother's written consent, her mother's views heard, discussed at Autumn 1 and actions agreed there (recorded twelve days late). */
export const recordAlexsFirstHalfTerm = async (hub: SampleHub): Promise<void> => {
  await hub.record(referAlex(), '2025-09-15T10:00:00.000Z');
  await hub.record(
    { type: 'RecordViews', caseId: alexCase, occurredOn: '2025-09-18', whose: 'family', how: 'in-person', views: 'Alex is calm at home; mornings before school are the hardest part of the day.' },
    '2025-09-18T09:30:00.000Z',
  );
  await hub.record({ type: 'Discuss', caseId: alexCase, occurredOn: '2025-10-08', meeting: autumn1 }, '2025-10-20T14:00:00.000Z');
  await hub.record(
    {
      type: 'AgreeActions',
      caseId: alexCase,
      occurredOn: '2025-10-08',
      meeting: autumn1,
      actions: [{ actionId: visualTimetable, description: 'Visual timetable and a quiet space to use at transitions.', agency: 'education', ownerRole: 'class teacher' }],
    },
    '2025-10-20T14:05:00.000Z',
  );
};
