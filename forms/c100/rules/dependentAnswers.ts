/**
 * Answers that depend on a gate: follow-up questions asked only after a particular answer. When the
 * gate changes, what depended on it is cleared (`clearDependentAnswers`, on Continue); on load and
 * export every answer behind a closed gate is removed (`pruneDependentAnswers`). The gates follow the
 * resets of the MoJ forms and decision trees (C100-DOMAIN §2.1–§2.7, §4.3–§4.12, §5.1), e.g. a consent
 * order clears the MIAM answers and the child-protection answer, "attended a MIAM" clears the
 * exemptions, each "no" clears its details, a change of relation clears the permission answers.
 *
 * Both functions are pure: they return a new draft and never mutate their input.
 */
import type { C100Draft, ChildDraft, RelationshipDraft } from '../draft';
import { PRIVATE_DETAIL, type PermissionQuestion } from '../enums';
import { claimedGrounds, isMiscOnlyClaim } from '../miam/claimedExemptions';
import { hasSafetyConcerns } from './derived';
import { permissionNeeded, permissionSequence } from './permission';

type Key = string | number;
export type DraftPath = readonly Key[];

/** One gate in one draft: whether it is open, what its state is, and the answers behind it. */
export interface Gate {
  /** Stable across edits: people are named by id, not position. */
  id: string;
  open: boolean;
  /** The state compared between two versions of a draft; by default the open state. */
  key: unknown;
  /** Answers behind the gate, as paths in this draft. */
  dependents: DraftPath[];
  /**
   * Clear answers also when the gate stays open but its state changes (a new relation, new orders
   * for a child): answers given for the old state are stale. Only answers unchanged since the
   * previous draft are cleared, so answers given on the same page survive.
   */
  resetOnChange?: boolean;
}

const yes = (value: unknown) => value === 'yes';

function gate(id: string, open: boolean, dependents: DraftPath[], key: unknown = open, resetOnChange = false): Gate {
  return { id, open, key, dependents, resetOnChange };
}

// -------------------------------------------------------------------------------------------------
// The gates of a draft

function screeningAndMiamGates(d: C100Draft): Gate[] {
  const s = d.screening ?? {};
  const m = d.miam ?? {};
  const miamOpen = s.consentOrder !== 'yes' && s.childProtectionCases !== 'yes';
  const attendedYes = miamOpen && yes(m.attended);
  const attendedNo = miamOpen && m.attended === 'no';
  const claims = attendedNo && yes(m.claimsExemption);
  const grounds = claimedGrounds(d);
  const evidenceQuestion =
    claims && (grounds.domestic.length > 0 || grounds.adr.includes('misc_previous_attendance') || isMiscOnlyClaim(grounds));
  const existing = claims && grounds.adr.includes('misc_existing_proceedings_exemption');
  const access = (codes: string[]) => claims && grounds.misc.some((c) => codes.includes(c));
  const miam = (field: string): DraftPath => ['miam', field];
  return [
    gate('screening.consentOrder=yes', yes(s.consentOrder), [['screening', 'draftConsentOrderAttached']]),
    // MoJ consent_order_form resets child_protection_cases: it is asked again after the new answer.
    gate('screening.consentOrder', true, [['screening', 'childProtectionCases']], s.consentOrder, true),
    gate('miam', miamOpen, [['miam']]),
    gate('miam.attended=yes', attendedYes, ['mediatorDocument', 'mediatorRegistrationNumber', 'mediatorServiceName', 'mediatorSoleTraderName', 'attendanceDate'].map(miam)),
    gate('miam.attended=no', attendedNo, [miam('claimsExemption')]),
    gate('miam.claimsExemption=yes', claims, [miam('exemptions'), miam('additionalDetails')]),
    gate('miam.evidenceQuestion', evidenceQuestion, [miam('canProvideEvidence')]),
    gate('miam.canProvideEvidence=no', evidenceQuestion && m.canProvideEvidence === 'no', [miam('evidenceUnavailableReason')]),
    gate('miam.existingProceedings', existing, [miam('previousAttendanceEvidence')]),
    gate('miam.previousAttendanceEvidence=details', existing && m.previousAttendanceEvidence === 'details', [miam('previousAttendanceDetails')]),
    gate('miam.access', access(['misc_access', 'misc_access2', 'misc_access3']), [miam('cannotAttendOnlineReason')]),
    gate('miam.access12', access(['misc_access', 'misc_access2']), [miam('mediatorsContacted')]),
    gate('miam.access3', access(['misc_access3']), [miam('noMediatorNearbyExplanation')]),
  ];
}

