/**
 * The respondents (C100 section 12) and other people who should be told about the application
 * (section 13) (C100-DOMAIN §2.6, §4.8, §4.9).
 */
import { LIMITS, optionalText, requiredText } from '../../fields';
import { minorsOf } from '../collections';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';
import type { SectionId } from '../types';
import {
  addressFields,
  dateOfBirthFields,
  entryFor,
  instancesOf,
  knownOrUnknownContact,
  listPage,
  namePage,
  previousNameFields,
  privateDetailsPage,
  refugePage,
  relationshipPage,
  sexField,
} from './personPages';

type OtherAdults = 'respondents' | 'otherPeople';

function detailsPage(id: string, section: SectionId, collection: OtherAdults): StepSpec {
  return {
    id,
    section,
    kind: 'question',
    params: ['personId'],
    instances: instancesOf(collection),
    build: (ctx, page) => {
      const p = entryFor(ctx, collection, id);
      previousNameFields(page, p.base, false, p.name);
      sexField(page, p.base, `${p.name}’s`);
      dateOfBirthFields(page, ctx, p.base, { under18: false, unknownAllowed: true, whose: `${p.name}’s` });
      if (collection === 'respondents') {
        page.onlyWhen(
          (values) => values[`${p.base}.placeOfBirthUnknown`] !== true,
          () => page.text(`${p.base}.placeOfBirth`, 'Place of birth', requiredText(`Enter ${p.name}’s place of birth, or tick “I don’t know”`, LIMITS.short, 'Place of birth'), { hint: 'Town or city, and country.' }),
        );
        page.checkbox(`${p.base}.placeOfBirthUnknown`, 'I don’t know their place of birth', undefined);
        page.check((values, report) => {
          const typed = typeof values[`${p.base}.placeOfBirth`] === 'string' && (values[`${p.base}.placeOfBirth`] as string).trim() !== '';
          if (typed && values[`${p.base}.placeOfBirthUnknown`] === true) report(`${p.base}.placeOfBirth`, 'Remove the place of birth, or untick “I don’t know”');
        });
      } else {
        page.text(`${p.base}.placeOfBirth`, 'Place of birth (optional)', optionalText(LIMITS.short, 'Place of birth'), { hint: 'Town or city, and country.' });
      }
      return { title: `About ${p.name}`, caption: p.name };
    },
  };
}

function addressPage(id: string, section: SectionId, collection: OtherAdults): StepSpec {
  return {
    id,
    section,
    kind: 'question',
    params: ['personId'],
    instances: instancesOf(collection),
    build: (ctx, page) => {
      const p = entryFor(ctx, collection, id);
      addressFields(page, p.base, { you: false, name: p.name, unknownAllowed: true, historyRequired: false });
      return { title: `${p.name}’s address`, caption: p.name };
    },
  };
}

function contactPage(id: string, section: SectionId, collection: OtherAdults): StepSpec {
  return {
    id,
    section,
    kind: 'question',
    params: ['personId'],
    instances: instancesOf(collection),
    build: (ctx, page) => {
      const p = entryFor(ctx, collection, id);
      knownOrUnknownContact(page, p.base, p.name, collection === 'respondents');
      return { title: `${p.name}’s contact details`, caption: p.name, hint: 'The court uses these to send them a copy of the application.' };
    },
  };
}

export const respondentsSteps: StepSpec[] = [
  listPage({
    id: 'respondents',
    section: 'respondents',
    collection: 'respondents',
    addStep: 'respondent-name',
    title: 'The respondents',
    hint: 'The respondents are the other people in the case, usually the other parent. The court sends them a copy of your application.',
    itemNoun: 'respondent',
    missing: 'Add at least one respondent',
  }),
  namePage('respondent-name', 'respondents', 'respondents', () => 'What is the respondent’s name?'),
  refugePage('respondent-refuge', 'respondents', 'respondents'),
  privateDetailsPage('respondent-private-details', 'respondents', 'respondents'),
  detailsPage('respondent-details', 'respondents', 'respondents'),
  relationshipPage('respondent-relationship', 'respondents', 'respondents'),
  addressPage('respondent-address', 'respondents', 'respondents'),
  contactPage('respondent-contact', 'respondents', 'respondents'),
];

