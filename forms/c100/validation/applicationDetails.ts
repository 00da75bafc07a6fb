/**
 * Sections 5–10, 14–16 of the C100 04.24: reasons and permission, urgent and without-notice hearings,
 * other court cases, international element, litigation capacity, attending court, solicitor, court
 * fee and statement of truth (C100-DOMAIN §4.10–§4.12, §8.2).
 */
import type { C100Application, Proceeding } from '../application';
import type { C100Draft } from '../draft';
import { PARTY_ROLE, PETITION_ORDER, PROCEEDING_TYPE, SIGNATORY, SPECIAL_ARRANGEMENT, SPECIAL_ASSISTANCE, WELSH_NEED, YES_NO } from '../enums';
import type { ProceedingType, SpecialArrangement, SpecialAssistance } from '../enums';
import {
  LIMITS,
  emailField,
  hwfReferenceField,
  isValidDxNumber,
  nameField,
  optionalText,
  phoneField,
  requiredText,
} from '../fields';
import type { Checker, IssuePath } from './Checker';
import { address } from './people';

const pick = <T extends string>(values: readonly T[], chosen: readonly string[] | undefined): T[] =>
  [...new Set(chosen ?? [])].filter((v): v is T => (values as readonly string[]).includes(v));

export function checkOrders(c: Checker, draft: C100Draft): C100Application['orders'] {
  const sought = pick(PETITION_ORDER.values, draft.orders?.sought);
  c.expect(sought.length > 0, ['orders', 'sought'], 'required', 'Select what you are asking the court to decide');
  return {
    sought,
    details: c.field(optionalText(LIMITS.long, 'Details of the order'), draft.orders?.details ?? '', ['orders', 'details']),
  };
}

export function checkChildrenDetails(c: Checker, draft: C100Draft): C100Application['childrenDetails'] {
  const d = draft.childrenDetails ?? {};
  const p = ['childrenDetails'];
  const known = c.choice(['yes', 'no', 'unknown'] as const, d.knownToLocalAuthority, [...p, 'knownToLocalAuthority'], 'Select whether any of the children are known to social services');
  // C100 section 1c is asked only with more than one child (journey `childrenFlow`): a single child
  // has "the same parents" by definition, so an unanswered 1c is not an issue then.
  const onlyOneChild = (draft.children?.length ?? 0) < 2 && d.sameParents === undefined;
  const same = onlyOneChild ? 'yes' : c.choice(YES_NO, d.sameParents, [...p, 'sameParents'], 'Select yes if all the children have the same parents', 'yes');
  return {
    knownToLocalAuthority: known,
    knownToLocalAuthorityDetails:
      known === 'yes'
        ? c.text(requiredText('State which child, the local authority and the social worker, if known', LIMITS.medium, 'Details'), d.knownToLocalAuthorityDetails, [...p, 'knownToLocalAuthorityDetails'])
        : undefined,
    childProtectionPlan: c.choice(['yes', 'no', 'unknown'] as const, d.childProtectionPlan, [...p, 'childProtectionPlan'], 'Select whether any of the children are the subject of a child protection plan'),
    sameParents: same,
    parentsDetails:
      same === 'no'
        ? c.text(requiredText('Give the names of each child’s parents', LIMITS.medium, 'Parents'), d.parentsDetails, [...p, 'parentsDetails'])
        : undefined,
    livingArrangementsDetails: c.field(optionalText(LIMITS.medium, 'Living arrangements'), d.livingArrangementsDetails ?? '', [...p, 'livingArrangementsDetails']),
  };
}

type Details = C100Application['application'];

/** A yes/no question with a required text when the answer is yes. */
function yesWithDetails(
  c: Checker,
  answer: unknown,
  details: string | undefined,
  path: IssuePath,
  detailsKey: string,
  missing: { answer: string; details: string },
  max: number = LIMITS.long,
): { answer: 'yes' | 'no'; details?: string } {
  const a = c.choice(YES_NO, answer, path, missing.answer);
  if (a === 'no') return { answer: a };
  const parent = path.slice(0, -1);
  return { answer: a, details: c.text(requiredText(missing.details, max, 'Details'), details, [...parent, detailsKey]) };
}

