/**
 * Mediation: the MIAM (C100 sections 2–4; FPR PD3A as changed on 29 April 2024; C100-DOMAIN §2.2,
 * §2.3, §3, §10.1 item 2). Not shown for a consent order or when a child is already in emergency,
 * care or supervision proceedings (C100-DOMAIN §3.9).
 */
import { HELP_LINKS } from '../../../host/helpLinks';
import type { C100Draft } from '../../draft';
import { LIMITS, optionalText, requiredText } from '../../fields';
import { EXEMPTION_CATEGORIES, EXEMPTION_CODES, NONE_CODE, type ExemptionCategory } from '../../miam/exemptionCodes';
import { optionalDateRule } from '../rules';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';
import type { ContentBlock } from '../types';
import { groundsIn } from '../../miam/claimedExemptions';
import { requiredEvidence } from '../../miam/requiredEvidence';
import { CATEGORY_TEXT, DOMESTIC_GROUPS, categoryHeader, categoryHint, exemptionLabel, exemptionOption } from './miamOptions';

/** MIAM questions are asked only when a MIAM is required (C100-DOMAIN §3.9). */
export function miamApplies(draft: C100Draft): boolean {
  return draft.screening?.consentOrder !== 'yes' && draft.screening?.childProtectionCases !== 'yes';
}

const ACCESS = ['misc_access', 'misc_access2', 'misc_access3'];
const needsEvidenceAnswer = (d: C100Draft) => groundsIn(d, 'domestic').length > 0 || groundsIn(d, 'adr').includes('misc_previous_attendance');
const needsPreviousAttendanceEvidence = (d: C100Draft) => groundsIn(d, 'adr').includes('misc_existing_proceedings_exemption');
const needsAccessDetails = (d: C100Draft) => groundsIn(d, 'misc').some((code) => ACCESS.includes(code));

const whatIsAMiam: ContentBlock = {
  type: 'paragraph',
  text: 'A MIAM (Mediation Information and Assessment Meeting) is a first meeting with a family mediator. They explain how mediation and other ways of agreeing could work for you, without going to court.',
};

function categoryStep(category: ExemptionCategory): StepSpec {
  const text = CATEGORY_TEXT[category];
  return {
    id: `miam-exemptions-${category}`,
    section: 'miam',
    kind: 'question',
    build: (_ctx, page) => {
      page.checkboxes(
        `miam.exemptions.${category}`,
        text.question,
        [...EXEMPTION_CODES[category].map(exemptionOption), { value: NONE_CODE[category], label: 'None of these', exclusive: true }],
        text.missing,
        { hint: categoryHint(category), ...(category === 'domestic' ? { groups: DOMESTIC_GROUPS } : {}) },
      );
      return { title: text.title, caption: 'Reasons for not attending a MIAM' };
    },
  };
}

