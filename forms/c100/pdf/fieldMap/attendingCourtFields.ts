/**
 * C100 04.24 section 10 "Attending the court" (physical pages 20–21): 10a Welsh with the grid of
 * seven people (the eighth and later go on a continuation sheet), 10b interpreter, 10c intermediary,
 * 10d disability, and the special measures ticks ('Check Box38'–'Check Box41' on page 21).
 */
import type { C100Application } from '../../application';
import { SPECIAL_ASSISTANCE, WELSH_NEED } from '../../enums';
import type { PartyRole, SpecialArrangement, WelshNeed } from '../../enums';
import { findParty, keepsIdentityPrivate, printableName } from './confidentiality';
import type { FieldMapping, WidgetName } from './FieldMapping';
import { fullName, paragraphs } from './fieldFormat';
import { answerTicks, check, nonEmpty, text, yesNo } from './mappingBuilders';

const SECTION = '10. Attending the court';
/** Rows of the 10a grid (PROVENANCE.md capacity list). */
export const PAPER_WELSH_PEOPLE = 7;
const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'] as const;

type InterpreterEntry = C100Application['attendingCourt']['interpreterPeople'][number];

/** The name to show for someone in the 10a grid; undefined when the id is not a party. */
export function welshPersonName(app: C100Application, personId: string): string | undefined {
  const ref = findParty(app, personId);
  return ref ? printableName(ref) : undefined;
}

/**
 * The name of someone who needs an interpreter. The entry holds a typed name; if it is (or names)
 * an other person who keeps their identity private, only their place in the form is shown.
 */
export function interpreterName(app: C100Application, entry: InterpreterEntry): string {
  const byId = findParty(app, entry.id);
  if (byId) return printableName(byId);
  const index = app.otherPeople.findIndex(
    (p) => keepsIdentityPrivate(p) && fullName(p).toLowerCase() === entry.name.trim().toLowerCase(),
  );
  const hidden = app.otherPeople[index];
  return hidden ? printableName({ role: 'other', index, person: hidden }) : entry.name;
}

function needsInterpreter(app: C100Application): boolean {
  return app.attendingCourt.interpreter === 'yes' || app.attendingCourt.signLanguage === 'yes';
}

function interpreterFor(app: C100Application, role: PartyRole): boolean {
  return (
    app.attendingCourt.interpreter === 'yes' &&
    app.attendingCourt.interpreterPeople.some((p) => p.role === role)
  );
}

function languagesText(app: C100Application): string | undefined {
  const a = app.attendingCourt;
  const spoken =
    a.interpreter === 'yes'
      ? a.interpreterPeople.map(
          (p) => `${interpreterName(app, p)}: ${p.language}${p.dialect ? ` (dialect: ${p.dialect})` : ''}`,
        )
      : [];
  const sign =
    a.signLanguage === 'yes' ? [`Sign language interpreter: ${a.signLanguageDetails ?? 'needed'}`] : [];
  const lines = [...spoken, ...sign];
  return lines.length > 0 ? lines.join('; ') : undefined;
}

function needsSupport(app: C100Application): boolean {
  return app.attendingCourt.disability === 'yes' || app.attendingCourt.specialAssistance.length > 0;
}

function disabilityNeeds(app: C100Application): string | undefined {
  const a = app.attendingCourt;
  const assistance =
    a.specialAssistance.length > 0
      ? `Assistance or facilities needed: ${a.specialAssistance.map((s) => SPECIAL_ASSISTANCE.labels[s]).join(', ')}`
      : undefined;
  return paragraphs(a.disability === 'yes' && a.disabilityDetails, assistance, a.specialAssistanceDetails);
}

function welshRow(n: number): Record<WidgetName, FieldMapping> {
  const entry = (app: C100Application) =>
    app.attendingCourt.welsh === 'yes' ? app.attendingCourt.welshPeople[n - 1] : undefined;
  const tick = (need: WelshNeed) =>
    check(
      SECTION,
      `10a. Welsh – ${ORDINAL[n - 1]} person – ${WELSH_NEED.labels[need]}`,
      (app) => entry(app)?.need === need,
    );
  return {
    [`person who needs to use written or spoken Welsh - ${n}`]: text(
      SECTION,
      `10a. Name of the ${ORDINAL[n - 1]} person who needs to use written or spoken Welsh`,
      (app) => {
        const e = entry(app);
        return e && welshPersonName(app, e.personId);
      },
      'shrink',
    ),
    [`person only needs spoken Welsh - ${n}`]: tick('spoken'),
    [`person only needs written Welsh - ${n}`]: tick('written'),
    [`person needs both spoken and written Welsh - ${n}`]: tick('both'),
  };
}

