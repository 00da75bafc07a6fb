/**
 * Permission (leave) to apply for a section 8 order, as MoJ c100-application decides it
 * (`permission/relationship_rules.rb`, `application_rules.rb`, `permission_decision_tree.rb`;
 * C100-DOMAIN §5.1, with the Ruby `one?`/`break true` reading of §11 item 2: any non-parent
 * relationship that no rule satisfies means permission is needed), plus the s91(14) / civil
 * restraint order question everyone is asked (C100 04.24 section 5 and page 1, C100-DOMAIN §8.4).
 */
import type { C100Draft, ChildDraft, RelationshipDraft } from '../draft';
import { PERMISSION_QUESTION, type PermissionQuestion, type PetitionOrder, type Relation } from '../enums';
import { requiredIssue, type RuleIssue } from './RuleIssue';

/** The relations that enter the non-parent questions (parents, guardians, special guardians never do). */
export const NON_PARENT_RELATIONS = ['grand_parent', 'other'] as const satisfies readonly Relation[];
export type NonParentRelation = (typeof NON_PARENT_RELATIONS)[number];

/**
 * The questions in the order they are asked: `family` is skipped for a grandparent and
 * `local_authority` is their last; `relative` is asked only for "other" (C100-DOMAIN §5.1).
 */
export function permissionSequence(relation: NonParentRelation): readonly PermissionQuestion[] {
  if (relation === 'grand_parent') return PERMISSION_QUESTION.filter((q) => q !== 'family' && q !== 'relative');
  return PERMISSION_QUESTION;
}

/** A "yes" to one of these lets the applicant ask for any order without permission. */
const ANY_ORDER: readonly PermissionQuestion[] = ['parental_responsibility', 'living_order', 'amendment', 'time_order'];
/** A "yes" to one of these covers child arrangements orders only (live with, spend time with). */
const CHILD_ARRANGEMENTS_ONLY: readonly PermissionQuestion[] = ['living_arrangement', 'consent', 'family', 'local_authority'];
const CHILD_ARRANGEMENTS: readonly PetitionOrder[] = ['child_arrangements_home', 'child_arrangements_time'];
const LIVE_WITH: readonly PetitionOrder[] = ['child_arrangements_home'];

/** What a qualifying answer lets the applicant ask for without permission. */
export type PermissionEntitlement = 'any_order' | 'child_arrangements' | 'live_with';

export function entitlementOf(question: PermissionQuestion): PermissionEntitlement {
  if (ANY_ORDER.includes(question)) return 'any_order';
  if (CHILD_ARRANGEMENTS_ONLY.includes(question)) return 'child_arrangements';
  return 'live_with';
}

/** Why the non-parent questions are not asked for a relationship. */
export type PermissionNotAskedReason =
  | 'consent_order'
  | 'unknown_applicant'
  | 'unknown_child'
  /** The minor is an "other child" (not part of the application). */
  | 'other_child'
  /** A special guardianship order is in force for the child: permission is needed anyway. */
  | 'special_guardianship_order'
  /** No relation given yet. */
  | 'relation_unanswered'
  /** Mother, father, guardian or special guardian. */
  | 'parent_or_guardian';

export type PermissionQuestions =
  | { applies: false; reason: PermissionNotAskedReason }
  | {
      applies: true;
      relation: NonParentRelation;
      /** Every question for this relation, in order. */
      sequence: readonly PermissionQuestion[];
      /** The answers that count: in order, up to and including the first "yes". */
      answered: { question: PermissionQuestion; answer: 'yes' | 'no' }[];
      /** The first "yes", where the questions stop. */
      qualifyingAnswer?: PermissionQuestion;
      /** The next question to ask; undefined once a "yes" is given or every question is answered "no". */
      next?: PermissionQuestion;
    };

function findRelationship(draft: C100Draft, applicantId: string, childId: string) {
  const applicantIndex = (draft.applicants ?? []).findIndex((a) => a.id === applicantId);
  const applicant = draft.applicants?.[applicantIndex];
  const relationshipIndex = applicant?.relationships?.findIndex((r) => r.childId === childId) ?? -1;
  return { applicant, applicantIndex, relationship: applicant?.relationships?.[relationshipIndex], relationshipIndex };
}

