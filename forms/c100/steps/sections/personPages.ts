/**
 * Page builders shared by the people sections: list pages, names, dates of birth, relationships,
 * confidentiality, addresses and contact details (C100-DOMAIN §4.6–§4.9; C100 sections 1, 11–13a).
 */
import type { C100Draft } from '../../draft';
import { PRIVATE_DETAIL, RELATION, SEX } from '../../enums';
import { LIMITS, emailField, nameField, optionalPhoneField, optionalText, phoneField, postcodeField, requiredText } from '../../fields';
import { z } from 'zod';
import { COLLECTIONS, entriesOf, indexOf, minorsOf, nameOf, type CollectionName, type PeopleCollection } from '../collections';
import type { PageBuilder } from '../PageBuilder';
import { blankDate, optionalDateRule, requiredDateRule } from '../rules';
import { StepParamsError, type StepSpec } from '../StepSpec';
import type { PageValues, SectionId, StepContext, StepParams } from '../types';

export interface PersonRef {
  index: number;
  base: string;
  name: string;
  person: { id: string; firstNames?: string; lastName?: string } & Record<string, unknown>;
}

const FALLBACK: Record<CollectionName, string> = {
  children: 'the child',
  otherChildren: 'the other child',
  applicants: 'the applicant',
  respondents: 'the respondent',
  otherPeople: 'the other person',
  proceedings: 'the court case',
  interpreterPeople: 'the person',
};

/** The entry a page is about, from its `paramName` parameter. Throws StepParamsError when it is not in the draft. */
export function entryFor(ctx: StepContext, collection: CollectionName, stepId: string, paramName = 'personId'): PersonRef {
  const id = ctx.params[paramName];
  const index = indexOf(ctx.draft, collection, id);
  const person = entriesOf(ctx.draft, collection)[index];
  if (index < 0 || !person) throw new StepParamsError(stepId, ctx.params, `there is no ${COLLECTIONS[collection].noun} with that id in this draft`);
  return { index, base: `${COLLECTIONS[collection].path}.${index}`, name: nameOf(person, FALLBACK[collection]), person: person as PersonRef['person'] };
}

/** One parameter set per entry of the collection. */
export const instancesOf = (collection: CollectionName, paramName = 'personId') => (draft: C100Draft): StepParams[] =>
  entriesOf(draft, collection).map((e) => ({ [paramName]: e.id }));

/** A list page: add, change, remove and reorder the entries of a collection. */
export function listPage(opts: {
  id: string;
  section: SectionId;
  collection: CollectionName;
  addStep: string;
  paramName?: string;
  title: string;
  hint?: string;
  itemNoun: string;
  missing?: string;
  body?: string;
}): StepSpec {
  return {
    id: opts.id,
    section: opts.section,
    kind: 'list',
    build: (ctx, page) => {
      const entries = entriesOf(ctx.draft, opts.collection);
      page.collection(
        {
          path: COLLECTIONS[opts.collection].path,
          label: opts.title,
          addStep: opts.addStep,
          paramName: opts.paramName ?? 'personId',
          itemNoun: opts.itemNoun,
          max: COLLECTIONS[opts.collection].max,
          items: entries.map((e, i) => ({
            id: e.id,
            label: opts.collection === 'proceedings' || opts.collection === 'interpreterPeople'
              ? listLabel(e as unknown as Record<string, unknown>, `${opts.itemNoun} ${i + 1}`)
              : nameOf(e, `${opts.itemNoun} ${i + 1} (no name yet)`),
          })),
          ...(opts.hint ? { hint: opts.hint } : {}),
        },
        opts.missing,
      );
      return { title: opts.title, ...(opts.body ? { body: [{ type: 'paragraph' as const, text: opts.body }] } : {}) };
    },
  };
}

function listLabel(entry: Record<string, unknown>, fallback: string): string {
  const candidate = [entry.courtName, entry.name].find((v) => typeof v === 'string' && v.trim());
  return typeof candidate === 'string' ? candidate.trim() : fallback;
}

const WHOSE: Record<PeopleCollection, string> = {
  children: 'the child’s',
  otherChildren: 'the other child’s',
  applicants: 'your',
  respondents: 'the respondent’s',
  otherPeople: 'the other person’s',
};