/** Asked once a kind of abuse is answered yes; the others (when it stopped, who helped) sit behind nested gates. */
const ABUSE_DETAIL_FIELDS = ['description', 'startedWhen', 'ongoing', 'askedForHelp'];
const PROTECTIVE_ORDER_FIELDS = ['caseNumber', 'dateIssued', 'length', 'courtName', 'current'];

function safetyGates(d: C100Draft): Gate[] {
  const s = d.safety ?? {};
  const a = s.abduction ?? {};
  const abduction = yes(s.abductionRisk);
  const passports = abduction && yes(a.childrenHavePassport);
  const attempt = abduction && yes(a.previousAttempt);
  const concerns = hasSafetyConcerns(d);
  const gates: Gate[] = [
    gate('safety.abductionRisk=yes', abduction, [['safety', 'abduction']]),
    gate('safety.abduction.childrenHavePassport=yes', passports, ['multiplePassports', 'passportHolders'].map((f) => ['safety', 'abduction', f])),
    gate('safety.abduction.passportHolders=other', passports && (a.passportHolders ?? []).includes('other'), [['safety', 'abduction', 'passportHoldersOther']]),
    gate('safety.abduction.previousAttempt=yes', attempt, ['previousAttemptDetails', 'agenciesInvolved'].map((f) => ['safety', 'abduction', f])),
    gate('safety.abduction.agenciesInvolved=yes', attempt && yes(a.agenciesInvolved), [['safety', 'abduction', 'agenciesDetails']]),
    gate('safety.substanceMisuse=yes', yes(s.substanceMisuse), [['safety', 'substanceMisuseDetails']]),
    // MoJ other_abuse "no" (no safety concerns) resets all C1A data (C100-DOMAIN §2.4 item 5).
    gate(
      'safety.concerns',
      concerns,
      // Each answer has one gate: protective orders and the protection details sit behind their own (nested) gates.
      ['abuse', 'hasProtectiveOrders', 'contactWish', 'otherContact', 'protectionSought'].map((f) => ['safety', f]),
    ),
    gate('safety.protectionSought=yes', concerns && yes(s.protectionSought), [['safety', 'protectionSoughtDetails']]),
    gate('safety.hasProtectiveOrders=yes', concerns && yes(s.hasProtectiveOrders), [['safety', 'protectiveOrders']]),
  ];
  for (const subject of ['children', 'applicant'] as const) {
    for (const [kind, concern] of Object.entries(s.abuse?.[subject] ?? {})) {
      if (!concern) continue;
      const path = (f: string): DraftPath => ['safety', 'abuse', subject, kind, f];
      const answered = concerns && yes(concern.answer);
      const asked = answered && yes(concern.askedForHelp);
      gates.push(
        gate(`safety.abuse.${subject}.${kind}=yes`, answered, ABUSE_DETAIL_FIELDS.map(path)),
        gate(`safety.abuse.${subject}.${kind}.ongoing=no`, answered && concern.ongoing === 'no', [path('stoppedWhen')]),
        gate(`safety.abuse.${subject}.${kind}.askedForHelp=yes`, asked, ['helpFrom', 'helpGiven'].map(path)),
        gate(`safety.abuse.${subject}.${kind}.helpGiven=yes`, asked && yes(concern.helpGiven), [path('helpDescription')]),
      );
    }
  }
  for (const [type, order] of Object.entries(s.protectiveOrders ?? {})) {
    if (!order) continue;
    gates.push(
      gate(
        `safety.protectiveOrders.${type}=yes`,
        concerns && yes(s.hasProtectiveOrders) && yes(order.inPlace),
        PROTECTIVE_ORDER_FIELDS.map((f) => ['safety', 'protectiveOrders', type, f]),
      ),
    );
  }
  return gates;
}

