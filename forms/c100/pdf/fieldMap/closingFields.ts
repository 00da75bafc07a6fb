/**
 * C100 04.24 section 14 (solicitor, physical page 25), 15 (checklist, page 26), 16 (statement of
 * truth, page 27) and the court fee question (page 27).
 */
import type { C100Application } from '../../application';
import { STATEMENT_OF_TRUTH_FIELD } from '../c100Widgets';
import type { CheckMapping, FieldMapping, WidgetName } from './FieldMapping';
import { addressLines, splitIsoDate, splitPostcode } from './fieldFormat';
import { answerTicks, nonEmpty, text, unmapped } from './mappingBuilders';
import { ADR_EXEMPTIONS, DOMESTIC_EXEMPTIONS } from '../../miam/exemptionCodes';
import { claimedExemptions } from './miamFields';
import type { YesNoUnknown } from '../../enums';

type App = C100Application;
const SECTION_14 = '14. Solicitor’s details';
const SECTION_15 = '15. Checklist';
const SECTION_16 = '16. Statement of truth';
const FEE = 'Court fee';

function solicitor(app: App) {
  return app.solicitor.hasSolicitor === 'yes' ? app.solicitor : undefined;
}

/** Exemptions whose evidence must go with the application (checklist Q3: domestic abuse, previous attendance). */
function evidenceRequired(app: App): boolean {
  const claimed = claimedExemptions(app);
  return (
    DOMESTIC_EXEMPTIONS.some((code) => claimed.has(code)) || ADR_EXEMPTIONS.some((code) => claimed.has(code))
  );
}

/**
 * Checklist Q3 "If claiming a MIAM exemption that requires you to provide evidence to the court,
 * have you provided this evidence?": the applicant's answer to "can you provide the evidence?".
 */
function evidenceProvided(app: App): YesNoUnknown | undefined {
  if (app.miam.route !== 'exempt' || !evidenceRequired(app)) return undefined;
  return app.miam.canProvideEvidence;
}

/**
 * Checklist answers. A `C100Application` exists only when every question of the journey is answered
 * (`toApplication`), so sections 1, 5–8 and 10–14 are complete. Q2 (sections 2, 3 and 4) is left for
 * the applicant when a MIAM was attended: section 4 still needs the mediator's signature.
 */
function checklist(
  n: number,
  yes: WidgetName,
  no: WidgetName,
  question: string,
  answer: (app: App) => YesNoUnknown | undefined,
): Record<WidgetName, FieldMapping> {
  return answerTicks(SECTION_15, `${n}. ${question}`, { yes, no }, answer);
}

const SIGNATURE =
  'Signed by hand: the app never signs the statement of truth (a McKenzie friend or the app cannot sign for the applicant).';

/** The on-states of 'Check Box3' (page 27 signatory capacity), read from the template's widgets. */
export const SIGNATORY_OPTION = { applicant: 'Applicant', representative: "Applicant's legal rep" } as const;
/** The on-states of the statement-of-truth ticks ('I believe' / 'The applicant believes…'). */
export const BELIEF_OPTION = { applicant: 'I believe', representative: 'The applicant believes' } as const;

function sotDate(part: 'day' | 'month' | 'year') {
  return (app: App) => splitIsoDate(app.statementOfTruth.date)[part];
}

