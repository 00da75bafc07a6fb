/**
 * The applicants (C100 section 11), their relationships to the children with the non-parent permission
 * questions (C100-DOMAIN §5.1), and the solicitor (section 14) (C100-DOMAIN §2.6, §4.7).
 */
import type { C100Draft } from '../../draft';
import { PERMISSION_QUESTION, YES_NO_UNKNOWN, type PermissionQuestion } from '../../enums';
import { LIMITS, ageOn, checkDate, emailField, nameField, optionalPhoneField, optionalText, phoneField, postcodeField, requiredText } from '../../fields';
import { z } from 'zod';
import { entriesOf, minorsOf } from '../collections';
import { YES_NO_LABELS } from '../PageBuilder';
import { permissionQuestionsFor } from '../../rules/permission';
import { Flow, StepParamsError, type SectionFlow, type StepSpec } from '../StepSpec';
import type { StepParams } from '../types';
import {
  addressFields,
  dateOfBirthFields,
  entryFor,
  instancesOf,
  listPage,
  namePage,
  previousNameFields,
  privateDetailsPage,
  refugePage,
  relationshipIndex,
  relationshipPage,
  sexField,
} from './personPages';

const ABOUT_YOU = 'About you';

/** Every question that can be asked about a relationship (its whole sequence), for page instances. */
function sequenceFor(draft: C100Draft, applicantId: string, childId: string): readonly PermissionQuestion[] {
  const questions = permissionQuestionsFor(draft, applicantId, childId);
  return questions.applies ? questions.sequence : [];
}

/** An applicant whose date of birth is a real date less than 18 years before `today` (C100-DOMAIN §4.7 under_age). */
export function applicantIsUnderAge(draft: C100Draft, applicantId: string, today: string): boolean {
  const applicant = (draft.applicants ?? []).find((a) => a.id === applicantId);
  const dob = checkDate(applicant?.dateOfBirth, today, { past: true });
  return dob.ok && ageOn(dob.iso, today) < 18;
}

/** The permission questions the journey visits for one relationship: in order, up to the first yes or the next unanswered one. */
export function permissionQuestionsVisited(draft: C100Draft, applicantId: string, childId: string): PermissionQuestion[] {
  const questions = permissionQuestionsFor(draft, applicantId, childId);
  if (!questions.applies) return [];
  return [...questions.answered.map((a) => a.question), ...(questions.next ? [questions.next] : [])];
}

/** The non-parent questions, asked of the applicant (MoJ permission pages, C100-DOMAIN §5.1). */
const PERMISSION_TEXT: Record<PermissionQuestion, (child: string) => string> = {
  parental_responsibility: (c) => `Have you ever been married to, or in a civil partnership with, ${c}’s parent, and do you have parental responsibility for ${c}?`,
  living_order: (c) => `Are you named in a current child arrangements order as someone ${c} should live with?`,
  amendment: () => 'Are you applying to change or end (discharge) an existing court order?',
  time_order: (c) => `Were you named in an order about who ${c} should spend time with, or when?`,
  living_arrangement: (c) => `Has ${c} lived with you for at least 3 years?`,
  consent: () => 'Do you have the consent of everyone named in a current child arrangements order, or with parental responsibility, to make this application?',
  family: (c) => `Are you married to, or in a civil partnership with, ${c}’s parent, and is ${c} treated as part of your family?`,
  local_authority: (c) => `If ${c} is being cared for by the local authority, do you have the local authority’s consent to make this application?`,
  relative: (c) => `Are you a foster parent or relative of ${c}, and has ${c} been living with you for at least one year?`,
};

