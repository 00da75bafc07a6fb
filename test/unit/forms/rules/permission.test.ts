import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, type C100Draft, type RelationshipDraft } from '../../../../forms/c100/draft';
import type { PermissionQuestion, PetitionOrder, Relation } from '../../../../forms/c100/enums';
import {
  permissionAnswersRequired,
  permissionNeeded,
  permissionPdfAnswers,
  permissionQuestionsFor,
  permissionSequence,
} from '../../../../forms/c100/rules/permission';

type Answers = Partial<Record<PermissionQuestion, 'yes' | 'no'>>;

function draftWith(relation: Relation, permission: Answers = {}, orders: PetitionOrder[] = ['child_arrangements_time'], extra: Partial<C100Draft> = {}): C100Draft {
  const relationship: RelationshipDraft = { childId: 'c1', relation, permission };
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    screening: { consentOrder: 'no', childProtectionCases: 'no' },
    orders: { sought: orders },
    children: [{ id: 'c1', firstNames: 'Amy', lastName: 'Smith', orders }],
    applicants: [{ id: 'a1', relationships: [relationship] }],
    ...extra,
  };
}

/** Answer "no" to every question of the sequence before `question`, and `answer` to it. */
function upTo(relation: 'grand_parent' | 'other', question: PermissionQuestion, answer: 'yes' | 'no' = 'yes'): Answers {
  const sequence = permissionSequence(relation);
  const answers: Answers = {};
  for (const q of sequence.slice(0, sequence.indexOf(question))) answers[q] = 'no';
  answers[question] = answer;
  return answers;
}

const allNo = (relation: 'grand_parent' | 'other'): Answers => Object.fromEntries(permissionSequence(relation).map((q) => [q, 'no']));

describe('permission question sequence (C100-DOMAIN §5.1)', () => {
  it('skips “family” for a grandparent and ends with local authority', () => {
    expect(permissionSequence('grand_parent')).toEqual(['parental_responsibility', 'living_order', 'amendment', 'time_order', 'living_arrangement', 'consent', 'local_authority']);
  });
  it('asks all nine for “other”, ending with relative', () => {
    expect(permissionSequence('other')).toEqual([
      'parental_responsibility', 'living_order', 'amendment', 'time_order', 'living_arrangement', 'consent', 'family', 'local_authority', 'relative',
    ]);
  });
});

describe('permissionQuestionsFor', () => {
  it.each(['mother', 'father', 'guardian', 'special_guardian'] as const)('never asks a %s', (relation) => {
    expect(permissionQuestionsFor(draftWith(relation), 'a1', 'c1')).toEqual({ applies: false, reason: 'parent_or_guardian' });
  });
  it('does not ask for a consent order', () => {
    expect(permissionQuestionsFor(draftWith('grand_parent', {}, undefined, { screening: { consentOrder: 'yes' } }), 'a1', 'c1')).toEqual({ applies: false, reason: 'consent_order' });
  });
  it('does not ask when the child has a special guardianship order', () => {
    const draft = draftWith('other');
    draft.children = [{ id: 'c1', orders: ['child_arrangements_home'], specialGuardianshipOrder: 'yes' }];
    expect(permissionQuestionsFor(draft, 'a1', 'c1')).toEqual({ applies: false, reason: 'special_guardianship_order' });
  });
  it('does not ask for an other child (not part of the application)', () => {
    const draft = draftWith('grand_parent', {}, undefined, { otherChildren: [{ id: 'o1' }] });
    draft.applicants = [{ id: 'a1', relationships: [{ childId: 'o1', relation: 'grand_parent' }] }];
    expect(permissionQuestionsFor(draft, 'a1', 'o1')).toEqual({ applies: false, reason: 'other_child' });
  });
  it('reports unknown ids and a missing relation', () => {
    expect(permissionQuestionsFor(draftWith('other'), 'nobody', 'c1')).toEqual({ applies: false, reason: 'unknown_applicant' });
    expect(permissionQuestionsFor(draftWith('other'), 'a1', 'nobody')).toEqual({ applies: false, reason: 'unknown_child' });
    const draft = draftWith('other');
    draft.applicants = [{ id: 'a1', relationships: [{ childId: 'c1' }] }];
    expect(permissionQuestionsFor(draft, 'a1', 'c1')).toEqual({ applies: false, reason: 'relation_unanswered' });
  });
  it('asks the first question first, then the next unanswered one', () => {
    const first = permissionQuestionsFor(draftWith('grand_parent'), 'a1', 'c1');
    expect(first.applies && first.next).toBe('parental_responsibility');
    const later = permissionQuestionsFor(draftWith('grand_parent', upTo('grand_parent', 'consent', 'no')), 'a1', 'c1');
    expect(later.applies && later.next).toBe('local_authority');
    const other = permissionQuestionsFor(draftWith('other', upTo('other', 'consent', 'no')), 'a1', 'c1');
    expect(other.applies && other.next).toBe('family');
  });
  it('stops at the first yes, ignoring answers after it', () => {
    const result = permissionQuestionsFor(draftWith('other', { ...upTo('other', 'amendment'), consent: 'no' }), 'a1', 'c1');
    expect(result.applies).toBe(true);
    if (!result.applies) return;
    expect([result.qualifyingAnswer, result.next]).toEqual(['amendment', undefined]);
    expect(result.answered.map((a) => a.question)).toEqual(['parental_responsibility', 'living_order', 'amendment']);
  });
  it('has no next question once every question is answered no', () => {
    const result = permissionQuestionsFor(draftWith('grand_parent', allNo('grand_parent')), 'a1', 'c1');
    expect(result.applies).toBe(true);
    if (!result.applies) return;
    expect([result.qualifyingAnswer, result.next, result.answered.length]).toEqual([undefined, undefined, 7]);
  });
});

