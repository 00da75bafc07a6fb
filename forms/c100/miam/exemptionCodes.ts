/**
 * MIAM exemption codes after the changes to FPR Practice Direction 3A in force from 29 April 2024,
 * as the MoJ service stores them (C100-DOMAIN §3.1–§3.5). Each page has an exclusive "none" code.
 * Group toggles (`group_*`) are a display device and are not stored in a draft.
 */

export const DOMESTIC_EXEMPTIONS = [
  'police_arrested',
  'police_caution',
  'police_ongoing_proceedings',
  'police_conviction',
  'police_dvpn',
  'police_dapn',
  'court_bound_over',
  'court_protective_injunction',
  'court_undertaking',
  'court_finding_of_fact',
  'court_expert_report',
  'specialist_examination',
  'specialist_referral',
  'local_authority_marac',
  'local_authority_la_ha',
  'local_authority_public_authority',
  'da_service_idva',
  'da_service_isva',
  'da_service_organisation',
  'da_service_refuge_refusal',
  'misc_right_to_remain',
  'misc_financial_abuse',
] as const;
export const PROTECTION_EXEMPTIONS = ['misc_authority_enquiring', 'misc_authority_protection_order'] as const;
export const URGENCY_EXEMPTIONS = [
  'misc_risk_applicant',
  'misc_unreasonable_hardship',
  'misc_risk_children',
  'misc_risk_unlawful_removal_retention',
  'misc_miscarriage_justice',
  'misc_irretrievable_problems',
  'misc_international_proceedings',
] as const;
export const ADR_EXEMPTIONS = ['misc_previous_attendance', 'misc_existing_proceedings_exemption'] as const;
export const MISC_EXEMPTIONS = [
  'misc_without_notice',
  'misc_applicant_under_age',
  'misc_access',
  'misc_access2',
  'misc_access3',
  'misc_access4',
] as const;

/** The five categories of PD3A para 5.1 exemptions, in the order the journey asks them. */
export const EXEMPTION_CATEGORIES = ['domestic', 'protection', 'urgency', 'adr', 'misc'] as const;
export type ExemptionCategory = (typeof EXEMPTION_CATEGORIES)[number];

export const NONE_CODE = {
  domestic: 'misc_domestic_none',
  protection: 'misc_protection_none',
  urgency: 'misc_urgency_none',
  adr: 'misc_adr_none',
  misc: 'misc_none',
} as const satisfies Record<ExemptionCategory, string>;

export const EXEMPTION_CODES = {
  domestic: DOMESTIC_EXEMPTIONS,
  protection: PROTECTION_EXEMPTIONS,
  urgency: URGENCY_EXEMPTIONS,
  adr: ADR_EXEMPTIONS,
  misc: MISC_EXEMPTIONS,
} as const;

export type DomesticExemption = (typeof DOMESTIC_EXEMPTIONS)[number];
export type ProtectionExemption = (typeof PROTECTION_EXEMPTIONS)[number];
export type UrgencyExemption = (typeof URGENCY_EXEMPTIONS)[number];
export type AdrExemption = (typeof ADR_EXEMPTIONS)[number];
export type MiscExemption = (typeof MISC_EXEMPTIONS)[number];
export type ExemptionCode = DomesticExemption | ProtectionExemption | UrgencyExemption | AdrExemption | MiscExemption;

/** Every value a category's checkbox list can hold, including its exclusive "none" code. */
export type ExemptionAnswer<C extends ExemptionCategory> = (typeof EXEMPTION_CODES)[C][number] | (typeof NONE_CODE)[C];