export const applicantsSteps: StepSpec[] = [
  listPage({
    id: 'applicants',
    section: 'applicants',
    collection: 'applicants',
    addStep: 'applicant-name',
    title: 'The applicants',
    hint: 'You, and anyone else making this application with you, are the applicants.',
    itemNoun: 'applicant',
    missing: 'Add at least one applicant',
  }),
  namePage('applicant-name', 'applicants', 'applicants', (ctx) => ((ctx.draft.applicants ?? [])[0]?.id === ctx.params.personId ? 'What is your name?' : 'What is the applicant’s name?')),
  {
    id: 'applicant-others-know-details',
    section: 'applicants',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('applicants'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'applicants', 'applicant-others-know-details');
      const question = 'Do the other people in this application (the respondents) know any of your contact details?';
      page.radios(
        `${p.base}.othersKnowDetails`,
        question,
        YES_NO_UNKNOWN.map((value) => ({ value, label: YES_NO_LABELS[value] })),
        'Select whether the respondents know any of your contact details',
        { hint: 'Your address, phone number or email address.' },
      );
      return { title: question, caption: p.name };
    },
  },
  refugePage('applicant-refuge', 'applicants', 'applicants'),
  privateDetailsPage('applicant-private-details', 'applicants', 'applicants'),
  {
    id: 'applicant-details',
    section: 'applicants',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('applicants'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'applicants', 'applicant-details');
      previousNameFields(page, p.base, true, p.name);
      sexField(page, p.base, 'your');
      dateOfBirthFields(page, ctx, p.base, { under18: false, unknownAllowed: false, whose: 'your' });
      page.text(`${p.base}.placeOfBirth`, 'Place of birth', requiredText('Enter your place of birth', LIMITS.short, 'Place of birth'), {
        hint: 'Town or city, and country.',
      });
      return { title: `About ${p.name}`, caption: ABOUT_YOU };
    },
  },
  {
    id: 'applicant-under-age',
    section: 'applicants',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('applicants'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'applicants', 'applicant-under-age');
      page.checkbox(
        `${p.base}.underAgeAcknowledged`,
        'I understand I need to be represented by a litigation friend, and that the application will not go ahead until the court receives a certificate of suitability or a court order appointing a litigation friend',
        'Confirm you understand you need a litigation friend because you are under 18',
      );
      return {
        title: 'You need a litigation friend',
        caption: p.name,
        body: [{ type: 'paragraph', text: 'Because you are under 18, an adult (a litigation friend) must act for you in the court case.' }],
      };
    },
  },
  relationshipPage('applicant-relationship', 'applicants', 'applicants'),
  {
    id: 'permission-question',
    section: 'applicants',
    kind: 'question',
    params: ['personId', 'childId', 'question'],
    instances: (draft) =>
      entriesOf(draft, 'applicants').flatMap((a) =>
        minorsOf(draft).flatMap((m) => sequenceFor(draft, a.id, m.id).map((question): StepParams => ({ personId: a.id, childId: m.id, question }))),
      ),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'applicants', 'permission-question');
      const question = ctx.params.question as PermissionQuestion;
      if (!PERMISSION_QUESTION.includes(question)) throw new StepParamsError('permission-question', ctx.params, 'the question is not one of the permission questions');
      const minor = minorsOf(ctx.draft).find((m) => m.id === ctx.params.childId);
      if (!minor) throw new StepParamsError('permission-question', ctx.params, 'there is no child with that id in this draft');
      const text = PERMISSION_TEXT[question](minor.name);
      page.yesNo(`${p.base}.relationships.${relationshipIndex(p.person, minor.id)}.permission.${question}`, text, 'Select yes or no', {
        hint: 'Your answers decide whether you need the court’s permission to apply (Children Act 1989 section 10).',
      });
      return { title: text, caption: `Permission to apply: ${minor.name}` };
    },
  },
  {
    id: 'applicant-address',
    section: 'applicants',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('applicants'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'applicants', 'applicant-address');
      addressFields(page, p.base, { you: true, name: p.name, unknownAllowed: false, historyRequired: true });
      return { title: 'Your address', caption: p.name };
    },
  },
  {
    id: 'applicant-contact',
    section: 'applicants',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('applicants'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'applicants', 'applicant-contact');
      page.yesNo(`${p.base}.canProvidePhone`, 'Can you give the court a phone number?', 'Select whether you can give a phone number', {
        reveal: {
          yes: () => {
            page.text(`${p.base}.homePhone`, 'Home phone number (optional)', optionalPhoneField(), { kind: 'phone', maxLength: LIMITS.phone, width: 'medium', autocomplete: 'tel' });
            page.text(`${p.base}.mobilePhone`, 'Mobile phone number', optionalPhoneField(), { kind: 'phone', maxLength: LIMITS.phone, width: 'medium', autocomplete: 'tel' });
            page.check((values, report) => {
              const has = (key: string) => typeof values[key] === 'string' && (values[key] as string).trim() !== '';
              if (!has(`${p.base}.homePhone`) && !has(`${p.base}.mobilePhone`)) report(`${p.base}.mobilePhone`, 'Enter a phone number');
            });
            page.yesNo(`${p.base}.voicemail`, 'Can the court leave you a voicemail?', 'Select yes if the court can leave you a voicemail');
          },
          no: () => page.textarea(`${p.base}.noPhoneReason`, 'Tell us why the court cannot phone you', 'Tell us why the court cannot phone you', { maxLength: LIMITS.medium, shortLabel: 'Reason' }),
        },
      });
      page.yesNo(`${p.base}.canProvideEmail`, 'Can you give the court an email address?', 'Select whether you can give an email address', {
        reveal: { yes: () => page.text(`${p.base}.email`, 'Email address', emailField('Enter your email address'), { kind: 'email', maxLength: LIMITS.email, autocomplete: 'email' }) },
      });
      return { title: 'Your contact details', caption: p.name, hint: 'The court uses these to contact you about the case.' };
    },
  },
  {
    id: 'has-solicitor',
    section: 'applicants',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Will a solicitor represent you in this case?';
      page.yesNo('solicitor.hasSolicitor', question, 'Select yes if a solicitor is acting for you');
      return { title: question, caption: 'Your solicitor' };
    },
  },
  {
    id: 'solicitor-details',
    section: 'applicants',
    kind: 'question',
    build: (_ctx, page) => {
      page.text('solicitor.fullName', 'Solicitor’s full name', nameField('Enter the solicitor’s full name', 'Solicitor’s name'), { maxLength: LIMITS.name });
      page.text('solicitor.firm', 'Name of the firm', requiredText('Enter the name of the solicitor’s firm', LIMITS.short, 'Firm'));
      page.text('solicitor.reference', 'Solicitor’s reference (optional)', optionalText(LIMITS.short, 'Reference'), { width: 'medium' });
      return { title: 'Your solicitor', caption: 'Your solicitor' };
    },
  },
  {
    id: 'solicitor-address',
    section: 'applicants',
    kind: 'question',
    build: (_ctx, page) => {
      const line = (missing: string, label: string) => requiredText(missing, LIMITS.addressLine, label);
      // A solicitor's address needs its postcode (C100-DOMAIN §4.7 solicitor).
      const rule = z.preprocess(
        (v) => v ?? {},
        z.object({
          line1: line('Enter the first line of the address', 'Building and street'),
          line2: optionalText(LIMITS.addressLine, 'Address line 2'),
          line3: optionalText(LIMITS.addressLine, 'Address line 3'),
          town: line('Enter the town or city', 'Town or city'),
          county: optionalText(LIMITS.addressLine, 'County'),
          postcode: postcodeField('postcode', true),
          country: line('Enter the country', 'Country'),
        }),
      );
      page.address('solicitor.address', 'The firm’s address', rule);
      return { title: 'The solicitor’s address', caption: 'Your solicitor' };
    },
  },
  {
    id: 'solicitor-contact',
    section: 'applicants',
    kind: 'question',
    build: (_ctx, page) => {
      page.text('solicitor.phone', 'Phone number', phoneField('Enter the solicitor’s phone number'), { kind: 'phone', maxLength: LIMITS.phone, width: 'medium' });
      page.text('solicitor.email', 'Email address', emailField('Enter the solicitor’s email address'), { kind: 'email', maxLength: LIMITS.email });
      page.text('solicitor.fax', 'Fax number (optional)', optionalPhoneField(), { kind: 'phone', maxLength: LIMITS.phone, width: 'medium' });
      page.text(
        'solicitor.dxNumber',
        'DX number (optional)',
        z
          .string()
          .trim()
          .max(LIMITS.short, `DX number must be ${LIMITS.short} characters or fewer`)
          .refine((v) => v === '' || /^[0-9-]+$/.test(v), 'Enter a DX number using numbers and hyphens only')
          .optional(),
        { width: 'medium' },
      );
      page.text('solicitor.feeAccountNumber', 'Fee account number (optional)', optionalText(LIMITS.short, 'Fee account number'), { width: 'medium', hint: 'If the court fee is paid from the firm’s fee account.' });
      return { title: 'The solicitor’s contact details', caption: 'Your solicitor' };
    },
  },
];

