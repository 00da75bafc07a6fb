/**
 * Screening (C100-DOMAIN §2.1) and MIAM (C100 04.24 sections 2–4; FPR PD3A as changed on
 * 29 April 2024; C100-DOMAIN §3, §7.9–§7.11) rules of the whole-application check.
 */
import type { C100Application, MiamAnswers, MiamExemptions } from '../application';
import type { C100Draft } from '../draft';
import { YES_NO } from '../enums';
import { LIMITS, optionalText, postcodeField, requiredText } from '../fields';
import { EXEMPTION_CATEGORIES, EXEMPTION_CODES, NONE_CODE, type ExemptionCategory } from '../miam/exemptionCodes';
import { requiredEvidence } from '../miam/requiredEvidence';
import type { Checker } from './Checker';

export function checkScreening(c: Checker, draft: C100Draft): C100Application['screening'] {
  const s = draft.screening ?? {};
  const inEnglandOrWales = c.choice(YES_NO, s.inEnglandOrWales, ['screening', 'inEnglandOrWales'], 'Select yes if the children live in England or Wales');
  c.expect(
    inEnglandOrWales === 'yes',
    ['screening', 'inEnglandOrWales'],
    'not_allowed',
    'A C100 is for children who live in England or Wales: ask the courts of Scotland or Northern Ireland',
  );
  const consentOrder = c.choice(YES_NO, s.consentOrder, ['screening', 'consentOrder'], 'Select what kind of application you want to make');
  if (consentOrder === 'yes') {
    // A consent order application needs the draft order signed by both sides (C100-DOMAIN §2.1 step 5).
    c.expect(
      s.draftConsentOrderAttached === true,
      ['screening', 'draftConsentOrderAttached'],
      'required',
      'Confirm you will attach the draft consent order signed by you and the respondent',
    );
  }
  return {
    childrenPostcode: c.field(postcodeField('postcode where the children live', true), s.childrenPostcode, ['screening', 'childrenPostcode']) ?? '',
    consentOrder,
    childProtectionCases: c.choice(YES_NO, s.childProtectionCases, ['screening', 'childProtectionCases'], 'Select yes if a child is already in emergency, care or supervision proceedings'),
    isLegalRepresentative: c.choice(YES_NO, s.isLegalRepresentative, ['screening', 'isLegalRepresentative'], 'Select yes if you are a legal representative acting for the applicant'),
  };
}

const categoryQuestion: Record<ExemptionCategory, string> = {
  domestic: 'Select the evidence of domestic abuse you have, or “None of these”',
  protection: 'Select the child protection concerns that apply, or “None of these”',
  urgency: 'Select why the application is urgent, or “None of these”',
  adr: 'Select your previous MIAM attendance or exemption, or “None of these”',
  misc: 'Select any other reason for not attending a MIAM, or “None of these”',
};

/** Every page's list is answered, "None of these" is exclusive (MoJ miam_exemptions_form.rb, C100-DOMAIN §3.6). */
function exemptionLists(c: Checker, draft: C100Draft): MiamExemptions {
  const chosen = draft.miam?.exemptions ?? {};
  const result: Record<ExemptionCategory, string[]> = { domestic: [], protection: [], urgency: [], adr: [], misc: [] };
  for (const category of EXEMPTION_CATEGORIES) {
    const path = ['miam', 'exemptions', category];
    const values = [...new Set<string>(chosen[category] ?? [])];
    const allowed = new Set<string>([...EXEMPTION_CODES[category], NONE_CODE[category]]);
    if (values.length === 0) {
      c.add(path, 'required', categoryQuestion[category]);
      continue;
    }
    c.expect(values.every((v) => allowed.has(v)), path, 'invalid', categoryQuestion[category]);
    c.expect(
      !(values.includes(NONE_CODE[category]) && values.length > 1),
      path,
      'conflict',
      'Untick “None of these” if you want to select any of the other options',
    );
    result[category] = values;
  }
  return result as MiamExemptions;
}

const real = (list: readonly string[], category: ExemptionCategory) => list.filter((v) => v !== NONE_CODE[category]);