/** First names and last name (names in every script: fields.ts nameField). */
export function namePage(id: string, section: SectionId, collection: PeopleCollection, title: (ctx: StepContext) => string, hint?: string): StepSpec {
  return {
    id,
    section,
    kind: 'question',
    params: ['personId'],
    instances: instancesOf(collection),
    build: (ctx, page) => {
      const p = entryFor(ctx, collection, id);
      const whose = WHOSE[collection];
      page.text(`${p.base}.firstNames`, 'First names', nameField(`Enter ${whose} first names`, 'First names'), {
        maxLength: LIMITS.name,
        hint: 'Include all middle names.',
        ...(collection === 'applicants' ? { autocomplete: 'given-name' } : {}),
      });
      page.text(`${p.base}.lastName`, 'Last name', nameField(`Enter ${whose} last name`, 'Last name'), {
        maxLength: LIMITS.name,
        ...(collection === 'applicants' ? { autocomplete: 'family-name' } : {}),
      });
      return { title: title(ctx), ...(hint ? { hint } : {}) };
    },
  };
}

/** Date of birth; where "I don't know" is allowed, an approximate date instead, never both (C100-DOMAIN §4.2). */
export function dateOfBirthFields(page: PageBuilder, ctx: StepContext, base: string, opts: { under18: boolean; unknownAllowed: boolean; whose: string }): void {
  const rules = { past: true, under18: opts.under18 };
  const label = `${opts.whose.charAt(0).toUpperCase()}${opts.whose.slice(1)} date of birth`;
  if (!opts.unknownAllowed) {
    page.date(`${base}.dateOfBirth`, 'Date of birth', requiredDateRule(label, ctx.today, rules), { hint: 'For example, 31 3 1985' });
    return;
  }
  page.date(`${base}.dateOfBirth`, 'Date of birth', optionalDateRule(label, ctx.today, rules), { hint: 'For example, 31 3 2016' });
  page.checkbox(`${base}.dateOfBirthUnknown`, 'I don’t know the date of birth', undefined, {
    reveal: () => page.date(`${base}.dateOfBirthEstimate`, 'Approximate date of birth', requiredDateRule('Approximate date of birth', ctx.today, rules)),
  });
  page.check((values, report) => {
    const unknown = values[`${base}.dateOfBirthUnknown`] === true;
    const typed = !blankDate(values[`${base}.dateOfBirth`]);
    if (unknown && typed) report(`${base}.dateOfBirth`, 'Remove the date of birth, or untick “I don’t know the date of birth”');
    if (!unknown && !typed) report(`${base}.dateOfBirth`, `Enter ${opts.whose} date of birth, or tick “I don’t know the date of birth”`);
  });
}

export function sexField(page: PageBuilder, base: string, whose: string): void {
  page.radios(`${base}.sex`, 'Sex', SEX.values.map((value) => ({ value, label: SEX.labels[value] })), `Select ${whose} sex`, { inline: true });
}

/** Minors an adult is related to: the children and the other children (relationship pages per minor). */
export const relationshipInstances = (collection: PeopleCollection) => (draft: C100Draft): StepParams[] =>
  entriesOf(draft, collection).flatMap((adult) => minorsOf(draft).map((minor) => ({ personId: adult.id, childId: minor.id })));

/** Index of the relationship entry for a child, or the next free index (`ensureStepData` creates it). */
export function relationshipIndex(person: PersonRef['person'], childId: string): number {
  const list = Array.isArray(person.relationships) ? (person.relationships as { childId?: string }[]) : [];
  const found = list.findIndex((r) => r.childId === childId);
  return found >= 0 ? found : list.length;
}

export function relationshipPage(id: string, section: SectionId, collection: 'applicants' | 'respondents' | 'otherPeople'): StepSpec {
  return {
    id,
    section,
    kind: 'question',
    params: ['personId', 'childId'],
    instances: relationshipInstances(collection),
    build: (ctx, page) => {
      const p = entryFor(ctx, collection, id);
      const minor = minorsOf(ctx.draft).find((m) => m.id === ctx.params.childId);
      if (!minor) throw new StepParamsError(id, ctx.params, 'there is no child with that id in this draft');
      const base = `${p.base}.relationships.${relationshipIndex(p.person, minor.id)}`;
      const subject = collection === 'applicants' ? 'you' : p.name;
      const question = collection === 'applicants' ? `What is your relationship to ${minor.name}?` : `What is ${p.name}’s relationship to ${minor.name}?`;
      page.radios(
        `${base}.relation`,
        question,
        RELATION.values.map((value) => ({ value, label: RELATION.labels[value] })),
        `Select ${collection === 'applicants' ? 'your' : `${p.name}’s`} relationship to ${minor.name}`,
        {
          reveal: {
            other: () =>
              page.text(`${base}.otherRelation`, 'Relationship', requiredText(`Enter ${collection === 'applicants' ? 'your' : 'their'} relationship to ${minor.name}`, LIMITS.short, 'Relationship'), {
                hint: `For example, aunt, step-parent or foster carer of ${minor.name}.`,
                width: 'medium',
              }),
          },
        },
      );
      return { title: question, caption: subject === 'you' ? 'About you' : p.name };
    },
  };
}