function questionsFor(draft: C100Draft, child: ChildDraft | undefined, relationship: RelationshipDraft | undefined, childId: string): PermissionQuestions {
  if (draft.screening?.consentOrder === 'yes') return { applies: false, reason: 'consent_order' };
  if (!child) {
    const isOther = (draft.otherChildren ?? []).some((c) => c.id === childId);
    return { applies: false, reason: isOther ? 'other_child' : 'unknown_child' };
  }
  if (child.specialGuardianshipOrder === 'yes') return { applies: false, reason: 'special_guardianship_order' };
  const relation = relationship?.relation;
  if (relation === undefined) return { applies: false, reason: 'relation_unanswered' };
  if (relation !== 'grand_parent' && relation !== 'other') return { applies: false, reason: 'parent_or_guardian' };
  const sequence = permissionSequence(relation);
  const answers = relationship?.permission ?? {};
  const answered: { question: PermissionQuestion; answer: 'yes' | 'no' }[] = [];
  for (const question of sequence) {
    const answer = answers[question];
    if (answer === undefined) return { applies: true, relation, sequence, answered, next: question };
    answered.push({ question, answer });
    if (answer === 'yes') return { applies: true, relation, sequence, answered, qualifyingAnswer: question };
  }
  return { applies: true, relation, sequence, answered };
}

/**
 * Whether the non-parent permission questions apply to an applicant's relationship with a child
 * (not a consent order; a child of the application, not an other child; no special guardianship
 * order; relation grandparent or other), and the next question to ask (stopping at the first yes).
 * Throws nothing: unknown ids give `{ applies: false, reason: 'unknown_applicant' | 'unknown_child' }`.
 */
export function permissionQuestionsFor(draft: C100Draft, applicantId: string, childId: string): PermissionQuestions {
  const { applicant, relationship } = findRelationship(draft, applicantId, childId);
  if (!applicant) return { applies: false, reason: 'unknown_applicant' };
  const child = (draft.children ?? []).find((c) => c.id === childId);
  return questionsFor(draft, child, relationship, childId);
}

/** The orders that concern a child: the child's own list, or every order sought while it is not answered. */
export function ordersForChild(draft: C100Draft, child: ChildDraft): readonly PetitionOrder[] {
  return child.orders && child.orders.length > 0 ? child.orders : (draft.orders?.sought ?? []);
}

/** One non-parent relationship, assessed. */
export interface RelationshipAssessment {
  applicantId: string;
  childId: string;
  relation: NonParentRelation;
  /** `undecided` while a question is unanswered. */
  outcome: 'not_needed' | 'needed' | 'undecided';
  qualifyingAnswer?: PermissionQuestion;
  entitlement?: PermissionEntitlement;
  /** Orders sought for the child that the qualifying answer does not cover (why permission is needed). */
  ordersNotCovered: PetitionOrder[];
  /** The next question, while undecided. */
  next?: PermissionQuestion;
}

export type PermissionReason =
  | { kind: 'special_guardianship_order'; childId: string }
  | {
      kind: 'non_parent';
      applicantId: string;
      childId: string;
      relation: NonParentRelation;
      /** `no_qualifying_answer`: every question answered no; `orders_not_covered`: a yes covers only some orders. */
      why: 'no_qualifying_answer' | 'orders_not_covered';
      ordersNotCovered: PetitionOrder[];
    }
  | { kind: 'restricting_order' };

export interface PermissionNeed {
  /** `needed` as soon as one reason is certain; `undecided` while a question that could decide it is open. */
  status: 'needed' | 'not_needed' | 'undecided';
  needed: boolean;
  reasons: PermissionReason[];
  /** Every non-parent applicant–child relationship that entered the questions. */
  assessments: RelationshipAssessment[];
}

function assess(draft: C100Draft, child: ChildDraft, applicantId: string, questions: Extract<PermissionQuestions, { applies: true }>): RelationshipAssessment {
  const base = { applicantId, childId: child.id, relation: questions.relation };
  if (questions.qualifyingAnswer === undefined) {
    if (questions.next !== undefined) return { ...base, outcome: 'undecided', ordersNotCovered: [], next: questions.next };
    return { ...base, outcome: 'needed', ordersNotCovered: [...ordersForChild(draft, child)] };
  }
  const entitlement = entitlementOf(questions.qualifyingAnswer);
  const allowed = entitlement === 'any_order' ? undefined : entitlement === 'child_arrangements' ? CHILD_ARRANGEMENTS : LIVE_WITH;
  const ordersNotCovered = allowed ? ordersForChild(draft, child).filter((o) => !allowed.includes(o)) : [];
  return {
    ...base,
    outcome: ordersNotCovered.length > 0 ? 'needed' : 'not_needed',
    qualifyingAnswer: questions.qualifyingAnswer,
    entitlement,
    ordersNotCovered,
  };
}

