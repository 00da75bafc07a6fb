/**
 * C100 04.24 sections 11 (applicants 1–2), 12 (respondents 1–2), 13 (others to be given notice 1–2)
 * and 13a (other children 1–2): physical pages 22–24. Later people go on continuation sheets.
 *
 * Confidentiality: a detail the person keeps private (address with the previous addresses, phone,
 * email; all of them in a refuge; the name of an other person who keeps their identity private) is
 * left blank here and goes on form C8 only (C100 04.24 section 11: "If you do not wish your address
 * to be made known to the respondent, leave the details below blank and complete … form C8").
 * "Don't know" boxes are never ticked for a detail that is known but private.
 */
import type { Adult, C100Application, DateOfBirth, OtherChild, OtherPerson } from '../../application';
import type { Sex, YesNoUnknown } from '../../enums';
import { relationshipsToChild } from './childrenFields';
import { keepsIdentityPrivate, keepsPrivate } from './confidentiality';
import type { FieldMapping, WidgetName } from './FieldMapping';
import { addressLines, fullName, relationLabel, splitIsoDate, splitPostcode } from './fieldFormat';
import { answerTicks, check, nonEmpty, text } from './mappingBuilders';

type App = C100Application;
type Get<T> = (app: App) => T | undefined;

const SECTION_11 = '11. About you (the applicant(s))';
const SECTION_12 = '12. The respondent(s)';
const SECTION_13 = '13. Others who should be given notice';
const SECTION_13A = '13a. Other children not part of the application';
/** People per list on the paper form (PROVENANCE.md). */
export const PAPER_PARTIES = 2;

function dobPart(get: Get<DateOfBirth>, part: 'day' | 'month' | 'year') {
  return (app: App) => {
    const dob = get(app);
    return dob?.known ? splitIsoDate(dob.date)[part] : undefined;
  };
}

function dateOfBirthBoxes(
  section: string,
  who: string,
  get: Get<DateOfBirth>,
  names: { day: string; month: string; year: string },
): Record<WidgetName, FieldMapping> {
  return {
    [names.day]: text(section, `${who} – date of birth (day)`, dobPart(get, 'day')),
    [names.month]: text(section, `${who} – date of birth (month)`, dobPart(get, 'month')),
    [names.year]: text(section, `${who} – date of birth (year)`, dobPart(get, 'year')),
  };
}

function sexTicks(
  section: string,
  who: string,
  get: Get<Sex>,
  names: { male: string; female: string },
): Record<WidgetName, FieldMapping> {
  return {
    [names.male]: check(section, `${who} – Male`, (app) => get(app) === 'male'),
    [names.female]: check(section, `${who} – Female`, (app) => get(app) === 'female'),
  };
}

/** Address, outward and inward postcode of an adult, blank when the address is kept private. */
function addressBoxes(
  section: string,
  who: string,
  get: Get<Adult>,
  names: { address: string; postcode1: string; postcode2: string },
): Record<WidgetName, FieldMapping> {
  const shareable = (app: App) => {
    const person = get(app);
    return person && !keepsPrivate(person, 'address') ? person.address : undefined;
  };
  return {
    [names.address]: text(section, `${who} – address`, (app) => {
      const address = shareable(app);
      return address && addressLines(address);
    }),
    [names.postcode1]: text(
      section,
      `${who} – postcode (first part)`,
      (app) => splitPostcode(shareable(app)?.postcode)?.[0],
    ),
    [names.postcode2]: text(
      section,
      `${who} – postcode (second part)`,
      (app) => splitPostcode(shareable(app)?.postcode)?.[1],
    ),
  };
}

function previousName(person: Adult | undefined): string | undefined {
  return person?.hasPreviousName === 'yes' ? nonEmpty(person.previousName) : undefined;
}

function contact(get: Get<Adult>, detail: 'phone' | 'email', value: (p: Adult) => string | undefined) {
  return (app: App) => {
    const person = get(app);
    return person && !keepsPrivate(person, detail) ? nonEmpty(value(person)) : undefined;
  };
}

/** "Don't know" for a respondent's detail: absent, and not merely kept private. */
function unknownDetail(get: Get<Adult>, detail: 'address' | 'phone' | 'email', has: (p: Adult) => boolean) {
  return (app: App) => {
    const person = get(app);
    return !!person && !keepsPrivate(person, detail) && !has(person);
  };
}

