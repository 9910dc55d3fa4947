import { runTour } from '../tour';

describe('the quick tour', () => {
  it('tells the journey from referral to escalation and erasure, verified before and after', async () => {
    let told = '';
    await runTour((text) => (told += text));
    expect(told).toContain('Agenda for the Tamworth hub meeting of Autumn 2 2025/26');
    expect(told).toMatch(/First discussions: consent given, not yet discussed \(1\)\n {2}1\. Jordan Hale/);
    expect(told).toMatch(/Reviews due: actions agreed at an earlier meeting \(1\)[\s\S]*Speech and language assessment: Health/);
    expect(told).toContain('4. 3 November 2025: Moved school or district');
    expect(told).toContain('8. 28 January 2026: Escalated to the Locality Management Group');
    // One stream more since decision 40: the child's own, recording which cases they have had.
    expect(told).toContain('Verified: 11 events in 4 streams, no problems found.');
    expect(told).toContain('referred a child whose personal details have been erased');
    expect(told).not.toMatch(/erased[\s\S]*Jordan Hale/);
    expect(told.match(/Board figures for 2025\/26: 1 referral, 1 escalation/g)).toHaveLength(2);
    expect(told).toContain('Verified: 12 events in 5 streams, no problems found.');
  });
});