export const applicantsFlow: SectionFlow = (draft, today) => {
  const flow = new Flow();
  flow.visit('applicants');
  const minors = minorsOf(draft);
  for (const applicant of draft.applicants ?? []) {
    const params = { personId: applicant.id };
    flow.visit('applicant-name', params);
    flow.visit('applicant-others-know-details', params);
    flow.visit('applicant-refuge', params);
    // A refuge keeps every contact detail private, so there is nothing to choose (C100-DOMAIN §4.7 refuge).
    if (applicant.refuge !== 'yes') flow.visit('applicant-private-details', params);
    flow.visit('applicant-details', params);
    if (applicantIsUnderAge(draft, applicant.id, today)) flow.visit('applicant-under-age', params);
    for (const minor of minors) {
      flow.visit('applicant-relationship', { personId: applicant.id, childId: minor.id });
      for (const question of permissionQuestionsVisited(draft, applicant.id, minor.id)) {
        flow.visit('permission-question', { personId: applicant.id, childId: minor.id, question });
      }
    }
    flow.visit('applicant-address', params);
    flow.visit('applicant-contact', params);
  }
  flow.visit('has-solicitor');
  if (draft.solicitor?.hasSolicitor === 'yes') {
    flow.visit('solicitor-details');
    flow.visit('solicitor-address');
    flow.visit('solicitor-contact');
  }
  return flow.result();
};
