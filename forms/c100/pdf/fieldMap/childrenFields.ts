/** C100 04.24 section 1 "The Child(ren)" (physical pages 4–5): children 1–4 and questions 1a–1d. */
import type { Adult, C100Application, Child } from '../../application';
import { findParty, keepsIdentityPrivate, keepsPrivate } from './confidentiality';
import type { FieldMapping, WidgetName } from './FieldMapping';
import { dateDigits, fullName, relationLabel, shortOrdersText } from './fieldFormat';
import { answerTicks, check, nonEmpty, text } from './mappingBuilders';

const SECTION = '1. The Child(ren)';
/** Children on the paper form; the fifth and later go on continuation sheets (PROVENANCE.md). */
export const PAPER_CHILDREN = 4;

/**
 * How a list of adults relates to one child, as one line: "Mother" for a single adult, otherwise
 * "Name: relation; Name: relation" (applicants and respondents never keep their identity private).
 */
export function relationshipsToChild(adults: readonly Adult[], childId: string): string | undefined {
  const rows = adults.flatMap((adult) =>
    adult.relationships
      .filter((r) => r.childId === childId)
      .map((r) => ({ adult, label: relationLabel(r.relation, r.otherRelation) })),
  );
  if (rows.length === 0) return undefined;
  if (rows.length === 1 && adults.length === 1) return rows[0]?.label;
  return rows.map(({ adult, label }) => `${fullName(adult)}: ${label}`).join('; ');
}

function childFields(n: number): Record<WidgetName, FieldMapping> {
  const child = (app: C100Application): Child | undefined => app.children[n - 1];
  const q = (question: string) => `Child ${n} – ${question}`;
  return {
    [`Child ${n} - First name(s)`]: text(
      SECTION,
      q('First name(s)'),
      (app) => child(app)?.firstNames,
      'shrink',
    ),
    [`Child ${n} - Last name`]: text(SECTION, q('Last name'), (app) => child(app)?.lastName, 'shrink'),
    // One comb box of 8 cells, tooltip "in the format DDMMYYYY".
    [`Child ${n} - date of birth`]: text(SECTION, q('Date of birth'), (app) => {
      const dob = child(app)?.dateOfBirth;
      return dob?.known ? dateDigits(dob.date) : undefined;
    }),
    [`Child ${n} - Don't know date of birth`]: check(
      SECTION,
      q('Date of birth – Don’t know'),
      (app) => child(app)?.dateOfBirth.known === false,
    ),
    [`Child ${n} - Female`]: check(SECTION, q('Sex – Female'), (app) => child(app)?.sex === 'female'),
    [`Child ${n} - Male`]: check(SECTION, q('Sex – Male'), (app) => child(app)?.sex === 'male'),
    [`Child ${n} - Orders applied for`]: text(
      SECTION,
      q('Orders applied for'),
      (app) => {
        const c = child(app);
        return c ? nonEmpty(shortOrdersText(c.orders)) : undefined;
      },
      'shrink',
    ),
    [`Applicant(s) relationship to child ${n}`]: text(
      SECTION,
      q('Applicant(s) relationship to the child'),
      (app) => {
        const c = child(app);
        return c && relationshipsToChild(app.applicants, c.id);
      },
    ),
    [`Respondent(s) relationship to child ${n}`]: text(
      SECTION,
      q('Respondent(s) relationship to the child'),
      (app) => {
        const c = child(app);
        return c && relationshipsToChild(app.respondents, c.id);
      },
    ),
  };
}

/** Per child when there are several: "Name: text" paragraphs. */
function perChild(app: C100Application, value: (child: Child) => string): string | undefined {
  if (app.children.length === 1 && app.children[0]) return nonEmpty(value(app.children[0]));
  const rows = app.children.map((c) => `${fullName(c)}: ${value(c)}`);
  return rows.length > 0 ? rows.join('\n') : undefined;
}

function livesWithRole(app: C100Application, role: 'applicant' | 'respondent' | 'other'): boolean {
  return app.children.some((c) => c.livesWith.some((id) => findParty(app, id)?.role === role));
}

