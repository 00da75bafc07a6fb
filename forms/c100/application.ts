/**
 * `C100Application`: the strict form of a C100, with every answer the official C100 04.24 form, the
 * C1A and the C8 need, checked and normalised (trimmed text, ISO dates, formatted postcodes and Help
 * with Fees references). Produced only by `toApplication(draft)`; answers behind a closed gate (for
 * example urgent-hearing details when no urgent hearing is asked for) are not carried over.
 */
import type {
  AbuseKind,
  ContactWish,
  CourtOrderType,
  PartyRole,
  PassportHolder,
  PermissionQuestion,
  PetitionOrder,
  PrivateDetail,
  ProceedingType,
  Relation,
  Sex,
  Signatory,
  SpecialArrangement,
  SpecialAssistance,
  WelshNeed,
  YesNo,
  YesNoUnknown,
} from './enums';
import type { ExemptionAnswer } from './miam/exemptionCodes';

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface Address {
  line1: string;
  line2?: string;
  line3?: string;
  town: string;
  county?: string;
  /** Formatted UK postcode ("SW1A 1AA"), absent for addresses outside the UK. */
  postcode?: string;
  country: string;
}

/** A date of birth, or "I don't know" with an approximate date (C100-DOMAIN §4.2). */
export type DateOfBirth = { known: true; date: IsoDate } | { known: false; estimate: IsoDate };

export interface Relationship {
  childId: string;
  relation: Relation;
  otherRelation?: string;
  /** Answers to the non-parent permission questions asked (C100-DOMAIN §5.1). */
  permission: Partial<Record<PermissionQuestion, YesNo>>;
}

interface Person {
  id: string;
  firstNames: string;
  lastName: string;
}

export interface Child extends Person {
  dateOfBirth: DateOfBirth;
  sex: Sex;
  orders: PetitionOrder[];
  /** Asked only when the child's orders include who they live with (C100-DOMAIN §4.6). */
  specialGuardianshipOrder?: YesNo;
  parentalResponsibility: string;
  /** Ids of the applicants, respondents and other people the child lives with now. */
  livesWith: string[];
}

export interface OtherChild extends Person {
  dateOfBirth: DateOfBirth;
  sex: Sex;
}

export interface Adult extends Person {
  hasPreviousName: YesNoUnknown;
  previousName?: string;
  sex: Sex;
  dateOfBirth: DateOfBirth;
  placeOfBirth?: string;
  /** Undefined when the address is not known (respondents and other people only). */
  address?: Address;
  livedAtAddressOverFiveYears?: YesNoUnknown;
  addressHistory?: string;
  homePhone?: string;
  mobilePhone?: string;
  /** Why the court cannot phone the applicant (applicants only). */
  noPhoneReason?: string;
  voicemail?: YesNo;
  email?: string;
  relationships: Relationship[];
  refuge: YesNoUnknown;
  keepDetailsPrivate: YesNo;
  /** Which details stay off the C100 and go on the C8; all three for someone in a refuge. */
  privateDetails: PrivateDetail[];
}

export interface Applicant extends Adult {
  othersKnowDetails: YesNoUnknown;
  /** Under 18 on the day of the application: needs a litigation friend (C100-DOMAIN §4.7). */
  underAge: boolean;
}
export type Respondent = Adult;
export interface OtherPerson extends Adult {
  livesWithChildren: YesNo;
  keepIdentityPrivate: YesNo;
}

export interface AbuseConcern {
  description: string;
  startedWhen: string;
  ongoing: YesNo;
  stoppedWhen?: string;
  askedForHelp: YesNo;
  helpFrom?: string;
  helpGiven?: YesNo;
  helpDescription?: string;
}

export interface ProtectiveOrder {
  caseNumber: string;
  dateIssued: IsoDate;
  length: string;
  courtName: string;
  current: YesNo;
}

export interface Proceeding {
  id: string;
  childrenNames: string;
  courtName: string;
  caseNumber?: string;
  dateOrYear?: string;
  cafcassOfficer?: string;
  types: ProceedingType[];
  typeDetails?: string;
  otherDetails?: string;
}

export type MiamExemptions = {
  domestic: ExemptionAnswer<'domestic'>[];
  protection: ExemptionAnswer<'protection'>[];
  urgency: ExemptionAnswer<'urgency'>[];
  adr: ExemptionAnswer<'adr'>[];
  misc: ExemptionAnswer<'misc'>[];
};

