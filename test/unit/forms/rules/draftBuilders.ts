/** Small draft builders for the rules tests. */
import type { C100Draft, MiamDraft } from '../../../../forms/c100/draft';
import { DRAFT_SCHEMA_VERSION } from '../../../../forms/c100/draft';

type Exemptions = NonNullable<MiamDraft['exemptions']>;

/** A draft past screening (not a consent order, no child protection case), MIAM acknowledged. */
export function screened(miam: MiamDraft = {}, extra: Partial<C100Draft> = {}): C100Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    screening: { consentOrder: 'no', childProtectionCases: 'no' },
    miam: { acknowledged: true, ...miam },
    ...extra,
  };
}

/** Every page answered "None of these" except the lists given. */
export function exemptions(lists: Partial<Exemptions>): Exemptions {
  return {
    domestic: ['misc_domestic_none'],
    protection: ['misc_protection_none'],
    urgency: ['misc_urgency_none'],
    adr: ['misc_adr_none'],
    misc: ['misc_none'],
    ...lists,
  };
}

/** A draft claiming the given exemptions, with the other MIAM answers given. */
export function claiming(lists: Partial<Exemptions>, miam: MiamDraft = {}, extra: Partial<C100Draft> = {}): C100Draft {
  return screened({ attended: 'no', claimsExemption: 'yes', exemptions: exemptions(lists), ...miam }, extra);
}