/** Refuge: living in a refuge keeps every contact detail private (C100-DOMAIN §4.7 refuge; C8). */
export function refugePage(id: string, section: SectionId, collection: 'applicants' | 'respondents' | 'otherPeople'): StepSpec {
  return {
    id,
    section,
    kind: 'question',
    params: ['personId'],
    instances: instancesOf(collection),
    build: (ctx, page) => {
      const p = entryFor(ctx, collection, id);
      const you = collection === 'applicants';
      const question = you ? 'Are you currently living in a refuge?' : `Is ${p.name} currently living in a refuge?`;
      const missing = you ? 'Select yes if you are currently living in a refuge' : `Select yes if ${p.name} is currently living in a refuge`;
      const hint = 'A refuge is a safe place to stay for people escaping domestic abuse. If yes, the address, phone number and email address are kept private: they go only on form C8, not on the C100 that the other people see.';
      if (you) page.yesNo(`${p.base}.refuge`, question, missing, { hint });
      else page.yesNoUnknown(`${p.base}.refuge`, question, missing, { hint });
      return { title: question, caption: you ? 'About you' : p.name };
    },
  };
}

/** Keep contact details private: which ones go on the C8 only (C100-DOMAIN §4.7 privacy_preferences). */
export function privateDetailsPage(id: string, section: SectionId, collection: 'applicants' | 'respondents' | 'otherPeople'): StepSpec {
  return {
    id,
    section,
    kind: 'question',
    params: ['personId'],
    instances: instancesOf(collection),
    build: (ctx, page) => {
      const p = entryFor(ctx, collection, id);
      const you = collection === 'applicants';
      const question = you
        ? 'Do you want to keep your contact details private from the other people in this application?'
        : `Do you want to keep ${p.name}’s contact details private from the other people in this application?`;
      page.yesNo(`${p.base}.keepDetailsPrivate`, question, `Select yes if you want to keep ${you ? 'your' : `${p.name}’s`} contact details private`, {
        hint: 'Private details are left blank on the C100 and given to the court only on form C8 (confidential contact details). The court will not share them without your permission, unless a judge orders it.',
        reveal: {
          yes: () =>
            page.checkboxes(
              `${p.base}.privateDetails`,
              'Which details do you want to keep private?',
              PRIVATE_DETAIL.values.map((value) => ({ value, label: PRIVATE_DETAIL.labels[value] })),
              'Select which contact details to keep private',
              { hint: 'Select all that apply.' },
            ),
        },
      });
      return { title: question, caption: you ? 'About you' : p.name };
    },
  };
}

/** Previous names: yes/no for applicants, yes/no/don't know for others (C100-DOMAIN §4.7, §4.8). */
export function previousNameFields(page: PageBuilder, base: string, you: boolean, name: string): void {
  const question = you ? 'Have you changed your name or been known by a different name?' : `Has ${name} changed their name or been known by a different name?`;
  const missing = you ? 'Select yes if you have changed name' : `Select yes if ${name} has changed name`;
  const reveal = {
    yes: () => page.text(`${base}.previousName`, 'Previous names', nameField('Enter the previous name', 'Previous name'), { maxLength: LIMITS.name, hint: 'For example, a name before marriage.' }),
  };
  if (you) page.yesNo(`${base}.hasPreviousName`, question, missing, { reveal });
  else page.yesNoUnknown(`${base}.hasPreviousName`, question, missing, { reveal });
}