export function checkApplicationDetails(c: Checker, draft: C100Draft, permissionNeeded: boolean): Details {
  const a = draft.application ?? {};
  const p = (key: string): IssuePath => ['application', key];

  const previous = c.choice(YES_NO, a.previousProceedings, p('previousProceedings'), 'Select yes if any of the children have been involved in other family court cases');
  let proceedings: Proceeding[] = [];
  if (previous === 'yes') {
    const list = a.proceedings ?? [];
    c.expect(list.length > 0, p('proceedings'), 'required', 'Add the details of the other court case');
    proceedings = list.map((proc, i) => {
      const pp: IssuePath = ['application', 'proceedings', i];
      const types = pick<ProceedingType>(PROCEEDING_TYPE.values, proc.types);
      c.expect(types.length > 0 || !!proc.typeDetails?.trim(), [...pp, 'types'], 'required', 'Select the type of the other court case');
      return {
        id: proc.id,
        childrenNames: c.text(requiredText('Enter the names of the children involved', LIMITS.medium, 'Children'), proc.childrenNames, [...pp, 'childrenNames']),
        courtName: c.text(requiredText('Enter the name of the court', LIMITS.short, 'Court'), proc.courtName, [...pp, 'courtName']),
        caseNumber: c.field(optionalText(LIMITS.short, 'Case number'), proc.caseNumber ?? '', [...pp, 'caseNumber']),
        dateOrYear: c.field(optionalText(LIMITS.short, 'Date or year'), proc.dateOrYear ?? '', [...pp, 'dateOrYear']),
        cafcassOfficer: c.field(optionalText(LIMITS.short, 'Cafcass officer'), proc.cafcassOfficer ?? '', [...pp, 'cafcassOfficer']),
        types,
        typeDetails: c.field(optionalText(LIMITS.medium, 'Type of case'), proc.typeDetails ?? '', [...pp, 'typeDetails']),
        otherDetails: c.field(optionalText(LIMITS.long, 'Other details'), proc.otherDetails ?? '', [...pp, 'otherDetails']),
      };
    });
  }

  const restricting = c.choice(YES_NO, a.restrictingOrder, p('restrictingOrder'), 'Select yes if a section 91(14) order or a civil restraint order means you need permission to apply');
  const details: Details = {
    previousProceedings: previous,
    proceedings,
    restrictingOrder: restricting,
    reasonsForApplication: c.text(requiredText('Explain why you are making this application', LIMITS.long, 'Reasons'), a.reasonsForApplication, p('reasonsForApplication')),
    parentingPlan: c.choice(YES_NO, a.parentingPlan, p('parentingPlan'), 'Select yes if you have a parenting plan or other agreement'),
    urgent: 'no',
    withoutNotice: 'no',
    internationalResident: 'no',
    internationalJurisdiction: 'no',
    internationalRequest: 'no',
    litigationCapacity: 'no',
  };
  if (restricting === 'yes') {
    details.restrictingOrderCaseNumber = c.field(optionalText(LIMITS.short, 'Case number'), a.restrictingOrderCaseNumber ?? '', p('restrictingOrderCaseNumber'));
    // The expiry may be in the future (C100-DOMAIN §4.10).
    details.restrictingOrderExpiry = c.optionalDate(a.restrictingOrderExpiry, p('restrictingOrderExpiry'), 'Expiry date of the order', { minYear: 1990 });
  }
  // Permission answers only when the court's permission is needed (C100-DOMAIN §5.1).
  if (permissionNeeded || restricting === 'yes') {
    details.permissionAlreadySought = c.choice(YES_NO, a.permissionAlreadySought, p('permissionAlreadySought'), 'Select yes if you have already applied to the court for permission');
    if (details.permissionAlreadySought === 'no') {
      details.permissionReasons = c.text(requiredText('Explain why the court should give you permission to apply', LIMITS.long, 'Reasons for permission'), a.permissionReasons, p('permissionReasons'));
    }
  }

  details.urgent = c.choice(YES_NO, a.urgent, p('urgent'), 'Select yes if you need an urgent hearing');
  if (details.urgent === 'yes') {
    details.urgentReasons = c.text(requiredText('Explain why you are asking for an urgent hearing', LIMITS.long, 'Reasons'), a.urgentReasons, p('urgentReasons'));
    details.urgentOrdersSought = c.text(requiredText('Set out the orders or directions you are asking for', LIMITS.long, 'Orders sought'), a.urgentOrdersSought, p('urgentOrdersSought'));
    details.urgentTimescale = c.text(requiredText('Enter how soon you need the hearing, like 48 hours or 5 days', LIMITS.short, 'Timescale'), a.urgentTimescale, p('urgentTimescale'));
    details.urgentWithin48Hours = c.choice(YES_NO, a.urgentWithin48Hours, p('urgentWithin48Hours'), 'Select yes if you need a hearing within the next 48 hours');
    if (details.urgentWithin48Hours === 'yes') {
      details.urgentNoticeEfforts = c.text(requiredText('Explain what you have done to tell each respondent about the application', LIMITS.long, 'Notice given'), a.urgentNoticeEfforts, p('urgentNoticeEfforts'));
    }
  }
  details.withoutNotice = c.choice(YES_NO, a.withoutNotice, p('withoutNotice'), 'Select yes if you are asking for a without notice hearing');
  if (details.withoutNotice === 'yes') {
    details.withoutNoticeReasons = c.text(requiredText('Explain why you are asking for a without notice hearing', LIMITS.long, 'Reasons'), a.withoutNoticeReasons, p('withoutNoticeReasons'));
    const frustrate = yesWithDetails(c, a.withoutNoticeFrustrate, a.withoutNoticeFrustrateDetails, p('withoutNoticeFrustrate'), 'withoutNoticeFrustrateDetails', {
      answer: 'Select yes if the other people might obstruct the order if they knew about the application',
      details: 'Explain what they might do',
    });
    details.withoutNoticeFrustrate = frustrate.answer;
    details.withoutNoticeFrustrateDetails = frustrate.details;
    const impossible = yesWithDetails(c, a.withoutNoticeImpossible, a.withoutNoticeImpossibleDetails, p('withoutNoticeImpossible'), 'withoutNoticeImpossibleDetails', {
      answer: 'Select yes if there is no time to give notice to the other people',
      details: 'Explain why there is no time to give notice',
    });
    details.withoutNoticeImpossible = impossible.answer;
    details.withoutNoticeImpossibleDetails = impossible.details;
  }

  const international = [
    ['internationalResident', 'internationalResidentDetails', 'Select yes if anyone may be habitually resident outside England and Wales', 'Give details of who lives abroad and where'],
    ['internationalJurisdiction', 'internationalJurisdictionDetails', 'Select yes if someone may be able to apply for a similar order outside England and Wales', 'Give details of the other country and the order'],
    ['internationalRequest', 'internationalRequestDetails', 'Select yes if a request for information or help about the children has been made to or by another country', 'Give details of the request'],
  ] as const;
  for (const [key, detailsKey, askAnswer, askDetails] of international) {
    const r = yesWithDetails(c, a[key], a[detailsKey], p(key), detailsKey, { answer: askAnswer, details: askDetails });
    details[key] = r.answer;
    details[detailsKey] = r.details;
  }

  details.litigationCapacity = c.choice(YES_NO, a.litigationCapacity, p('litigationCapacity'), 'Select yes if anything may affect an adult taking part in the court case');
  if (details.litigationCapacity === 'yes') {
    details.capacityDetails = c.field(optionalText(LIMITS.long, 'Details'), a.capacityDetails ?? '', p('capacityDetails'));
    details.capacityOtherFactors = c.field(optionalText(LIMITS.long, 'Other factors'), a.capacityOtherFactors ?? '', p('capacityOtherFactors'));
    details.capacityReferralDetails = c.field(optionalText(LIMITS.long, 'Referral or assessment'), a.capacityReferralDetails ?? '', p('capacityReferralDetails'));
    c.expect(
      !!(details.capacityDetails || details.capacityOtherFactors || details.capacityReferralDetails),
      p('capacityDetails'),
      'required',
      'Give details of what may affect an adult taking part in the court case',
    );
  }
  return details;
}