export const miamSteps: StepSpec[] = [
  {
    id: 'miam-acknowledgement',
    section: 'miam',
    kind: 'question',
    build: (_ctx, page) => {
      page.checkbox(
        'miam.acknowledged',
        'I understand that I have to attend a MIAM, or a non-court dispute resolution process, or give a valid reason for not attending',
        'Confirm you understand that you have to attend a MIAM or give a valid reason for not attending',
      );
      page.yesNo('miam.voucherScheme', 'Have you been to mediation before through the family mediation voucher scheme?', 'Select yes if you have been to mediation through the voucher scheme');
      return {
        title: 'Attending a MIAM',
        body: [
          whatIsAMiam,
          { type: 'paragraph', text: 'Before you apply you must attend a MIAM, unless you have a valid reason not to (an exemption).' },
          { type: 'link', text: 'Find a family mediator (Family Mediation Council)', href: HELP_LINKS.findAMediator },
        ],
      };
    },
  },
  {
    id: 'miam-attended',
    section: 'miam',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo('miam.attended', 'Have you attended a MIAM?', 'Select yes if you have attended a MIAM', {
        hint: 'A Mediation Information and Assessment Meeting about this dispute.',
      });
      return { title: 'Have you attended a MIAM?' };
    },
  },
  {
    id: 'miam-mediator-document',
    section: 'miam',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo('miam.mediatorDocument', 'Have you got a document signed by the mediator?', 'Select yes if you have a document signed by the mediator', {
        hint: 'The mediator confirms that you attended the MIAM, or that a mediator’s exemption applies. The court needs it with your application (C100 section 4).',
      });
      return { title: 'Have you got a document signed by the mediator?' };
    },
  },
  {
    id: 'exit-miam-document',
    section: 'miam',
    kind: 'exit',
    build: () => ({
      title: 'You need to get the mediator’s document',
      body: [
        { type: 'paragraph', text: 'Ask the mediator who ran your MIAM for a document confirming that you attended. They complete section 4 of the C100 form, or give you a signed certificate.' },
        { type: 'paragraph', text: 'Your answers are saved. Come back when you have the document and change your answer.' },
        { type: 'link', text: 'Find a family mediator (Family Mediation Council)', href: HELP_LINKS.findAMediator },
      ],
    }),
  },
  {
    id: 'miam-certificate-details',
    section: 'miam',
    kind: 'question',
    build: (ctx, page) => {
      page.text('miam.mediatorRegistrationNumber', 'Mediator’s Family Mediation Council (FMC) registration number', requiredText('Enter the mediator’s Family Mediation Council registration number', LIMITS.short, 'Registration number'), {
        width: 'medium',
        hint: 'It is on the document the mediator gave you.',
      });
      page.text('miam.mediatorServiceName', 'Name of the family mediation service', requiredText('Enter the name of the family mediation service', LIMITS.short, 'Service name'));
      page.text('miam.mediatorSoleTraderName', 'Sole trader name (optional)', optionalText(LIMITS.short, 'Sole trader name'), {
        hint: 'Only if the mediator works as a sole trader.',
      });
      page.date('miam.attendanceDate', 'Date of the MIAM (optional)', optionalDateRule('Date of the MIAM', ctx.today, { past: true }));
      return { title: 'About the mediator', caption: 'Your MIAM' };
    },
  },
  {
    id: 'miam-exemption-claim',
    section: 'miam',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo('miam.claimsExemption', 'Do you have a valid reason for not attending a MIAM?', 'Select yes if you have a valid reason for not attending a MIAM', {
        hint: 'For example, evidence of domestic abuse, child protection concerns, or an urgent application. The next pages list every valid reason.',
      });
      return { title: 'Do you have a valid reason for not attending a MIAM?' };
    },
  },
  {
    id: 'exit-miam-attend',
    section: 'miam',
    kind: 'exit',
    build: () => ({
      title: 'You need to attend a MIAM first',
      body: [
        whatIsAMiam,
        { type: 'paragraph', text: 'Without a valid reason for not attending, you must go to a MIAM before you can apply. Many mediators offer meetings online or by video call.' },
        { type: 'heading', text: 'How to find a mediator' },
        { type: 'list', items: ['Search for a mediator near you on the Family Mediation Council website.', 'Ask whether you can get help with the cost: legal aid, or the family mediation voucher scheme.', 'When you have attended, come back and change your answer: your answers are saved.'] },
        { type: 'link', text: 'Find a family mediator (Family Mediation Council)', href: HELP_LINKS.findAMediator },
        { type: 'warning', text: 'If you or the children are at risk of harm, you may not need to attend. Call the National Domestic Abuse Helpline on 0808 2000 247 (free, 24 hours), or 999 in an emergency.' },
        { type: 'link', text: 'National Domestic Abuse Helpline', href: HELP_LINKS.domesticAbuseHelpline },
      ],
    }),
  },
  ...EXEMPTION_CATEGORIES.map(categoryStep),
  {
    id: 'miam-evidence',
    section: 'miam',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo('miam.canProvideEvidence', 'Can you send the evidence with your application?', 'Select yes if you can send the evidence with your application', {
        hint: 'The court needs the evidence of the reasons you gave (C100 section 3a, and 3d for a previous MIAM).',
        reveal: {
          no: () =>
            page.textarea('miam.evidenceUnavailableReason', 'Explain why you cannot provide the evidence', 'Explain why you cannot provide the evidence', {
              shortLabel: 'Reasons',
            }),
        },
      });
      return { title: 'Can you send the evidence with your application?', caption: 'Reasons for not attending a MIAM' };
    },
  },
  {
    id: 'miam-previous-attendance-evidence',
    section: 'miam',
    kind: 'question',
    build: (_ctx, page) => {
      page.radios(
        'miam.previousAttendanceEvidence',
        'How can you show you attended a MIAM before the existing proceedings?',
        [
          { value: 'certificate', label: 'I have a certificate signed by the mediator' },
          { value: 'details', label: 'I can give the date of the MIAM and the mediator’s details' },
        ],
        'Select whether you have the mediator’s certificate or can give the details of the MIAM',
        {
          reveal: {
            details: () =>
              page.textarea('miam.previousAttendanceDetails', 'Date of the MIAM, and the name and contact details of the mediator', 'Give the date of the MIAM and the name and contact details of the mediator', {
                shortLabel: 'MIAM details',
              }),
          },
        },
      );
      return { title: 'How can you show you attended a MIAM before the existing proceedings?', caption: 'Reasons for not attending a MIAM' };
    },
  },
  {
    id: 'miam-access-details',
    section: 'miam',
    kind: 'question',
    build: (ctx, page) => {
      const misc = groundsIn(ctx.draft, 'misc');
      page.textarea('miam.cannotAttendOnlineReason', 'Why can you not attend a MIAM online or by video call?', 'Explain why you cannot attend a MIAM online or by video link', { shortLabel: 'Reasons' });
      if (misc.includes('misc_access') || misc.includes('misc_access2')) {
        page.textarea(
          'miam.mediatorsContacted',
          'The mediators you contacted',
          'Give the names, postal addresses and phone numbers or email addresses of the mediators you contacted, and the dates',
          { hint: 'For each mediator: name, postal address, phone number or email address, and the date you contacted them.', shortLabel: 'Mediators contacted' },
        );
      }
      if (misc.includes('misc_access3')) {
        page.textarea('miam.noMediatorNearbyExplanation', 'Explain why there is no mediator within 15 miles of your home', 'Explain why there is no mediator within 15 miles of your home', { shortLabel: 'Explanation' });
      }
      return { title: 'Why you cannot get to a MIAM', caption: 'Reasons for not attending a MIAM' };
    },
  },
  {
    id: 'miam-additional-details',
    section: 'miam',
    kind: 'question',
    build: (_ctx, page) => {
      page.textarea('miam.additionalDetails', 'Is there anything else the court should know about why you did not attend a MIAM? (optional)', undefined, {
        hint: 'If you were the respondent in a MIAM or another kind of dispute resolution before, give the dates and the provider’s contact details.',
        shortLabel: 'Additional details',
      });
      return { title: 'Anything else about your reasons', caption: 'Reasons for not attending a MIAM' };
    },
  },
  {
    id: 'miam-exemptions-summary',
    section: 'miam',
    kind: 'info',
    build: (ctx) => {
      const rows = EXEMPTION_CATEGORIES.flatMap((category) =>
        groundsIn(ctx.draft, category).map((code) => ({ label: categoryHeader(category), value: exemptionLabel(code) })),
      );
      const evidence = requiredEvidence(ctx.draft).map((item) => `${item.description} (C100 section ${item.c100Section})`);
      return {
        title: 'You do not have to attend a MIAM',
        body: [
          { type: 'paragraph', text: 'You have said that these reasons apply. They will be shown in section 3 of your application.' },
          { type: 'summary', rows },
          ...(evidence.length > 0
            ? [
                { type: 'heading' as const, text: 'What goes with your application' },
                { type: 'list' as const, items: evidence },
              ]
            : []),
          { type: 'paragraph', text: 'A judge will check your reasons. If they do not accept them, they may send you to a MIAM before the case goes on.' },
        ],
      };
    },
  },
];

