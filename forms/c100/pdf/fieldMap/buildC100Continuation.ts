/**
 * Whole blocks that do not fit the paper C100 04.24 (PROVENANCE.md capacity: 4 children,
 * 2 applicants, 2 respondents, 2 other persons, 2 other children, 1 previous-proceedings block,
 * 7 Welsh-language persons), as continuation items for the fill engine. The form says "If there is
 * not enough space please attach separate sheets clearly showing the details of the children,
 * parties, question and page number they refer to". Confidential details are left out here too.
 */
import type { Adult, C100Application, Child, OtherChild, OtherPerson, Proceeding } from '../../application';
import { PROCEEDING_TYPE, SEX, WELSH_NEED } from '../../enums';
import type { Sex, YesNoUnknown } from '../../enums';
import type { ContinuationItem } from '../ContinuationItem';
import { PAPER_WELSH_PEOPLE, welshPersonName } from './attendingCourtFields';
import { PAPER_CHILDREN, relationshipsToChild } from './childrenFields';
import { keepsIdentityPrivate, keepsPrivate } from './confidentiality';
import { addressText, describeDateOfBirth, fullName, shortOrdersText } from './fieldFormat';
import { firstProceeding } from './applicationFields';
import { PAPER_PARTIES, otherPersonRelationships } from './partyFields';

type Row = readonly [label: string, value: string];
type App = C100Application;

const ANSWER: Record<YesNoUnknown, string> = { yes: 'Yes', no: 'No', unknown: 'Don’t know' };

function rows(...candidates: readonly (readonly [string, string | undefined | false])[]): Row[] {
  return candidates
    .filter((r): r is readonly [string, string] => typeof r[1] === 'string' && r[1].trim() !== '')
    .map(([l, v]) => [l, v] as const);
}

function sexText(sex: Sex): string {
  return SEX.labels[sex];
}

function childItem(app: App, child: Child, index: number): ContinuationItem {
  return {
    title: `Child ${index + 1}`,
    section: '1. The Child(ren) (page 2)',
    rows: rows(
      ['First name(s)', child.firstNames],
      ['Last name', child.lastName],
      ['Date of birth', describeDateOfBirth(child.dateOfBirth)],
      ['Sex', sexText(child.sex)],
      ['Orders applied for', shortOrdersText(child.orders)],
      ['Applicant(s) relationship to the child', relationshipsToChild(app.applicants, child.id)],
      ['Respondent(s) relationship to the child', relationshipsToChild(app.respondents, child.id)],
      ['Parental responsibility', child.parentalResponsibility],
    ),
  };
}

/** The rows of an adult that sections 11–13 print, without anything the person keeps private. */
function adultRows(person: Adult, options: { phones: boolean; email: boolean }): Row[] {
  const address = !keepsPrivate(person, 'address');
  const phone = !keepsPrivate(person, 'phone');
  const email = !keepsPrivate(person, 'email');
  const identity = !keepsIdentityPrivate(person);
  return rows(
    ['First name(s)', identity && person.firstNames],
    ['Last name(s)', identity && person.lastName],
    ['Previous names', identity && person.hasPreviousName === 'yes' && person.previousName],
    ['Sex', sexText(person.sex)],
    ['Date of birth', describeDateOfBirth(person.dateOfBirth)],
    ['Place of birth', person.placeOfBirth],
    ['Address', address && (person.address ? addressText(person.address) : 'Don’t know')],
    ['Home telephone number', options.phones && phone && person.homePhone],
    ['Mobile telephone number', options.phones && phone && person.mobilePhone],
    ['Email address', options.email && email && person.email],
    [
      'Lived at this address for more than 5 years?',
      address && person.livedAtAddressOverFiveYears && ANSWER[person.livedAtAddressOverFiveYears],
    ],
    [
      'Previous addresses in the last 5 years',
      address && person.livedAtAddressOverFiveYears === 'no' && person.addressHistory,
    ],
  );
}

function applicantItem(person: Adult, index: number): ContinuationItem {
  return {
    title: `Applicant ${index + 1}`,
    section: '11. About you (the applicant(s)) (page 20)',
    rows: adultRows(person, { phones: true, email: true }),
  };
}

function respondentItem(person: Adult, index: number): ContinuationItem {
  return {
    title: `Respondent ${index + 1}`,
    section: '12. The respondent(s) (page 21)',
    rows: adultRows(person, { phones: true, email: true }),
  };
}

function otherPersonItem(app: App, person: OtherPerson, index: number): ContinuationItem {
  // Section 13 prints no phone or email for others to be given notice.
  const base = adultRows(person, { phones: false, email: false });
  const relation = otherPersonRelationships(app, person);
  return {
    title: `Other person ${index + 1} who should be given notice`,
    section: '13. Others who should be given notice (page 22)',
    rows: [...base, ...rows(['Relationship to the children', relation])],
  };
}

