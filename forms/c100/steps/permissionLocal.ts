// TEMPORARY: a minimal copy of the permission rules (C100-DOMAIN §5.1) until forms/c100/rules lands
// `permissionQuestionsFor` / `permissionNeeded`; the journey then imports those instead.
import type { C100Draft } from '../draft';
import { PERMISSION_QUESTION, type PermissionQuestion, type PetitionOrder } from '../enums';

/**
 * The non-parent questions to ask about an applicant's relationship to a child, in order (the journey
 * stops at the first yes). Empty for parents, guardians, special guardians, other children, consent
 * orders and children with a Special Guardianship Order (MoJ relationship_rules.rb `permission_undecided?`).
 */
export function permissionQuestionsFor(draft: C100Draft, applicantId: string, childId: string): PermissionQuestion[] {
  if (draft.screening?.consentOrder === 'yes') return [];
  const child = (draft.children ?? []).find((c) => c.id === childId);
  if (!child || child.specialGuardianshipOrder === 'yes') return [];
  const applicant = (draft.applicants ?? []).find((a) => a.id === applicantId);
  const relation = applicant?.relationships?.find((r) => r.childId === childId)?.relation;
  if (relation === 'grand_parent') return PERMISSION_QUESTION.filter((q) => q !== 'family' && q !== 'relative');
  if (relation === 'other') return [...PERMISSION_QUESTION];
  return [];
}

const ARRANGEMENTS: readonly PetitionOrder[] = ['child_arrangements_home', 'child_arrangements_time'];

/** Whether the applicant needs the court's permission to apply (MoJ application_rules.rb `permission_needed?`). */
export function permissionNeeded(draft: C100Draft): boolean {
  if (draft.screening?.consentOrder === 'yes') return false;
  if ((draft.children ?? []).some((c) => c.specialGuardianshipOrder === 'yes')) return true;
  for (const applicant of draft.applicants ?? []) {
    for (const rel of applicant.relationships ?? []) {
      if (permissionQuestionsFor(draft, applicant.id, rel.childId).length === 0) continue;
      const a = rel.permission ?? {};
      const orders = (draft.children ?? []).find((c) => c.id === rel.childId)?.orders ?? [];
      const yes = (q: PermissionQuestion) => a[q] === 'yes';
      if (['parental_responsibility', 'living_order', 'amendment', 'time_order'].some((q) => yes(q as PermissionQuestion))) continue;
      if (['living_arrangement', 'consent', 'family', 'local_authority'].some((q) => yes(q as PermissionQuestion)) && orders.every((o) => ARRANGEMENTS.includes(o))) continue;
      if (yes('relative') && orders.every((o) => o === 'child_arrangements_home')) continue;
      return true;
    }
  }
  return false;
}