function arrangement(code: SpecialArrangement, printed: string) {
  return check(SECTION, `Special measures: ${printed}`, (app) =>
    app.attendingCourt.specialArrangements.includes(code),
  );
}

export const attendingCourtFields: Record<WidgetName, FieldMapping> = {
  ...answerTicks(
    SECTION,
    '10a. Do you or any other party need to use spoken Welsh or require written documentation in Welsh?',
    { yes: '10a - need for Welsh, Yes', no: '10a - need for Welsh, No' },
    (app) => app.attendingCourt.welsh,
  ),
  ...welshRow(1),
  ...welshRow(2),
  ...welshRow(3),
  ...welshRow(4),
  ...welshRow(5),
  ...welshRow(6),
  ...welshRow(7),
  ...answerTicks(
    SECTION,
    '10b. Do you or any of the parties require the court to appoint an interpreter or arrange any other assistance (e.g. sign language)?',
    {
      yes: '10b. Do you or any of the parties require the court to appoint an interpreter or arrange any other assistance (e.g. sign language)? Yes',
      no: '10b. Do you or any of the parties require the court to appoint an interpreter or arrange any other assistance (e.g. sign language)? No',
    },
    (app) => yesNo(needsInterpreter(app)),
  ),
  '10b. applicant requires the interpreter': check(
    SECTION,
    '10b. Who requires the interpreter – applicant',
    (app) => interpreterFor(app, 'applicant'),
  ),
  '10b. respondent requires the interpreter': check(
    SECTION,
    '10b. Who requires the interpreter – respondent',
    (app) => interpreterFor(app, 'respondent'),
  ),
  '10b. other party requires the interpreter': check(
    SECTION,
    '10b. Who requires the interpreter – other party',
    (app) => interpreterFor(app, 'other'),
  ),
  'If some other party requires the interpreter, specify': text(
    SECTION,
    '10b. Other party who requires the interpreter (please specify)',
    (app) => {
      if (app.attendingCourt.interpreter !== 'yes') return undefined;
      const others = app.attendingCourt.interpreterPeople
        .filter((p) => p.role === 'other')
        .map((p) => interpreterName(app, p));
      return others.length > 0 ? others.join(', ') : undefined;
    },
  ),
  'If you or any of the parties require the court to appoint an interpreter or arrange any other assistance (for example, sign language), please specify the language and dialect':
    text(SECTION, '10b. The language and dialect required', languagesText),
  ...answerTicks(
    SECTION,
    '10c. Are you aware of whether an intermediary will be required?',
    {
      yes: '10c. Are you aware of whether an intermediary will be required? Yes',
      no: '10c. Are you aware of whether an intermediary will be required? No',
    },
    (app) => app.attendingCourt.intermediary,
  ),
  'If you are aware of whether an intermediary will be required, please give details': text(
    SECTION,
    '10c. Intermediary: details',
    (app) =>
      app.attendingCourt.intermediary === 'yes'
        ? nonEmpty(app.attendingCourt.intermediaryDetails)
        : undefined,
  ),
  ...answerTicks(
    SECTION,
    '10d. Do you or any of the parties involved have a disability for which you require special assistance or special facilities?',
    {
      yes: '10d. If attending the court, do you or any of the parties involved have a disability for which you require special assistance or special facilities? Yes',
      no: '10d. If attending the court, do you or any of the parties involved have a disability for which you require special assistance or special facilities? No',
    },
    (app) => yesNo(needsSupport(app)),
  ),
  'If attending the court, and you or any of the parties involved have a disability for which you require special assistance or special facilities, please say what the needs are':
    text(SECTION, '10d. What the needs are', disabilityNeeds),
  // An unbordered box under 10d on page 20 whose tooltip asks the special-arrangements question that
  // page 21 prints beside the four measures; it carries any details beyond the four ticks.
  'Please say whether there is a need for the court to make any special arrangements for you or any relevant children to attend court (for example, providing you with a separate waiting room from the respondent or other security provisions)':
    text(SECTION, 'Special arrangements to attend court: details', (app) => {
      const details = nonEmpty(app.attendingCourt.specialArrangementsDetails);
      return details && `Special arrangements: ${details}`;
    }),
  'Check Box38': arrangement('separate_waiting_rooms', 'a separate waiting room in the court building'),
  'Check Box39': arrangement(
    'separate_entrance_exit',
    'a separate entrance and exit from the court building',
  ),
  'Check Box40': arrangement('protective_screens', 'to be shielded by a privacy screen in the courtroom'),
  'Check Box41': arrangement('video_link', 'to join the hearing by video link rather than in person'),
};