/**
 * Whether the court's permission is needed (MoJ `ApplicationRules#permission_needed?`): never for a
 * consent order; always when a child has a special guardianship order in force; otherwise when any
 * grandparent's or other non-parent's relationship is not covered by a "yes" (the first four
 * questions cover any order; living arrangement, consent, family or local authority consent cover
 * only child arrangements orders; relative covers only "live with"). An s91(14) order or a civil
 * restraint order in force also means permission is needed (C100 04.24 page 1, C100-DOMAIN §8.4).
 * Throws nothing.
 */
export function permissionNeeded(draft: C100Draft): PermissionNeed {
  const reasons: PermissionReason[] = [];
  const assessments: RelationshipAssessment[] = [];
  if (draft.application?.restrictingOrder === 'yes') reasons.push({ kind: 'restricting_order' });
  if (draft.screening?.consentOrder !== 'yes') {
    for (const child of draft.children ?? []) {
      if (child.specialGuardianshipOrder === 'yes') reasons.push({ kind: 'special_guardianship_order', childId: child.id });
    }
    for (const applicant of draft.applicants ?? []) {
      for (const relationship of applicant.relationships ?? []) {
        const child = (draft.children ?? []).find((c) => c.id === relationship.childId);
        const questions = questionsFor(draft, child, relationship, relationship.childId);
        if (!child || !questions.applies) continue;
        const assessment = assess(draft, child, applicant.id, questions);
        assessments.push(assessment);
        if (assessment.outcome === 'needed') {
          reasons.push({
            kind: 'non_parent',
            applicantId: applicant.id,
            childId: child.id,
            relation: assessment.relation,
            why: assessment.qualifyingAnswer === undefined ? 'no_qualifying_answer' : 'orders_not_covered',
            ordersNotCovered: assessment.ordersNotCovered,
          });
        }
      }
    }
  }
  const status = reasons.length > 0 ? 'needed' : assessments.some((a) => a.outcome === 'undecided') ? 'undecided' : 'not_needed';
  return { status, needed: status === 'needed', reasons, assessments };
}

export interface PermissionAnswers {
  /** Permission is needed, so section 5 asks whether it was already sought. */
  required: boolean;
  /** The draft answers that must be given (`application.permissionAlreadySought`, `application.permissionReasons`). */
  fields: ('permissionAlreadySought' | 'permissionReasons')[];
  missing: RuleIssue[];
}

const isFilled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/**
 * The section 5 answers needed when permission is needed: "Have you already applied to the court for
 * permission?" and, when not, the reasons the court should give permission (5a) (MoJ
 * `permission_sought` / `permission_details`, C100-DOMAIN §4.10, §5.1). Throws nothing.
 */
export function permissionAnswersRequired(draft: C100Draft): PermissionAnswers {
  if (!permissionNeeded(draft).needed) return { required: false, fields: [], missing: [] };
  const application = draft.application ?? {};
  const fields: PermissionAnswers['fields'] = ['permissionAlreadySought'];
  const missing: RuleIssue[] = [];
  if (application.permissionAlreadySought === undefined) {
    missing.push(requiredIssue('application.permissionAlreadySought', 'Select yes if you have already applied to the court for permission to make this application'));
  }
  if (application.permissionAlreadySought === 'no') {
    fields.push('permissionReasons');
    if (!isFilled(application.permissionReasons)) {
      missing.push(requiredIssue('application.permissionReasons', 'Explain why the court should give you permission to make this application'));
    }
  }
  return { required: true, fields, missing };
}

/** The three boxes of C100 04.24 section 5 "Have you applied to the court for permission to make this application?". */
export type PermissionSection5Answer = 'yes' | 'no_not_required' | 'no_now_sought';

export interface PermissionPdfAnswers {
  /** Page 1 "Are you asking for permission to make this application, where that is required?" */
  askingForPermission: 'yes' | 'no';
  /** Section 5; undefined while permission is needed and "already applied?" is unanswered. */
  section5?: PermissionSection5Answer;
}

/**
 * The permission answers as the C100 prints them: page 1 is Yes when permission is needed (including
 * an s91(14) or civil restraint order); section 5 is "Yes" when already applied for, "No - permission
 * now sought" when not, "No - permission not required" when it is not needed (C100-DOMAIN §5.1 last
 * bullet, §8.4). Throws nothing.
 */
export function permissionPdfAnswers(draft: C100Draft): PermissionPdfAnswers {
  const need = permissionNeeded(draft);
  if (!need.needed) return { askingForPermission: 'no', section5: 'no_not_required' };
  const sought = draft.application?.permissionAlreadySought;
  const section5: PermissionSection5Answer | undefined = sought === 'yes' ? 'yes' : sought === 'no' ? 'no_now_sought' : undefined;
  return { askingForPermission: 'yes', section5 };
}
