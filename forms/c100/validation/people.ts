/**
 * Whole-application rules for the people in a C100: children (section 1), other children (13a),
 * applicants (11), respondents (12) and other people to be given notice (13). Field rules as the MoJ
 * service applies them (C100-DOMAIN §4.6–§4.9), names in every script.
 */
import type {
  Address,
  Adult,
  Applicant,
  Child,
  DateOfBirth,
  OtherChild,
  OtherPerson,
  Relationship,
  Respondent,
} from '../application';
import type {
  AddressDraft,
  ApplicantDraft,
  ChildDraft,
  C100Draft,
  OtherChildDraft,
  OtherPersonDraft,
  RelationshipDraft,
  RespondentDraft,
} from '../draft';
import { PERMISSION_QUESTION, PETITION_ORDER, PRIVATE_DETAIL, RELATION, SEX, YES_NO, YES_NO_UNKNOWN } from '../enums';
import type { PrivateDetail } from '../enums';
import {
  LIMITS,
  ageOn,
  emailField,
  nameField,
  optionalText,
  phoneField,
  postcodeField,
  requiredText,
} from '../fields';
import type { Checker, IssuePath } from './Checker';

type Role = 'applicant' | 'respondent' | 'other person' | 'child' | 'other child';

const possessive: Record<Role, string> = {
  applicant: 'your',
  respondent: 'the respondent’s',
  'other person': 'the other person’s',
  child: 'the child’s',
  'other child': 'the other child’s',
};

function names(c: Checker, person: { firstNames?: string; lastName?: string }, path: IssuePath, role: Role) {
  const whose = possessive[role];
  return {
    firstNames: c.text(nameField(`Enter ${whose} first names`, 'First names'), person.firstNames, [...path, 'firstNames']),
    lastName: c.text(nameField(`Enter ${whose} last name`, 'Last name'), person.lastName, [...path, 'lastName']),
  };
}

interface DobDraft {
  dateOfBirth?: ChildDraft['dateOfBirth'];
  dateOfBirthUnknown?: boolean;
  dateOfBirthEstimate?: ChildDraft['dateOfBirth'];
}

/** Date of birth, or "I don't know" with an approximate date; both at once is an error (C100-DOMAIN §4.2). */
function dateOfBirth(c: Checker, person: DobDraft, path: IssuePath, role: Role, unknownAllowed: boolean): DateOfBirth {
  const rules = { past: true, under18: role === 'child' || role === 'other child' };
  const whose = possessive[role];
  if (unknownAllowed && person.dateOfBirthUnknown) {
    const typed = person.dateOfBirth;
    c.expect(
      !typed || (!typed.day?.trim() && !typed.month?.trim() && !typed.year?.trim()),
      [...path, 'dateOfBirth'],
      'conflict',
      'Remove the date of birth, or untick “I don’t know the date of birth”',
    );
    const estimate = c.date(person.dateOfBirthEstimate, [...path, 'dateOfBirthEstimate'], 'Approximate date of birth', rules);
    return { known: false, estimate };
  }
  const label = `${whose.charAt(0).toUpperCase()}${whose.slice(1)} date of birth`;
  const checked = c.date(person.dateOfBirth, [...path, 'dateOfBirth'], label, rules);
  return { known: true, date: checked };
}

function sex(c: Checker, value: unknown, path: IssuePath, role: Role) {
  return c.choice(SEX.values, value, [...path, 'sex'], `Select ${possessive[role]} sex`);
}

/** Address lines at most 35 characters (MoJ address_base_form); postcode checked when given. */
export function address(c: Checker, draft: AddressDraft | undefined, path: IssuePath, postcodeRequired = false): Address {
  const a = draft ?? {};
  const line = (label: string) => requiredText(`Enter ${label}`, LIMITS.addressLine, label.charAt(0).toUpperCase() + label.slice(1));
  const optionalLine = (label: string) => optionalText(LIMITS.addressLine, label);
  const country = c.text(line('the country'), a.country, [...path, 'country']);
  const postcode = c.field(postcodeField('postcode', postcodeRequired), a.postcode ?? (postcodeRequired ? undefined : ''), [...path, 'postcode']);
  return {
    line1: c.text(line('the first line of the address'), a.line1, [...path, 'line1']),
    line2: c.field(optionalLine('Address line 2'), a.line2 ?? '', [...path, 'line2']),
    line3: c.field(optionalLine('Address line 3'), a.line3 ?? '', [...path, 'line3']),
    town: c.text(line('the town or city'), a.town, [...path, 'town']),
    county: c.field(optionalLine('County'), a.county ?? '', [...path, 'county']),
    postcode: postcode ?? undefined,
    country,
  };
}

