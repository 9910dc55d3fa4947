import type { BroadArea } from '@send-hub/core';

/*
 * The school's short account of why it refers the child: an opening sentence for the
 * child's area of need, then one about what has been tried or what the family says.
 * `{name}` is the child's first name; `{cycles}` the rounds of assess, plan, do, review ("two rounds");
 * `{attendance}` a percentage. Synthetic, like the names.
 */

export const narrativeOpenings: Readonly<Record<BroadArea, ReadonlyArray<string>>> = {
  'communication-and-interaction': [
    '{name} finds it hard to follow spoken instructions and is becoming withdrawn in class.',
    '{name} has limited speech and uses signs and pictures to communicate.',
    '{name} finds changes to the routine very hard and has left class several times this half term.',
    '{name} struggles with unstructured times; lunchtimes often end in conflict.',
  ],
  'cognition-and-learning': [
    '{name} is reading well below the expected level for the year group.',
    '{name} struggles with reading and spelling and is losing confidence.',
    '{name} finds it hard to hold information in mind and falls behind in most lessons.',
  ],
  'social-emotional-and-mental-health': [
    '{name} is anxious about coming to school; attendance has fallen to {attendance} per cent.',
    '{name} has had several fixed-term suspensions this year for dysregulated behaviour.',
    '{name} has become very low in mood and is isolating from friends.',
    '{name} finds it hard to manage frustration and often leaves the classroom.',
    '{name} has experienced a bereavement in the family and the school is worried about changes in behaviour.',
  ],
  'sensory-and-physical': [
    '{name} has hearing aids but still misses instructions in a noisy classroom.',
    '{name} has a visual impairment and needs materials adapted in every lesson.',
    '{name} uses a wheelchair and the school needs advice on access and personal care.',
    '{name} is very sensitive to noise and touch and struggles in busy spaces.',
  ],
  unclassified: [
    '{name} is not making the progress expected and the school is unsure why.',
    '{name} has needs the school has not yet been able to assess.',
  ],
};

export const narrativeFollowUps: ReadonlyArray<string> = [
  'The school has tried {cycles} of assess, plan, do, review with little change.',
  'The family would like help to understand what is behind the change.',
  'Parents report similar difficulties at home, especially at bedtime.',
  'Strategies from the last review helped for a few weeks only.',
  'The school would value advice from health and social care before the next review.',
  'The family has recently moved to the area and records from the previous school are awaited.',
];
