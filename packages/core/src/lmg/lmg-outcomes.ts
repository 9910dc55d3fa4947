import type * as t from 'io-ts';
import { codedValues } from '../reference/coded-values';

/**
 * What the Locality Management Group decides for a case it has discussed. Each code has
 * the words a family or an officer reads; what each does to the case is `lmgOutcomeEffects`.
 */
export const lmgOutcomes = codedValues(
  'a Locality Management Group outcome (back-to-hub, needs-assessment-requested, specialist-provision, specialist-outreach, referred-to-another-service, closed or discuss-again)',
  {
    'back-to-hub': 'Back to the hub with the group’s recommendations, for new actions',
    'needs-assessment-requested': 'A request for an education, health and care needs assessment',
    'specialist-provision': 'A place in specialist provision',
    'specialist-outreach': 'Specialist support or outreach to the school',
    'referred-to-another-service': 'A referral to another service (such as early help or mental health services for children and young people)',
    closed: 'Closed by the group',
    'discuss-again': 'To be discussed again at the group’s next meeting',
  },
);
export const LMGOutcome = lmgOutcomes.codec;
export type LMGOutcome = t.TypeOf<typeof LMGOutcome>;

/** Where an outcome leaves the case: back with the hub, still waiting on the group, or closed. */
export type LMGOutcomeEffect = 'returns-to-hub' | 'waits-for-group' | 'closes-case';

export const lmgOutcomeEffects: Readonly<Record<LMGOutcome, LMGOutcomeEffect>> = {
  'back-to-hub': 'returns-to-hub',
  'needs-assessment-requested': 'closes-case',
  'specialist-provision': 'closes-case',
  'specialist-outreach': 'closes-case',
  'referred-to-another-service': 'closes-case',
  closed: 'closes-case',
  'discuss-again': 'waits-for-group',
};

export const lmgOutcomeEffect = (outcome: LMGOutcome): LMGOutcomeEffect => lmgOutcomeEffects[outcome];
