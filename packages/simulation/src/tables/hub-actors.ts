import type { Actor } from '@send-hub/event-store';

/*
 * Who records what. Referrals, consent and closures are typed in by the district hub's
 * administrator; the meeting, its discussions, actions and reviews, and escalations by the
 * Effective Practice Development Officer who coordinates the hub. Roles, not names.
 */

export const hubAdministrator = (district: string): Actor => ({ id: `hub-administrator-${district}`, role: 'Hub administrator', agency: 'education' });

export const practiceOfficer = (district: string): Actor => ({
  id: `effective-practice-development-officer-${district}`,
  role: 'Effective Practice Development Officer',
  agency: 'education',
});
