/**
 * Facts derived from the answers, used by the PDF (page 1 summary ticks, which supplements to add)
 * and by the check-your-answers page: safety concerns and the C1A (C100-DOMAIN §4.3, §6.1, §6.2 item 6),
 * confidential details and the C8 (§6.1, §6.3, §10.4), the additional-information ticks (§6.2 item 7,
 * §8.4) and the court fee (§9).
 */
import type { C100Draft } from '../draft';
import { ABUSE_KIND, orderTypeOf, PRIVATE_DETAIL, type AbuseKind, type PartyRole, type PrivateDetail, type YesNo } from '../enums';
import { permissionNeeded } from './permission';

type Tick = YesNo;
const tick = (value: boolean): Tick => (value ? 'yes' : 'no');

/** MoJ `has_safety_concerns?`: any of the five screening questions answered yes (C100-DOMAIN §4.3). Throws nothing. */
export function hasSafetyConcerns(draft: C100Draft): boolean {
  const s = draft.safety ?? {};
  return [s.abductionRisk, s.substanceMisuse, s.childrenAbuse, s.domesticAbuse, s.otherConcerns].includes('yes');
}

function abuseYes(draft: C100Draft, subject: 'children' | 'applicant', kinds: readonly AbuseKind[]): boolean {
  const bySubject = draft.safety?.abuse?.[subject] ?? {};
  return kinds.some((kind) => bySubject[kind]?.answer === 'yes');
}

const ABUSE_KINDS_EXCEPT_OTHER = ABUSE_KIND.values.filter((kind) => kind !== 'other');

/** C100 04.24 page 1 "Concerns about risk of harm": the five Yes/No ticks. */
export interface RiskOfHarmSummary {
  domesticAbuse: Tick;
  childAbduction: Tick;
  childAbuse: Tick;
  substanceMisuse: Tick;
  otherConcerns: Tick;
}

/**
 * The page 1 risk-of-harm ticks, as MoJ `RiskConcerns` derives them (C100-DOMAIN §6.2 item 6, §8.4):
 * a screening answer or a detailed abuse answer of yes makes the tick yes (MoJ's screening stops at
 * the first yes, §11 item 3, so the detailed answers count too); "other" concerns about the children
 * or the applicant count as other safety or welfare concerns. Throws nothing.
 */
export function riskOfHarmSummary(draft: C100Draft): RiskOfHarmSummary {
  const s = draft.safety ?? {};
  return {
    domesticAbuse: tick(s.domesticAbuse === 'yes' || abuseYes(draft, 'applicant', ABUSE_KINDS_EXCEPT_OTHER)),
    childAbduction: tick(s.abductionRisk === 'yes'),
    childAbuse: tick(s.childrenAbuse === 'yes' || abuseYes(draft, 'children', ABUSE_KINDS_EXCEPT_OTHER)),
    substanceMisuse: tick(s.substanceMisuse === 'yes'),
    otherConcerns: tick(s.otherConcerns === 'yes' || abuseYes(draft, 'children', ['other']) || abuseYes(draft, 'applicant', ['other'])),
  };
}

/** The C1A goes with the application when any risk concern is yes (MoJ `PdfPresenter`, C100-DOMAIN §6.1, §10.4). Throws nothing. */
export function c1aRequired(draft: C100Draft): boolean {
  return hasSafetyConcerns(draft) || Object.values(riskOfHarmSummary(draft)).includes('yes');
}

/** What one party keeps off the C100 (it goes on the C8 only). */
export interface ConfidentialParty {
  role: PartyRole;
  personId: string;
  /** Position in its list (applicants, respondents or otherPeople). */
  index: number;
  address: boolean;
  phone: boolean;
  email: boolean;
  /** Other people only: their identity is kept private (C100-DOMAIN §4.9, §6.2 item 12). */
  identity: boolean;
  /** Why: in a refuge (or, for a respondent or other person, not known whether they are), chose privacy, identity private. */
  because: ('refuge' | 'chosen' | 'identity')[];
}

interface AdultLike {
  id: string;
  refuge?: 'yes' | 'no' | 'unknown';
  keepDetailsPrivate?: YesNo;
  privateDetails?: PrivateDetail[];
}

function confidentialFor(role: PartyRole, person: AdultLike, index: number, identity: boolean): ConfidentialParty {
  // A refuge keeps everything private (MoJ applicant refuge; C100-DOMAIN §4.7). For respondents and
  // other people a "Don't know" counts too: MoJ prints the C8 for other parties whose refuge answer is
  // not "no" (§6.1), and we treat respondents the same way, erring on the side of safety.
  const inRefuge = person.refuge === 'yes' || (role !== 'applicant' && person.refuge === 'unknown');
  const chosen = person.keepDetailsPrivate === 'yes';
  // A respondent's privacy question has no per-detail choice in MoJ (§4.8): all of it, unless the draft says which.
  const chosenDetails: readonly PrivateDetail[] = chosen ? (person.privateDetails?.length ? person.privateDetails : PRIVATE_DETAIL.values) : [];
  const has = (detail: PrivateDetail) => inRefuge || chosenDetails.includes(detail);
  const because: ConfidentialParty['because'] = [];
  if (inRefuge) because.push('refuge');
  if (chosen && chosenDetails.length > 0) because.push('chosen');
  if (identity) because.push('identity');
  return { role, personId: person.id, index, address: has('address'), phone: has('phone'), email: has('email'), identity, because };
}

/**
 * Per party, which of address, phone, email and identity are confidential (left blank on the C100,
 * given on the C8: C100-DOMAIN §6.1, §6.3, §10.4). Parties with nothing confidential are left out.
 * Throws nothing.
 */