export function checkAttendingCourt(c: Checker, draft: C100Draft, personIds: Set<string>): C100Application['attendingCourt'] {
  const a = draft.attendingCourt ?? {};
  const p = (key: string): IssuePath => ['attendingCourt', key];
  const welsh = c.choice(YES_NO, a.welsh, p('welsh'), 'Select yes if anyone wants to speak or read Welsh');
  const welshPeople: C100Application['attendingCourt']['welshPeople'] = [];
  if (welsh === 'yes') {
    const list = a.welshPeople ?? [];
    c.expect(list.length > 0, p('welshPeople'), 'required', 'Select who needs to use Welsh');
    list.forEach((entry, i) => {
      const path: IssuePath = ['attendingCourt', 'welshPeople', i];
      c.expect(personIds.has(entry.personId), [...path, 'personId'], 'conflict', 'Choose again who needs Welsh: someone chosen is no longer in the application');
      welshPeople.push({ personId: entry.personId, need: c.choice(WELSH_NEED.values, entry.need, [...path, 'need'], 'Select spoken, written or both') });
    });
  }
  const interpreter = c.choice(YES_NO, a.interpreter, p('interpreter'), 'Select yes if anyone needs an interpreter');
  const interpreterPeople: C100Application['attendingCourt']['interpreterPeople'] = [];
  if (interpreter === 'yes') {
    const list = a.interpreterPeople ?? [];
    c.expect(list.length > 0, p('interpreterPeople'), 'required', 'Add who needs an interpreter');
    list.forEach((entry, i) => {
      const path: IssuePath = ['attendingCourt', 'interpreterPeople', i];
      interpreterPeople.push({
        id: entry.id,
        role: c.choice(PARTY_ROLE.values, entry.role, [...path, 'role'], 'Select whether the person is an applicant, a respondent or someone else'),
        name: c.text(requiredText('Enter the name of the person who needs an interpreter', LIMITS.name * 2, 'Name'), entry.name, [...path, 'name']),
        language: c.text(requiredText('Enter the language they need', LIMITS.short, 'Language'), entry.language, [...path, 'language']),
        dialect: c.field(optionalText(LIMITS.short, 'Dialect'), entry.dialect ?? '', [...path, 'dialect']),
      });
    });
  }
  const yn = (key: 'signLanguage' | 'intermediary' | 'disability', detailsKey: 'signLanguageDetails' | 'intermediaryDetails' | 'disabilityDetails', ask: string, details: string) =>
    yesWithDetails(c, a[key], a[detailsKey], p(key), detailsKey, { answer: ask, details }, LIMITS.medium);
  const sign = yn('signLanguage', 'signLanguageDetails', 'Select yes if anyone needs a sign language interpreter', 'Give details of who needs a sign language interpreter');
  const intermediary = yn('intermediary', 'intermediaryDetails', 'Select yes if anyone needs an intermediary to help them in court', 'Give details of who needs an intermediary and why');
  const disability = yn('disability', 'disabilityDetails', 'Select yes if anyone has a disability and needs help at court', 'Give details of the help or facilities needed');
  return {
    welsh,
    welshPeople,
    interpreter,
    interpreterPeople,
    signLanguage: sign.answer,
    signLanguageDetails: sign.details,
    intermediary: intermediary.answer,
    intermediaryDetails: intermediary.details,
    disability: disability.answer,
    disabilityDetails: disability.details,
    specialArrangements: pick<SpecialArrangement>(SPECIAL_ARRANGEMENT.values, a.specialArrangements),
    specialArrangementsDetails: c.field(optionalText(LIMITS.medium, 'Details'), a.specialArrangementsDetails ?? '', p('specialArrangementsDetails')),
    specialAssistance: pick<SpecialAssistance>(SPECIAL_ASSISTANCE.values, a.specialAssistance),
    specialAssistanceDetails: c.field(optionalText(LIMITS.medium, 'Details'), a.specialAssistanceDetails ?? '', p('specialAssistanceDetails')),
  };
}