function previousAddresses(get: Get<Adult>) {
  return (app: App) => {
    const person = get(app);
    if (!person || keepsPrivate(person, 'address') || person.livedAtAddressOverFiveYears !== 'no')
      return undefined;
    return nonEmpty(person.addressHistory);
  };
}

function fiveYears(get: Get<Adult>): (app: App) => YesNoUnknown | undefined {
  return (app) => get(app)?.livedAtAddressOverFiveYears;
}

function applicantFields(n: number): Record<WidgetName, FieldMapping> {
  const get: Get<Adult> = (app) => app.applicants[n - 1];
  const who = `Applicant ${n}`;
  return {
    [`11. First names - applicant ${n}`]: text(
      SECTION_11,
      `${who} – first name(s)`,
      (app) => get(app)?.firstNames,
      'shrink',
    ),
    [`11. Last names - applicant ${n}`]: text(
      SECTION_11,
      `${who} – last name(s)`,
      (app) => get(app)?.lastName,
      'shrink',
    ),
    [`11. Previous names - applicant ${n}`]: text(SECTION_11, `${who} – previous names`, (app) =>
      previousName(get(app)),
    ),
    ...sexTicks(SECTION_11, who, (app) => get(app)?.sex, {
      male: `11. Gender of applicant ${n} - Male`,
      female: `11. Gender of applicant ${n} - Female`,
    }),
    ...dateOfBirthBoxes(SECTION_11, who, (app) => get(app)?.dateOfBirth, {
      day: `11. Day of date of birth - applicant ${n}`,
      month: `11. Month of date of birth - applicant ${n}`,
      year: `11. Year of date of birth - applicant ${n}`,
    }),
    [`11. Place of birth - applicant ${n}`]: text(SECTION_11, `${who} – place of birth`, (app) =>
      nonEmpty(get(app)?.placeOfBirth),
    ),
    ...addressBoxes(SECTION_11, who, get, {
      address: `11. Address - applicant ${n}`,
      postcode1: `11. Address postcode 1, applicant ${n}`,
      postcode2: `11. Address postcode 2, applicant ${n}`,
    }),
    [`11. Home telephone number - applicant ${n}`]: text(
      SECTION_11,
      `${who} – home telephone number`,
      contact(get, 'phone', (p) => p.homePhone),
      'shrink',
    ),
    [`11. Mobile telephone number - applicant ${n}`]: text(
      SECTION_11,
      `${who} – mobile telephone number`,
      contact(get, 'phone', (p) => p.mobilePhone),
      'shrink',
    ),
    [`11. Email address - applicant ${n}`]: text(
      SECTION_11,
      `${who} – email address`,
      contact(get, 'email', (p) => p.email),
    ),
    ...answerTicks(
      SECTION_11,
      `Has applicant ${n} lived at this address for more than 5 years?`,
      {
        yes: `11. Has applicant ${n} lived at this address for more than 5 years? Yes`,
        no: `11. Has applicant ${n} lived at this address for more than 5 years? No`,
      },
      fiveYears(get),
    ),
    [`If No, please provide details of all previous addresses applicant ${n} has lived at for the last 5 years`]:
      text(SECTION_11, `${who} – previous addresses in the last 5 years`, previousAddresses(get)),
  };
}

