/**
 * A complete `C100Application` for the field map tests, with more people than the paper holds and
 * several confidentiality choices. Built directly (not through toApplication) so that the field map
 * tests do not depend on the journey's rules.
 */
import type {
  Adult,
  Applicant,
  C100Application,
  Child,
  OtherChild,
  OtherPerson,
} from '../../../../../forms/c100/application';

export const CHILD_IDS = ['c1', 'c2', 'c3', 'c4', 'c5'] as const;

function child(id: string, firstNames: string, lastName: string, date: string, sex: Child['sex']): Child {
  return {
    id,
    firstNames,
    lastName,
    dateOfBirth: { known: true, date },
    sex,
    orders: ['child_arrangements_home', 'child_arrangements_time'],
    specialGuardianshipOrder: 'no',
    parentalResponsibility: `Mother and father of ${firstNames}`,
    livesWith: ['a1'],
  };
}

function relationships(
  relation: Adult['relationships'][number]['relation'],
  childIds: readonly string[] = ['c1'],
): Adult['relationships'] {
  return childIds.map((childId) => ({ childId, relation, permission: {} }));
}

export function applicant(overrides: Partial<Applicant> = {}): Applicant {
  return {
    id: 'a1',
    firstNames: 'Siân',
    lastName: 'Llŷr',
    hasPreviousName: 'yes',
    previousName: 'Siân Morgan',
    sex: 'female',
    dateOfBirth: { known: true, date: '1988-02-14' },
    placeOfBirth: 'Swansea',
    address: {
      line1: '12 Heol y Frenhines',
      line2: 'Flat 3',
      town: 'Cardiff',
      postcode: 'CF10 1EP',
      country: 'United Kingdom',
    },
    livedAtAddressOverFiveYears: 'no',
    addressHistory: '2019 to 2023: 5 Stryd Fawr, Bridgend CF31 1AA',
    homePhone: '029 2018 0000',
    mobilePhone: '07700 900982',
    voicemail: 'yes',
    email: 'sian.llyr@example.com',
    relationships: relationships('mother', CHILD_IDS),
    refuge: 'no',
    keepDetailsPrivate: 'no',
    privateDetails: [],
    othersKnowDetails: 'yes',
    underAge: false,
    ...overrides,
  };
}

export function respondent(overrides: Partial<Adult> = {}): Adult {
  return {
    id: 'r1',
    firstNames: 'Łukasz',
    lastName: 'Wójcik',
    hasPreviousName: 'no',
    sex: 'male',
    dateOfBirth: { known: true, date: '1985-10-03' },
    placeOfBirth: 'Kraków, Poland',
    address: { line1: '4 Ffordd y Parc', town: 'Newport', postcode: 'NP20 1AA', country: 'United Kingdom' },
    livedAtAddressOverFiveYears: 'unknown',
    mobilePhone: '07700 900111',
    email: 'lukasz@example.org',
    relationships: relationships('father', CHILD_IDS),
    refuge: 'no',
    keepDetailsPrivate: 'no',
    privateDetails: [],
    ...overrides,
  };
}

export function otherPerson(overrides: Partial<OtherPerson> = {}): OtherPerson {
  return {
    ...respondent({
      id: 'o1',
      firstNames: 'Ayşe',
      lastName: 'Yılmaz',
      sex: 'female',
      relationships: relationships('grand_parent', CHILD_IDS),
    }),
    livesWithChildren: 'no',
    keepIdentityPrivate: 'no',
    ...overrides,
  };
}

export function otherChild(overrides: Partial<OtherChild> = {}): OtherChild {
  return {
    id: 'oc1',
    firstNames: 'Tomos',
    lastName: 'Llŷr',
    dateOfBirth: { known: true, date: '2019-05-01' },
    sex: 'male',
    ...overrides,
  };
}