export const otherPeopleSteps: StepSpec[] = [
  {
    id: 'has-other-people',
    section: 'otherPeople',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Is there anyone else who should know about your application?';
      page.yesNo('hasOtherPeople', question, 'Select yes if anyone else should know about your application', {
        hint: 'For example: anyone who cares for the children but is not a parent (including a local authority), anyone involved in other court cases or orders about the children, or anyone the children have lived with for at least 3 years.',
      });
      return { title: question, caption: 'Other people' };
    },
  },
  listPage({
    id: 'other-people',
    section: 'otherPeople',
    collection: 'otherPeople',
    addStep: 'other-person-name',
    title: 'Other people who should know about the application',
    itemNoun: 'person',
    missing: 'Add the other people who should know about the application, or go back and answer no',
  }),
  namePage('other-person-name', 'otherPeople', 'otherPeople', () => 'What is the person’s name?'),
  {
    id: 'other-person-lives-with-children',
    section: 'otherPeople',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('otherPeople'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'otherPeople', 'other-person-lives-with-children');
      const question = `Do any of the children live with ${p.name}?`;
      page.yesNo(`${p.base}.livesWithChildren`, question, 'Select yes if any of the children live with this person', {
        reveal: {
          yes: () =>
            page.yesNo(`${p.base}.keepIdentityPrivate`, `Do you want to keep ${p.name}’s identity private from the other people in this application?`, 'Select yes if you want to keep this person’s identity private', {
              hint: 'Their name and details then go only on form C8.',
            }),
        },
      });
      return { title: question, caption: p.name };
    },
  },
  refugePage('other-person-refuge', 'otherPeople', 'otherPeople'),
  privateDetailsPage('other-person-private-details', 'otherPeople', 'otherPeople'),
  detailsPage('other-person-details', 'otherPeople', 'otherPeople'),
  relationshipPage('other-person-relationship', 'otherPeople', 'otherPeople'),
  addressPage('other-person-address', 'otherPeople', 'otherPeople'),
  contactPage('other-person-contact', 'otherPeople', 'otherPeople'),
];

export const respondentsFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  flow.visit('respondents');
  const list = draft.respondents ?? [];
  const minors = minorsOf(draft);
  for (const person of list) {
    const params = { personId: person.id };
    flow.visit('respondent-name', params);
    flow.visit('respondent-refuge', params);
    // MoJ asks about a respondent's privacy only when there is more than one respondent (C100-DOMAIN §11.9).
    if (person.refuge !== 'yes' && list.length > 1) flow.visit('respondent-private-details', params);
    flow.visit('respondent-details', params);
    for (const minor of minors) flow.visit('respondent-relationship', { personId: person.id, childId: minor.id });
    flow.visit('respondent-address', params);
    flow.visit('respondent-contact', params);
  }
  return flow.result();
};

export const otherPeopleFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  flow.visit('has-other-people');
  if (draft.hasOtherPeople !== 'yes') return flow.result();
  flow.visit('other-people');
  const minors = minorsOf(draft);
  for (const person of draft.otherPeople ?? []) {
    const params = { personId: person.id };
    flow.visit('other-person-name', params);
    flow.visit('other-person-lives-with-children', params);
    flow.visit('other-person-refuge', params);
    if (person.refuge !== 'yes') flow.visit('other-person-private-details', params);
    flow.visit('other-person-details', params);
    for (const minor of minors) flow.visit('other-person-relationship', { personId: person.id, childId: minor.id });
    flow.visit('other-person-address', params);
    flow.visit('other-person-contact', params);
  }
  return flow.result();
};
