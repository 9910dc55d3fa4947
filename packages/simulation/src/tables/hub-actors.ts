import type { AccessActor } from '@send-hub/access';

/*
 * Who records what, in the roles of the library's default access policy. Referrals,
 * consent and closures are typed in by the district hub's administrator; the meeting, its
 * discussions, actions and reviews, and escalations by the Effective Practice
 * Development Officer who coordinates the hub; the Locality Management Group's meetings and
 * discussions by its chair, its themes by a member. Each acts for their own district only.
 */

export const hubAdministrator = (district: string): AccessActor => ({ id: `hub-administrator-${district}`, role: 'hub-administrator', agency: 'education', districts: [district] });

export const practiceOfficer = (district: string): AccessActor => ({
  id: `effective-practice-development-officer-${district}`,
  role: 'hub-coordinator',
  agency: 'education',
  districts: [district],
});

export const groupChair = (district: string): AccessActor => ({ id: `locality-management-group-chair-${district}`, role: 'locality-management-group-chair', agency: 'education', districts: [district] });

export const groupMember = (district: string): AccessActor => ({ id: `locality-management-group-member-${district}`, role: 'locality-management-group-member', agency: 'health', districts: [district] });