/** One child, one applicant, one respondent, MIAM attended, nothing unusual. */
export function simpleApplication(): C100Application {
  return {
    screening: {
      childrenPostcode: 'CF10 1EP',
      consentOrder: 'no',
      childProtectionCases: 'no',
      isLegalRepresentative: 'no',
    },
    miam: {
      route: 'attended',
      mediatorRegistrationNumber: 'FMC 12345',
      mediatorServiceName: 'Cardiff Family Mediation',
      mediatorSoleTraderName: 'Ann Jones Mediation',
      attendanceDate: '2026-09-02',
    },
    safety: {
      abductionRisk: 'no',
      substanceMisuse: 'no',
      childrenAbuse: 'no',
      domesticAbuse: 'no',
      otherConcerns: 'no',
      abuse: { children: {}, applicant: {} },
      protectiveOrders: {},
    },
    orders: { sought: ['child_arrangements_home', 'child_arrangements_time'] },
    children: [child('c1', 'Nia', 'Llŷr', '2016-03-07', 'female')],
    childrenDetails: {
      knownToLocalAuthority: 'no',
      childProtectionPlan: 'no',
      sameParents: 'yes',
      parentsDetails: 'Siân Llŷr and Łukasz Wójcik',
    },
    otherChildren: [],
    applicants: [applicant({ relationships: relationships('mother') })],
    respondents: [respondent({ relationships: relationships('father') })],
    otherPeople: [],
    application: {
      previousProceedings: 'no',
      proceedings: [],
      restrictingOrder: 'no',
      reasonsForApplication: 'We cannot agree where Nia should live during the week.',
      parentingPlan: 'no',
      urgent: 'no',
      withoutNotice: 'no',
      internationalResident: 'no',
      internationalJurisdiction: 'no',
      internationalRequest: 'no',
      litigationCapacity: 'no',
    },
    attendingCourt: {
      welsh: 'no',
      welshPeople: [],
      interpreter: 'no',
      interpreterPeople: [],
      signLanguage: 'no',
      intermediary: 'no',
      disability: 'no',
      specialArrangements: [],
      specialAssistance: [],
    },
    solicitor: { hasSolicitor: 'no' },
    fee: { helpWithFees: 'yes', hwfReference: 'HWF-A1B-23C' },
    statementOfTruth: { signatory: 'applicant', fullName: 'Siân Llŷr', date: '2026-11-20' },
  };
}

/**
 * Beyond the paper's capacity everywhere: 5 children, 3 applicants, 3 respondents (the first keeps
 * address and phone private, the third is in a refuge), 3 other people (the first keeps identity
 * private), 3 other children, 2 previous cases and 8 Welsh-language people.
 */