function respondentFields(n: number): Record<WidgetName, FieldMapping> {
  const get: Get<Adult> = (app) => app.respondents[n - 1];
  const who = `Respondent ${n}`;
  return {
    [`12. First names - respondent ${n}`]: text(
      SECTION_12,
      `${who} – first name(s)`,
      (app) => get(app)?.firstNames,
      'shrink',
    ),
    [`12. Last names - respondent ${n}`]: text(
      SECTION_12,
      `${who} – last name(s)`,
      (app) => get(app)?.lastName,
      'shrink',
    ),
    [`12. Previous names if known - respondent ${n}`]: text(SECTION_12, `${who} – previous names`, (app) =>
      previousName(get(app)),
    ),
    ...sexTicks(SECTION_12, who, (app) => get(app)?.sex, {
      male: `12. Gender of respondent ${n} - Male`,
      female: `12. Gender of respondent ${n} - Female`,
    }),
    ...dateOfBirthBoxes(SECTION_12, who, (app) => get(app)?.dateOfBirth, {
      day: `12. Day of date of birth - respondent ${n}`,
      month: `12. Month of date of birth - respondent ${n}`,
      year: `12. Year of date of birth - respondent ${n}`,
    }),
    [`12. Date of birth, don't know - respondent ${n}`]: check(
      SECTION_12,
      `${who} – date of birth: Don’t know`,
      (app) => get(app)?.dateOfBirth.known === false,
    ),
    [`12. Place of birth - respondent ${n}`]: text(SECTION_12, `${who} – place of birth`, (app) =>
      nonEmpty(get(app)?.placeOfBirth),
    ),
    ...addressBoxes(SECTION_12, who, get, {
      address: `12. Address for respondent ${n}`,
      postcode1: `12. Address postcode 1 - respondent ${n}`,
      postcode2: `12. Address postcode 2 - respondent ${n}`,
    }),
    [`12. Don't know address - respondent ${n}`]: check(
      SECTION_12,
      `${who} – address: Don’t know`,
      unknownDetail(get, 'address', (p) => !!p.address),
    ),
    [`12. Home telephone number - respondent ${n}`]: text(
      SECTION_12,
      `${who} – home telephone number`,
      contact(get, 'phone', (p) => p.homePhone),
      'shrink',
    ),
    [`12. Mobile telephone number - respondent ${n}`]: text(
      SECTION_12,
      `${who} – mobile telephone number`,
      contact(get, 'phone', (p) => p.mobilePhone),
      'shrink',
    ),
    [`12. Don't know mobile phone number - respondent ${n}`]: check(
      SECTION_12,
      `${who} – mobile telephone number: Don’t know`,
      unknownDetail(get, 'phone', (p) => !!nonEmpty(p.mobilePhone)),
    ),
    [`12. Email address - respondent ${n}`]: text(
      SECTION_12,
      `${who} – email address`,
      contact(get, 'email', (p) => p.email),
    ),
    [`12. Don't know email address - respondent ${n}`]: check(
      SECTION_12,
      `${who} – email address: Don’t know`,
      unknownDetail(get, 'email', (p) => !!nonEmpty(p.email)),
    ),
    ...answerTicks(
      SECTION_12,
      `Has respondent ${n} lived at this address for more than 5 years?`,
      {
        yes: `12. Has respondent ${n} lived at this address for more than 5 years? Yes`,
        no: `12. Has respondent ${n} lived at this address for more than 5 years? No`,
        unknown: `12. Has respondent ${n} lived at this address for more than 5 years? Don't know`,
      },
      fiveYears(get),
    ),
    [`12. Previous addresses for the last 5 years - respondent ${n}`]: text(
      SECTION_12,
      `${who} – previous addresses in the last 5 years`,
      previousAddresses(get),
    ),
  };
}

/**
 * An other person's relationship to the children: one relation when it is the same for every child
 * ("Grandparent"), otherwise "Child's name: relation" per child (the printed instruction).
 */
export function otherPersonRelationships(app: App, person: OtherPerson): string | undefined {
  // Section 13 asks about "the children listed on page 1": a relationship to another child (section
  // 13a, not part of the application) is left out, and no child is ever named by its internal id.
  const rows = person.relationships.flatMap((r) => {
    const child = app.children.find((c) => c.id === r.childId);
    return child ? [{ child: fullName(child), label: relationLabel(r.relation, r.otherRelation) }] : [];
  });
  if (rows.length === 0) return undefined;
  const labels = new Set(rows.map((r) => r.label));
  const first = rows[0];
  if (labels.size === 1 && first && rows.length === app.children.length) return first.label;
  return rows.map((r) => `${r.child}: ${r.label}`).join('; ');
}