interface MinorRef {
  id: string;
  kind: 'child' | 'other child';
  name: string;
}

/** One relationship per child and other child, each with a relation (C100-DOMAIN §2.6 relationship pages). */
function relationships(
  c: Checker,
  drafts: RelationshipDraft[] | undefined,
  minors: MinorRef[],
  path: IssuePath,
  who: string,
): Relationship[] {
  const result: Relationship[] = [];
  const list = drafts ?? [];
  minors.forEach((minor) => {
    const index = list.findIndex((r) => r.childId === minor.id);
    const rel = index >= 0 ? list[index] : undefined;
    const relPath = index >= 0 ? [...path, 'relationships', index] : [...path, 'relationships'];
    if (!rel) {
      c.add([...path, 'relationships', `child:${minor.id}`], 'required', `Select ${who} relationship to ${minor.name}`);
      return;
    }
    const relation = c.choice(RELATION.values, rel.relation, [...relPath, 'relation'], `Select ${who} relationship to ${minor.name}`);
    const otherRelation =
      relation === 'other'
        ? c.text(requiredText(`Enter ${who} relationship to ${minor.name}`, LIMITS.short, 'Relationship'), rel.otherRelation, [...relPath, 'otherRelation'])
        : undefined;
    const permission: Relationship['permission'] = {};
    for (const question of PERMISSION_QUESTION) {
      const answer = rel.permission?.[question];
      if (answer === 'yes' || answer === 'no') permission[question] = answer;
    }
    result.push({ childId: minor.id, relation, otherRelation, permission });
  });
  return result;
}

/** Refuge forces every contact detail private (C100-DOMAIN §4.7 refuge). */
function privacy(
  c: Checker,
  person: ApplicantDraft | RespondentDraft | OtherPersonDraft,
  path: IssuePath,
  refugeValues: readonly ['yes', 'no'] | readonly ['yes', 'no', 'unknown'],
  askPrivacy: boolean,
  who: { subject: string; object: string },
): { refuge: Adult['refuge']; keepDetailsPrivate: Adult['keepDetailsPrivate']; privateDetails: PrivateDetail[] } {
  const refuge = c.choice(refugeValues, person.refuge, [...path, 'refuge'], `Select yes if ${who.subject} currently living in a refuge`);
  if (refuge === 'yes') {
    return { refuge, keepDetailsPrivate: 'yes', privateDetails: [...PRIVATE_DETAIL.values] };
  }
  if (!askPrivacy) return { refuge, keepDetailsPrivate: 'no', privateDetails: [] };
  const keep = c.choice(YES_NO, person.keepDetailsPrivate, [...path, 'keepDetailsPrivate'], `Select yes if you want to keep ${who.object} contact details private`);
  if (keep === 'no') return { refuge, keepDetailsPrivate: keep, privateDetails: [] };
  const chosen = [...new Set(person.privateDetails ?? [])].filter((d): d is PrivateDetail => (PRIVATE_DETAIL.values as readonly string[]).includes(d));
  c.expect(chosen.length > 0, [...path, 'privateDetails'], 'required', 'Select which contact details to keep private');
  return { refuge, keepDetailsPrivate: keep, privateDetails: chosen };
}

function previousName(c: Checker, person: { hasPreviousName?: string; previousName?: string }, path: IssuePath, values: readonly string[], who: string) {
  const has = c.choice(values as readonly ['yes', 'no', 'unknown'], person.hasPreviousName, [...path, 'hasPreviousName'], `Select yes if ${who} changed name`);
  const name = has === 'yes' ? c.text(nameField('Enter the previous name', 'Previous name'), person.previousName, [...path, 'previousName']) : undefined;
  return { hasPreviousName: has, previousName: name };
}

