/**
 * Court fee and Help with Fees, statement of truth (C100 section 16) and check your answers
 * (C100-DOMAIN §4.12, §10.1 item 7).
 */
import { HELP_LINKS } from '../../../host/helpLinks';
import { SIGNATORY } from '../../enums';
import { LIMITS, hwfReferenceField, nameField, requiredText } from '../../fields';
import { requiredDateRule } from '../rules';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';

export const finishSteps: StepSpec[] = [
  {
    id: 'help-with-fees',
    section: 'fee',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Have you applied for Help with Fees?';
      page.yesNo('fee.helpWithFees', question, 'Select yes if you have applied for Help with Fees', {
        hint: 'Help with Fees can reduce or cover the court fee if you have a low income or get certain benefits.',
        reveal: {
          yes: () =>
            page.text('fee.hwfReference', 'Help with Fees reference number', hwfReferenceField(), {
              width: 'medium',
              maxLength: 11,
              hint: 'You get this when you apply for Help with Fees, for example HWF-A1B-23D.',
            }),
        },
      });
      return { title: question, caption: 'Court fee', body: [{ type: 'link', text: 'Apply for Help with Fees (GOV.UK)', href: HELP_LINKS.helpWithFees }] };
    },
  },
  {
    id: 'pay-by-card',
    section: 'fee',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Will you pay the court fee by credit or debit card?';
      // Optional on the paper form too (C100 04.24 page 27): the court phones only when it is yes.
      page.yesNo('fee.payByCard', question, 'Select yes if you will pay the court fee by card', {
        optional: true,
        hint: 'If yes, the court will phone you within 3 working days to take the payment. Do not write card details on the form. If Help with Fees covers the whole fee, answer no.',
      });
      return { title: question, caption: 'Court fee' };
    },
  },
  {
    id: 'statement-of-truth',
    section: 'statementOfTruth',
    kind: 'question',
    build: (ctx, page) => {
      page.radios(
        'statementOfTruth.signatory',
        'Who is making the statement of truth?',
        SIGNATORY.values.map((value) => ({ value, label: SIGNATORY.labels[value] })),
        'Select who is making the statement of truth',
        {
          reveal: {
            representative: () => {
              page.text('statementOfTruth.firm', 'Name of your firm', requiredText('Enter the name of your firm', LIMITS.short, 'Firm'));
              page.text('statementOfTruth.position', 'Your position or office held', requiredText('Enter your position or office held', LIMITS.short, 'Position'), { width: 'medium' });
            },
          },
        },
      );
      page.check((values, report) => {
        if (values['statementOfTruth.signatory'] === 'representative' && ctx.draft.solicitor?.hasSolicitor !== 'yes') {
          report('statementOfTruth.signatory', 'Only the applicant can make the statement of truth when no solicitor is acting');
        }
      });
      page.checkbox('statementOfTruth.confirmed', 'I believe that the facts stated in this application are true', 'Confirm that you believe the facts stated in this application are true');
      page.text('statementOfTruth.fullName', 'Full name', nameField('Enter your full name', 'Full name'), { maxLength: LIMITS.name * 2, autocomplete: 'name' });
      page.date('statementOfTruth.date', 'Date', requiredDateRule('Date of the statement', ctx.today, { past: true }));
      return {
        title: 'Statement of truth',
        body: [
          { type: 'warning', text: 'Proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.' },
          { type: 'paragraph', text: 'You sign the printed form yourself. This app never signs for you, and a McKenzie friend cannot sign for you.' },
        ],
      };
    },
  },
  {
    id: 'check-your-answers',
    section: 'checkAnswers',
    kind: 'checkAnswers',
    build: () => ({
      title: 'Check your answers',
      body: [{ type: 'paragraph', text: 'Check every answer before you make the documents. Use the Change links to correct anything.' }],
      continueLabel: 'Make the documents',
    }),
  },
];

export const feeFlow: SectionFlow = () => {
  const flow = new Flow();
  flow.visit('help-with-fees');
  flow.visit('pay-by-card');
  return flow.result();
};

export const statementOfTruthFlow: SectionFlow = () => {
  const flow = new Flow();
  flow.visit('statement-of-truth');
  return flow.result();
};

export const checkAnswersFlow: SectionFlow = () => {
  const flow = new Flow();
  flow.visit('check-your-answers');
  return flow.result();
};