export function checkSolicitor(c: Checker, draft: C100Draft): C100Application['solicitor'] {
  const s = draft.solicitor ?? {};
  const p = (key: string): IssuePath => ['solicitor', key];
  const has = c.choice(YES_NO, s.hasSolicitor, p('hasSolicitor'), 'Select yes if a solicitor is acting for you');
  if (has === 'no') return { hasSolicitor: 'no' };
  const dx = s.dxNumber?.trim();
  c.expect(!dx || isValidDxNumber(dx), p('dxNumber'), 'invalid', 'Enter a DX number using numbers and hyphens only');
  return {
    hasSolicitor: 'yes',
    fullName: c.text(nameField('Enter the solicitor’s full name', 'Solicitor’s name'), s.fullName, p('fullName')),
    firm: c.text(requiredText('Enter the name of the solicitor’s firm', LIMITS.short, 'Firm'), s.firm, p('firm')),
    reference: c.field(optionalText(LIMITS.short, 'Reference'), s.reference ?? '', p('reference')),
    // A solicitor's address needs its postcode (C100-DOMAIN §4.7 solicitor).
    address: address(c, s.address, ['solicitor', 'address'], true),
    phone: c.text(phoneField('Enter the solicitor’s phone number'), s.phone, p('phone')),
    fax: c.optional(phoneField('Enter the fax number'), s.fax, p('fax')),
    dxNumber: dx || undefined,
    email: c.text(emailField('Enter the solicitor’s email address'), s.email, p('email')),
    feeAccountNumber: c.field(optionalText(LIMITS.short, 'Fee account number'), s.feeAccountNumber ?? '', p('feeAccountNumber')),
  };
}