/** Section 2–4 of the C100: why no MIAM is needed, the MIAM attended, or the exemptions claimed. */
export type MiamAnswers =
  | { route: 'not_required'; reason: 'consent_order' | 'child_protection_cases' }
  | {
      route: 'attended';
      mediatorRegistrationNumber: string;
      mediatorServiceName: string;
      mediatorSoleTraderName?: string;
      attendanceDate?: IsoDate;
    }
  | {
      route: 'exempt';
      exemptions: MiamExemptions;
      canProvideEvidence?: YesNo;
      evidenceUnavailableReason?: string;
      previousAttendanceEvidence?: 'certificate' | 'details';
      previousAttendanceDetails?: string;
      cannotAttendOnlineReason?: string;
      mediatorsContacted?: string;
      noMediatorNearbyExplanation?: string;
      additionalDetails?: string;
    };

export interface C100Application {
  screening: {
    childrenPostcode: string;
    consentOrder: YesNo;
    childProtectionCases: YesNo;
    isLegalRepresentative: YesNo;
  };
  miam: MiamAnswers;
  safety: {
    abductionRisk: YesNo;
    abduction?: {
      riskDetails: string;
      currentLocation: string;
      policeNotified: YesNo;
      childrenHavePassport: YesNo;
      multiplePassports?: YesNo;
      passportHolders: PassportHolder[];
      passportHoldersOther?: string;
      previousAttempt: YesNo;
      previousAttemptDetails?: string;
      agenciesInvolved?: YesNo;
      agenciesDetails?: string;
    };
    substanceMisuse: YesNo;
    substanceMisuseDetails?: string;
    childrenAbuse: YesNo;
    domesticAbuse: YesNo;
    otherConcerns: YesNo;
    /** Only the kinds answered yes, per subject. */
    abuse: { children: Partial<Record<AbuseKind, AbuseConcern>>; applicant: Partial<Record<AbuseKind, AbuseConcern>> };
    hasProtectiveOrders?: YesNo;
    protectiveOrders: Partial<Record<CourtOrderType, ProtectiveOrder>>;
    contactWish?: ContactWish;
    otherContact?: YesNo;
    protectionSought?: YesNo;
    protectionSoughtDetails?: string;
  };
  orders: { sought: PetitionOrder[]; details?: string };
  children: Child[];
  childrenDetails: {
    knownToLocalAuthority: YesNoUnknown;
    knownToLocalAuthorityDetails?: string;
    childProtectionPlan: YesNoUnknown;
    sameParents: YesNo;
    parentsDetails?: string;
    livingArrangementsDetails?: string;
  };
  otherChildren: OtherChild[];
  applicants: Applicant[];
  respondents: Respondent[];
  otherPeople: OtherPerson[];
  application: {
    previousProceedings: YesNo;
    proceedings: Proceeding[];
    restrictingOrder: YesNo;
    restrictingOrderCaseNumber?: string;
    restrictingOrderExpiry?: IsoDate;
    /** Present only when the court's permission is needed (C100-DOMAIN §5.1). */
    permissionAlreadySought?: YesNo;
    permissionReasons?: string;
    reasonsForApplication: string;
    parentingPlan: YesNo;
    urgent: YesNo;
    urgentReasons?: string;
    urgentOrdersSought?: string;
    urgentTimescale?: string;
    urgentWithin48Hours?: YesNo;
    urgentNoticeEfforts?: string;
    withoutNotice: YesNo;
    withoutNoticeReasons?: string;
    withoutNoticeFrustrate?: YesNo;
    withoutNoticeFrustrateDetails?: string;
    withoutNoticeImpossible?: YesNo;
    withoutNoticeImpossibleDetails?: string;
    internationalResident: YesNo;
    internationalResidentDetails?: string;
    internationalJurisdiction: YesNo;
    internationalJurisdictionDetails?: string;
    internationalRequest: YesNo;
    internationalRequestDetails?: string;
    litigationCapacity: YesNo;
    capacityDetails?: string;
    capacityOtherFactors?: string;
    capacityReferralDetails?: string;
  };
  attendingCourt: {
    welsh: YesNo;
    welshPeople: { personId: string; need: WelshNeed }[];
    interpreter: YesNo;
    interpreterPeople: { id: string; role: PartyRole; name: string; language: string; dialect?: string }[];
    signLanguage: YesNo;
    signLanguageDetails?: string;
    intermediary: YesNo;
    intermediaryDetails?: string;
    disability: YesNo;
    disabilityDetails?: string;
    specialArrangements: SpecialArrangement[];
    specialArrangementsDetails?: string;
    specialAssistance: SpecialAssistance[];
    specialAssistanceDetails?: string;
  };
  solicitor:
    | { hasSolicitor: 'no' }
    | {
        hasSolicitor: 'yes';
        fullName: string;
        firm: string;
        reference?: string;
        address: Address;
        phone: string;
        fax?: string;
        dxNumber?: string;
        email: string;
        feeAccountNumber?: string;
      };
  fee: { helpWithFees: YesNo; hwfReference?: string; payByCard?: YesNo };
  statementOfTruth: {
    signatory: Signatory;
    fullName: string;
    firm?: string;
    position?: string;
    date: IsoDate;
  };
}
