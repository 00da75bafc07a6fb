/**
 * The MIAM parts of the C100 04.24: the page 2 statements, section 2 (physical page 6), the section 3
 * exemption ticks (pages 7–11) and text boxes (pages 12–13), and section 4 (page 14).
 *
 * Widget names in this part are often wrong (C100-DOMAIN §8.3): on page 6 the widgets named "2b.
 * Are you claiming exemption…" sit on the printed 2b "Have you attended a MIAM?" and the ones named
 * "2c. Has a family mediator informed you…" on the printed 2c "Are you claiming exemption…"; in 3a
 * the names shift by one from item 7, where the s22 DAPN item was inserted; most of 3a–3e are
 * "Check Box N". Each entry below is keyed by the widget name and described by the printed item the
 * widget sits on (checked against the rendered page and the widget rectangles).
 */
import type { C100Application, MiamExemptions } from '../../application';
import type { ExemptionCategory, ExemptionCode } from '../../miam/exemptionCodes';
import { NONE_CODE } from '../../miam/exemptionCodes';
import type { FieldMapping, WidgetName } from './FieldMapping';
import { paragraphs } from './fieldFormat';
import { answerTicks, check, nonEmpty, text, unmapped } from './mappingBuilders';

const SECTION_2 = '2. Requirement to attend a MIAM';
const SECTION_3 = '3. Applicant claims exemption(s) from attendance at a MIAM';
const SECTION_4 = '4. MIAM provider confirms attendance at a MIAM';

/** The exemptions claimed, without the exclusive "none" codes; empty unless the route is 'exempt'. */
export function claimedExemptions(app: C100Application): Set<ExemptionCode> {
  if (app.miam.route !== 'exempt') return new Set();
  const all = Object.entries(app.miam.exemptions) as [ExemptionCategory, MiamExemptions[ExemptionCategory]][];
  const codes = all.flatMap(([category, answers]) =>
    (answers as readonly string[]).filter((code) => code !== NONE_CODE[category]),
  );
  return new Set(codes as ExemptionCode[]);
}

function claimsCategory(app: C100Application, category: ExemptionCategory): boolean {
  if (app.miam.route !== 'exempt') return false;
  const none: string = NONE_CODE[category];
  return (app.miam.exemptions[category] as readonly string[]).some((code) => code !== none);
}

/** A tick for one exemption item, ticked exactly when that code is claimed. */
function exemption(part: string, printedItem: string, code: ExemptionCode) {
  return check(SECTION_3, `${part} – ${printedItem}`, (app) => claimedExemptions(app).has(code));
}

const DELAY_CODES: readonly ExemptionCode[] = [
  'misc_risk_children',
  'misc_risk_unlawful_removal_retention',
  'misc_miscarriage_justice',
  'misc_unreasonable_hardship',
  'misc_irretrievable_problems',
];

const THREE_A = 'Section 3a – Domestic abuse evidence';
const THREE_B = 'Section 3b – Child protection concerns';
const THREE_C = 'Section 3c – Urgency';
const THREE_D = 'Section 3d – Previous attendance of a MIAM or non-court dispute resolution';
const THREE_E = 'Section 3e – Other exemptions';

/**
 * 3a: the 22 items in the printed order, which is also the order of the CCD checklist
 * (C100-DOMAIN §8.4). Keys are the widget names; the names of items 7–12 belong to the item above
 * the widget on the printed page (the "one-place shift").
 */