function otherPersonFields(n: number): Record<WidgetName, FieldMapping> {
  const get: Get<OtherPerson> = (app) => app.otherPeople[n - 1];
  const named: Get<OtherPerson> = (app) => {
    const person = get(app);
    return person && !keepsIdentityPrivate(person) ? person : undefined;
  };
  const who = `Other person ${n}`;
  return {
    [`13. First names - person ${n}`]: text(
      SECTION_13,
      `${who} – first name(s)`,
      (app) => named(app)?.firstNames,
      'shrink',
    ),
    [`13. Last names - person ${n}`]: text(
      SECTION_13,
      `${who} – last name(s)`,
      (app) => named(app)?.lastName,
      'shrink',
    ),
    [`13. Previous names - person ${n}`]: text(SECTION_13, `${who} – previous names`, (app) =>
      previousName(named(app)),
    ),
    ...sexTicks(SECTION_13, who, (app) => get(app)?.sex, {
      male: `13. Gender of person ${n} - Male`,
      female: `13. Gender of person ${n} - Female`,
    }),
    ...dateOfBirthBoxes(SECTION_13, who, (app) => get(app)?.dateOfBirth, {
      day: `13. Day of date of birth - person ${n}`,
      month: `13. Month of date of birth - person ${n}`,
      year: `13. Year of date of birth - person ${n}`,
    }),
    [`13. Date of birth, don't know - person ${n}`]: check(
      SECTION_13,
      `${who} – date of birth: Don’t know`,
      (app) => get(app)?.dateOfBirth.known === false,
    ),
    ...addressBoxes(SECTION_13, who, get, {
      address: `13. Address for person ${n}`,
      postcode1: `13. Address postcode 1 - person ${n}`,
      postcode2: `13. Address postcode 2 - person ${n}`,
    }),
    [`13. Don't know address - person ${n}`]: check(
      SECTION_13,
      `${who} – address: Don’t know`,
      unknownDetail(get, 'address', (p) => !!p.address),
    ),
    [`13. Please state the relationship of person ${n} to the children listed on page 1.  If their relationship is not the same to each child please state their relationship to each child`]:
      text(SECTION_13, `${who} – relationship to the children`, (app) => {
        const person = get(app);
        return person && otherPersonRelationships(app, person);
      }),
  };
}

const OTHER_CHILD_ORDINAL = ['first', 'second'] as const;

function otherChildFields(n: number): Record<WidgetName, FieldMapping> {
  const get: Get<OtherChild> = (app) => app.otherChildren[n - 1];
  const who = `Other child ${n} (the ${OTHER_CHILD_ORDINAL[n - 1]} child not part of the application)`;
  return {
    [`13a. Full name of other child that is not part of the application - ${n}`]: text(
      SECTION_13A,
      `${who} – full name`,
      (app) => {
        const child = get(app);
        return child && fullName(child);
      },
    ),
    ...dateOfBirthBoxes(SECTION_13A, who, (app) => get(app)?.dateOfBirth, {
      day: `13a. Day of date of birth - other child ${n}`,
      month: `13a. Month of date of birth - other child ${n}`,
      year: `13a. Year of date of birth - other child ${n}`,
    }),
    [`13a. Don't know date of birth - other child ${n}`]: check(
      SECTION_13A,
      `${who} – date of birth: Don’t know`,
      (app) => get(app)?.dateOfBirth.known === false,
    ),
    ...sexTicks(SECTION_13A, who, (app) => get(app)?.sex, {
      male: `13a. Gender of other child ${n} - Male`,
      female: `13a. Gender of other child ${n} - Female`,
    }),
    // Each party's relationships cover the other children too (the journey asks them for every
    // child, C100-DOMAIN §4.6), written as for the children of the application in section 1.
    [`13a. Relationship to applicant - other child ${n}`]: text(SECTION_13A, `${who} – relationship to the applicant(s)`, (app) => {
      const child = get(app);
      return child && relationshipsToChild(app.applicants, child.id);
    }),
    [`13a. Relationship to respondent - other child ${n}`]: text(SECTION_13A, `${who} – relationship to the respondent(s)`, (app) => {
      const child = get(app);
      return child && relationshipsToChild(app.respondents, child.id);
    }),
  };
}

export const partyFields: Record<WidgetName, FieldMapping> = {
  ...applicantFields(1),
  ...applicantFields(2),
  ...respondentFields(1),
  ...respondentFields(2),
  ...otherPersonFields(1),
  ...otherPersonFields(2),
  ...otherChildFields(1),
  ...otherChildFields(2),
};