export function confidentialDetails(draft: C100Draft): ConfidentialParty[] {
  const parties: ConfidentialParty[] = [];
  (draft.applicants ?? []).forEach((p, i) => parties.push(confidentialFor('applicant', p, i, false)));
  (draft.respondents ?? []).forEach((p, i) => parties.push(confidentialFor('respondent', p, i, false)));
  (draft.otherPeople ?? []).forEach((p, i) =>
    // Identity privacy is asked only of someone the children live with (C100-DOMAIN §4.9).
    parties.push(confidentialFor('other', p, i, p.livesWithChildren === 'yes' && p.keepIdentityPrivate === 'yes')),
  );
  return parties.filter((p) => p.address || p.phone || p.email || p.identity);
}

/** The C8 goes with the application when any party keeps a detail or their identity confidential. Throws nothing. */
export function c8Required(draft: C100Draft): boolean {
  return confidentialDetails(draft).length > 0;
}

/** C100 04.24 page 1 "Additional information required": the six Yes/No ticks. */
export interface AdditionalInformationSummary {
  /** Asking for permission where it is required (section 5). */
  permission: Tick;
  /** Urgent or without notice hearing (section 6). */
  urgentOrWithoutNotice: Tick;
  /** Previous or ongoing proceedings (section 7). */
  previousProceedings: Tick;
  /** Consent order (attach the draft order). */
  consentOrder: Tick;
  /** International element or factors affecting litigation capacity (sections 8 and 9). */
  internationalOrCapacity: Tick;
  /** Spoken or written Welsh (section 10). */
  welsh: Tick;
}

/** The page 1 additional-information ticks (C100-DOMAIN §6.2 item 7, §8.4). Throws nothing. */
export function additionalInformationSummary(draft: C100Draft): AdditionalInformationSummary {
  const a = draft.application ?? {};
  return {
    permission: tick(permissionNeeded(draft).needed),
    urgentOrWithoutNotice: tick(a.urgent === 'yes' || a.withoutNotice === 'yes'),
    previousProceedings: tick(a.previousProceedings === 'yes'),
    consentOrder: tick(draft.screening?.consentOrder === 'yes'),
    internationalOrCapacity: tick(
      a.internationalResident === 'yes' || a.internationalJurisdiction === 'yes' || a.internationalRequest === 'yes' || a.litigationCapacity === 'yes',
    ),
    welsh: tick(draft.attendingCourt?.welsh === 'yes'),
  };
}

/** C100 04.24 page 1 "Nature of application": the three order ticks (C100-DOMAIN §8.4). Throws nothing. */
export function natureOfApplication(draft: C100Draft): { childArrangements: boolean; prohibitedSteps: boolean; specificIssue: boolean } {
  const types = new Set((draft.orders?.sought ?? []).map(orderTypeOf));
  return {
    childArrangements: types.has('child_arrangements'),
    prohibitedSteps: types.has('prohibited_steps'),
    specificIssue: types.has('specific_issues'),
  };
}

// -------------------------------------------------------------------------------------------------
// Court fee (C100-DOMAIN §9)

/** The C100 fee over time, newest last. MoJ `config/application.rb` and its history (C100-DOMAIN §9). */
export const C100_FEE_HISTORY: readonly { from?: string; pence: number }[] = [
  /** The earliest amount the sources show; its start date is not in them. */
  { pence: 232_00 },
  { from: '2024-05-01', pence: 255_00 },
  { from: '2025-04-08', pence: 263_00 },
  /** MoJ `fee_increase_date` "06/07/2026" (dd/mm/yyyy): £263 until 5 July 2026. */
  { from: '2026-07-06', pence: 270_00 },
];

/** A date that is not a real calendar date in the form YYYY-MM-DD. */
export class InvalidFeeDateError extends Error {
  constructor(readonly value: string) {
    super(`“${value}” is not a date: give the day the application is made as YYYY-MM-DD, for example 2026-07-06.`);
    this.name = 'InvalidFeeDateError';
  }
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export interface CourtFee {
  /** The fee on that date, in pence. */
  pence: number;
  /** The fee in pounds as printed: "£263". */
  display: string;
  /** The date this amount started, when the sources give it. */
  since?: string;
  /** Help with Fees is asked for: the court decides how much (if anything) is paid. */
  helpWithFees: boolean;
  hwfReference?: string;
}

/**
 * The C100 court fee on `onDate` (ISO `YYYY-MM-DD`): £263 until 5 July 2026 and £270 from 6 July
 * 2026 (earlier: £255 from 1 May 2024, £263 from 8 April 2025), with the draft's Help with Fees
 * answer when a draft is given. A consent order pays the same fee (C100-DOMAIN §9).
 * Throws `InvalidFeeDateError` when `onDate` is not a real date in that form.
 */
export function courtFee(onDate: string, draft?: C100Draft): CourtFee {
  if (!isIsoDate(onDate)) throw new InvalidFeeDateError(onDate);
  let current = C100_FEE_HISTORY[0] ?? { pence: 0 };
  for (const step of C100_FEE_HISTORY) {
    if (step.from === undefined || step.from <= onDate) current = step;
  }
  const helpWithFees = draft?.fee?.helpWithFees === 'yes';
  const reference = draft?.fee?.hwfReference?.trim();
  return {
    pence: current.pence,
    display: `£${(current.pence / 100).toFixed(current.pence % 100 === 0 ? 0 : 2)}`,
    ...(current.from ? { since: current.from } : {}),
    helpWithFees,
    ...(helpWithFees && reference ? { hwfReference: reference } : {}),
  };
}