describe('permissionNeeded (MoJ ApplicationRules, C100-DOMAIN §5.1)', () => {
  it('is not needed for parents', () => {
    expect(permissionNeeded(draftWith('mother'))).toMatchObject({ status: 'not_needed', needed: false, reasons: [] });
  });
  it.each(['grand_parent', 'other'] as const)('is needed when a %s answers no to everything', (relation) => {
    const need = permissionNeeded(draftWith(relation, allNo(relation)));
    expect(need.needed).toBe(true);
    expect(need.reasons).toEqual([
      { kind: 'non_parent', applicantId: 'a1', childId: 'c1', relation, why: 'no_qualifying_answer', ordersNotCovered: ['child_arrangements_time'] },
    ]);
  });
  it('is undecided while a question is open', () => {
    expect(permissionNeeded(draftWith('grand_parent', { parental_responsibility: 'no' }))).toMatchObject({ status: 'undecided', needed: false });
  });
  it.each(['parental_responsibility', 'living_order', 'amendment', 'time_order'] as const)('“%s” yes covers any order', (question) => {
    const orders: PetitionOrder[] = ['child_arrangements_home', 'prohibited_steps_holiday', 'specific_issues_school'];
    expect(permissionNeeded(draftWith('other', upTo('other', question), orders)).needed).toBe(false);
  });
  it.each([
    ['grand_parent', 'living_arrangement'], ['grand_parent', 'consent'], ['grand_parent', 'local_authority'],
    ['other', 'living_arrangement'], ['other', 'consent'], ['other', 'family'], ['other', 'local_authority'],
  ] as const)('%s: “%s” yes covers child arrangements orders only', (relation, question) => {
    expect(permissionNeeded(draftWith(relation, upTo(relation, question), ['child_arrangements_home', 'child_arrangements_time'])).needed).toBe(false);
    const need = permissionNeeded(draftWith(relation, upTo(relation, question), ['child_arrangements_time', 'prohibited_steps_names']));
    expect(need.needed).toBe(true);
    expect(need.reasons[0]).toMatchObject({ why: 'orders_not_covered', ordersNotCovered: ['prohibited_steps_names'] });
  });
  it('“relative” yes covers only “live with”', () => {
    expect(permissionNeeded(draftWith('other', upTo('other', 'relative'), ['child_arrangements_home'])).needed).toBe(false);
    expect(permissionNeeded(draftWith('other', upTo('other', 'relative'), ['child_arrangements_home', 'child_arrangements_time'])).needed).toBe(true);
  });
  it('uses the orders sought when the child’s own orders are not answered yet', () => {
    const draft = draftWith('other', upTo('other', 'consent'), ['child_arrangements_time', 'specific_issues_school']);
    draft.children = [{ id: 'c1' }];
    expect(permissionNeeded(draft).needed).toBe(true);
  });
  it('is needed when a child has a special guardianship order, even for a parent', () => {
    const draft = draftWith('mother');
    draft.children = [{ id: 'c1', orders: ['child_arrangements_home'], specialGuardianshipOrder: 'yes' }];
    expect(permissionNeeded(draft).reasons).toEqual([{ kind: 'special_guardianship_order', childId: 'c1' }]);
  });
  it('is not needed for a consent order, even with a special guardianship order or a grandparent', () => {
    const draft = draftWith('grand_parent', allNo('grand_parent'), undefined, { screening: { consentOrder: 'yes' } });
    draft.children = [{ id: 'c1', orders: ['child_arrangements_home'], specialGuardianshipOrder: 'yes' }];
    expect(permissionNeeded(draft).needed).toBe(false);
  });
  it('is needed when an s91(14) or civil restraint order is in force', () => {
    expect(permissionNeeded(draftWith('mother', {}, undefined, { application: { restrictingOrder: 'yes' } })).reasons).toEqual([{ kind: 'restricting_order' }]);
  });
  it('gives reasons per applicant and child', () => {
    const draft = draftWith('grand_parent', allNo('grand_parent'));
    draft.children = [...(draft.children ?? []), { id: 'c2', orders: ['child_arrangements_time'] }];
    draft.applicants = [
      { id: 'a1', relationships: [{ childId: 'c1', relation: 'grand_parent', permission: allNo('grand_parent') }, { childId: 'c2', relation: 'grand_parent', permission: { parental_responsibility: 'yes' } }] },
      { id: 'a2', relationships: [{ childId: 'c1', relation: 'father' }, { childId: 'c2', relation: 'other', permission: allNo('other') }] },
    ];
    const need = permissionNeeded(draft);
    expect(need.reasons.map((r) => (r.kind === 'non_parent' ? `${r.applicantId}/${r.childId}` : r.kind))).toEqual(['a1/c1', 'a2/c2']);
    expect(need.assessments.map((a) => `${a.applicantId}/${a.childId}:${a.outcome}`)).toEqual(['a1/c1:needed', 'a1/c2:not_needed', 'a2/c2:needed']);
  });
});

