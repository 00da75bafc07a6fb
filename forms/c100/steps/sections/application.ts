/**
 * About the application (C100 sections 5–9): other court cases, orders that restrict applying,
 * permission, reasons, parenting plan, urgent and without notice hearings, international element,
 * litigation capacity (C100-DOMAIN §2.7, §4.10, §5, §10.1 item 6).
 */
import type { C100Draft } from '../../draft';
import { PROCEEDING_TYPE } from '../../enums';
import { LIMITS, optionalText, requiredText } from '../../fields';
import { entriesOf } from '../collections';
import { permissionNeeded } from '../../rules/permission';
import { optionalDateRule } from '../rules';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';
import { entryFor, instancesOf, listPage } from './personPages';

const CAPTION = 'About the application';

/** The permission page is shown when the court's permission is needed or an order restricts applying (C100-DOMAIN §5.1). */
export function permissionPageApplies(draft: C100Draft): boolean {
  return permissionNeeded(draft).needed || draft.application?.restrictingOrder === 'yes';
}

function yesNoWithDetails(id: string, key: string, question: string, missing: string, detailsLabel: string, detailsMissing: string | undefined, hint?: string): StepSpec {
  return {
    id,
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo(`application.${key}`, question, missing, {
        ...(hint ? { hint } : {}),
        reveal: { yes: () => page.textarea(`application.${key}Details`, detailsLabel, detailsMissing, { shortLabel: 'Details' }) },
      });
      return { title: question, caption: CAPTION };
    },
  };
}