function otherChildItem(child: OtherChild, index: number): ContinuationItem {
  return {
    title: `Other child ${index + 1} not part of the application`,
    section: '13a. Other children not part of the application (page 22)',
    rows: rows(
      ['Full name', fullName(child)],
      ['Date of birth', describeDateOfBirth(child.dateOfBirth)],
      ['Sex', sexText(child.sex)],
    ),
  };
}

function proceedingRows(proceeding: Proceeding): Row[] {
  const types = proceeding.types.map((t) => PROCEEDING_TYPE.labels[t]).join('; ');
  return rows(
    ['Name of child(ren)', proceeding.childrenNames],
    ['Name of the court where proceedings heard', proceeding.courtName],
    ['Case no.', proceeding.caseNumber],
    ['Date/year (if known)', proceeding.dateOrYear],
    ['Name and office of Cafcass/Cafcass Cymru officer', proceeding.cafcassOfficer],
    ['Type of proceedings', types],
    ['Details of the type of proceedings', proceeding.typeDetails],
    ['Other details', proceeding.otherDetails],
  );
}

function proceedingItems(app: App): ContinuationItem[] {
  const first = firstProceeding(app);
  if (!first) return [];
  const items: ContinuationItem[] = [];
  const firstExtra = rows(
    ['Details of the type of proceedings', first.typeDetails],
    ['Other details', first.otherDetails],
  );
  if (firstExtra.length > 0)
    items.push({
      title: 'Other court case 1 – further details',
      section: '7. Other court cases which concern the child(ren) (page 16)',
      rows: firstExtra,
    });
  app.application.proceedings.slice(1).forEach((proceeding, i) => {
    items.push({
      title: `Other court case ${i + 2}`,
      section: '7. Other court cases which concern the child(ren) (page 16)',
      rows: proceedingRows(proceeding),
    });
  });
  return items;
}

function welshItem(app: App): ContinuationItem[] {
  if (app.attendingCourt.welsh !== 'yes') return [];
  const extra = app.attendingCourt.welshPeople.slice(PAPER_WELSH_PEOPLE);
  if (extra.length === 0) return [];
  return [
    {
      title: 'People who need to use written or spoken Welsh (continued)',
      section: '10a. Attending the court – Welsh (page 18)',
      rows: extra.map(
        (entry, i) =>
          [
            `Person ${PAPER_WELSH_PEOPLE + i + 1}`,
            `${welshPersonName(app, entry.personId) ?? 'Unnamed person'}: ${WELSH_NEED.labels[entry.need]}`,
          ] as const,
      ),
    },
  ];
}

/**
 * The paper has no box for an approximate date of birth: list the estimates of the people printed
 * on the form whose date of birth is not known, so that the court still has them.
 */
function estimatesItem(app: App): ContinuationItem[] {
  const estimate = (label: string, dob: Child['dateOfBirth']) =>
    dob.known ? undefined : ([label, describeDateOfBirth(dob)] as const);
  const candidates = [
    ...app.children
      .slice(0, PAPER_CHILDREN)
      .map((c, i) => estimate(`Child ${i + 1} (${fullName(c)})`, c.dateOfBirth)),
    ...app.respondents
      .slice(0, PAPER_PARTIES)
      .map((p, i) => estimate(`Respondent ${i + 1} (${fullName(p)})`, p.dateOfBirth)),
    ...app.otherPeople
      .slice(0, PAPER_PARTIES)
      .map((p, i) =>
        estimate(
          keepsIdentityPrivate(p) ? `Other person ${i + 1}` : `Other person ${i + 1} (${fullName(p)})`,
          p.dateOfBirth,
        ),
      ),
    ...app.otherChildren
      .slice(0, PAPER_PARTIES)
      .map((c, i) => estimate(`Other child ${i + 1} (${fullName(c)})`, c.dateOfBirth)),
  ];
  const found = candidates.filter((r): r is readonly [string, string] => !!r);
  return found.length > 0
    ? [
        {
          title: 'Approximate dates of birth',
          section: 'Sections 1, 12, 13 and 13a – dates of birth marked “Don’t know”',
          rows: found,
        },
      ]
    : [];
}

/** Every block the paper form has no room for, in the order of the form. */
export function buildC100Continuation(app: App): ContinuationItem[] {
  return [
    ...app.children.slice(PAPER_CHILDREN).map((c, i) => childItem(app, c, PAPER_CHILDREN + i)),
    ...proceedingItems(app),
    ...welshItem(app),
    ...app.applicants.slice(PAPER_PARTIES).map((p, i) => applicantItem(p, PAPER_PARTIES + i)),
    ...app.respondents.slice(PAPER_PARTIES).map((p, i) => respondentItem(p, PAPER_PARTIES + i)),
    ...app.otherPeople.slice(PAPER_PARTIES).map((p, i) => otherPersonItem(app, p, PAPER_PARTIES + i)),
    ...app.otherChildren.slice(PAPER_PARTIES).map((c, i) => otherChildItem(c, PAPER_PARTIES + i)),
    ...estimatesItem(app),
  ];
}