export function checkFee(c: Checker, draft: C100Draft): C100Application['fee'] {
  const f = draft.fee ?? {};
  const hwf = c.choice(YES_NO, f.helpWithFees, ['fee', 'helpWithFees'], 'Select yes if you have applied for Help with Fees');
  return {
    helpWithFees: hwf,
    hwfReference: hwf === 'yes' ? c.text(hwfReferenceField(), f.hwfReference, ['fee', 'hwfReference']) : undefined,
    // C100 04.24 page 27 asks whether you pay by card (the court then phones you); optional, as on paper.
    payByCard: hwf === 'no' ? f.payByCard : undefined,
  };
}

/** C100 04.24 section 16. The app never signs: the person signs the printed form. */
export function checkStatementOfTruth(c: Checker, draft: C100Draft, solicitor: C100Application['solicitor']): C100Application['statementOfTruth'] {
  const s = draft.statementOfTruth ?? {};
  const p = (key: string): IssuePath => ['statementOfTruth', key];
  const signatory = c.choice(SIGNATORY.values, s.signatory, p('signatory'), 'Select who is making the statement of truth', 'applicant');
  c.expect(
    signatory === 'applicant' || solicitor.hasSolicitor === 'yes',
    p('signatory'),
    'conflict',
    'Only the applicant can make the statement of truth when no solicitor is acting',
  );
  c.expect(s.confirmed === true, p('confirmed'), 'required', 'Confirm that you believe the facts stated in this application are true');
  const result: C100Application['statementOfTruth'] = {
    signatory,
    fullName: c.text(nameField('Enter your full name', 'Full name'), s.fullName, p('fullName')),
    date: c.date(s.date, p('date'), 'Date of the statement', { past: true }),
  };
  if (signatory === 'representative') {
    result.firm = c.text(requiredText('Enter the name of your firm', LIMITS.short, 'Firm'), s.firm, p('firm'));
    result.position = c.text(requiredText('Enter your position or office held', LIMITS.short, 'Position'), s.position, p('position'));
  }
  return result;
}
