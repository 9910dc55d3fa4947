import type * as t from 'io-ts';
import { codedValues } from './coded-values';

/** Special educational needs provision (school census). */
export const senProvisions = codedValues('a special educational needs provision code (E, K or N)', {
  E: 'Education, health and care plan',
  K: 'Special educational needs support',
  N: 'No special educational needs',
});
export const SenProvision = senProvisions.codec;
export type SenProvision = t.TypeOf<typeof SenProvision>;

/** Types of special educational need (school census). */
export const needTypes = codedValues('a type of special educational need (SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH or NSA)', {
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  HI: 'Hearing impairment',
  VI: 'Vision impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  ASD: 'Autistic spectrum disorder',
  OTH: 'Other difficulty or disability',
  NSA: 'Special educational needs support but no specialist assessment of type of need',
});
export const NeedType = needTypes.codec;
export type NeedType = t.TypeOf<typeof NeedType>;

/** The four broad areas of need of the SEND code of practice (2015), plus unclassified. */
export const broadAreas = codedValues('a broad area of need', {
  'communication-and-interaction': 'Communication and interaction',
  'cognition-and-learning': 'Cognition and learning',
  'social-emotional-and-mental-health': 'Social, emotional and mental health',
  'sensory-and-physical': 'Sensory and/or physical',
  unclassified: 'Unclassified',
});
export const BroadArea = broadAreas.codec;
export type BroadArea = t.TypeOf<typeof BroadArea>;

const broadAreaOfNeed: Readonly<Record<NeedType, BroadArea>> = {
  SLCN: 'communication-and-interaction',
  ASD: 'communication-and-interaction',
  SPLD: 'cognition-and-learning',
  MLD: 'cognition-and-learning',
  SLD: 'cognition-and-learning',
  PMLD: 'cognition-and-learning',
  SEMH: 'social-emotional-and-mental-health',
  HI: 'sensory-and-physical',
  VI: 'sensory-and-physical',
  MSI: 'sensory-and-physical',
  PD: 'sensory-and-physical',
  OTH: 'unclassified',
  NSA: 'unclassified',
};

export const broadAreaOf = (need: NeedType): BroadArea => broadAreaOfNeed[need];