export const closingFields: Record<WidgetName, FieldMapping> = {
  // Section 14
  ...answerTicks(
    SECTION_14,
    'Is a solicitor acting for you?',
    { yes: '14. Solicitor acting for you - yes', no: '14. Solicitor acting for you - no' },
    (app) => app.solicitor.hasSolicitor,
  ),
  "14. Your solicitor's name": text(SECTION_14, 'Your solicitor’s name', (app) => solicitor(app)?.fullName),
  '14. Name of firm': text(SECTION_14, 'Name of firm', (app) => solicitor(app)?.firm),
  '14. Address of firm': text(SECTION_14, 'Address of the firm', (app) => {
    const s = solicitor(app);
    return s && addressLines(s.address);
  }),
  '14. Address of firm - postcode 1': text(
    SECTION_14,
    'Postcode of the firm (first part)',
    (app) => splitPostcode(solicitor(app)?.address.postcode)?.[0],
  ),
  '14. Address of firm - postcode 2': text(
    SECTION_14,
    'Postcode of the firm (second part)',
    (app) => splitPostcode(solicitor(app)?.address.postcode)?.[1],
  ),
  '14. Telephone number': text(SECTION_14, 'Telephone number', (app) => solicitor(app)?.phone, 'shrink'),
  '14. Fax number': text(SECTION_14, 'Fax number', (app) => nonEmpty(solicitor(app)?.fax), 'shrink'),
  '14. DX number': text(SECTION_14, 'DX number', (app) => nonEmpty(solicitor(app)?.dxNumber), 'shrink'),
  "14. Solicitor's Reference": text(
    SECTION_14,
    'Solicitor’s reference',
    (app) => nonEmpty(solicitor(app)?.reference),
    'shrink',
  ),
  "14. Solicitor's fee account number": text(
    SECTION_14,
    'Fee account no.',
    (app) => nonEmpty(solicitor(app)?.feeAccountNumber),
    'shrink',
  ),
  "14. Solicitor's email address": text(SECTION_14, 'Email address', (app) => solicitor(app)?.email),

  // Section 15 checklist: 'Check Box42'…'Check Box59' are the Yes / No pairs of questions 1–9 (by position: Yes at x≈466, No at x≈521).
  ...checklist(
    1,
    'Check Box42',
    'Check Box43',
    'Have you completed section 1 relating to the child(ren) in full?',
    () => 'yes',
  ),
  ...checklist(
    2,
    'Check Box44',
    'Check Box45',
    'Have you completed sections 2, 3 and 4 relating to attending a MIAM in full?',
    (app) => (app.miam.route === 'attended' ? undefined : 'yes'),
  ),
  ...checklist(
    3,
    'Check Box46',
    'Check Box47',
    'If claiming a MIAM exemption that requires you to provide evidence to the court, have you provided this evidence?',
    evidenceProvided,
  ),
  ...checklist(
    4,
    'Check Box48',
    'Check Box49',
    'Have you completed sections 5 and 6 relating to reasons for making the application in full?',
    () => 'yes',
  ),
  ...checklist(
    5,
    'Check Box50',
    'Check Box51',
    'Have you completed section 7 relating to Other Court cases in full?',
    () => 'yes',
  ),
  ...checklist(
    6,
    'Check Box52',
    'Check Box53',
    'Have you completed sections 8, 9 and 10 about the factors affecting the proceedings?',
    () => 'yes',
  ),
  ...checklist(
    7,
    'Check Box54',
    'Check Box55',
    'Have you completed section 11 relating to you the applicant in full?',
    () => 'yes',
  ),
  ...checklist(
    8,
    'Check Box56',
    'Check Box57',
    'Have you completed section 12, 13 and 14 relating to the Respondent and others who should be given notice',
    () => 'yes',
  ),
  'Check Box58': unmapped(
    'Checklist Q9 "Have you completed section 16 relating to statement of truth in full?" – Yes: section 16 is complete only once signed by hand, so the applicant ticks it then.',
  ),
  'Check Box59': unmapped(
    'Checklist Q9 "Have you completed section 16 relating to statement of truth in full?" – No: left for the applicant, who signs section 16 by hand.',
  ),

  // Section 16
  Text2sot: unmapped(SIGNATURE),
  'Check Box3': {
    kind: 'check',
    section: SECTION_16,
    question: 'Signatory: Applicant / Applicant’s legal representative',
    checked: () => true,
    option: (app) => SIGNATORY_OPTION[app.statementOfTruth.signatory],
  } satisfies CheckMapping,
  Text4p25: text(SECTION_16, 'Date – Day', sotDate('day')),
  Text5: text(SECTION_16, 'Date – Month', sotDate('month')),
  Text6: text(SECTION_16, 'Date – Year', sotDate('year')),
  Text7: text(SECTION_16, 'Full name', (app) => app.statementOfTruth.fullName, 'shrink'),
  Text8: text(SECTION_16, 'Name of applicant’s legal representative’s firm', (app) =>
    app.statementOfTruth.signatory === 'representative' ? nonEmpty(app.statementOfTruth.firm) : undefined,
  ),
  Text9: text(SECTION_16, 'If signing on behalf of firm or company give position or office held', (app) =>
    nonEmpty(app.statementOfTruth.position),
  ),

  // Court fee (page 27): asked only when paying; Help with Fees applicants may leave it.
  ...answerTicks(
    FEE,
    'Are you paying the court fee by credit or debit card?',
    {
      yes: 'Court fee – Are you paying the court fee by credit or debit card? Yes',
      no: 'Court fee – Are you paying the court fee by credit or debit card? No',
    },
    (app) => app.fee.payByCard,
  ),
};

/**
 * Fields that the template repair creates (they are not among the 435 template widget names). The
 * two statement-of-truth ticks on page 27 were kids of 'Check Box1' (section 3a item 12); the repair
 * moves them to STATEMENT_OF_TRUTH_FIELD (`repairTemplate`).
 */
export const repairedFields: Record<WidgetName, FieldMapping> = {
  [STATEMENT_OF_TRUTH_FIELD]: {
    kind: 'check',
    section: SECTION_16,
    question: '“I believe…” / “The applicant believes… I am authorised…”',
    checked: () => true,
    option: (app) => BELIEF_OPTION[app.statementOfTruth.signatory],
  } satisfies CheckMapping,
};
