// TEMPORARY (lead): replaced by forms/c100/rules/permission and forms/c100/steps/stepForPath as soon as
// those land. Kept minimal and correct for parents, so that toApplication works meanwhile.
import type { C100Draft } from '../draft';

export function permissionNeeded(draft: C100Draft): { needed: boolean } {
  if (draft.screening?.consentOrder === 'yes') return { needed: false };
  if ((draft.children ?? []).some((c) => c.specialGuardianshipOrder === 'yes')) return { needed: true };
  const nonParent = (draft.applicants ?? []).some((a) =>
    (a.relationships ?? []).some((r) => r.relation === 'grand_parent' || r.relation === 'other'),
  );
  return { needed: nonParent };
}

export function stepForPath(path: string): string {
  return path.split('.')[0] ?? path;
}