const domesticAbuseItems: Record<WidgetName, FieldMapping> = {
  'evidence that a prospective party has been arrested for a relevant domestic violence offence': exemption(
    THREE_A,
    'item 1: a prospective party arrested for a relevant domestic abuse offence',
    'police_arrested',
  ),
  'evidence of a relevant police caution for a domestic violence offence': exemption(
    THREE_A,
    'item 2: a relevant police caution',
    'police_caution',
  ),
  'evidence of relevant criminal proceedings for a domestic violence offence which have not concluded':
    exemption(THREE_A, 'item 3: relevant criminal proceedings not concluded', 'police_ongoing_proceedings'),
  'evidence of a relevant conviction for a domestic violence offence': exemption(
    THREE_A,
    'item 4: a relevant conviction',
    'police_conviction',
  ),
  'a court order binding a prospective party over in connection with a domestic violence offence': exemption(
    THREE_A,
    'item 5: a court order binding a prospective party over',
    'court_bound_over',
  ),
  'a domestic violence protection notice issued under section 24 of the Crime and Security Act 2010 against a prospective party':
    exemption(
      THREE_A,
      'item 6: a domestic violence protection notice (s24 Crime and Security Act 2010)',
      'police_dvpn',
    ),
  // Shifted names from here: the widget named after item 8 sits on item 7, and so on.
  'a relevant protective injunction': exemption(
    THREE_A,
    'item 7: a domestic abuse protection notice (s22 Domestic Abuse Act 2021)',
    'police_dapn',
  ),
  'an undertaking given in England and Wales under section 46 or 63E of the Family Law Act 1996 (or given in Scotland or Northern Ireland in place of a protective injunction) by a prospective party, provided that a cross-undertaking relating to domestic violence was not given by another prospective party':
    exemption(THREE_A, 'item 8: a relevant protective injunction', 'court_protective_injunction'),
  'a copy of a finding of fact, made in proceedings in the United Kingdom, that there has been domestic violence by a prospective party':
    exemption(THREE_A, 'item 9: an undertaking (s46 or 63E Family Law Act 1996)', 'court_undertaking'),
  'an expert report produced as evidence in proceedings in the United Kingdom for the benefit of a court or tribunal confirming that a person with whom a prospective party is or was in a family relationship, was assessed as being, or at risk of being, a victim of domestic violence by that prospective party':
    exemption(THREE_A, 'item 10: a copy of a finding of fact', 'court_finding_of_fact'),
  'a letter or report from an appropriate health professional confirming that': exemption(
    THREE_A,
    'item 11: an expert report',
    'court_expert_report',
  ),
  // 'Check Box1' is the page 7 box of item 12; its two page 27 kids are split off by repairTemplate.
  'Check Box1': exemption(
    THREE_A,
    'item 12: a letter or report from an appropriate health professional (examination)',
    'specialist_examination',
  ),
  'Check Box5': exemption(
    THREE_A,
    'item 13: a letter or report confirming a referral by a health professional',
    'specialist_referral',
  ),
  'Check Box6': exemption(
    THREE_A,
    'item 14: a letter from a member of a MARAC or local safeguarding forum',
    'local_authority_marac',
  ),
  'Check Box7': exemption(THREE_A, 'item 15: a letter from an IDVA', 'da_service_idva'),
  'Check Box8': exemption(THREE_A, 'item 16: a letter from an ISVA', 'da_service_isva'),
  'Check Box9': exemption(
    THREE_A,
    'item 17: a letter from a local authority or housing association officer',
    'local_authority_la_ha',
  ),
  'Check Box10': exemption(
    THREE_A,
    'item 18: a letter from a domestic abuse support organisation',
    'da_service_organisation',
  ),
  'Check Box11': exemption(
    THREE_A,
    'item 19: a letter confirming refusal of admission to a refuge',
    'da_service_refuge_refusal',
  ),
  'Check Box12': exemption(
    THREE_A,
    'item 20: a letter from a public authority',
    'local_authority_public_authority',
  ),
  'Check Box13': exemption(
    THREE_A,
    'item 21: a Home Office letter: leave to remain as a victim of domestic abuse',
    'misc_right_to_remain',
  ),
  'Check Box14': exemption(THREE_A, 'item 22: evidence of financial abuse', 'misc_financial_abuse'),
};

const otherExemptionItems: Record<WidgetName, FieldMapping> = {
  'Check Box15': exemption(
    THREE_B,
    'subject of enquiries under section 47 Children Act 1989',
    'misc_authority_enquiring',
  ),
  'Check Box16': exemption(THREE_B, 'subject of a child protection plan', 'misc_authority_protection_order'),
  'Check Box17': exemption(
    THREE_C,
    'risk to the life, liberty or physical safety of the applicant, their family or home',
    'misc_risk_applicant',
  ),
  // The parent item "any delay caused by attending a MIAM would cause—" is ticked with any of its five sub-items.
  'Check Box18': check(SECTION_3, `${THREE_C} – any delay caused by attending a MIAM would cause—`, (app) => {
    const claimed = claimedExemptions(app);
    return DELAY_CODES.some((code) => claimed.has(code));
  }),
  'Check Box19': exemption(THREE_C, 'delay would cause a risk of harm to a child', 'misc_risk_children'),
  'Check Box20': exemption(
    THREE_C,
    'delay would cause a risk of unlawful removal or retention of a child',
    'misc_risk_unlawful_removal_retention',
  ),
  'Check Box21': exemption(
    THREE_C,
    'delay would cause a significant risk of a miscarriage of justice',
    'misc_miscarriage_justice',
  ),
  'Check Box22': exemption(
    THREE_C,
    'delay would cause significant financial hardship',
    'misc_unreasonable_hardship',
  ),
  'Check Box23': exemption(
    THREE_C,
    'delay would cause irretrievable problems in dealing with the dispute',
    'misc_irretrievable_problems',
  ),
  'Check Box24': exemption(THREE_C, 'risk of proceedings in another state', 'misc_international_proceedings'),
  'Check Box25': exemption(
    THREE_D,
    'attended a MIAM or NCDR in the 4 months before the application',
    'misc_previous_attendance',
  ),
  'Check Box26': exemption(
    THREE_D,
    'application made in existing proceedings, MIAM attended before them',
    'misc_existing_proceedings_exemption',
  ),
  'Check Box27': exemption(THREE_E, 'the application would be made without notice', 'misc_without_notice'),
  'Check Box28': exemption(THREE_E, 'a child is one of the prospective parties', 'misc_applicant_under_age'),
  'Check Box29': exemption(
    THREE_E,
    'no authorised family mediator available within 15 business days',
    'misc_access',
  ),
  'Check Box30': exemption(THREE_E, 'disability: no mediator able to provide the facilities', 'misc_access2'),
  'Check Box31': exemption(THREE_E, 'no authorised family mediator within 15 miles', 'misc_access3'),
  'Check Box32': exemption(THREE_E, 'in prison, on bail or on licence preventing attendance', 'misc_access4'),
};