function childGates(d: C100Draft): Gate[] {
  const gates: Gate[] = [];
  (d.children ?? []).forEach((child, i) => {
    // Asked only when the child's orders include "live with"; MoJ resets it whenever the child's orders change (§4.5).
    gates.push(
      gate(`child:${child.id}:specialGuardianshipOrder`, (child.orders ?? []).includes('child_arrangements_home'), [['children', i, 'specialGuardianshipOrder']], [...(child.orders ?? [])].sort(), true),
    );
  });
  const details = d.childrenDetails ?? {};
  gates.push(
    gate('childrenDetails.knownToLocalAuthority=yes', yes(details.knownToLocalAuthority), [['childrenDetails', 'knownToLocalAuthorityDetails']]),
    gate('hasOtherChildren=yes', yes(d.hasOtherChildren), [['otherChildren']]),
    gate('hasOtherPeople=yes', yes(d.hasOtherPeople), [['otherPeople']]),
  );
  return gates;
}

type AdultList = 'applicants' | 'respondents' | 'otherPeople';

/** The permission question `q` is asked only when the earlier questions of its sequence were all answered no. */
function permissionQuestionOpen(sequence: readonly PermissionQuestion[], relationship: RelationshipDraft, question: PermissionQuestion): boolean {
  const position = sequence.indexOf(question);
  if (position < 0) return false;
  return sequence.slice(0, position).every((earlier) => relationship.permission?.[earlier] === 'no');
}

function relationshipGates(d: C100Draft, list: AdultList, personId: string, index: number, relationships: RelationshipDraft[]): Gate[] {
  const gates: Gate[] = [];
  const consentOrder = d.screening?.consentOrder === 'yes';
  relationships.forEach((relationship, r) => {
    const base: DraftPath = [list, index, 'relationships', r];
    const id = `${list}:${personId}:relationship:${relationship.childId}`;
    gates.push(gate(`${id}:relation=other`, relationship.relation === 'other', [[...base, 'otherRelation']]));
    const child: ChildDraft | undefined = (d.children ?? []).find((c) => c.id === relationship.childId);
    const relation = relationship.relation;
    const nonParent = relation === 'grand_parent' || relation === 'other';
    // Only applicants answer the non-parent questions, for children of the application (C100-DOMAIN §5.1).
    const applies = list === 'applicants' && !consentOrder && child !== undefined && child.specialGuardianshipOrder !== 'yes' && nonParent;
    gates.push(gate(`${id}:permission`, applies, [[...base, 'permission']], [relation, applies], true));
    if (applies && relationship.permission) {
      const sequence = permissionSequence(relation);
      for (const question of Object.keys(relationship.permission) as PermissionQuestion[]) {
        gates.push(gate(`${id}:permission:${question}`, permissionQuestionOpen(sequence, relationship, question), [[...base, 'permission', question]]));
      }
    }
  });
  return gates;
}

