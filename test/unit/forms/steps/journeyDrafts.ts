/**
 * Drafts for the journey tests: a rich draft where every gate opens its follow-up pages, and the
 * gates with every value they can take (the answer space the reachability search walks).
 */
import type { C100Draft } from '../../../../forms/c100/draft';
import { setAtPath } from '../../../../forms/c100/steps';

export const TODAY = '2025-06-15';

/** Every gate opens: the richest journey (MIAM exemptions on every page, safety concerns, permission questions). */
export function richDraft(): C100Draft {
  const rel = (childId: string, relation: 'other' | 'mother' = 'other') => ({ childId, relation, permission: {} });
  return {
    schemaVersion: 2,
    screening: { inEnglandOrWales: 'yes', childrenPostcode: 'SW1A 1AA', isLegalRepresentative: 'no', consentOrder: 'no', childProtectionCases: 'no' },
    miam: {
      acknowledged: true,
      voucherScheme: 'no',
      attended: 'no',
      claimsExemption: 'yes',
      exemptions: {
        domestic: ['police_arrested'],
        protection: ['misc_protection_none'],
        urgency: ['misc_risk_children'],
        adr: ['misc_previous_attendance', 'misc_existing_proceedings_exemption'],
        misc: ['misc_access', 'misc_access3'],
      },
    },
    safety: {
      abductionRisk: 'yes',
      abduction: { childrenHavePassport: 'yes', previousAttempt: 'yes' },
      substanceMisuse: 'yes',
      childrenAbuse: 'yes',
      domesticAbuse: 'yes',
      otherConcerns: 'yes',
      abuse: { children: { physical: { answer: 'yes' } }, applicant: { emotional: { answer: 'yes' } } },
      hasProtectiveOrders: 'yes',
    },
    orders: { sought: ['child_arrangements_home', 'prohibited_steps_holiday'] },
    children: [
      { id: 'c1', firstNames: 'Ana', lastName: 'Silva', orders: ['child_arrangements_home'] },
      { id: 'c2', firstNames: 'Łukasz', lastName: 'Wójcik', orders: ['prohibited_steps_holiday'] },
    ],
    hasOtherChildren: 'yes',
    otherChildren: [{ id: 'oc1', firstNames: 'Nova', lastName: 'Doyle' }],
    applicants: [
      { id: 'a1', firstNames: 'Siân', lastName: 'Llŷr', dateOfBirth: { day: '1', month: '1', year: '2010' }, refuge: 'no', relationships: [rel('c1'), rel('c2', 'mother'), rel('oc1', 'mother')] },
    ],
    solicitor: { hasSolicitor: 'yes' },
    respondents: [
      { id: 'r1', firstNames: 'Daniel', lastName: 'Reed' },
      { id: 'r2', firstNames: 'Ayşe', lastName: 'Yılmaz' },
    ],
    hasOtherPeople: 'yes',
    otherPeople: [{ id: 'o1', firstNames: 'محمد', lastName: 'علي' }],
    application: { previousProceedings: 'yes', proceedings: [{ id: 'p1' }], restrictingOrder: 'yes', urgent: 'yes', withoutNotice: 'yes' },
    attendingCourt: { welsh: 'yes', interpreter: 'yes', interpreterPeople: [{ id: 'i1' }] },
  };
}

/** Gate answers and the values they take (each is tried on the rich draft, one at a time). */
export const GATES: readonly (readonly [string, readonly unknown[]])[] = [
  ['screening.inEnglandOrWales', ['yes', 'no', undefined]],
  ['screening.consentOrder', ['yes', 'no', undefined]],
  ['screening.childProtectionCases', ['yes', 'no', undefined]],
  ['miam.attended', ['yes', 'no', undefined]],
  ['miam.mediatorDocument', ['yes', 'no', undefined]],
  ['miam.claimsExemption', ['yes', 'no', undefined]],
  ['miam.exemptions', [undefined, { domestic: ['misc_domestic_none'], protection: ['misc_protection_none'], urgency: ['misc_urgency_none'], adr: ['misc_adr_none'], misc: ['misc_none'] }]],
  ['safety.abductionRisk', ['yes', 'no']],
  ['safety.hasProtectiveOrders', ['yes', 'no']],
  ['hasOtherChildren', ['yes', 'no']],
  ['applicants.0.refuge', ['yes', 'no']],
  ['applicants.0.dateOfBirth', [{ day: '1', month: '1', year: '1980' }, { day: '1', month: '1', year: '2012' }]],
  ['applicants.0.relationships.0.relation', ['mother', 'grand_parent', 'other']],
  ['applicants.0.relationships.0.permission', [{}, { parental_responsibility: 'no', living_order: 'no', amendment: 'no', time_order: 'no', living_arrangement: 'no', consent: 'no', family: 'no', local_authority: 'no', relative: 'no' }]],
  ['solicitor.hasSolicitor', ['yes', 'no']],
  ['respondents.0.refuge', ['yes', 'no', 'unknown']],
  ['hasOtherPeople', ['yes', 'no']],
  ['application.previousProceedings', ['yes', 'no']],
  ['application.restrictingOrder', ['yes', 'no']],
  ['application.urgent', ['yes', 'no']],
  ['application.withoutNotice', ['yes', 'no']],
  ['attendingCourt.welsh', ['yes', 'no']],
  ['attendingCourt.interpreter', ['yes', 'no']],
];

/** The rich draft and every variation of one or two gates (pairs reach pages behind two gates, e.g. attended → no document). */
export function gatePairVariations(): C100Draft[] {
  const singles = gateVariations();
  return singles.flatMap((draft) => GATES.flatMap(([path, values]) => values.map((value) => setAtPath(draft, path, value))));
}

/** The rich draft and every one-gate variation of it. */
export function gateVariations(): C100Draft[] {
  const base = richDraft();
  return [base, ...GATES.flatMap(([path, values]) => values.map((value) => setAtPath(base, path, value)))];
}