export function crowdedApplication(): C100Application {
  const base = simpleApplication();
  const applicants = [
    applicant({ keepDetailsPrivate: 'yes', privateDetails: ['address', 'phone'] }),
    applicant({
      id: 'a2',
      firstNames: 'Nguyễn Thị',
      lastName: 'Minh',
      email: 'minh@example.com',
      mobilePhone: '07700 900200',
      homePhone: undefined,
      address: {
        line1: '1 Stryd y Castell',
        town: 'Cardiff',
        postcode: 'CF10 2AA',
        country: 'United Kingdom',
      },
      livedAtAddressOverFiveYears: 'yes',
      addressHistory: undefined,
      relationships: relationships('grand_parent', CHILD_IDS),
    }),
    applicant({
      id: 'a3',
      firstNames: 'محمد',
      lastName: 'علي',
      email: 'mohammed@example.com',
      homePhone: undefined,
      mobilePhone: '07700 900303',
      sex: 'male',
      address: { line1: '77 Secret Lane', town: 'Swansea', postcode: 'SA1 1AA', country: 'United Kingdom' },
      keepDetailsPrivate: 'yes',
      privateDetails: ['address', 'email'],
      relationships: relationships('other', CHILD_IDS),
    }),
  ];
  const respondents = [
    respondent(),
    respondent({
      id: 'r2',
      firstNames: 'Rhys',
      lastName: 'Evans',
      dateOfBirth: { known: false, estimate: '1980-01-01' },
      address: undefined,
      mobilePhone: undefined,
      email: undefined,
      livedAtAddressOverFiveYears: 'unknown',
    }),
    respondent({
      id: 'r3',
      firstNames: 'Gwen',
      lastName: 'Price',
      sex: 'female',
      refuge: 'yes',
      keepDetailsPrivate: 'yes',
      privateDetails: ['address', 'phone', 'email'],
      address: { line1: '9 Refuge Road', town: 'Bristol', postcode: 'BS1 4ST', country: 'United Kingdom' },
      mobilePhone: '07700 900333',
      email: 'gwen.refuge@example.net',
    }),
  ];
  const otherPeople = [
    otherPerson({
      keepIdentityPrivate: 'yes',
      firstNames: 'Hidden',
      lastName: 'Person',
      address: { line1: '3 Quiet Close', town: 'Cardiff', postcode: 'CF5 1AB', country: 'United Kingdom' },
      keepDetailsPrivate: 'yes',
      privateDetails: ['address'],
    }),
    otherPerson({ id: 'o2', firstNames: 'Dewi', lastName: 'Sant', sex: 'male' }),
    otherPerson({ id: 'o3', firstNames: 'Megan', lastName: 'Lloyd' }),
  ];
  const everyone = [...applicants, ...respondents, ...otherPeople.slice(1)].map((p) => p.id);
  return {
    ...base,
    miam: {
      route: 'exempt',
      exemptions: {
        domestic: ['police_dapn', 'court_protective_injunction'],
        protection: ['misc_protection_none'],
        urgency: ['misc_risk_children'],
        adr: ['misc_adr_none'],
        misc: ['misc_access'],
      },
      canProvideEvidence: 'no',
      evidenceUnavailableReason: 'The police have not yet sent me the notice.',
      cannotAttendOnlineReason: 'I have no internet at home.',
      mediatorsContacted: 'Cardiff Mediation, 1 High St, 029 2000 0000, contacted 1 October 2026.',
      additionalDetails: 'More details here.',
    },
    orders: {
      sought: ['child_arrangements_home', 'prohibited_steps_moving_abroad'],
      details: 'Live with me; no removal from England and Wales.',
    },
    children: [
      child('c1', 'Nia', 'Llŷr', '2010-03-07', 'female'),
      child('c2', 'Ifan', 'Llŷr', '2012-04-08', 'male'),
      {
        ...child('c3', 'Ela', 'Llŷr', '2014-05-09', 'female'),
        dateOfBirth: { known: false, estimate: '2014-06-01' },
      },
      child('c4', 'Osian', 'Llŷr', '2016-06-10', 'male'),
      child('c5', 'Mali', 'Llŷr', '2018-07-11', 'female'),
    ],
    otherChildren: [
      otherChild(),
      otherChild({ id: 'oc2', firstNames: 'Beca', sex: 'female' }),
      otherChild({ id: 'oc3', firstNames: 'Cai' }),
    ],
    applicants,
    respondents,
    otherPeople,
    application: {
      ...base.application,
      previousProceedings: 'yes',
      proceedings: [
        {
          id: 'p1',
          childrenNames: 'Nia Llŷr, Ifan Llŷr',
          courtName: 'Cardiff Family Court',
          caseNumber: 'CF20P00123',
          dateOrYear: '2020',
          types: ['child_arrangements', 'family_law_act_part_4'],
          otherDetails: 'Order made by consent.',
        },
        { id: 'p2', childrenNames: 'Ela Llŷr', courtName: 'Newport Family Court', types: ['care'] },
      ],
      permissionAlreadySought: 'no',
      permissionReasons: 'I am a grandparent.',
      urgent: 'yes',
      urgentOrdersSought: 'An order that the children stay with me.',
      urgentReasons: 'Risk of removal.',
      urgentTimescale: '48 hours',
      urgentWithin48Hours: 'yes',
      urgentNoticeEfforts: 'I texted him.',
      withoutNotice: 'yes',
      withoutNoticeReasons: 'He would leave the country.',
      withoutNoticeImpossible: 'no',
      withoutNoticeFrustrate: 'yes',
      withoutNoticeFrustrateDetails: 'He would take the children abroad.',
    },
    attendingCourt: {
      ...base.attendingCourt,
      welsh: 'yes',
      welshPeople: everyone.map((personId, i) => ({
        personId,
        need: (['spoken', 'written', 'both'] as const)[i % 3] ?? 'both',
      })),
      interpreter: 'yes',
      interpreterPeople: [
        { id: 'i1', role: 'respondent', name: 'Łukasz Wójcik', language: 'Polish' },
        { id: 'i2', role: 'other', name: 'Hidden Person', language: 'Turkish', dialect: 'Istanbul' },
      ],
      specialArrangements: ['separate_waiting_rooms', 'video_link'],
    },
    statementOfTruth: {
      signatory: 'representative',
      fullName: 'Jane Smith',
      firm: 'Smith & Co Solicitors',
      position: 'Partner',
      date: '2026-11-20',
    },
    solicitor: {
      hasSolicitor: 'yes',
      fullName: 'Jane Smith',
      firm: 'Smith & Co Solicitors',
      address: { line1: '1 Law Street', town: 'Cardiff', postcode: 'CF10 3XX', country: 'United Kingdom' },
      phone: '029 2000 1111',
      email: 'jane@smith.example',
      dxNumber: 'DX 123 Cardiff',
      reference: 'JS/123',
    },
    fee: { helpWithFees: 'no', payByCard: 'yes' },
  };
}