/**
 * 1d "If other, please give the full address of the child, the names of any adults living with the
 * children…; if you do not wish this information to be made known to the Respondent, leave the
 * details blank and complete form C8". Left blank when anyone the children live with keeps their
 * address (or, for an other person, identity) private: the child's address is theirs.
 */
export function livingArrangementsShareable(app: C100Application): boolean {
  const carers = app.children
    .flatMap((c) => c.livesWith.map((id) => findParty(app, id)?.person))
    .filter((p): p is Adult => !!p);
  return carers.every((p) => !keepsPrivate(p, 'address') && !keepsIdentityPrivate(p));
}

export const childrenFields: Record<WidgetName, FieldMapping> = {
  ...childFields(1),
  ...childFields(2),
  ...childFields(3),
  ...childFields(4),
  ...answerTicks(
    SECTION,
    '1a. Are any of the children known to the local authority children’s services?',
    {
      yes: '1a. Are any of the children known to the local authority children’s services? Yes',
      no: '1a. Are any of the children known to the local authority children’s services? No',
      unknown: "1a. Are any of the children known to the local authority children’s services? Don't know",
    },
    (app) => app.childrenDetails.knownToLocalAuthority,
  ),
  'If Yes please state which child and the name of the Local Authority and Social worker (if known)': text(
    SECTION,
    '1a. Which child, and the name of the Local Authority and social worker',
    (app) =>
      app.childrenDetails.knownToLocalAuthority === 'yes'
        ? nonEmpty(app.childrenDetails.knownToLocalAuthorityDetails)
        : undefined,
  ),
  ...answerTicks(
    SECTION,
    '1b. Are any of the children the subject of a child protection plan?',
    {
      yes: '1b. Are any of the children the subject of a child protection plan? Yes',
      no: '1b. Are any of the children the subject of a child protection plan? No',
      unknown: "1b. Are any of the children the subject of a child protection plan? Don't know",
    },
    (app) => app.childrenDetails.childProtectionPlan,
  ),
  ...answerTicks(
    SECTION,
    '1c. Do all the children have the same parents?',
    {
      yes: '1c. Do all the children have the same parents? Yes',
      no: '1c. Do all the children have the same parents? No',
    },
    (app) => app.childrenDetails.sameParents,
  ),
  'If all of the children have the same parents, what are the names of the parents': text(
    SECTION,
    '1c. If Yes, the names of the parents',
    (app) =>
      app.childrenDetails.sameParents === 'yes' ? nonEmpty(app.childrenDetails.parentsDetails) : undefined,
  ),
  'If not all of the children have the same parents, details of each parent and their children involved in this application':
    text(
      SECTION,
      '1c. If No, details of each parent and their children involved in this application',
      (app) =>
        app.childrenDetails.sameParents === 'no' ? nonEmpty(app.childrenDetails.parentsDetails) : undefined,
    ),
  'Please state everyone who has parental responsibility for each child and how they have parental responsibility (e.g. ‘child’s mother’, ‘child’s father and was married to the mother when the child was born’ etc.)':
    text(SECTION, 'Everyone who has parental responsibility for each child and how', (app) =>
      perChild(app, (c) => c.parentalResponsibility),
    ),
  '1d. Who do the children currently live with? Applicant(s)': check(
    SECTION,
    '1d. Who do the children currently live with? – Applicant(s)',
    (app) => livesWithRole(app, 'applicant'),
  ),
  '1d. Who do the children currently live with? Respondent(s)': check(
    SECTION,
    '1d. Who do the children currently live with? – Respondent(s)',
    (app) => livesWithRole(app, 'respondent'),
  ),
  '1d. Who do the children currently live with? Other': check(
    SECTION,
    '1d. Who do the children currently live with? – Other',
    (app) => livesWithRole(app, 'other'),
  ),
  'if the children currently live with someone else, details': text(
    SECTION,
    '1d. If other: the child’s address, the adults living with the children and their relationship to the child',
    (app) =>
      livingArrangementsShareable(app) ? nonEmpty(app.childrenDetails.livingArrangementsDetails) : undefined,
  ),
};
