/**
 * Enumerations of the C100 domain: the codes the official online services store, with the labels they
 * show. Codes are the MoJ c100-application ones unless stated (C100-DOMAIN §4.1), so that data moves
 * between this app and those services without translation.
 */

/** Build a code list with labels, keeping the codes as a literal tuple for zod enums. */
function codes<const T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>) {
  return { values, labels } as const;
}

export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];
/** GenericYesNoUnknown: "Don't know" is a real answer for respondents and other people (C100-DOMAIN §4.1). */
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

export const SEX = codes(['female', 'male', 'unspecified'] as const, {
  female: 'Female',
  male: 'Male',
  unspecified: 'Unspecified',
});
export type Sex = (typeof SEX.values)[number];

/** Relation of an adult to a child (C100-DOMAIN §4.1 `Relation`). */
export const RELATION = codes(['mother', 'father', 'guardian', 'special_guardian', 'grand_parent', 'other'] as const, {
  mother: 'Mother',
  father: 'Father',
  guardian: 'Guardian',
  special_guardian: 'Special guardian',
  grand_parent: 'Grandparent',
  other: 'Other',
});
export type Relation = (typeof RELATION.values)[number];

/** Orders sought (C100-DOMAIN §4.5). Group toggles are not stored; sub-orders imply their group. */
export const PETITION_ORDER = codes(
  [
    'child_arrangements_home',
    'child_arrangements_time',
    'prohibited_steps_names',
    'prohibited_steps_medical',
    'prohibited_steps_holiday',
    'prohibited_steps_moving',
    'prohibited_steps_moving_abroad',
    'specific_issues_holiday',
    'specific_issues_school',
    'specific_issues_religion',
    'specific_issues_names',
    'specific_issues_medical',
    'specific_issues_moving',
    'specific_issues_moving_abroad',
    'specific_issues_child_return',
  ] as const,
  {
    child_arrangements_home: 'Decide who they live with and when',
    child_arrangements_time: 'Decide how much time they spend with each person',
    prohibited_steps_names: 'Stop them changing the children’s names or surname',
    prohibited_steps_medical: 'Stop them allowing medical treatment to be carried out on the children',
    prohibited_steps_holiday: 'Stop them taking the children on holiday',
    prohibited_steps_moving: 'Stop them relocating the children to a different area in England and Wales',
    prohibited_steps_moving_abroad:
      'Stop them relocating the children outside England and Wales (including Scotland and Northern Ireland)',
    specific_issues_holiday: 'A specific holiday or arrangement',
    specific_issues_school: 'What school they’ll go to',
    specific_issues_religion: 'A religious issue',
    specific_issues_names: 'Changing their names or surname',
    specific_issues_medical: 'Medical treatment',
    specific_issues_moving: 'Relocating the children to a different area in England and Wales',
    specific_issues_moving_abroad:
      'Relocating the children outside England and Wales (including Scotland and Northern Ireland)',
    specific_issues_child_return: 'Returning the children to your care',
  },
);
export type PetitionOrder = (typeof PETITION_ORDER.values)[number];

export type OrderType = 'child_arrangements' | 'prohibited_steps' | 'specific_issues';
/** `PetitionOrder.type_for` (C100-DOMAIN §4.5). */
export function orderTypeOf(order: PetitionOrder): OrderType {
  if (order.startsWith('child_arrangements')) return 'child_arrangements';
  if (order.startsWith('prohibited_steps')) return 'prohibited_steps';
  return 'specific_issues';
}

/** Protective court orders (C100-DOMAIN §4.1 `CourtOrderType`). */
export const COURT_ORDER_TYPE = codes(
  ['non_molestation', 'occupation', 'forced_marriage_protection', 'restraining', 'injunctive', 'undertaking'] as const,
  {
    non_molestation: 'Non-molestation order',
    occupation: 'Occupation order',
    forced_marriage_protection: 'Forced marriage protection order',
    restraining: 'Restraining order',
    injunctive: 'Other injunctive order',
    undertaking: 'Undertaking in place of an order',
  },
);
export type CourtOrderType = (typeof COURT_ORDER_TYPE.values)[number];

/** Kinds of abuse, in the order the MoJ loop asks them (C100-DOMAIN §2.4). */
export const ABUSE_KIND = codes(['sexual', 'physical', 'financial', 'psychological', 'emotional', 'other'] as const, {
  sexual: 'Sexual abuse',
  physical: 'Physical abuse',
  financial: 'Financial abuse',
  psychological: 'Psychological abuse',
  emotional: 'Emotional abuse',
  other: 'Other concerns',
});
export type AbuseKind = (typeof ABUSE_KIND.values)[number];
export const ABUSE_SUBJECT = ['children', 'applicant'] as const;
export type AbuseSubject = (typeof ABUSE_SUBJECT)[number];

