/**
 * Before you start (C100-DOMAIN §2.1, §10.1 item 1): where the children live, legal representative,
 * consent order, and children already in emergency, care or supervision proceedings (C100 section 2a).
 */
import { HELP_LINKS } from '../../../host/helpLinks';
import { postcodeField } from '../../fields';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';

export const screeningSteps: StepSpec[] = [
  {
    id: 'children-in-england-or-wales',
    section: 'screening',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo('screening.inEnglandOrWales', 'Do the children live in England or Wales?', 'Select yes if the children live in England or Wales', {
        hint: 'This app is for applications to the family court in England and Wales.',
        reveal: {
          yes: () =>
            page.text('screening.childrenPostcode', 'Postcode where the children live', postcodeField('postcode where the children live', true), {
              kind: 'postcode',
              maxLength: 8,
              width: 'short',
              autocomplete: 'postal-code',
              hint: 'If the children live at different addresses, enter the postcode of the eldest child. If you do not know where they live, enter your own postcode.',
            }),
        },
      });
      return { title: 'Do the children live in England or Wales?' };
    },
  },
  {
    id: 'exit-not-england-or-wales',
    section: 'screening',
    kind: 'exit',
    build: () => ({
      title: 'You cannot use this app: the children must live in England or Wales',
      body: [
        { type: 'paragraph', text: 'A C100 application is made to the family court in England and Wales. Courts in Scotland and Northern Ireland have their own forms.' },
        { type: 'paragraph', text: 'If you answered by mistake, go back and change your answer. Nothing you typed has been lost.' },
        { type: 'link', text: 'Get advice from Citizens Advice', href: HELP_LINKS.citizensAdvice },
      ],
    }),
  },
  {
    id: 'legal-representative',
    section: 'screening',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo('screening.isLegalRepresentative', 'Are you a legal representative acting for the applicant?', 'Select yes if you are a legal representative acting for the applicant', {
        hint: 'For example, a solicitor or a paralegal preparing the application for a client.',
      });
      return { title: 'Are you a legal representative acting for the applicant?' };
    },
  },
  {
    id: 'consent-order',
    section: 'screening',
    kind: 'question',
    build: (_ctx, page) => {
      page.radios(
        'screening.consentOrder',
        'What kind of application do you want to make?',
        [
          { value: 'no', label: 'Child arrangements order, prohibited steps order, specific issue order, or to change or end an existing order' },
          {
            value: 'yes',
            label: 'Consent order',
            hint: 'You and the other person already agree, and want the court to make your agreement legally binding.',
          },
        ],
        'Select what kind of application you want to make',
      );
      return { title: 'What kind of application do you want to make?' };
    },
  },
  {
    id: 'consent-order-draft',
    section: 'screening',
    kind: 'question',
    build: (_ctx, page) => {
      page.checkbox(
        'screening.draftConsentOrderAttached',
        'I will send the draft consent order with this application',
        'Confirm you will attach the draft consent order signed by you and the respondent',
      );
      return {
        title: 'Your draft consent order',
        body: [
          { type: 'paragraph', text: 'The draft consent order sets out what you have agreed. It must be signed by you (the applicant) and by the other person (the respondent).' },
          { type: 'paragraph', text: 'You do not need to attend a MIAM (a meeting about mediation) for a consent order.' },
        ],
      };
    },
  },
  {
    id: 'child-protection-cases',
    section: 'screening',
    kind: 'question',
    build: (_ctx, page) => {
      const question =
        'Is any of the children already involved in emergency, care or supervision proceedings, or already subject to an emergency, care or supervision order?';
      page.yesNo('screening.childProtectionCases', question, 'Select yes if a child is already in emergency, care or supervision proceedings', {
        hint: 'These are cases usually started by a local authority (social services). Include cases that are still going on.',
      });
      return { title: question };
    },
  },
  {
    id: 'child-protection-info',
    section: 'screening',
    kind: 'info',
    build: () => ({
      title: 'You do not need to attend a MIAM',
      body: [
        { type: 'paragraph', text: 'Because a child is involved in emergency, care or supervision proceedings, or subject to such an order, you do not have to attend a Mediation Information and Assessment Meeting (MIAM) before you apply (C100 section 2a).' },
        { type: 'paragraph', text: 'Later you will be asked for details of those proceedings (C100 section 7).' },
      ],
    }),
  },
];

export const screeningFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  const s = draft.screening ?? {};
  flow.visit('children-in-england-or-wales');
  if (s.inEnglandOrWales === 'no') return flow.exit('exit-not-england-or-wales');
  flow.visit('legal-representative');
  flow.visit('consent-order');
  if (s.consentOrder === 'yes') flow.visit('consent-order-draft');
  flow.visit('child-protection-cases');
  if (s.childProtectionCases === 'yes' && s.consentOrder !== 'yes') flow.visit('child-protection-info');
  return flow.result();
};