/** The MIAM part of the application, with the evidence and text each claimed ground needs (C100-DOMAIN §3.7–§3.8, §7.11). */
export function checkMiam(c: Checker, draft: C100Draft, screening: C100Application['screening']): MiamAnswers {
  if (screening.consentOrder === 'yes') return { route: 'not_required', reason: 'consent_order' };
  if (screening.childProtectionCases === 'yes') return { route: 'not_required', reason: 'child_protection_cases' };
  const m = draft.miam ?? {};
  c.expect(
    m.acknowledged === true,
    ['miam', 'acknowledged'],
    'required',
    'Confirm you understand that you have to attend a MIAM or give a valid reason for not attending',
  );
  // MoJ asks this on the acknowledgement page (C100-DOMAIN §2.2 step 1); it does not change the route.
  c.choice(YES_NO, m.voucherScheme, ['miam', 'voucherScheme'], 'Select yes if you have been to mediation through the mediation voucher scheme');
  const attended = c.choice(YES_NO, m.attended, ['miam', 'attended'], 'Select yes if you have attended a MIAM');
  if (attended === 'yes') {
    const hasDocument = c.choice(YES_NO, m.mediatorDocument, ['miam', 'mediatorDocument'], 'Select yes if you have a document signed by the mediator');
    c.expect(
      hasDocument === 'yes',
      ['miam', 'mediatorDocument'],
      'not_allowed',
      'Get a document signed by the mediator that confirms you attended a MIAM before you apply',
    );
    return {
      route: 'attended',
      mediatorRegistrationNumber: c.text(
        requiredText('Enter the mediator’s Family Mediation Council registration number', LIMITS.short, 'Registration number'),
        m.mediatorRegistrationNumber,
        ['miam', 'mediatorRegistrationNumber'],
      ),
      mediatorServiceName: c.text(requiredText('Enter the name of the family mediation service', LIMITS.short, 'Service name'), m.mediatorServiceName, ['miam', 'mediatorServiceName']),
      mediatorSoleTraderName: c.field(optionalText(LIMITS.short, 'Sole trader name'), m.mediatorSoleTraderName ?? '', ['miam', 'mediatorSoleTraderName']),
      attendanceDate: c.optionalDate(m.attendanceDate, ['miam', 'attendanceDate'], 'Date of the MIAM', { past: true }),
    };
  }
  const claims = c.choice(YES_NO, m.claimsExemption, ['miam', 'claimsExemption'], 'Select yes if you have a valid reason for not attending a MIAM');
  c.expect(
    claims === 'yes',
    ['miam', 'claimsExemption'],
    'not_allowed',
    'You need to attend a MIAM before you apply, unless an exemption applies',
  );
  // No exemption claimed: the exemption pages are never shown, so they have nothing to report.
  if (claims === 'no') return { route: 'exempt', exemptions: { domestic: [], protection: [], urgency: [], adr: [], misc: [] } };
  const exemptions = exemptionLists(c, draft);
  const adr = real(exemptions.adr, 'adr');
  const misc = real(exemptions.misc, 'misc');
  const anyGround = EXEMPTION_CATEGORIES.some((cat) => real(exemptions[cat], cat).length > 0);
  const everyListAnswered = EXEMPTION_CATEGORIES.every((cat) => exemptions[cat].length > 0);
  if (everyListAnswered) {
    c.expect(anyGround, ['miam', 'exemptions'], 'not_allowed', 'You need to attend a MIAM: none of the exemptions applies to you');
  }
  // What each claimed ground needs (evidence answer, reasons, mediator details) is decided in one
  // place, the MIAM rules (PD3A paras 20–21A; C100-DOMAIN §3.7–§3.8, §7.11): report what is missing.
  if (anyGround) {
    for (const item of requiredEvidence(draft)) {
      if (!item.satisfied && item.path !== 'screening.draftConsentOrderAttached') c.add(item.path.split('.'), 'required', item.missingMessage);
    }
  }
  const longAnswer = (key: 'evidenceUnavailableReason' | 'previousAttendanceDetails' | 'cannotAttendOnlineReason' | 'mediatorsContacted' | 'noMediatorNearbyExplanation' | 'additionalDetails', label: string) =>
    c.field(optionalText(LIMITS.long, label), m[key] ?? '', ['miam', key]);
  const evidenceAnswer = m.canProvideEvidence === 'yes' || m.canProvideEvidence === 'no' ? m.canProvideEvidence : undefined;
  const answers: Extract<MiamAnswers, { route: 'exempt' }> = {
    route: 'exempt',
    exemptions,
    canProvideEvidence: evidenceAnswer,
    evidenceUnavailableReason: evidenceAnswer === 'no' ? longAnswer('evidenceUnavailableReason', 'Reasons') : undefined,
    previousAttendanceEvidence: adr.includes('misc_existing_proceedings_exemption') ? m.previousAttendanceEvidence : undefined,
    previousAttendanceDetails:
      adr.includes('misc_existing_proceedings_exemption') && m.previousAttendanceEvidence === 'details'
        ? longAnswer('previousAttendanceDetails', 'MIAM details')
        : undefined,
    cannotAttendOnlineReason: misc.some((v) => v === 'misc_access' || v === 'misc_access2' || v === 'misc_access3')
      ? longAnswer('cannotAttendOnlineReason', 'Reasons')
      : undefined,
    mediatorsContacted: misc.some((v) => v === 'misc_access' || v === 'misc_access2') ? longAnswer('mediatorsContacted', 'Mediators contacted') : undefined,
    noMediatorNearbyExplanation: misc.includes('misc_access3') ? longAnswer('noMediatorNearbyExplanation', 'Explanation') : undefined,
    additionalDetails: longAnswer('additionalDetails', 'Additional details'),
  };
  return answers;
}