describe('permission answers and the PDF (C100 04.24 page 1 and section 5)', () => {
  const needed = (application: NonNullable<C100Draft['application']>) => draftWith('grand_parent', allNo('grand_parent'), undefined, { application });
  it('asks nothing when permission is not needed; the PDF says “No - permission not required”', () => {
    expect(permissionAnswersRequired(draftWith('mother'))).toEqual({ required: false, fields: [], missing: [] });
    expect(permissionPdfAnswers(draftWith('mother'))).toEqual({ askingForPermission: 'no', section5: 'no_not_required' });
  });
  it('asks whether permission was already sought', () => {
    expect(permissionAnswersRequired(needed({}))).toMatchObject({ required: true, fields: ['permissionAlreadySought'], missing: [{ path: 'application.permissionAlreadySought' }] });
    expect(permissionPdfAnswers(needed({}))).toEqual({ askingForPermission: 'yes', section5: undefined });
  });
  it('already sought: “Yes”, nothing more needed', () => {
    expect(permissionAnswersRequired(needed({ permissionAlreadySought: 'yes' }))).toEqual({ required: true, fields: ['permissionAlreadySought'], missing: [] });
    expect(permissionPdfAnswers(needed({ permissionAlreadySought: 'yes' }))).toEqual({ askingForPermission: 'yes', section5: 'yes' });
  });
  it('not already sought: the reasons (5a) are needed; “No - permission now sought”', () => {
    expect(permissionAnswersRequired(needed({ permissionAlreadySought: 'no' }))).toMatchObject({
      fields: ['permissionAlreadySought', 'permissionReasons'],
      missing: [{ path: 'application.permissionReasons' }],
    });
    expect(permissionAnswersRequired(needed({ permissionAlreadySought: 'no', permissionReasons: 'I have cared for her for years' })).missing).toEqual([]);
    expect(permissionPdfAnswers(needed({ permissionAlreadySought: 'no' })).section5).toBe('no_now_sought');
  });
  it('a civil restraint order makes page 1 “Yes” for a parent', () => {
    expect(permissionPdfAnswers(draftWith('father', {}, undefined, { application: { restrictingOrder: 'yes', permissionAlreadySought: 'no' } }))).toEqual({
      askingForPermission: 'yes',
      section5: 'no_now_sought',
    });
  });
});
