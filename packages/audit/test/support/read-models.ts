import type { EventStore } from '@send-hub/event-store';
import { decodeHubEvent, type HubEnvelope } from '@send-hub/hub';
import { boardProjection } from '@send-hub/projection-board';
import { districtProjection } from '@send-hub/projection-district';
import { either as E } from 'fp-ts';

export const decodedEvents = async (store: EventStore): Promise<HubEnvelope[]> => {
  const envelopes: HubEnvelope[] = [];
  for await (const recorded of store.readAll()) {
    const decoded = decodeHubEvent(recorded);
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    envelopes.push(decoded.right);
  }
  return envelopes;
};

/** Counts of case events by every code a statistic could use: what the board's figures are made of. */
export const countsByCode = (envelopes: ReadonlyArray<HubEnvelope>): Record<string, number> => {
  const counts: Record<string, number> = {};
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const { event } of envelopes) {
    if (event.type === 'PersonalDataErased' || event.type === 'MeetingHeld' || event.type === 'MeetingCancelled') continue;
    count(`type:${event.type}`);
    if (event.type === 'Referred') {
      const { district, school, yearGroup, senProvision, sex, ethnicity, pupilPremium, needs } = event.referral;
      for (const code of [`district:${district}`, `school:${school}`, `year:${yearGroup}`, `provision:${senProvision}`, `sex:${sex}`, `ethnicity:${ethnicity}`, `pupilPremium:${pupilPremium}`]) count(code);
      for (const { need, rank } of needs) count(`need:${need}:${rank}`);
    }
    if (event.type === 'Reviewed') count(`conclusion:${event.conclusion}`);
  }
  return counts;
};

/** The real read models, built from scratch over the store as a rebuild would. */
export const rebuiltReadModels = (envelopes: ReadonlyArray<HubEnvelope>) => {
  let district = districtProjection.initial();
  let board = boardProjection.initial();
  for (const envelope of envelopes) {
    district = districtProjection.apply(district, envelope);
    board = boardProjection.apply(board, envelope);
  }
  return { district, board: boardProjection.serialise(board) };
};
