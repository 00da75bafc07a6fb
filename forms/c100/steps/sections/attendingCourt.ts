/**
 * Going to court (C100 section 10): Welsh per person, interpreters, sign language, intermediary,
 * disability, special arrangements and assistance (C100-DOMAIN §4.11, §8.2 pages 20–21).
 */
import { PARTY_ROLE, SPECIAL_ARRANGEMENT, SPECIAL_ASSISTANCE, WELSH_NEED } from '../../enums';
import { LIMITS, optionalText, requiredText } from '../../fields';
import { entriesOf, nameOf } from '../collections';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';
import type { C100Draft } from '../../draft';
import { entryFor, instancesOf, listPage } from './personPages';

const CAPTION = 'Going to court';

/** Everyone who may need Welsh at court: the adults of the application (C100 section 10a has 7 rows). */
function welshCandidates(draft: C100Draft) {
  return [
    ...(draft.applicants ?? []).map((p, i) => ({ id: p.id, label: nameOf(p, `Applicant ${i + 1}`), role: 'Applicant' })),
    ...(draft.respondents ?? []).map((p, i) => ({ id: p.id, label: nameOf(p, `Respondent ${i + 1}`), role: 'Respondent' })),
    ...(draft.hasOtherPeople === 'yes' ? (draft.otherPeople ?? []) : []).map((p, i) => ({ id: p.id, label: nameOf(p, `Other person ${i + 1}`), role: 'Other person' })),
    ...(draft.children ?? []).map((p, i) => ({ id: p.id, label: nameOf(p, `Child ${i + 1}`), role: 'Child' })),
  ];
}

function yesNoDetails(id: string, key: 'signLanguage' | 'intermediary' | 'disability', question: string, missing: string, detailsLabel: string, detailsMissing: string, hint?: string): StepSpec {
  return {
    id,
    section: 'attendingCourt',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo(`attendingCourt.${key}`, question, missing, {
        ...(hint ? { hint } : {}),
        reveal: { yes: () => page.textarea(`attendingCourt.${key}Details`, detailsLabel, detailsMissing, { maxLength: LIMITS.medium, shortLabel: 'Details' }) },
      });
      return { title: question, caption: CAPTION };
    },
  };
}

export const attendingCourtSteps: StepSpec[] = [
  {
    id: 'welsh',
    section: 'attendingCourt',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Does anyone in this application want to speak or read Welsh at court?';
      page.yesNo('attendingCourt.welsh', question, 'Select yes if anyone wants to speak or read Welsh', { hint: 'At a hearing, or in the court’s documents (C100 section 10a).' });
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'welsh-people',
    section: 'attendingCourt',
    kind: 'question',
    build: (ctx, page) => {
      const question = 'Who wants to use Welsh, and how?';
      page.personChoices(
        'attendingCourt.welshPeople',
        question,
        welshCandidates(ctx.draft),
        'need',
        WELSH_NEED.values.map((value) => ({ value, label: WELSH_NEED.labels[value] })),
        { missing: 'Select who needs to use Welsh', choice: 'Select spoken, written or both' },
        { hint: 'For each person: spoken (at hearings), written (documents), or both.' },
      );
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'interpreter',
    section: 'attendingCourt',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Does anyone in this application need an interpreter at court?';
      page.yesNo('attendingCourt.interpreter', question, 'Select yes if anyone needs an interpreter', { hint: 'An interpreter for a spoken language. Sign language is the next question.' });
      return { title: question, caption: CAPTION };
    },
  },
  listPage({
    id: 'interpreters',
    section: 'attendingCourt',
    collection: 'interpreterPeople',
    addStep: 'interpreter-details',
    paramName: 'interpreterId',
    title: 'People who need an interpreter',
    itemNoun: 'person',
    missing: 'Add who needs an interpreter',
  }),
  {
    id: 'interpreter-details',
    section: 'attendingCourt',
    kind: 'question',
    params: ['interpreterId'],
    instances: instancesOf('interpreterPeople', 'interpreterId'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'interpreterPeople', 'interpreter-details', 'interpreterId');
      page.radios(
        `${p.base}.role`,
        'Is this person an applicant, a respondent or someone else?',
        PARTY_ROLE.values.map((value) => ({ value, label: PARTY_ROLE.labels[value] })),
        'Select whether the person is an applicant, a respondent or someone else',
      );
      page.text(`${p.base}.name`, 'Their name', requiredText('Enter the name of the person who needs an interpreter', LIMITS.name * 2, 'Name'), { maxLength: LIMITS.name * 2 });
      page.text(`${p.base}.language`, 'Language', requiredText('Enter the language they need', LIMITS.short, 'Language'), { width: 'medium' });
      page.text(`${p.base}.dialect`, 'Dialect (optional)', optionalText(LIMITS.short, 'Dialect'), { width: 'medium' });
      return { title: 'Who needs an interpreter', caption: CAPTION };
    },
  },
  yesNoDetails('sign-language', 'signLanguage', 'Does anyone in this application need a sign language interpreter?', 'Select yes if anyone needs a sign language interpreter', 'Who needs a sign language interpreter, and which sign language?', 'Give details of who needs a sign language interpreter'),
  yesNoDetails('intermediary', 'intermediary', 'Does anyone in this application need an intermediary to help them in court?', 'Select yes if anyone needs an intermediary to help them in court', 'Who needs an intermediary, and why?', 'Give details of who needs an intermediary and why', 'An intermediary helps someone with communication difficulties to understand and answer questions (C100 section 10c).'),
  yesNoDetails('disability', 'disability', 'Does anyone in this application have a disability and need help or facilities at court?', 'Select yes if anyone has a disability and needs help at court', 'What help or facilities are needed?', 'Give details of the help or facilities needed', 'C100 section 10d.'),
  {
    id: 'special-arrangements',
    section: 'attendingCourt',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Does anyone need any of these arrangements at court to feel safe?';
      page.checkboxes('attendingCourt.specialArrangements', question, SPECIAL_ARRANGEMENT.values.map((value) => ({ value, label: SPECIAL_ARRANGEMENT.labels[value] })), undefined, {
        hint: 'Select all that apply, or none. If you are a victim of domestic abuse, the Domestic Abuse Act 2021 entitles you to ask for these.',
      });
      page.textarea('attendingCourt.specialArrangementsDetails', 'Anything else the court should know about the arrangements (optional)', undefined, { maxLength: LIMITS.medium, shortLabel: 'Details' });
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'special-assistance',
    section: 'attendingCourt',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Does anyone need any of this help at court?';
      page.checkboxes('attendingCourt.specialAssistance', question, SPECIAL_ASSISTANCE.values.map((value) => ({ value, label: SPECIAL_ASSISTANCE.labels[value] })), undefined, {
        hint: 'Select all that apply, or none.',
      });
      page.textarea('attendingCourt.specialAssistanceDetails', 'Details of the help needed (optional)', undefined, { maxLength: LIMITS.medium, shortLabel: 'Details' });
      return { title: question, caption: CAPTION };
    },
  },
];

export const attendingCourtFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  const a = draft.attendingCourt ?? {};
  flow.visit('welsh');
  if (a.welsh === 'yes') flow.visit('welsh-people');
  flow.visit('interpreter');
  if (a.interpreter === 'yes') {
    flow.visit('interpreters');
    for (const person of entriesOf(draft, 'interpreterPeople')) flow.visit('interpreter-details', { interpreterId: person.id });
  }
  flow.visit('sign-language');
  flow.visit('intermediary');
  flow.visit('disability');
  flow.visit('special-arrangements');
  flow.visit('special-assistance');
  return flow.result();
};
