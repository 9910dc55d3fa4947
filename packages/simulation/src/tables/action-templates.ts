import type { Agency, BroadArea } from '@send-hub/core';

/** An action the hub might agree, with the agency and the role of the professional who owns it. */
export interface ActionTemplate {
  readonly description: string;
  readonly agency: Agency;
  readonly ownerRole: string;
}

const action = (description: string, agency: Agency, ownerRole: string): ActionTemplate => ({ description, agency, ownerRole });

/** Actions that suit any child: a hub agrees one of these about as often as one for the child's area of need. */
const general: ReadonlyArray<ActionTemplate> = [
  action('Review the support plan with the family every three weeks', 'education', 'special educational needs coordinator'),
  action('Educational psychologist consultation with the school and family', 'education', 'educational psychologist'),
  action('Early help assessment with the family', 'social-care', 'family support worker'),
  action('Check hearing and vision through the school nursing service', 'health', 'school nurse'),
  action('Key adult in school for daily check-ins', 'education', 'class teacher'),
  action('Place on a parenting programme run in the community', 'other', 'voluntary sector family worker'),
];

/** Actions by broad area of need (SEND code of practice, 2015). */
export const actionTemplatesByArea: Readonly<Record<BroadArea, ReadonlyArray<ActionTemplate>>> = {
  'communication-and-interaction': [
    action('Visual timetable and now-and-next board in every lesson', 'education', 'class teacher'),
    action('Speech and language therapy assessment', 'health', 'speech and language therapist'),
    action('Advice visit from the autism outreach team', 'education', 'specialist teacher'),
    action('Small-group social communication sessions twice a week', 'education', 'teaching assistant'),
    action('Quiet space and a pass to leave class when overwhelmed', 'education', 'pastoral lead'),
    action('Referral to the neurodevelopmental pathway', 'health', 'community paediatrician'),
  ],
  'cognition-and-learning': [
    action('Daily precision teaching for reading', 'education', 'teaching assistant'),
    action('Assessment by the specialist teacher for cognition and learning', 'education', 'specialist teacher'),
    action('Reader and scribe for tests and assessments', 'education', 'special educational needs coordinator'),
    action('Structured phonics programme in a small group', 'education', 'class teacher'),
    action('Working memory strategies shared with every teacher', 'education', 'special educational needs coordinator'),
  ],
  'social-emotional-and-mental-health': [
    action('Referral to the mental health support team', 'health', 'mental health practitioner'),
    action('Emotional literacy support sessions each week', 'education', 'emotional literacy support assistant'),
    action('Part-time timetable with a plan to return to full time', 'education', 'head of year'),
    action('Family support worker to help with routines at home', 'social-care', 'family support worker'),
    action('Attendance plan agreed with the family', 'education', 'education welfare officer'),
    action('Lunchtime club in a quiet room', 'education', 'pastoral lead'),
    action('Team around the family meeting', 'social-care', 'early help coordinator'),
  ],
  'sensory-and-physical': [
    action('Occupational therapy assessment of sensory needs', 'health', 'occupational therapist'),
    action('Advice visit from the sensory support service', 'education', 'specialist teacher'),
    action('Moving and handling plan and a physiotherapy review', 'health', 'physiotherapist'),
    action('Radio aid and seating at the front of the class', 'education', 'class teacher'),
    action('Accessibility review of the classroom and the site', 'education', 'special educational needs coordinator'),
  ],
  unclassified: [
    action('Observation in class to understand the need', 'education', 'special educational needs coordinator'),
    action('Referral to the community paediatrician', 'health', 'community paediatrician'),
  ],
};

export const generalActionTemplates = general;

/** Why a case goes to the Locality Management Group. */
export const escalationReasons: ReadonlyArray<string> = [
  'The strategies agreed have not helped; the school and family ask for a multi-agency plan.',
  'The needs are more complex than the hub can meet; an education, health and care needs assessment may be needed.',
  'Attendance keeps falling despite the support; a wider plan for the family is needed.',
  'The child is at risk of permanent exclusion; the hub asks the group for a placement review.',
  'Health and social care input is needed beyond what the hub can arrange.',
];