export function checkChildren(c: Checker, draft: C100Draft, adultIds: Set<string>): Child[] {
  const children = draft.children ?? [];
  c.expect(children.length > 0, ['children'], 'required', 'Add at least one child');
  const sought = new Set(draft.orders?.sought ?? []);
  return children.map((child, i) => {
    const path = ['children', i];
    const name = names(c, child, path, 'child');
    const orders = [...new Set(child.orders ?? [])].filter((o) => (PETITION_ORDER.values as readonly string[]).includes(o));
    c.expect(orders.length > 0, [...path, 'orders'], 'required', `Select which orders concern ${name.firstNames || 'the child'}`);
    const notSought = orders.filter((o) => !sought.has(o));
    c.expect(
      notSought.length === 0,
      [...path, 'orders'],
      'conflict',
      `${name.firstNames || 'The child'} has an order you have not asked for: add it to the orders you are asking for, or remove it here`,
    );
    const livesWith = [...new Set(child.livesWith ?? [])];
    c.expect(livesWith.length > 0, [...path, 'livesWith'], 'required', `Select who ${name.firstNames || 'the child'} lives with now`);
    c.expect(
      livesWith.every((id) => adultIds.has(id)),
      [...path, 'livesWith'],
      'conflict',
      `Choose again who ${name.firstNames || 'the child'} lives with: someone chosen is no longer in the application`,
    );
    return {
      id: child.id,
      ...name,
      dateOfBirth: dateOfBirth(c, child, path, 'child', true),
      sex: sex(c, child.sex, path, 'child'),
      orders,
      specialGuardianshipOrder: orders.includes('child_arrangements_home')
        ? c.choice(YES_NO, child.specialGuardianshipOrder, [...path, 'specialGuardianshipOrder'], `Select yes if there is a Special Guardianship Order for ${name.firstNames || 'the child'}`)
        : undefined,
      parentalResponsibility: c.text(
        requiredText(`State everyone who has parental responsibility for ${name.firstNames || 'the child'} and how they have it`, LIMITS.medium, 'Parental responsibility'),
        child.parentalResponsibility,
        [...path, 'parentalResponsibility'],
      ),
      livesWith,
    };
  });
}

export function checkOtherChildren(c: Checker, draft: C100Draft): OtherChild[] {
  const has = c.choice(YES_NO, draft.hasOtherChildren, ['hasOtherChildren'], 'Select yes if you or any respondents have other children who are not part of this application');
  if (has === 'no') return [];
  const list: OtherChildDraft[] = draft.otherChildren ?? [];
  c.expect(list.length > 0, ['otherChildren'], 'required', 'Add the other children, or answer no');
  return list.map((child, i) => {
    const path = ['otherChildren', i];
    return {
      id: child.id,
      ...names(c, child, path, 'other child'),
      dateOfBirth: dateOfBirth(c, child, path, 'other child', true),
      sex: sex(c, child.sex, path, 'other child'),
    };
  });
}

function minorsOf(draft: C100Draft): MinorRef[] {
  const label = (p: { firstNames?: string; lastName?: string }, fallback: string) =>
    [p.firstNames, p.lastName].filter((s) => s && s.trim()).join(' ') || fallback;
  return [
    ...(draft.children ?? []).map((ch, i) => ({ id: ch.id, kind: 'child' as const, name: label(ch, `child ${i + 1}`) })),
    ...(draft.hasOtherChildren === 'yes' ? (draft.otherChildren ?? []) : []).map((ch, i) => ({
      id: ch.id,
      kind: 'other child' as const,
      name: label(ch, `other child ${i + 1}`),
    })),
  ];
}

/** Contact details of an applicant: phone and email, or the reason the court cannot phone (C100-DOMAIN §4.7). */
function applicantContact(c: Checker, person: ApplicantDraft, path: IssuePath) {
  const canPhone = c.choice(YES_NO, person.canProvidePhone, [...path, 'canProvidePhone'], 'Select whether you can give a phone number');
  let homePhone: string | undefined;
  let mobilePhone: string | undefined;
  let noPhoneReason: string | undefined;
  let voicemail: Adult['voicemail'];
  if (canPhone === 'yes') {
    homePhone = c.optional(phoneField('Enter your home phone number'), person.homePhone, [...path, 'homePhone']);
    mobilePhone = c.optional(phoneField('Enter your mobile phone number'), person.mobilePhone, [...path, 'mobilePhone']);
    c.expect(!!(person.homePhone?.trim() || person.mobilePhone?.trim()), [...path, 'mobilePhone'], 'required', 'Enter a phone number');
    voicemail = c.choice(YES_NO, person.voicemail, [...path, 'voicemail'], 'Select yes if the court can leave you a voicemail');
  } else {
    noPhoneReason = c.text(requiredText('Tell us why the court cannot phone you', LIMITS.medium, 'Reason'), person.noPhoneReason, [...path, 'noPhoneReason']);
  }
  const canEmail = c.choice(YES_NO, person.canProvideEmail, [...path, 'canProvideEmail'], 'Select whether you can give an email address');
  const email = canEmail === 'yes' ? c.text(emailField('Enter your email address'), person.email, [...path, 'email']) : undefined;
  return { homePhone, mobilePhone, noPhoneReason, voicemail, email };
}