/** Address, or "I don't know where they live"; then the 5-year question and previous addresses. */
export function addressFields(page: PageBuilder, base: string, opts: { you: boolean; name: string; unknownAllowed: boolean; historyRequired: boolean }): void {
  const addressRule = () => {
    const line = (missing: string, label: string) => requiredText(missing, LIMITS.addressLine, label);
    const object = z.object({
      line1: line('Enter the first line of the address', 'Building and street'),
      line2: optionalText(LIMITS.addressLine, 'Address line 2'),
      line3: optionalText(LIMITS.addressLine, 'Address line 3'),
      town: line('Enter the town or city', 'Town or city'),
      county: optionalText(LIMITS.addressLine, 'County'),
      postcode: postcodeField('postcode', false),
      country: line('Enter the country', 'Country'),
    });
    return z.preprocess((v) => v ?? {}, object);
  };
  const label = opts.you ? 'Your current address' : `${opts.name}’s current address`;
  const known = (values: PageValues) => values[`${base}.addressUnknown`] !== true;
  const fiveYears = opts.you ? 'Have you lived at this address for more than 5 years?' : `Has ${opts.name} lived at this address for more than 5 years?`;
  const fiveMissing = `Select yes if ${opts.you ? 'you have' : `${opts.name} has`} lived at this address for more than 5 years`;
  const history = () =>
    page.textarea(
      `${base}.addressHistory`,
      opts.historyRequired ? 'Give details and dates of all previous addresses for the last 5 years' : 'Give details of previous addresses for the last 5 years, if you know them (optional)',
      opts.historyRequired ? 'Give details and dates of all previous addresses for the last 5 years' : undefined,
      { hint: 'Start with the most recent.', shortLabel: 'Previous addresses' },
    );
  if (!opts.unknownAllowed) {
    page.address(`${base}.address`, label, addressRule());
    page.yesNo(`${base}.livedAtAddressOverFiveYears`, fiveYears, fiveMissing, { reveal: { no: history } });
    return;
  }
  // A respondent's or other person's address may be unknown (C100-DOMAIN §4.8): then nothing else is asked.
  page.onlyWhen(known, () => page.address(`${base}.address`, label, addressRule()));
  page.checkbox(`${base}.addressUnknown`, 'I don’t know where they currently live', undefined);
  // Previous addresses are optional here ("Leave blank if you don't know", C100-DOMAIN §4.8) and may
  // go with "No" or with "I don't know": one box after the question, not a reveal under two answers
  // (one field, one id on the page).
  page.onlyWhen(known, () => {
    page.yesNoUnknown(`${base}.livedAtAddressOverFiveYears`, fiveYears, fiveMissing);
    page.textarea(
      `${base}.addressHistory`,
      'If not, or if you do not know, give any previous addresses for the last 5 years (optional)',
      undefined,
      { hint: 'Start with the most recent. Leave blank if you do not know.', shortLabel: 'Previous addresses' },
    );
  });
}

/** Phone and email of a respondent or other person: a value or "I don't know", never both (C100-DOMAIN §4.8). */
export function knownOrUnknownContact(page: PageBuilder, base: string, name: string, required: boolean): void {
  page.text(`${base}.homePhone`, 'Home phone number (optional)', optionalPhoneField(), { kind: 'phone', maxLength: LIMITS.phone, width: 'medium' });
  page.text(`${base}.mobilePhone`, required ? 'Mobile phone number' : 'Mobile phone number (optional)', optionalPhoneField(), { kind: 'phone', maxLength: LIMITS.phone, width: 'medium' });
  if (required) page.checkbox(`${base}.phoneUnknown`, 'I don’t know their phone number', undefined);
  const emailRule = z.unknown().superRefine((v, ctx) => {
    if (typeof v !== 'string' || !v.trim()) return;
    const result = emailField('Enter the email address').safeParse(v);
    if (!result.success) ctx.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? 'Enter an email address in the correct format, like name@example.com' });
  });
  page.text(`${base}.email`, required ? 'Email address' : 'Email address (optional)', emailRule, { kind: 'email', maxLength: LIMITS.email });
  if (required) {
    page.checkbox(`${base}.emailUnknown`, 'I don’t know their email address', undefined);
    page.check((values, report) => {
      const pair = (valuePath: string, unknownPath: string, missing: string, conflict: string) => {
        const typed = typeof values[valuePath] === 'string' && (values[valuePath] as string).trim() !== '';
        const unknown = values[unknownPath] === true;
        if (typed && unknown) report(valuePath, conflict);
        if (!typed && !unknown) report(valuePath, missing);
      };
      pair(`${base}.mobilePhone`, `${base}.phoneUnknown`, `Enter ${name}’s phone number, or tick “I don’t know”`, 'Remove the phone number, or untick “I don’t know”');
      pair(`${base}.email`, `${base}.emailUnknown`, `Enter ${name}’s email address, or tick “I don’t know”`, 'Remove the email address, or untick “I don’t know”');
    });
  }
}

export { phoneField };