export const applicationSteps: StepSpec[] = [
  {
    id: 'previous-proceedings',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Have any of the children been involved in other family court cases?';
      page.yesNo('application.previousProceedings', question, 'Select yes if any of the children have been involved in other family court cases', {
        hint: 'For example, an emergency protection order, a supervision order or a care order. Include cases that are still going on (C100 section 7).',
      });
      return { title: question, caption: CAPTION };
    },
  },
  listPage({
    id: 'proceedings',
    section: 'application',
    collection: 'proceedings',
    addStep: 'proceeding-details',
    paramName: 'proceedingId',
    title: 'Other court cases',
    itemNoun: 'court case',
    missing: 'Add the details of the other court case',
  }),
  {
    id: 'proceeding-details',
    section: 'application',
    kind: 'question',
    params: ['proceedingId'],
    instances: instancesOf('proceedings', 'proceedingId'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'proceedings', 'proceeding-details', 'proceedingId');
      page.text(`${p.base}.childrenNames`, 'Names of the children involved', requiredText('Enter the names of the children involved', LIMITS.medium, 'Children’s names'), { maxLength: LIMITS.medium });
      page.text(`${p.base}.courtName`, 'Name of the court', requiredText('Enter the name of the court', LIMITS.short, 'Court'));
      page.text(`${p.base}.caseNumber`, 'Case number (optional)', optionalText(LIMITS.short, 'Case number'), { width: 'medium' });
      page.text(`${p.base}.dateOrYear`, 'Date or year (optional)', optionalText(LIMITS.short, 'Date or year'), { width: 'medium', hint: 'An approximate date is fine.' });
      page.text(`${p.base}.cafcassOfficer`, 'Name and office of the Cafcass or Cafcass Cymru officer (optional)', optionalText(LIMITS.short, 'Cafcass officer'));
      page.checkboxes(
        `${p.base}.types`,
        'Type of case',
        PROCEEDING_TYPE.values.map((value) => ({ value, label: PROCEEDING_TYPE.labels[value] })),
        'Select the type of case',
        { hint: 'Select all that apply.' },
      );
      page.textarea(`${p.base}.typeDetails`, 'Details of the orders made (optional)', undefined, { maxLength: LIMITS.medium, shortLabel: 'Details of the orders' });
      page.textarea(`${p.base}.otherDetails`, 'Details of any other previous family case (optional)', undefined, { shortLabel: 'Other details' });
      return { title: 'About the other court case', caption: CAPTION };
    },
  },
  {
    id: 'restricting-order',
    section: 'application',
    kind: 'question',
    build: (ctx, page) => {
      const question = 'Is there an order that means you need the court’s permission to make this application?';
      page.yesNo('application.restrictingOrder', question, 'Select yes if a section 91(14) order or a civil restraint order means you need permission to apply', {
        hint: 'An order under section 91(14) of the Children Act 1989, a limited civil restraint order, a general civil restraint order or an extended civil restraint order.',
        reveal: {
          yes: () => {
            page.text('application.restrictingOrderCaseNumber', 'Case number (optional)', optionalText(LIMITS.short, 'Case number'), { width: 'medium' });
            page.date('application.restrictingOrderExpiry', 'Date the order ends (optional)', optionalDateRule('Expiry date of the order', ctx.today, { minYear: 1990 }));
          },
        },
      });
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'permission-sought',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Have you already applied to the court for permission to make this application?';
      page.yesNo('application.permissionAlreadySought', question, 'Select yes if you have already applied to the court for permission', {
        hint: 'Your answers show that you need the court’s permission to apply (C100 section 5).',
        reveal: {
          no: () =>
            page.textarea('application.permissionReasons', 'Why should the court give you permission to make this application?', 'Explain why the court should give you permission to apply', {
              shortLabel: 'Reasons for permission',
            }),
        },
      });
      return { title: question, caption: 'Permission to apply' };
    },
  },
  {
    id: 'reasons-for-application',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Why are you making this application?';
      page.textarea('application.reasonsForApplication', question, 'Explain why you are making this application', {
        hint: 'Briefly say what has happened, what you want the court to decide, why the other people do not agree, and any arrangements you made before.',
        shortLabel: 'Reasons',
      });
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'parenting-plan',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Do you have a parenting plan or another written agreement about the children?';
      page.yesNo('application.parentingPlan', question, 'Select yes if you have a parenting plan or other agreement', { hint: 'C100 section 5c.' });
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'urgent-hearing',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Do you need an urgent hearing?';
      page.yesNo('application.urgent', question, 'Select yes if you need an urgent hearing', { hint: 'For example, because the children are at risk of harm or of being taken abroad.' });
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'urgent-hearing-details',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      page.textarea('application.urgentReasons', 'Why are you asking for an urgent hearing?', 'Explain why you are asking for an urgent hearing', { shortLabel: 'Reasons' });
      page.textarea('application.urgentOrdersSought', 'What orders or directions are you asking for at the urgent hearing?', 'Set out the orders or directions you are asking for', { shortLabel: 'Orders sought' });
      page.text('application.urgentTimescale', 'How soon do you need the hearing?', requiredText('Enter how soon you need the hearing, like 48 hours or 5 days', LIMITS.short, 'Timescale'), {
        width: 'medium',
        hint: 'For example, within 48 hours or within 5 days.',
      });
      page.yesNo('application.urgentWithin48Hours', 'Do you need a hearing within the next 48 hours?', 'Select yes if you need a hearing within the next 48 hours', {
        reveal: {
          yes: () =>
            page.textarea('application.urgentNoticeEfforts', 'What have you done to tell each respondent about the application?', 'Explain what you have done to tell each respondent about the application', { shortLabel: 'Notice given' }),
        },
      });
      return { title: 'About the urgent hearing', caption: CAPTION };
    },
  },
  {
    id: 'without-notice',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Are you asking for a without notice hearing?';
      page.yesNo('application.withoutNotice', question, 'Select yes if you are asking for a without notice hearing', {
        hint: 'A hearing without telling the other people first. The court agrees to this only in exceptional cases.',
      });
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'without-notice-details',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      page.textarea('application.withoutNoticeReasons', 'Why are you asking for a without notice hearing?', 'Explain why you are asking for a without notice hearing', { shortLabel: 'Reasons' });
      page.yesNo(
        'application.withoutNoticeFrustrate',
        'Might the other people do something to obstruct the order you are asking for if they knew about the application?',
        'Select yes if the other people might obstruct the order if they knew about the application',
        { reveal: { yes: () => page.textarea('application.withoutNoticeFrustrateDetails', 'What might they do?', 'Explain what they might do', { shortLabel: 'Details' }) } },
      );
      page.yesNo('application.withoutNoticeImpossible', 'Is there no time to give notice of the application to the other people?', 'Select yes if there is no time to give notice to the other people', {
        reveal: { yes: () => page.textarea('application.withoutNoticeImpossibleDetails', 'Why is there no time?', 'Explain why there is no time to give notice', { shortLabel: 'Details' }) },
      });
      return { title: 'About the without notice hearing', caption: CAPTION };
    },
  },
  yesNoWithDetails(
    'international-resident',
    'internationalResident',
    'Might any child, parent or important adult in the children’s lives live outside England and Wales?',
    'Select yes if anyone may be habitually resident outside England and Wales',
    'Who lives outside England and Wales, and where?',
    'Give details of who lives abroad and where',
    'Including Scotland and Northern Ireland (C100 section 8).',
  ),
  yesNoWithDetails(
    'international-jurisdiction',
    'internationalJurisdiction',
    'Could another person in this application apply for a similar order in a country outside England and Wales?',
    'Select yes if someone may be able to apply for a similar order outside England and Wales',
    'Give details of the other country and the order',
    'Give details of the other country and the order',
  ),
  yesNoWithDetails(
    'international-request',
    'internationalRequest',
    'Has a request for information or help about the children been made to or by another country?',
    'Select yes if a request for information or help about the children has been made to or by another country',
    'Give details of the request',
    'Give details of the request',
  ),
  {
    id: 'litigation-capacity',
    section: 'application',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Is there anything that may affect any adult in this application taking part in the court case?';
      page.yesNo('application.litigationCapacity', question, 'Select yes if anything may affect an adult taking part in the court case', {
        hint: 'For example, a mental health condition, a learning disability or a lack of mental capacity (C100 section 9).',
        reveal: {
          yes: () => {
            page.textarea('application.capacityDetails', 'What may affect their ability to understand and take part in the case? (optional)', undefined, { shortLabel: 'Details' });
            page.textarea('application.capacityOtherFactors', 'Any other factors, such as health or language (optional)', undefined, { shortLabel: 'Other factors' });
            page.textarea('application.capacityReferralDetails', 'Details of any referral to, or assessment by, a health or social care service (optional)', undefined, { shortLabel: 'Referral or assessment' });
            page.check((values, report) => {
              const any = ['capacityDetails', 'capacityOtherFactors', 'capacityReferralDetails'].some((k) => {
                const v = values[`application.${k}`];
                return typeof v === 'string' && v.trim() !== '';
              });
              if (!any) report('application.capacityDetails', 'Give details of what may affect an adult taking part in the court case');
            });
          },
        },
      });
      return { title: question, caption: CAPTION };
    },
  },
];

export const applicationFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  const a = draft.application ?? {};
  flow.visit('previous-proceedings');
  if (a.previousProceedings === 'yes') {
    flow.visit('proceedings');
    for (const proceeding of entriesOf(draft, 'proceedings')) flow.visit('proceeding-details', { proceedingId: proceeding.id });
  }
  flow.visit('restricting-order');
  if (permissionPageApplies(draft)) flow.visit('permission-sought');
  flow.visit('reasons-for-application');
  flow.visit('parenting-plan');
  flow.visit('urgent-hearing');
  if (a.urgent === 'yes') flow.visit('urgent-hearing-details');
  flow.visit('without-notice');
  if (a.withoutNotice === 'yes') flow.visit('without-notice-details');
  flow.visit('international-resident');
  flow.visit('international-jurisdiction');
  flow.visit('international-request');
  flow.visit('litigation-capacity');
  return flow.result();
};