/** Respondents and other people: a value, or "I don't know" — but not both (C100-DOMAIN §4.8). */
function knownOrUnknown<T>(
  c: Checker,
  value: string | undefined,
  unknown: boolean | undefined,
  path: IssuePath,
  messages: { missing: string; conflict: string },
  check: (v: string) => T | undefined,
): T | undefined {
  const hasValue = !!value?.trim();
  if (unknown) {
    c.expect(!hasValue, path, 'conflict', messages.conflict);
    return undefined;
  }
  if (!hasValue) {
    c.add(path, 'required', messages.missing);
    return undefined;
  }
  return check(value ?? '');
}

function residence(c: Checker, person: ApplicantDraft | RespondentDraft | OtherPersonDraft, path: IssuePath, values: readonly string[], who: string, historyRequired: boolean) {
  const lived = c.choice(values as readonly ['yes', 'no'], person.livedAtAddressOverFiveYears, [...path, 'livedAtAddressOverFiveYears'], `Select yes if ${who} lived at this address for more than 5 years`);
  let addressHistory: string | undefined;
  if (lived !== 'yes') {
    addressHistory = historyRequired
      ? c.text(requiredText('Give details and dates of all previous addresses for the last 5 years', LIMITS.long, 'Previous addresses'), person.addressHistory, [...path, 'addressHistory'])
      : c.field(optionalText(LIMITS.long, 'Previous addresses'), person.addressHistory ?? '', [...path, 'addressHistory']);
  }
  return { livedAtAddressOverFiveYears: lived, addressHistory };
}

export function checkApplicants(c: Checker, draft: C100Draft): Applicant[] {
  const list = draft.applicants ?? [];
  c.expect(list.length > 0, ['applicants'], 'required', 'Add at least one applicant');
  const minors = minorsOf(draft);
  return list.map((person, i) => {
    const path = ['applicants', i];
    const dob = dateOfBirth(c, person, path, 'applicant', false);
    const underAge = dob.known && ageOn(dob.date, c.today) < 18;
    if (underAge) {
      c.expect(
        person.underAgeAcknowledged === true,
        [...path, 'underAgeAcknowledged'],
        'required',
        'Confirm you understand you need a litigation friend because you are under 18',
      );
    }
    return {
      id: person.id,
      ...names(c, person, path, 'applicant'),
      ...previousName(c, person, path, YES_NO, 'you have'),
      sex: sex(c, person.sex, path, 'applicant'),
      dateOfBirth: dob,
      placeOfBirth: c.text(requiredText('Enter your place of birth', LIMITS.short, 'Place of birth'), person.placeOfBirth, [...path, 'placeOfBirth']),
      address: address(c, person.address, [...path, 'address']),
      ...residence(c, person, path, YES_NO, 'you have', true),
      ...applicantContact(c, person, path),
      relationships: relationships(c, person.relationships, minors, path, 'your'),
      othersKnowDetails: c.choice(YES_NO_UNKNOWN, person.othersKnowDetails, [...path, 'othersKnowDetails'], 'Select whether the respondents know any of your contact details'),
      ...privacy(c, person, path, YES_NO, true, { subject: 'you are', object: 'your' }),
      underAge,
    };
  });
}

function otherAdultCommon(c: Checker, person: RespondentDraft | OtherPersonDraft, path: IssuePath, role: 'respondent' | 'other person') {
  const who = role === 'respondent' ? 'the respondent' : 'the other person';
  const addressUnknown = person.addressUnknown === true;
  return {
    id: person.id,
    ...names(c, person, path, role),
    ...previousName(c, person, path, YES_NO_UNKNOWN, `${who} has`),
    sex: sex(c, person.sex, path, role),
    dateOfBirth: dateOfBirth(c, person, path, role, true),
    address: addressUnknown ? undefined : address(c, person.address, [...path, 'address']),
    ...(addressUnknown
      ? { livedAtAddressOverFiveYears: undefined, addressHistory: undefined }
      : residence(c, person, path, YES_NO_UNKNOWN, `${who} has`, false)),
  };
}

