/**
 * `C100Draft`: what the user typed, stored as is (GOV.UK: keep failing answers). Every field is
 * optional and free text is kept even when it would not validate yet; `toApplication` turns a draft
 * into the strict `C100Application` or explains what is missing. Codes follow C100-DOMAIN §3–§4.
 *
 * Rules for this schema: unknown keys are stripped (a draft never carries foreign data into the
 * vault), strings are bounded only by a generous safety cap (the real limits are in the application
 * schema, so that over-long text can be shown and shortened rather than lost).
 */
import { z } from 'zod';
import {
  ABUSE_KIND,
  CONTACT_WISH,
  COURT_ORDER_TYPE,
  PARTY_ROLE,
  PASSPORT_HOLDER,
  PERMISSION_QUESTION,
  PETITION_ORDER,
  PRIVATE_DETAIL,
  PROCEEDING_TYPE,
  RELATION,
  SEX,
  SIGNATORY,
  SPECIAL_ARRANGEMENT,
  SPECIAL_ASSISTANCE,
  WELSH_NEED,
  YES_NO,
  YES_NO_UNKNOWN,
} from './enums';
import { EXEMPTION_CODES, NONE_CODE } from './miam/exemptionCodes';

export const DRAFT_SCHEMA_VERSION = 2;

/** A safety cap far above every real limit: a draft keeps what was typed, but not unbounded data. */
export const DRAFT_TEXT_CAP = 100_000;
const text = z.string().max(DRAFT_TEXT_CAP).optional();
const yesNo = z.enum(YES_NO).optional();
const yesNoUnknown = z.enum(YES_NO_UNKNOWN).optional();
const flag = z.boolean().optional();
/** Bounded lists: the UI never produces more, and a hostile file cannot exhaust memory. */
const list = <T extends z.ZodType>(item: T, max = 50) => z.array(item).max(max).optional();

/** A date as typed into the three GOV.UK date boxes. */
export const DatePartsSchema = z.object({ day: text, month: text, year: text });
export type DateParts = z.infer<typeof DatePartsSchema>;

export const AddressDraftSchema = z.object({
  line1: text,
  line2: text,
  line3: text,
  town: text,
  county: text,
  postcode: text,
  country: text,
});
export type AddressDraft = z.infer<typeof AddressDraftSchema>;

/** Relationship of an adult to one child (or other child), with the non-parent permission answers. */
export const RelationshipDraftSchema = z.object({
  childId: z.string().max(100),
  relation: z.enum(RELATION.values).optional(),
  otherRelation: text,
  /** Non-parent permission questions (C100-DOMAIN §5.1); the journey stops at the first "yes". */
  permission: z.partialRecord(z.enum(PERMISSION_QUESTION), z.enum(YES_NO)).optional(),
});
export type RelationshipDraft = z.infer<typeof RelationshipDraftSchema>;

const personBase = {
  id: z.string().min(1).max(100),
  firstNames: text,
  lastName: text,
};

const dateOfBirthParts = {
  dateOfBirth: DatePartsSchema.optional(),
  /** "I don't know their date of birth" + an approximate date (C100-DOMAIN §4.2 Dates). */
  dateOfBirthUnknown: flag,
  dateOfBirthEstimate: DatePartsSchema.optional(),
};

export const ChildDraftSchema = z.object({
  ...personBase,
  ...dateOfBirthParts,
  sex: z.enum(SEX.values).optional(),
  /** Which of the orders sought concern this child (C100-DOMAIN §4.5 per child). */
  orders: list(z.enum(PETITION_ORDER.values), 20),
  specialGuardianshipOrder: yesNo,
  parentalResponsibility: text,
  /** Ids of applicants, respondents or other people the child lives with now (section 1d). */
  livesWith: list(z.string().max(100)),
});
export type ChildDraft = z.infer<typeof ChildDraftSchema>;

export const OtherChildDraftSchema = z.object({
  ...personBase,
  ...dateOfBirthParts,
  sex: z.enum(SEX.values).optional(),
});
export type OtherChildDraft = z.infer<typeof OtherChildDraftSchema>;