function adultGates(d: C100Draft, list: AdultList): Gate[] {
  const gates: Gate[] = [];
  (d[list] ?? []).forEach((person, i) => {
    const id = `${list}:${person.id}`;
    const path = (f: string): DraftPath => [list, i, f];
    const addressKnown = person.addressUnknown !== true;
    gates.push(
      gate(`${id}:hasPreviousName=yes`, yes(person.hasPreviousName), [path('previousName')]),
      gate(`${id}:dateOfBirthKnown`, person.dateOfBirthUnknown !== true, [path('dateOfBirth')]),
      gate(`${id}:dateOfBirthUnknown`, person.dateOfBirthUnknown === true, [path('dateOfBirthEstimate')]),
      gate(`${id}:placeOfBirthKnown`, person.placeOfBirthUnknown !== true, [path('placeOfBirth')]),
      gate(`${id}:addressKnown`, addressKnown, ['address', 'livedAtAddressOverFiveYears'].map(path)),
      gate(
        `${id}:addressHistory`,
        addressKnown && (person.livedAtAddressOverFiveYears === 'no' || person.livedAtAddressOverFiveYears === 'unknown'),
        [path('addressHistory')],
      ),
      gate(`${id}:phone`, person.phoneUnknown !== true && person.canProvidePhone !== 'no', ['homePhone', 'mobilePhone', 'voicemail'].map(path)),
      gate(`${id}:canProvidePhone=no`, person.canProvidePhone === 'no', [path('noPhoneReason')]),
      gate(`${id}:email`, person.emailUnknown !== true && person.canProvideEmail !== 'no', [path('email')]),
      gate(`${id}:keepDetailsPrivate=yes`, yes(person.keepDetailsPrivate), [path('privateDetails')]),
    );
    if (list === 'otherPeople') {
      const other = person as NonNullable<C100Draft['otherPeople']>[number];
      gates.push(gate(`${id}:livesWithChildren=yes`, yes(other.livesWithChildren), [path('keepIdentityPrivate')]));
    }
    gates.push(...relationshipGates(d, list, person.id, i, person.relationships ?? []));
  });
  return gates;
}

function applicationGates(d: C100Draft): Gate[] {
  const a = d.application ?? {};
  const app = (...fields: string[]): DraftPath[] => fields.map((f) => ['application', f]);
  const permissionAsked = permissionNeeded(d).status !== 'not_needed';
  const urgent = yes(a.urgent);
  const withoutNotice = yes(a.withoutNotice);
  return [
    gate('application.previousProceedings=yes', yes(a.previousProceedings), app('proceedings')),
    gate('application.restrictingOrder=yes', yes(a.restrictingOrder), app('restrictingOrderCaseNumber', 'restrictingOrderExpiry')),
    // Asked only when permission is needed (kept while that is still undecided); MoJ wipes them otherwise (§5.1).
    gate('application.permission', permissionAsked, app('permissionAlreadySought')),
    gate('application.permissionAlreadySought=no', permissionAsked && a.permissionAlreadySought === 'no', app('permissionReasons')),
    gate('application.urgent=yes', urgent, app('urgentReasons', 'urgentOrdersSought', 'urgentTimescale', 'urgentWithin48Hours', 'urgentNoticeEfforts')),
    gate('application.withoutNotice=yes', withoutNotice, app('withoutNoticeReasons', 'withoutNoticeFrustrate', 'withoutNoticeImpossible')),
    gate('application.withoutNoticeFrustrate=yes', withoutNotice && yes(a.withoutNoticeFrustrate), app('withoutNoticeFrustrateDetails')),
    gate('application.withoutNoticeImpossible=yes', withoutNotice && yes(a.withoutNoticeImpossible), app('withoutNoticeImpossibleDetails')),
    gate('application.internationalResident=yes', yes(a.internationalResident), app('internationalResidentDetails')),
    gate('application.internationalJurisdiction=yes', yes(a.internationalJurisdiction), app('internationalJurisdictionDetails')),
    gate('application.internationalRequest=yes', yes(a.internationalRequest), app('internationalRequestDetails')),
    gate('application.litigationCapacity=yes', yes(a.litigationCapacity), app('capacityDetails', 'capacityOtherFactors', 'capacityReferralDetails')),
  ];
}

