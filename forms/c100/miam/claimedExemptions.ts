/**
 * Reading the exemptions a draft claims: the five checkbox lists of the MIAM exemption pages, each
 * with its exclusive "None of these" (MoJ `miam_exemptions_form.rb`, C100-DOMAIN §3.6).
 */
import type { C100Draft } from '../draft';
import {
  EXEMPTION_CATEGORIES,
  NONE_CODE,
  type ExemptionCategory,
  type ExemptionCode,
  type MiscExemption,
} from './exemptionCodes';

/** The grounds claimed per category, without "None of these" and without duplicates. */
export type ClaimedGrounds = { readonly [C in ExemptionCategory]: readonly ExemptionCode[] };

/** The codes a category's list holds, as typed (may include its "none" code). */
export function exemptionList(draft: C100Draft, category: ExemptionCategory): readonly string[] | undefined {
  return draft.miam?.exemptions?.[category];
}

/** Real grounds of one category: the list without its "None of these" code, de-duplicated, in list order. */
export function groundsIn(draft: C100Draft, category: ExemptionCategory): ExemptionCode[] {
  const list = exemptionList(draft, category) ?? [];
  return [...new Set(list.filter((code) => code !== NONE_CODE[category]))] as ExemptionCode[];
}

/** Every real ground claimed, per category. Throws nothing. */
export function claimedGrounds(draft: C100Draft): ClaimedGrounds {
  return {
    domestic: groundsIn(draft, 'domestic'),
    protection: groundsIn(draft, 'protection'),
    urgency: groundsIn(draft, 'urgency'),
    adr: groundsIn(draft, 'adr'),
    misc: groundsIn(draft, 'misc'),
  };
}

export function anyGround(grounds: ClaimedGrounds): boolean {
  return EXEMPTION_CATEGORIES.some((category) => grounds[category].length > 0);
}

/** A list that holds "None of these" together with another answer (MoJ error `none_not_exclusive`). */
export function noneIsNotExclusive(list: readonly string[] | undefined, category: ExemptionCategory): boolean {
  return list !== undefined && list.includes(NONE_CODE[category]) && new Set(list).size > 1;
}

/** The mediator-access grounds of 3e that need text in the "Section 3 – continued" box (C100-DOMAIN §3.8). */
export const MEDIATOR_ACCESS_GROUNDS: readonly MiscExemption[] = ['misc_access', 'misc_access2', 'misc_access3'];
/** The 3e grounds that need no text of their own (C100-DOMAIN §7.11). */
export const SELF_STANDING_MISC_GROUNDS: readonly MiscExemption[] = ['misc_without_notice', 'misc_applicant_under_age', 'misc_access4'];

/**
 * The MoJ "misc only" case (C100-DOMAIN §3.8 items 4(b) and 5): the only grounds claimed are 3e ones that
 * need no text of their own (without notice, a child party, prison/bail/licence). MoJ then still asks
 * whether evidence can be attached (with reasons if not) and requires the exemption details text.
 */
export function isMiscOnlyClaim(grounds: ClaimedGrounds): boolean {
  const others: ExemptionCategory[] = ['domestic', 'protection', 'urgency', 'adr'];
  return (
    others.every((category) => grounds[category].length === 0) &&
    grounds.misc.length > 0 &&
    grounds.misc.every((code) => (SELF_STANDING_MISC_GROUNDS as readonly string[]).includes(code))
  );
}