/** "Section 3 – continued" (page 12): the additional information the 3d and 3e items ask for. */
export function sectionThreeContinued(app: C100Application): string | undefined {
  if (app.miam.route !== 'exempt') return undefined;
  const m = app.miam;
  const titled = (title: string, body: string | undefined) =>
    nonEmpty(body) ? `${title}:\n${body}` : undefined;
  return paragraphs(
    titled('Previous MIAM attendance (section 3d)', m.previousAttendanceDetails),
    m.previousAttendanceEvidence === 'certificate'
      ? 'Previous MIAM attendance (section 3d): the MIAM provider’s signed document is attached.'
      : undefined,
    titled(
      'Why the applicant cannot attend a MIAM online or by video-link (section 3e)',
      m.cannotAttendOnlineReason,
    ),
    titled(
      'Authorised family mediators contacted, with their contact details and the dates of contact (section 3e)',
      m.mediatorsContacted,
    ),
    titled(
      'Why there is no authorised family mediator within fifteen miles (section 3e)',
      m.noMediatorNearbyExplanation,
    ),
    titled('Additional information', m.additionalDetails),
  );
}

const MEDIATOR_ONLY =
  'Section 4 is completed and signed by the authorised family mediator (MIAM provider), never by the applicant or this app.';

export const miamFields: Record<WidgetName, FieldMapping> = {
  // Page 2: the applicant signs and dates the MIAM statements by hand.
  'MIAM signature box': unmapped(
    'Signature box for the page 2 MIAM statements: signed by hand by the applicant; the app never signs.',
  ),
  'MIAM statement date of signature - DD': unmapped(
    'Date of the applicant’s handwritten signature of the page 2 MIAM statements: written when signing.',
  ),
  'MIAM statement date of signature - MM': unmapped(
    'Date of the applicant’s handwritten signature of the page 2 MIAM statements: written when signing.',
  ),
  'MIAM statement date of signature - YYYY': unmapped(
    'Date of the applicant’s handwritten signature of the page 2 MIAM statements: written when signing.',
  ),

  // Section 2 (page 6). 2a: MoJ child_protection_cases (C100-DOMAIN §8.4).
  ...answerTicks(
    SECTION_2,
    '2a. Are/were any of the current or previous court cases about an emergency protection, care or supervision order?',
    {
      yes: '2a. If you ticked ‘Yes’ to the question on page 1 about current or previous court cases, are/were any of those cases about an emergency protection, care or supervision order? Yes',
      no: '2a. If you ticked ‘Yes’ to the question on page 1 about current or previous court cases, are/were any of those cases about an emergency protection, care or supervision order? No',
    },
    (app) => app.screening.childProtectionCases,
  ),
  // Printed 2b "Have you attended a MIAM?" carries the widgets named "2b. Are you claiming exemption…".
  ...answerTicks(
    SECTION_2,
    '2b. Have you attended a MIAM?',
    {
      yes: '2b. Are you claiming exemption from the requirement to attend a MIAM? Yes',
      no: '2b. Are you claiming exemption from the requirement to attend a MIAM? No',
    },
    (app) => (app.miam.route === 'attended' ? 'yes' : app.miam.route === 'exempt' ? 'no' : undefined),
  ),
  // Printed 2c "Are you claiming exemption…?" carries the widgets named "2c. Has a family mediator informed you…".
  ...answerTicks(
    SECTION_2,
    '2c. Are you claiming exemption from the requirement to attend a MIAM?',
    {
      yes: '2c. Has a family mediator informed you that a mediator’s exemption applies, and you do not need to attend a MIAM? Yes',
      no: '2c. Has a family mediator informed you that a mediator’s exemption applies, and you do not need to attend a MIAM? No',
    },
    (app) => (app.miam.route === 'exempt' ? 'yes' : undefined),
  ),

  // Section 3 category ticks (page 7): named "…section 13a" etc., printed "section 3a" etc.
  'Domestic violence you must complete section 13a': check(
    SECTION_3,
    'Exemption claimed: Domestic abuse (section 3a)',
    (app) => claimsCategory(app, 'domestic'),
  ),
  'Child protection concerns you must complete section 13b': check(
    SECTION_3,
    'Exemption claimed: Child protection concerns (section 3b)',
    (app) => claimsCategory(app, 'protection'),
  ),
  'Urgency you must complete section 13c': check(
    SECTION_3,
    'Exemption claimed: Urgency (section 3c)',
    (app) => claimsCategory(app, 'urgency'),
  ),
  'Previous MIAM attendance or previous MIAM exemption (you must complete section 3d)': check(
    SECTION_3,
    'Exemption claimed: Previous attendance of a MIAM or non-court dispute resolution (section 3d)',
    (app) => claimsCategory(app, 'adr'),
  ),
  'Other you must complete section 13e': check(SECTION_3, 'Exemption claimed: Other (section 3e)', (app) =>
    claimsCategory(app, 'misc'),
  ),
  ...domesticAbuseItems,
  ...otherExemptionItems,
  Text2x: text(
    'Section 3 – continued',
    'Additional information requested in section 3',
    sectionThreeContinued,
  ),
  Text3: text(
    'Section 3 – Unable to provide the required evidence',
    'Reasons why the required evidence cannot be provided',
    (app) =>
      app.miam.route === 'exempt' && app.miam.canProvideEvidence === 'no'
        ? nonEmpty(app.miam.evidenceUnavailableReason)
        : undefined,
  ),

  // Section 4 (page 14). The mediator's attestation stays for the mediator. The identifying details
  // of the authorised family mediator the applicant saw are filled from the applicant's MIAM
  // answers, as the online services collect them for the court (C100-DOMAIN §10.1 step 2): they
  // tell the court which mediator to expect the signed confirmation from. Signature, address, date,
  // participants and outcome ticks are the mediator's to complete.
  Text4: unmapped(`Name of participant(s) at the MIAM. ${MEDIATOR_ONLY}`),
  'Check Box33': unmapped(`"The applicant only attended a MIAM." ${MEDIATOR_ONLY}`),
  'Check Box34': unmapped(
    `"The applicant and respondent(s) have each attended a separate MIAM." ${MEDIATOR_ONLY}`,
  ),
  'Check Box35': unmapped(`"The applicant has attended a MIAM alone and…" ${MEDIATOR_ONLY}`),
  'Check Box36': unmapped(
    `"Both the applicant and respondent(s) have attended a MIAM and…" ${MEDIATOR_ONLY}`,
  ),
  'Check Box37': unmapped(`"An NCDR process is about to start or has started but…" ${MEDIATOR_ONLY}`),
  'Authorised Family Mediator signature box': unmapped(`Mediator's signature. ${MEDIATOR_ONLY}`),
  'FMC Registration no': text(SECTION_4, 'Authorised Family Mediator – FMC Registration no.', (app) =>
    app.miam.route === 'attended' ? nonEmpty(app.miam.mediatorRegistrationNumber) : undefined,
  ),
  'Family Mediation Service name': text(
    SECTION_4,
    'Authorised Family Mediator – Family Mediation Service name',
    (app) => (app.miam.route === 'attended' ? nonEmpty(app.miam.mediatorServiceName) : undefined),
  ),
  'Sole trader name': text(SECTION_4, 'Authorised Family Mediator – Sole trader name', (app) =>
    app.miam.route === 'attended' ? nonEmpty(app.miam.mediatorSoleTraderName) : undefined,
  ),
  "Authorised Family Mediator's address": unmapped(
    `Mediator's address: not collected by the application; ${MEDIATOR_ONLY}`,
  ),
  "Authorised Family Mediator's signature date - DD": unmapped(
    `Date of the mediator's signature. ${MEDIATOR_ONLY}`,
  ),
  "Authorised Family Mediator's signature date - MM": unmapped(
    `Date of the mediator's signature. ${MEDIATOR_ONLY}`,
  ),
  "Authorised Family Mediator's signature date - YYYY": unmapped(
    `Date of the mediator's signature. ${MEDIATOR_ONLY}`,
  ),
};