function otherGates(d: C100Draft): Gate[] {
  const c = d.attendingCourt ?? {};
  const court = (...fields: string[]): DraftPath[] => fields.map((f) => ['attendingCourt', f]);
  return [
    gate('attendingCourt.welsh=yes', yes(c.welsh), court('welshPeople')),
    gate('attendingCourt.interpreter=yes', yes(c.interpreter), court('interpreterPeople')),
    gate('attendingCourt.signLanguage=yes', yes(c.signLanguage), court('signLanguageDetails')),
    gate('attendingCourt.intermediary=yes', yes(c.intermediary), court('intermediaryDetails')),
    gate('attendingCourt.disability=yes', yes(c.disability), court('disabilityDetails')),
    // MoJ has_solicitor "no" deletes the solicitor (C100-DOMAIN §4.7).
    gate(
      'solicitor.hasSolicitor=yes',
      yes(d.solicitor?.hasSolicitor),
      ['fullName', 'firm', 'reference', 'address', 'phone', 'fax', 'dxNumber', 'email', 'feeAccountNumber'].map((f) => ['solicitor', f]),
    ),
    gate('fee.helpWithFees=yes', yes(d.fee?.helpWithFees), [['fee', 'hwfReference']]),
    gate('statementOfTruth.signatory=representative', d.statementOfTruth?.signatory === 'representative', [
      ['statementOfTruth', 'firm'],
      ['statementOfTruth', 'position'],
    ]),
  ];
}

/** Every gate of a draft, with its state and the paths of the answers behind it. Throws nothing. */
export function gatesOf(draft: C100Draft): Gate[] {
  return [
    ...screeningAndMiamGates(draft),
    ...safetyGates(draft),
    ...childGates(draft),
    ...adultGates(draft, 'applicants'),
    ...adultGates(draft, 'respondents'),
    ...adultGates(draft, 'otherPeople'),
    ...applicationGates(draft),
    ...otherGates(draft),
  ];
}

// -------------------------------------------------------------------------------------------------
// Immutable path helpers

type Json = unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(root: Json, path: DraftPath): Json {
  let node: unknown = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

/** A copy of `root` without the value at `path`; `root` itself when there is nothing there. */
function removeAt<T>(root: T, path: DraftPath): T {
  const [head, ...rest] = path;
  if (head === undefined) return root;
  if (Array.isArray(root) && typeof head === 'number') {
    if (rest.length === 0 || root[head] === undefined) return root;
    const child = removeAt(root[head] as unknown, rest);
    if (child === root[head]) return root;
    const copy = [...root];
    copy[head] = child;
    return copy as T;
  }
  if (isRecord(root) && typeof head === 'string') {
    if (!(head in root)) return root;
    if (rest.length === 0) {
      const { [head]: _removed, ...others } = root;
      return others as T;
    }
    const child = removeAt(root[head], rest);
    if (child === root[head]) return root;
    return { ...root, [head]: child } as T;
  }
  return root;
}

/** A copy of `root` with `value` at `path` (every step must exist). */
function setAt<T>(root: T, path: DraftPath, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = [...root];
    copy[head] = setAt(root[head] as unknown, rest, value);
    return copy as T;
  }
  if (isRecord(root) && typeof head === 'string') return { ...root, [head]: setAt(root[head], rest, value) } as T;
  return root;
}

/** Structural equality of JSON-like values (what a draft holds). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
    const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
    return keysA.length === keysB.length && keysA.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

// -------------------------------------------------------------------------------------------------
// Consistency rules that are not a gate

const ALL_PRIVATE = [...PRIVATE_DETAIL.values];

/**
 * Keep references and forced answers consistent: a refuge keeps every contact detail private
 * (MoJ refuge form, C100-DOMAIN §4.7); a child's orders are among the orders sought (§4.5);
 * relationships point at a child or other child that exists, once each; "lives with" points at a party.
 */