export const miamFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  if (!miamApplies(draft)) return flow.result();
  const m = draft.miam ?? {};
  flow.visit('miam-acknowledgement');
  flow.visit('miam-attended');
  if (m.attended === 'yes') {
    flow.visit('miam-mediator-document');
    if (m.mediatorDocument === 'no') return flow.exit('exit-miam-document');
    if (m.mediatorDocument === 'yes') flow.visit('miam-certificate-details');
    return flow.result();
  }
  if (m.attended !== 'no') return flow.result();
  flow.visit('miam-exemption-claim');
  if (m.claimsExemption === 'no') return flow.exit('exit-miam-attend');
  if (m.claimsExemption !== 'yes') return flow.result();
  for (const category of EXEMPTION_CATEGORIES) flow.visit(`miam-exemptions-${category}`);
  const anyGround = EXEMPTION_CATEGORIES.some((category) => groundsIn(draft, category).length > 0);
  if (!anyGround) {
    // Every page answered "None of these": no exemption applies (C100-DOMAIN §2.3 exit_page).
    const allAnswered = EXEMPTION_CATEGORIES.every((category) => (m.exemptions?.[category] ?? []).length > 0);
    return allAnswered ? flow.exit('exit-miam-attend') : flow.result();
  }
  if (needsEvidenceAnswer(draft)) flow.visit('miam-evidence');
  if (needsPreviousAttendanceEvidence(draft)) flow.visit('miam-previous-attendance-evidence');
  if (needsAccessDetails(draft)) flow.visit('miam-access-details');
  flow.visit('miam-additional-details');
  flow.visit('miam-exemptions-summary');
  return flow.result();
};