const adultBase = {
  ...personBase,
  ...dateOfBirthParts,
  hasPreviousName: yesNoUnknown,
  previousName: text,
  sex: z.enum(SEX.values).optional(),
  placeOfBirth: text,
  placeOfBirthUnknown: flag,
  address: AddressDraftSchema.optional(),
  addressUnknown: flag,
  /** "Have you lived at your current address for more than 5 years?" */
  livedAtAddressOverFiveYears: yesNoUnknown,
  addressHistory: text,
  homePhone: text,
  mobilePhone: text,
  phoneUnknown: flag,
  canProvidePhone: yesNo,
  noPhoneReason: text,
  voicemail: yesNo,
  email: text,
  emailUnknown: flag,
  canProvideEmail: yesNo,
  relationships: list(RelationshipDraftSchema),
  /** "Are you (is X) currently resident in a refuge?" A refuge keeps everything private. */
  refuge: yesNoUnknown,
  /** Keep contact details private from the other parties; they then go on the C8 only. */
  keepDetailsPrivate: yesNo,
  privateDetails: list(z.enum(PRIVATE_DETAIL.values), 3),
};

export const ApplicantDraftSchema = z.object({
  ...adultBase,
  /** "Do the respondents know any of your contact details?" (C100-DOMAIN §4.7 privacy_known). */
  othersKnowDetails: yesNoUnknown,
  /** Litigation friend acknowledgement for an applicant under 18 (C100-DOMAIN §4.7 under_age). */
  underAgeAcknowledged: flag,
});
export type ApplicantDraft = z.infer<typeof ApplicantDraftSchema>;

export const RespondentDraftSchema = z.object(adultBase);
export type RespondentDraft = z.infer<typeof RespondentDraftSchema>;

export const OtherPersonDraftSchema = z.object({
  ...adultBase,
  /** "Do any of the children live with X?" (C100-DOMAIN §4.9). */
  livesWithChildren: yesNo,
  keepIdentityPrivate: yesNo,
});
export type OtherPersonDraft = z.infer<typeof OtherPersonDraftSchema>;

export const AbuseConcernDraftSchema = z.object({
  answer: yesNo,
  description: text,
  startedWhen: text,
  ongoing: yesNo,
  stoppedWhen: text,
  askedForHelp: yesNo,
  helpFrom: text,
  helpGiven: yesNo,
  helpDescription: text,
});
export type AbuseConcernDraft = z.infer<typeof AbuseConcernDraftSchema>;

const abuseBySubject = z.partialRecord(z.enum(ABUSE_KIND.values), AbuseConcernDraftSchema).optional();

export const ProtectiveOrderDraftSchema = z.object({
  inPlace: yesNo,
  caseNumber: text,
  dateIssued: DatePartsSchema.optional(),
  length: text,
  courtName: text,
  current: yesNo,
});
export type ProtectiveOrderDraft = z.infer<typeof ProtectiveOrderDraftSchema>;

export const ProceedingDraftSchema = z.object({
  id: z.string().min(1).max(100),
  childrenNames: text,
  courtName: text,
  caseNumber: text,
  dateOrYear: text,
  cafcassOfficer: text,
  types: list(z.enum(PROCEEDING_TYPE.values), 20),
  typeDetails: text,
  otherDetails: text,
});
export type ProceedingDraft = z.infer<typeof ProceedingDraftSchema>;

const exemptionList = <const T extends readonly [string, ...string[]], const N extends string>(codes: T, none: N) =>
  list(z.enum([...codes, none]), 30);

