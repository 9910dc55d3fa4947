import { renderSubjectAccessHtml } from '@send-hub/subject-access';
import { childName, sampleReport } from './support/sample-subject-access-report';

describe('the subject access page', () => {
  it('says in plain English every step, who recorded it, the actions and their outcomes, and who read the record', async () => {
    const html = renderSubjectAccessHtml(await sampleReport());
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en-GB">/);
    expect(html).toContain('Special Educational Needs and Disabilities (SEND) and Inclusion Hub');
    // Text from the record is escaped, never markup.
    expect(html).toContain('Jordan &lt;Ellis&gt; &amp; “Jo”');
    expect(html).not.toContain(childName);
    expect(html).toContain('9 March 2017');
    for (const label of ['Referred to the hub', 'Views heard', 'Discussed at a hub meeting', 'Actions agreed', 'Actions reviewed', 'Moved school or district']) expect(html).toContain(label);
    expect(html).toContain('Moved from school 123456 to school 123999, both in Tamworth (Year 4); the Tamworth hub keeps the case.');
    // The child's own words are the family's to see, escaped like any text from the record; so is the consent given with the referral.
    expect(html).toContain('Reading out loud &lt;scares&gt; me &amp; I want to sit near the front.');
    expect(html).toContain('A parent or carer had given written consent on 10 October 2025.');
    expect(html).toContain('school-123456 (School special educational needs coordinator, Education)');
    expect(html).toContain('Speech and language assessment');
    expect(html).toContain('Not done (reviewed at the Tamworth hub meeting of Spring 1 2025/26)');
    expect(html).toContain('to prepare the Spring 1 meeting');
    expect(html).toContain('a request from Jordan’s father, 2 February 2026');
    expect(html).toContain('3 reads of the record');
  });
});