export function checkRespondents(c: Checker, draft: C100Draft): Respondent[] {
  const list = draft.respondents ?? [];
  c.expect(list.length > 0, ['respondents'], 'required', 'Add at least one respondent');
  const minors = minorsOf(draft);
  // MoJ asks about a respondent's privacy only when there is more than one respondent (C100-DOMAIN §11.9).
  const askPrivacy = list.length > 1;
  return list.map((person, i) => {
    const path = ['respondents', i];
    const common = otherAdultCommon(c, person, path, 'respondent');
    const placeOfBirth = knownOrUnknown(
      c,
      person.placeOfBirth,
      person.placeOfBirthUnknown,
      [...path, 'placeOfBirth'],
      { missing: 'Enter the respondent’s place of birth, or tick “I don’t know”', conflict: 'Remove the place of birth, or untick “I don’t know”' },
      (v) => c.field(requiredText('Enter the place of birth', LIMITS.short, 'Place of birth'), v, [...path, 'placeOfBirth']),
    );
    const mobilePhone = knownOrUnknown(
      c,
      person.mobilePhone,
      person.phoneUnknown,
      [...path, 'mobilePhone'],
      { missing: 'Enter the respondent’s phone number, or tick “I don’t know”', conflict: 'Remove the phone number, or untick “I don’t know”' },
      (v) => c.field(phoneField('Enter the phone number'), v, [...path, 'mobilePhone']),
    );
    const email = knownOrUnknown(
      c,
      person.email,
      person.emailUnknown,
      [...path, 'email'],
      { missing: 'Enter the respondent’s email address, or tick “I don’t know”', conflict: 'Remove the email address, or untick “I don’t know”' },
      (v) => c.field(emailField('Enter the email address'), v, [...path, 'email']),
    );
    return {
      ...common,
      placeOfBirth,
      homePhone: c.optional(phoneField('Enter the home phone number'), person.homePhone, [...path, 'homePhone']),
      mobilePhone,
      email,
      relationships: relationships(c, person.relationships, minors, path, 'the respondent’s'),
      ...privacy(c, person, path, YES_NO_UNKNOWN, askPrivacy, { subject: 'the respondent is', object: 'the respondent’s' }),
    };
  });
}

export function checkOtherPeople(c: Checker, draft: C100Draft): OtherPerson[] {
  const has = c.choice(YES_NO, draft.hasOtherPeople, ['hasOtherPeople'], 'Select yes if anyone else should know about your application');
  if (has === 'no') return [];
  const list = draft.otherPeople ?? [];
  c.expect(list.length > 0, ['otherPeople'], 'required', 'Add the other people who should know about the application, or answer no');
  const minors = minorsOf(draft);
  return list.map((person, i) => {
    const path = ['otherPeople', i];
    const livesWithChildren = c.choice(YES_NO, person.livesWithChildren, [...path, 'livesWithChildren'], 'Select yes if any of the children live with this person');
    return {
      ...otherAdultCommon(c, person, path, 'other person'),
      homePhone: c.optional(phoneField('Enter the home phone number'), person.homePhone, [...path, 'homePhone']),
      mobilePhone: c.optional(phoneField('Enter the phone number'), person.mobilePhone, [...path, 'mobilePhone']),
      email: c.optional(emailField('Enter the email address'), person.email, [...path, 'email']),
      relationships: relationships(c, person.relationships, minors, path, 'their'),
      livesWithChildren,
      keepIdentityPrivate:
        livesWithChildren === 'yes'
          ? c.choice(YES_NO, person.keepIdentityPrivate, [...path, 'keepIdentityPrivate'], 'Select yes if you want to keep this person’s identity private')
          : 'no',
      ...privacy(c, person, path, YES_NO_UNKNOWN, true, { subject: 'this person is', object: 'this person’s' }),
    };
  });
}

/** Ids of every adult a child can live with. */
export function adultIds(draft: C100Draft): Set<string> {
  return new Set([
    ...(draft.applicants ?? []).map((p) => p.id),
    ...(draft.respondents ?? []).map((p) => p.id),
    ...(draft.hasOtherPeople === 'yes' ? (draft.otherPeople ?? []) : []).map((p) => p.id),
  ]);
}