export const MiamDraftSchema = z.object({
  /** "I understand that I have to attend a MIAM ... or provide a valid reason for not attending." */
  acknowledged: flag,
  voucherScheme: yesNo,
  attended: yesNo,
  /** "Have you got a document signed by the mediator?" — without it the journey stops (exit page). */
  mediatorDocument: yesNo,
  mediatorRegistrationNumber: text,
  mediatorServiceName: text,
  mediatorSoleTraderName: text,
  attendanceDate: DatePartsSchema.optional(),
  claimsExemption: yesNo,
  exemptions: z
    .object({
      domestic: exemptionList(EXEMPTION_CODES.domestic, NONE_CODE.domestic),
      protection: exemptionList(EXEMPTION_CODES.protection, NONE_CODE.protection),
      urgency: exemptionList(EXEMPTION_CODES.urgency, NONE_CODE.urgency),
      adr: exemptionList(EXEMPTION_CODES.adr, NONE_CODE.adr),
      misc: exemptionList(EXEMPTION_CODES.misc, NONE_CODE.misc),
    })
    .optional(),
  /** Domestic abuse / previous attendance evidence: can it go with the application? (PD3A para 5.1, C100 section 3a/3d) */
  canProvideEvidence: yesNo,
  evidenceUnavailableReason: text,
  /** 3d item 2: a mediator's certificate, or the MIAM's date and the provider's name and contact details. */
  previousAttendanceEvidence: z.enum(['certificate', 'details']).optional(),
  previousAttendanceDetails: text,
  /** 3e (i): why the applicant cannot attend online or by video link. */
  cannotAttendOnlineReason: text,
  /** 3e no appointment / disability: mediators contacted (names, addresses, phone or email, dates). */
  mediatorsContacted: text,
  /** 3e no mediator within 15 miles: the explanation. */
  noMediatorNearbyExplanation: text,
  /** "Section 3 – continued": anything else the court should know about the exemption. */
  additionalDetails: text,
});
export type MiamDraft = z.infer<typeof MiamDraftSchema>;

