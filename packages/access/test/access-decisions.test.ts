import { CaseCommand, MeetingCommand } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { checkActor, commandLabels, decodeAccessPolicy, defaultAccessPolicy, mayRead, mayRecord, type AccessActor } from '@send-hub/access';

const coordinator: AccessActor = { id: 'officer-7', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] };
const boardMember: AccessActor = { id: 'board-2', role: 'board-member', agency: 'other', districts: [] };
const auditor: AccessActor = { id: 'auditor-1', role: 'auditor', agency: 'other', districts: [] };

const refusalCode = (result: E.Either<{ readonly code: string }, unknown>): string | undefined => (E.isLeft(result) ? result.left.code : undefined);

describe('the access policy', () => {
  it('lets a hub coordinator record and read for their own district and refuses another district', () => {
    expect(refusalCode(mayRecord(defaultAccessPolicy, coordinator, 'Refer', 'tamworth'))).toBeUndefined();
    expect(refusalCode(mayRead(defaultAccessPolicy, coordinator, 'case-record', 'tamworth'))).toBeUndefined();
    const refused = mayRead(defaultAccessPolicy, coordinator, 'case-record', 'lichfield');
    expect(refusalCode(refused)).toBe('district-out-of-scope');
    // The refusal names the districts the actor acts for, never where the child is.
    expect(E.isLeft(refused) && refused.left.message).toContain('they act for tamworth');
    expect(E.isLeft(refused) && refused.left.message).not.toContain('lichfield');
  });

  it('gives a board member published statistics only', () => {
    expect(refusalCode(mayRead(defaultAccessPolicy, boardMember, 'published-statistics', undefined))).toBeUndefined();
    for (const read of ['case-record', 'child-names', 'district-lists', 'subject-access', 'ciphertext'] as const) {
      expect(refusalCode(mayRead(defaultAccessPolicy, boardMember, read, 'tamworth'))).toBe('role-not-permitted');
    }
    expect(refusalCode(mayRecord(defaultAccessPolicy, boardMember, 'Refer', 'tamworth'))).toBe('role-not-permitted');
  });

  it('says in words what a refused role may not do, and names a council\'s own command by its type', () => {
    const referral = mayRecord(defaultAccessPolicy, boardMember, 'Refer', 'tamworth');
    expect(E.isLeft(referral) && referral.left.message).toMatch(/^Refused: board-2, Partnership Board member, may not refer a child to the hub, as the access policy lets only .+ do that\.$/);
    const imported = mayRecord(defaultAccessPolicy, coordinator, 'ImportEvents', undefined);
    expect(E.isLeft(imported) && imported.left.message).toBe('Refused: officer-7, Hub coordinator (Effective Practice Development Officer), may not import a history into the hub, as the access policy lets only Local operator do that.');
    const own = { ...defaultAccessPolicy, commands: { ...defaultAccessPolicy.commands, Adjourn: { roles: ['board-member'], districts: 'every-district' as const } } };
    const adjourned = mayRecord(own, coordinator, 'Adjourn', 'tamworth');
    expect(E.isLeft(adjourned) && adjourned.left.message).toContain('may not record the Adjourn command');
  });

  it('has words for every command the hub accepts', () => {
    const commandTypes = [...CaseCommand.type.types, ...MeetingCommand.type.types].map((codec) => codec.name.replace(/^an? (\w+) command$/, '$1'));
    for (const type of [...commandTypes, 'ForgetChild', 'ImportEvents']) expect([type, Object.hasOwn(commandLabels, type)]).toEqual([type, true]);
  });

  it('lets an auditor verify the stored history but not read a record, unless the council grants it', () => {
    expect(refusalCode(mayRead(defaultAccessPolicy, auditor, 'ciphertext', undefined))).toBeUndefined();
    expect(refusalCode(mayRead(defaultAccessPolicy, auditor, 'case-record', 'tamworth'))).toBe('role-not-permitted');
    const granted = { ...defaultAccessPolicy, reads: { ...defaultAccessPolicy.reads, 'case-record': { roles: ['auditor'], districts: 'every-district' as const } } };
    expect(refusalCode(mayRead(granted, auditor, 'case-record', 'tamworth'))).toBeUndefined();
  });

  it('refuses a command with no row, so a new command is allowed only by adding one', () => {
    expect(refusalCode(mayRecord(defaultAccessPolicy, coordinator, 'Adjourn', 'tamworth'))).toBe('not-in-policy');
    expect(refusalCode(mayRecord(defaultAccessPolicy, coordinator, 'toString', 'tamworth'))).toBe('not-in-policy');
  });

  it('has a row for every command the hub accepts', () => {
    const commandTypes = [...CaseCommand.type.types, ...MeetingCommand.type.types].map((codec) => codec.name.replace(/^an? (\w+) command$/, '$1'));
    expect(commandTypes.length).toBeGreaterThan(5);
    for (const type of commandTypes) expect([type, Object.hasOwn(defaultAccessPolicy.commands, type)]).toEqual([type, true]);
  });

  it('refuses an actor of unknown shape or role, naming what is wrong', () => {
    expect(refusalCode(checkActor(defaultAccessPolicy, { id: 'x', role: 'hub-coordinator', agency: 'education' }))).toBe('actor-invalid');
    const unknownRole = checkActor(defaultAccessPolicy, { ...coordinator, role: 'caretaker' });
    expect(refusalCode(unknownRole)).toBe('role-unknown');
    expect(E.isLeft(unknownRole) && unknownRole.left.message).toContain('"caretaker"');
    expect(checkActor(defaultAccessPolicy, coordinator)).toEqual(E.right(coordinator));
  });

  it('reads a council’s policy, refusing one whose rows name a role it does not define', () => {
    expect(E.isRight(decodeAccessPolicy(JSON.parse(JSON.stringify(defaultAccessPolicy))))).toBe(true);
    const misspelt = { ...defaultAccessPolicy, commands: { ...defaultAccessPolicy.commands, Refer: { roles: ['hub-coordinater'], districts: 'own-districts' } } };
    const decoded = decodeAccessPolicy(misspelt);
    expect(E.isLeft(decoded) && decoded.left.message).toContain('commands.Refer: "hub-coordinater" is not one of the policy\'s roles');
    const { reads: _reads, ...withoutReads } = defaultAccessPolicy;
    expect(E.isLeft(decodeAccessPolicy(withoutReads))).toBe(true);
  });
});