/** `ConcernsContactType` (C100-DOMAIN §4.1). */
export const CONTACT_WISH = codes(['unsupervised', 'supervised', 'none'] as const, {
  unsupervised: 'Yes',
  supervised: 'Yes, but it must be supervised',
  none: 'No, I do not want the other person to spend time with the children',
});
export type ContactWish = (typeof CONTACT_WISH.values)[number];

/** Who holds the children's passports (view renders only these three, C100-DOMAIN §4.3). */
export const PASSPORT_HOLDER = codes(['mother', 'father', 'other'] as const, {
  mother: 'Mother',
  father: 'Father',
  other: 'Other',
});
export type PassportHolder = (typeof PASSPORT_HOLDER.values)[number];

/** Details a party may keep confidential (C100-DOMAIN §4.1 `ContactDetails`). */
export const PRIVATE_DETAIL = codes(['address', 'phone', 'email'] as const, {
  address: 'Current address',
  phone: 'Phone number',
  email: 'Email address',
});
export type PrivateDetail = (typeof PRIVATE_DETAIL.values)[number];

/** Section 10a of the paper form asks, per person, for spoken, written or both in Welsh. */
export const WELSH_NEED = codes(['spoken', 'written', 'both'] as const, {
  spoken: 'Spoken',
  written: 'Written',
  both: 'Both',
});
export type WelshNeed = (typeof WELSH_NEED.values)[number];

export const PARTY_ROLE = codes(['applicant', 'respondent', 'other'] as const, {
  applicant: 'Applicant',
  respondent: 'Respondent',
  other: 'Other person',
});
export type PartyRole = (typeof PARTY_ROLE.values)[number];

/** `SpecialArrangements` (C100-DOMAIN §4.1) = the paper form's section 10 special measures ticks. */
export const SPECIAL_ARRANGEMENT = codes(
  ['separate_waiting_rooms', 'separate_entrance_exit', 'protective_screens', 'video_link'] as const,
  {
    separate_waiting_rooms: 'Separate waiting rooms',
    separate_entrance_exit: 'Separate exits and entrances',
    protective_screens: 'Protective screens (a judge must approve this)',
    video_link: 'Video links (a judge must approve this)',
  },
);
export type SpecialArrangement = (typeof SPECIAL_ARRANGEMENT.values)[number];

/** `SpecialAssistance` (C100-DOMAIN §4.1). */
export const SPECIAL_ASSISTANCE = codes(
  ['hearing_loop', 'braille_documents', 'advance_court_viewing', 'other_assistance'] as const,
  {
    hearing_loop: 'A hearing loop',
    braille_documents: 'Documents in Braille',
    advance_court_viewing: 'Advance viewing of the court',
    other_assistance: 'Other assistance or facilities',
  },
);
export type SpecialAssistance = (typeof SPECIAL_ASSISTANCE.values)[number];

/** Section 7 of the paper form: the type-of-proceedings grid (C100 04.24 page 18). */
export const PROCEEDING_TYPE = codes(
  [
    'emergency_protection',
    'supervision',
    'care',
    'child_abduction',
    'family_law_act_part_4',
    'contact_or_residence_in_divorce',
    'contact_or_residence_with_adoption',
    'child_maintenance',
    'child_arrangements',
  ] as const,
  {
    emergency_protection: 'Emergency Protection Order',
    supervision: 'Supervision Order',
    care: 'Care Order',
    child_abduction: 'Child abduction',
    family_law_act_part_4: 'Family Law Act 1996 Part 4 (non-molestation or occupation order)',
    contact_or_residence_in_divorce:
      'A contact or residence order made within proceedings for a divorce or dissolution of a civil partnership',
    contact_or_residence_with_adoption:
      'A contact or residence order made in connection with an Adoption Order',
    child_maintenance: 'An order relating to child maintenance (Schedule 1 Children Act 1989)',
    child_arrangements: 'A child arrangements order',
  },
);
export type ProceedingType = (typeof PROCEEDING_TYPE.values)[number];

/** The statement of truth is signed by the applicant or their legal representative (C100 04.24 section 16). */
export const SIGNATORY = codes(['applicant', 'representative'] as const, {
  applicant: 'The applicant',
  representative: 'The applicant’s legal representative',
});
export type Signatory = (typeof SIGNATORY.values)[number];

/** Non-parent permission questions, in the order MoJ asks them (C100-DOMAIN §5.1). */
export const PERMISSION_QUESTION = [
  'parental_responsibility',
  'living_order',
  'amendment',
  'time_order',
  'living_arrangement',
  'consent',
  'family',
  'local_authority',
  'relative',
] as const;
export type PermissionQuestion = (typeof PERMISSION_QUESTION)[number];