function normalise(draft: C100Draft): C100Draft {
  let d = draft;
  for (const list of ['applicants', 'respondents', 'otherPeople'] as const) {
    (d[list] ?? []).forEach((person, i) => {
      if (person.refuge !== 'yes') return;
      if (person.keepDetailsPrivate !== 'yes') d = setAt(d, [list, i, 'keepDetailsPrivate'], 'yes');
      if (!deepEqual(person.privateDetails, ALL_PRIVATE)) d = setAt(d, [list, i, 'privateDetails'], ALL_PRIVATE);
    });
  }
  const sought = d.orders?.sought;
  const partyIds = new Set([...(d.applicants ?? []), ...(d.respondents ?? []), ...(d.otherPeople ?? [])].map((p) => p.id));
  (d.children ?? []).forEach((child, i) => {
    if (sought && child.orders && child.orders.some((o) => !sought.includes(o))) {
      d = setAt(d, ['children', i, 'orders'], child.orders.filter((o) => sought.includes(o)));
    }
    if (child.livesWith && child.livesWith.some((id) => !partyIds.has(id))) {
      d = setAt(d, ['children', i, 'livesWith'], child.livesWith.filter((id) => partyIds.has(id)));
    }
  });
  const minorIds = new Set([...(d.children ?? []), ...(d.otherChildren ?? [])].map((c) => c.id));
  for (const list of ['applicants', 'respondents', 'otherPeople'] as const) {
    (d[list] ?? []).forEach((person, i) => {
      const relationships = person.relationships;
      if (!relationships) return;
      // One relationship per adult and child: the first one stands, later duplicates are dropped.
      const seen = new Set<string>();
      const kept = relationships.filter((r) => {
        if (!minorIds.has(r.childId) || seen.has(r.childId)) return false;
        seen.add(r.childId);
        return true;
      });
      if (kept.length !== relationships.length) d = setAt(d, [list, i, 'relationships'], kept);
    });
  }
  return d;
}

// -------------------------------------------------------------------------------------------------
// The two operations

/** Gates settle within a few rounds (each round can only close gates nested in closed ones). */
const MAX_ROUNDS = 20;

function pruneOnce(draft: C100Draft): C100Draft {
  let d = draft;
  for (const g of gatesOf(draft)) {
    if (g.open) continue;
    for (const path of g.dependents) d = removeAt(d, path);
  }
  return normalise(d);
}

/**
 * Remove every answer whose gate is not open (used on load and on export), and keep forced answers
 * and references consistent. Pure and idempotent: `prune(prune(d))` equals `prune(d)`. Throws nothing.
 */
export function pruneDependentAnswers(draft: C100Draft): C100Draft {
  let current = draft;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = pruneOnce(current);
    if (deepEqual(next, current)) return next;
    current = next;
  }
  return current;
}

function clearOnce(previous: C100Draft, draft: C100Draft, before: Map<string, Gate>): C100Draft {
  let d = draft;
  for (const g of gatesOf(draft)) {
    const old = before.get(g.id);
    if (deepEqual(old?.key, g.key)) continue;
    g.dependents.forEach((path, i) => {
      if (!g.open) {
        d = removeAt(d, path);
        return;
      }
      if (!g.resetOnChange) return;
      // Stale: the answer is what it was before the gate changed, so it was given for the old state.
      const oldPath = old?.dependents[i];
      const value = getAt(draft, path);
      if (value !== undefined && oldPath !== undefined && deepEqual(getAt(previous, oldPath), value)) d = removeAt(d, path);
    });
  }
  return normalise(d);
}

/**
 * The answers of `next` with those that depended on a changed gate cleared: when a gate closes
 * (e.g. urgent hearing yes → no) its answers go; when a gate's state changes while it stays open
 * (a new relation, new orders for a child, a new consent-order answer) the answers given for the old
 * state go, unless they were changed in the same step. Gates that did not change are left alone
 * (`pruneDependentAnswers` removes everything behind a closed gate). Pure and idempotent:
 * `clear(p, clear(p, n))` equals `clear(p, n)`. Throws nothing.
 */
export function clearDependentAnswers(previous: C100Draft, next: C100Draft): C100Draft {
  const before = new Map(gatesOf(previous).map((g) => [g.id, g]));
  let current = next;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const cleared = clearOnce(previous, current, before);
    if (deepEqual(cleared, current)) return cleared;
    current = cleared;
  }
  return current;
}
