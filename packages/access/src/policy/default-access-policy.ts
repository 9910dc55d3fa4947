import type { AccessPolicy, Permission } from './access-policy';

const inOwnDistricts = (...roles: string[]): Permission => ({ roles, districts: 'own-districts' });
const inEveryDistrict = (...roles: string[]): Permission => ({ roles, districts: 'every-district' });

const caseWriters = ['hub-administrator', 'hub-coordinator', 'local-operator'];
const referrers = ['school-special-educational-needs-coordinator', ...caseWriters];
const meetingWriters = ['hub-coordinator', 'local-operator'];
const groupWriters = ['locality-management-group-chair', 'local-operator'];
const groupThemeWriters = ['locality-management-group-member', ...groupWriters];

/**
 * The policy the library ships, following the Caldicott principles (need to know): a hub's
 * staff see their own district's children, the board sees published statistics only, an
 * auditor checks the stored history as written (encrypted) and reads no record unless a
 * council adds the role to `case-record`. A council replaces it with its own.
 */
export const defaultAccessPolicy: AccessPolicy = {
  roles: {
    'hub-administrator': { label: 'Hub administrator', description: 'Types in referrals, consent, the views of children and families, moves of school or district, and closures for their district hub.' },
    'hub-coordinator': {
      label: 'Hub coordinator (Effective Practice Development Officer)',
      description: 'Coordinates their district hub: records meetings, discussions, actions, reviews and escalations.',
    },
    'school-special-educational-needs-coordinator': {
      label: 'School special educational needs coordinator',
      description: 'Refers a child of their school to their district hub, with the family’s consent; reads nothing back.',
    },
    practitioner: { label: 'Professional at the hub', description: 'A professional from education, social care or health who attends their district hub.' },
    'locality-management-group-member': {
      label: 'Locality Management Group member',
      description: 'Takes the cases of their district whose strategies have not worked, and records the themes the group sees across them.',
    },
    'locality-management-group-chair': {
      label: 'Locality Management Group chair',
      description: 'Chairs their district’s Locality Management Group: records its meetings, its discussion of each escalated case and the outcome.',
    },
    'board-member': { label: 'Partnership Board member', description: 'Monitors the hubs through published statistics, with small numbers withheld.' },
    auditor: { label: 'Auditor', description: 'Verifies the stored history as written, without the keys to personal data.' },
    'data-protection-officer': { label: 'Data protection officer', description: 'Answers subject access requests, reviews retention and erases records across the county.' },
    'local-operator': {
      label: 'Local operator',
      description: 'The one person running the command line on the machine that holds the hub’s files, who can read them all already.',
    },
  },
  commands: {
    Refer: inOwnDistricts(...referrers),
    RecordConsent: inOwnDistricts(...caseWriters),
    WithdrawConsent: inOwnDistricts(...caseWriters),
    Discuss: inOwnDistricts(...meetingWriters),
    AgreeActions: inOwnDistricts(...meetingWriters),
    Review: inOwnDistricts(...meetingWriters),
    RecordViews: inOwnDistricts(...caseWriters),
    EscalateToLMG: inOwnDistricts(...meetingWriters),
    // Recorded by the district that has the case and lets it go: the one the child moves to cannot see it until it arrives.
    RecordMove: inOwnDistricts(...caseWriters),
    Close: inOwnDistricts(...caseWriters),
    RecordMeeting: inOwnDistricts(...meetingWriters),
    CancelMeeting: inOwnDistricts(...meetingWriters),
    DiscussAtLMG: inOwnDistricts(...groupWriters),
    RecordLMGMeeting: inOwnDistricts(...groupWriters),
    CancelLMGMeeting: inOwnDistricts(...groupWriters),
    RecordLMGThemes: inOwnDistricts(...groupThemeWriters),
    ForgetChild: inEveryDistrict('data-protection-officer', 'local-operator'),
    ImportEvents: inEveryDistrict('local-operator'),
  },
  reads: {
    'case-record': inOwnDistricts('hub-administrator', 'hub-coordinator', 'locality-management-group-member', 'locality-management-group-chair', 'local-operator'),
    'child-names': inOwnDistricts('hub-administrator', 'hub-coordinator', 'practitioner', 'locality-management-group-member', 'locality-management-group-chair', 'local-operator'),
    'district-lists': inOwnDistricts('hub-administrator', 'hub-coordinator', 'practitioner', 'locality-management-group-member', 'locality-management-group-chair', 'local-operator'),
    'published-statistics': inEveryDistrict(
      'hub-administrator',
      'hub-coordinator',
      'practitioner',
      'locality-management-group-member',
      'locality-management-group-chair',
      'board-member',
      'auditor',
      'data-protection-officer',
      'local-operator',
    ),
    ciphertext: inEveryDistrict('auditor', 'data-protection-officer', 'local-operator'),
    'subject-access': inEveryDistrict('data-protection-officer', 'local-operator'),
    'access-log': inEveryDistrict('data-protection-officer', 'auditor', 'local-operator'),
    'retention-review': inEveryDistrict('data-protection-officer', 'local-operator'),
  },
};