export const C100DraftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  screening: z
    .object({
      /** Postcode of where the children live (England and Wales only). */
      childrenPostcode: text,
      /** The children live in England or Wales (the service covers only those courts). */
      inEnglandOrWales: yesNo,
      consentOrder: yesNo,
      /** The draft consent order, signed by both sides, will go with the application. */
      draftConsentOrderAttached: flag,
      /** A child is already in emergency, care or supervision proceedings or subject to such an order. */
      childProtectionCases: yesNo,
      isLegalRepresentative: yesNo,
    })
    .optional(),
  miam: MiamDraftSchema.optional(),
  safety: z
    .object({
      abductionRisk: yesNo,
      abduction: z
        .object({
          riskDetails: text,
          currentLocation: text,
          policeNotified: yesNo,
          childrenHavePassport: yesNo,
          multiplePassports: yesNo,
          passportHolders: list(z.enum(PASSPORT_HOLDER.values), 3),
          passportHoldersOther: text,
          previousAttempt: yesNo,
          previousAttemptDetails: text,
          agenciesInvolved: yesNo,
          agenciesDetails: text,
        })
        .optional(),
      substanceMisuse: yesNo,
      substanceMisuseDetails: text,
      childrenAbuse: yesNo,
      domesticAbuse: yesNo,
      otherConcerns: yesNo,
      abuse: z.object({ children: abuseBySubject, applicant: abuseBySubject }).optional(),
      hasProtectiveOrders: yesNo,
      protectiveOrders: z.partialRecord(z.enum(COURT_ORDER_TYPE.values), ProtectiveOrderDraftSchema).optional(),
      contactWish: z.enum(CONTACT_WISH.values).optional(),
      otherContact: yesNo,
      protectionSought: yesNo,
      protectionSoughtDetails: text,
    })
    .optional(),
  orders: z
    .object({
      sought: list(z.enum(PETITION_ORDER.values), 20),
      /** "Please specify the nature of the order you seek" (front page) and 6a "orders/directions sought". */
      details: text,
    })
    .optional(),
  children: list(ChildDraftSchema),
  childrenDetails: z
    .object({
      knownToLocalAuthority: yesNoUnknown,
      knownToLocalAuthorityDetails: text,
      childProtectionPlan: yesNoUnknown,
      /** Section 1c: do all the children share the same parents? */
      sameParents: yesNo,
      parentsDetails: text,
      livingArrangementsDetails: text,
    })
    .optional(),
  hasOtherChildren: yesNo,
  otherChildren: list(OtherChildDraftSchema),
  applicants: list(ApplicantDraftSchema, 20),
  respondents: list(RespondentDraftSchema, 20),
  hasOtherPeople: yesNo,
  otherPeople: list(OtherPersonDraftSchema, 20),
  application: z
    .object({
      previousProceedings: yesNo,
      proceedings: list(ProceedingDraftSchema, 20),
      /** s91(14) order or a civil restraint order in force (C100-DOMAIN §4.10 existing_court_order). */
      restrictingOrder: yesNo,
      restrictingOrderCaseNumber: text,
      restrictingOrderExpiry: DatePartsSchema.optional(),
      /** "Have you already applied to the court for permission?" (asked only when permission is needed). */
      permissionAlreadySought: yesNo,
      permissionReasons: text,
      reasonsForApplication: text,
      parentingPlan: yesNo,
      urgent: yesNo,
      urgentReasons: text,
      urgentOrdersSought: text,
      urgentTimescale: text,
      urgentWithin48Hours: yesNo,
      urgentNoticeEfforts: text,
      withoutNotice: yesNo,
      withoutNoticeReasons: text,
      withoutNoticeFrustrate: yesNo,
      withoutNoticeFrustrateDetails: text,
      withoutNoticeImpossible: yesNo,
      withoutNoticeImpossibleDetails: text,
      internationalResident: yesNo,
      internationalResidentDetails: text,
      internationalJurisdiction: yesNo,
      internationalJurisdictionDetails: text,
      internationalRequest: yesNo,
      internationalRequestDetails: text,
      litigationCapacity: yesNo,
      capacityDetails: text,
      capacityOtherFactors: text,
      capacityReferralDetails: text,
    })
    .optional(),
  attendingCourt: z
    .object({
      welsh: yesNo,
      welshPeople: list(z.object({ personId: z.string().max(100), need: z.enum(WELSH_NEED.values).optional() }), 30),
      interpreter: yesNo,
      interpreterPeople: list(
        z.object({
          id: z.string().min(1).max(100),
          role: z.enum(PARTY_ROLE.values).optional(),
          name: text,
          language: text,
          dialect: text,
        }),
        30,
      ),
      signLanguage: yesNo,
      signLanguageDetails: text,
      intermediary: yesNo,
      intermediaryDetails: text,
      disability: yesNo,
      disabilityDetails: text,
      specialArrangements: list(z.enum(SPECIAL_ARRANGEMENT.values), 10),
      specialArrangementsDetails: text,
      specialAssistance: list(z.enum(SPECIAL_ASSISTANCE.values), 10),
      specialAssistanceDetails: text,
    })
    .optional(),
  solicitor: z
    .object({
      hasSolicitor: yesNo,
      fullName: text,
      firm: text,
      reference: text,
      address: AddressDraftSchema.optional(),
      phone: text,
      fax: text,
      dxNumber: text,
      email: text,
      feeAccountNumber: text,
    })
    .optional(),
  fee: z
    .object({
      helpWithFees: yesNo,
      hwfReference: text,
      /** Paper form page 27: paying by credit or debit card (the court phones within 3 working days). */
      payByCard: yesNo,
    })
    .optional(),
  statementOfTruth: z
    .object({
      signatory: z.enum(SIGNATORY.values).optional(),
      /** "I believe that the facts stated in this form and any continuation sheets are true." */
      confirmed: flag,
      fullName: text,
      firm: text,
      position: text,
      date: DatePartsSchema.optional(),
    })
    .optional(),
  /** Comments left by a reviewer (e.g. a McKenzie friend); never part of the application. */
  reviewComments: list(
    z.object({
      id: z.string().min(1).max(100),
      author: z.string().max(200),
      path: z.string().max(300),
      text: z.string().max(5000),
      createdAt: z.string().max(40),
      resolved: flag,
    }),
    500,
  ),
});
export type C100Draft = z.infer<typeof C100DraftSchema>;

/** A new, empty draft. */
export function emptyDraft(): C100Draft {
  return { schemaVersion: DRAFT_SCHEMA_VERSION };
}
