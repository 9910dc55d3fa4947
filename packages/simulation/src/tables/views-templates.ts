import type { WayViewsWereHeard } from '@send-hub/core';

/*
 * What children and families say when a hub asks them, written for the simulation from the
 * themes councils publish from their young people's and parents' forums. Made up, and
 * still treated as personal data: encrypted, erasable, never in a read model.
 */

export const childViews: ReadonlyArray<string> = [
  'I want somewhere quiet to go when lessons get too loud.',
  'I like art and football; maths makes me feel stupid.',
  'I would like the teachers to know when I am upset without me having to say.',
  'Break times are the worst part of the day.',
  'I want to stay in my class with my friends.',
  'Reading out loud scares me.',
  'I want to go to college and do mechanics.',
];

export const familyViews: ReadonlyArray<string> = [
  'Mornings are very hard at home; getting to school is a battle.',
  'We have told our story many times and want one plan everyone follows.',
  'He is happy and calm at home; the change comes at the school gate.',
  'We would like to be asked before anything changes.',
  'She needs help with friendships more than with the work.',
  'We want him assessed properly, not passed from one service to another.',
];

export const waysChildViewsAreHeard: ReadonlyArray<WayViewsWereHeard> = ['in-person', 'in-person', 'drawing-or-recording', 'through-an-advocate', 'written'];
