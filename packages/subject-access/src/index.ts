export { renderSubjectAccessHtml } from './render-subject-access-html';
export type { SubjectAccessReport } from './subject-access-report';
