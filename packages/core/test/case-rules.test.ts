import { caseDecider, caseRules, type CaseCommand, type WithRecordedMeeting } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import { caseRuleExamples as examples, type DeciderRule } from './support/case-rule-examples';
import { recorded } from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);

describe.each(Object.entries(examples) as Array<[DeciderRule, (typeof examples)[DeciderRule]]>)('the rule "%s"', (code, { accepted, refused }) => {
  it(`lets through: ${caseRules[code]}`, () => {
    specification.given(accepted.given).when(accepted.when).then([recorded(accepted.when)]);
  });

  it('refuses what breaks it, saying why in plain English', () => {
    specification.given(refused.given).when(refused.when).thenRejects(code);
    specification
      .given(refused.given)
      .when(refused.when)
      .thenRejectsWith((rejection) => rejection.message.endsWith(caseRules[code]) && rejection.caseId === caseId(refused.when), 'a message ending with the rule, for this case');
  });
});

const caseId = (command: WithRecordedMeeting<CaseCommand>): string => command.caseId;
