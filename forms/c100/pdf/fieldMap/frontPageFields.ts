/**
 * C100 04.24 physical page 3 (the front page): Help with Fees reference, the parties' names, the
 * nature of the application, the risk-of-harm summary and the additional-information summary.
 */
import type { C100Application } from '../../application';
import type { FieldMapping, WidgetName } from './FieldMapping';
import { fullName, hwfBlocks, longOrdersText } from './fieldFormat';
import {
  asksPermission,
  asksUrgentOrWithoutNotice,
  hasInternationalOrCapacityFactor,
  needsWelsh,
  riskConcerns,
} from './frontPageAnswers';
import { answerTicks, check, nonEmpty, text, yesNo } from './mappingBuilders';
import { orderTypeOf } from '../../enums';
import type { OrderType } from '../../enums';

const FRONT = 'C100 front page';
const ORDINALS = ['first', 'second'] as const;

function hasOrderType(app: C100Application, type: OrderType): boolean {
  return app.orders.sought.some((order) => orderTypeOf(order) === type);
}

function partyNames(): Record<WidgetName, FieldMapping> {
  const entries: Record<WidgetName, FieldMapping> = {};
  ORDINALS.forEach((ordinal, index) => {
    entries[`First name of ${ordinal} applicant`] = text(
      FRONT,
      `First name(s) of applicant ${index + 1}`,
      (app) => app.applicants[index]?.firstNames,
      'shrink',
    );
    entries[`Last name of ${ordinal} applicant`] = text(
      FRONT,
      `Last name of applicant ${index + 1}`,
      (app) => app.applicants[index]?.lastName,
      'shrink',
    );
    entries[`First name of ${ordinal} respondent`] = text(
      FRONT,
      `First name(s) of respondent ${index + 1}`,
      (app) => app.respondents[index]?.firstNames,
      'shrink',
    );
    entries[`Last name of ${ordinal} respondent`] = text(
      FRONT,
      `Last name of respondent ${index + 1}`,
      (app) => app.respondents[index]?.lastName,
      'shrink',
    );
  });
  return entries;
}

/**
 * Page 3. The front page has room for two applicants and two respondents; the others are named in
 * sections 11 and 12 on continuation sheets (see `buildC100Continuation`).
 */
export const frontPageFields: Record<WidgetName, FieldMapping> = {
  // "HWF-[___]-[___]": the two 3-character blocks of the reference (MaxLen 3 each, comb).
  'Help with Fees - 1': text(
    FRONT,
    'Help with Fees – Ref no. (first block)',
    (app) => hwfBlocks(app.fee.hwfReference)?.[0],
  ),
  'Help with Fees - 2': text(
    FRONT,
    'Help with Fees – Ref no. (second block)',
    (app) => hwfBlocks(app.fee.hwfReference)?.[1],
  ),
  ...partyNames(),
  'Child Arrangements Order - Yes': check(FRONT, 'Nature of application – Child Arrangements Order', (app) =>
    hasOrderType(app, 'child_arrangements'),
  ),
  'Prohibited Steps Order - Yes': check(FRONT, 'Nature of application – Prohibited Steps Order', (app) =>
    hasOrderType(app, 'prohibited_steps'),
  ),
  'Specific Issue Order - Yes': check(FRONT, 'Nature of application – Specific Issue Order', (app) =>
    hasOrderType(app, 'specific_issues'),
  ),
  'Please specify the nature of the order you seek. For example, an order about with whom a child is to live, or how often they spend time with the applicant and for how long':
    text(
      FRONT,
      'Please specify the nature of the order you seek',
      (app) => nonEmpty(app.orders.details) ?? nonEmpty(longOrdersText(app.orders.sought)),
    ),
  ...answerTicks(
    FRONT,
    'Concerns about risk of harm – any form of domestic abuse',
    { yes: 'any form of domestic abuse - Yes', no: 'any form of domestic abuse - No' },
    (app) => riskConcerns(app).domesticAbuse,
  ),
  ...answerTicks(
    FRONT,
    'Concerns about risk of harm – child abduction',
    { yes: 'child abduction - Yes', no: 'child abduction - No' },
    (app) => riskConcerns(app).childAbduction,
  ),
  ...answerTicks(
    FRONT,
    'Concerns about risk of harm – child abuse',
    { yes: 'child abuse - Yes', no: 'child abuse - No' },
    (app) => riskConcerns(app).childAbuse,
  ),
  ...answerTicks(
    FRONT,
    'Concerns about risk of harm – drugs, alcohol or substance abuse',
    { yes: 'drugs, alcohol or substance abuse - Yes', no: 'drugs, alcohol or substance abuse - No' },
    (app) => riskConcerns(app).substanceMisuse,
  ),
  ...answerTicks(
    FRONT,
    'Concerns about risk of harm – other safety or welfare concerns',
    { yes: 'other safety or welfare concerns - Yes', no: 'other safety or welfare concerns - No' },
    (app) => riskConcerns(app).otherConcerns,
  ),
  ...answerTicks(
    FRONT,
    'Are you asking for permission to make this application, where that is required?',
    {
      yes: 'Are you asking for permission to make this application, where that is required? - Yes',
      no: 'Are you asking for permission to make this application, where that is required? - No',
    },
    (app) => yesNo(asksPermission(app)),
  ),
  ...answerTicks(
    FRONT,
    'Is an urgent hearing or without notice hearing required?',
    {
      yes: 'Is an urgent hearing or without notice hearing required? Yes',
      no: 'Is an urgent hearing or without notice hearing required? No',
    },
    (app) => yesNo(asksUrgentOrWithoutNotice(app)),
  ),
  ...answerTicks(
    FRONT,
    'Are there previous or ongoing proceedings for the child(ren)?',
    {
      yes: 'Are there previous or ongoing proceedings for the child(ren)? Yes',
      no: 'Are there previous or ongoing proceedings for the child(ren)? No',
    },
    (app) => app.application.previousProceedings,
  ),
  ...answerTicks(
    FRONT,
    'Are you applying for an order to formalise an agreement (consent order)?',
    {
      yes: 'Are you applying for an order to formalise an agreement (consent order)? Yes',
      no: 'Are you applying for an order to formalise an agreement (consent order)? No',
    },
    (app) => app.screening.consentOrder,
  ),
  ...answerTicks(
    FRONT,
    'Is this a case with an international element or factors affecting litigation capacity?',
    {
      yes: 'Is this a case with an international element or factors affecting litigation capacity? Yes',
      no: 'Is this a case with an international element or factors affecting litigation capacity? No',
    },
    (app) => yesNo(hasInternationalOrCapacityFactor(app)),
  ),
  ...answerTicks(
    FRONT,
    'Will the child or any of the people involved need to use spoken or written Welsh during the course of the proceedings?',
    {
      yes: 'Will the child or any of the people involved need to use spoken or written Welsh during the course of the proceedings? Yes',
      no: 'Will the child or any of the people involved need to use spoken or written Welsh during the course of the proceedings? No',
    },
    (app) => yesNo(needsWelsh(app)),
  ),
};

/** Names of every applicant or respondent, for the continuation sheets' header. */
export function partiesHeader(app: C100Application): string {
  const names = (list: readonly { firstNames: string; lastName: string }[]) => list.map(fullName).join(', ');
  return `Applicant(s): ${names(app.applicants)} – Respondent(s): ${names(app.respondents)}`;
}
