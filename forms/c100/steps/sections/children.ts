/**
 * The children (C100 section 1) and other children not part of the application (section 13a)
 * (C100-DOMAIN §2.6 children, §4.6, §10.1 item 5).
 */
import { PETITION_ORDER, type PetitionOrder } from '../../enums';
import { LIMITS } from '../../fields';
import { entriesOf } from '../collections';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';
import { orderOptions, ORDER_GROUPS } from './orders';
import { dateOfBirthFields, entryFor, instancesOf, listPage, namePage, sexField } from './personPages';

const childCaption = (name: string) => name;

export const childrenSteps: StepSpec[] = [
  listPage({
    id: 'children',
    section: 'children',
    collection: 'children',
    addStep: 'child-name',
    title: 'The children this application is about',
    hint: 'Add each child you are asking the court to make a decision about. The paper form has room for four; more go on a continuation sheet.',
    itemNoun: 'child',
    missing: 'Add at least one child',
  }),
  namePage('child-name', 'children', 'children', () => 'What is the child’s name?'),
  {
    id: 'child-details',
    section: 'children',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('children'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'children', 'child-details');
      dateOfBirthFields(page, ctx, p.base, { under18: true, unknownAllowed: true, whose: 'the child’s' });
      sexField(page, p.base, 'the child’s');
      return { title: `About ${p.name}`, caption: childCaption(p.name) };
    },
  },
  {
    id: 'child-orders',
    section: 'children',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('children'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'children', 'child-orders');
      const sought = ctx.draft.orders?.sought ?? [];
      const question = `Which of the orders you are asking for concern ${p.name}?`;
      page.checkboxes(`${p.base}.orders`, question, orderOptions(sought.length > 0 ? sought : PETITION_ORDER.values), `Select which orders concern ${p.name}`, {
        hint: 'Select all that apply. You chose these orders earlier.',
        groups: ORDER_GROUPS,
      });
      page.check((values, report) => {
        const chosen = values[`${p.base}.orders`];
        if (Array.isArray(chosen) && chosen.some((o) => !sought.includes(o as PetitionOrder))) {
          report(`${p.base}.orders`, `${p.name} has an order you have not asked for: add it to the orders you are asking for, or untick it here`);
        }
      });
      return { title: question, caption: childCaption(p.name) };
    },
  },
  {
    id: 'child-sgo',
    section: 'children',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('children'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'children', 'child-sgo');
      const question = `Is there a Special Guardianship Order in force for ${p.name}?`;
      page.yesNo(`${p.base}.specialGuardianshipOrder`, question, `Select yes if there is a Special Guardianship Order for ${p.name}`, {
        hint: 'A Special Guardianship Order appoints someone other than a parent as the child’s special guardian. If one is in force, you need the court’s permission to apply.',
      });
      return { title: question, caption: childCaption(p.name) };
    },
  },
  {
    id: 'child-parental-responsibility',
    section: 'children',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('children'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'children', 'child-parental-responsibility');
      const question = `Who has parental responsibility for ${p.name}, and how?`;
      page.textarea(`${p.base}.parentalResponsibility`, question, `State everyone who has parental responsibility for ${p.name} and how they have it`, {
        maxLength: LIMITS.medium,
        hint: 'For example, “the child’s mother”, or “the child’s father, who was married to the mother when the child was born”.',
        shortLabel: 'Parental responsibility',
      });
      return { title: question, caption: childCaption(p.name) };
    },
  },
  {
    id: 'children-social-services',
    section: 'children',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNoUnknown('childrenDetails.knownToLocalAuthority', 'Are any of the children known to the local authority children’s services (social services)?', 'Select whether any of the children are known to social services', {
        reveal: {
          yes: () =>
            page.textarea('childrenDetails.knownToLocalAuthorityDetails', 'Which child, and the name of the local authority and social worker, if known', 'State which child and the name of the local authority and social worker, if known', {
              maxLength: LIMITS.medium,
              shortLabel: 'Details',
            }),
        },
      });
      page.yesNoUnknown('childrenDetails.childProtectionPlan', 'Are any of the children the subject of a child protection plan?', 'Select whether any of the children are the subject of a child protection plan');
      return { title: 'Social services and child protection', caption: 'The children' };
    },
  },
  {
    id: 'children-parents',
    section: 'children',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo('childrenDetails.sameParents', 'Do all the children have the same parents?', 'Select yes if all the children have the same parents', {
        reveal: {
          no: () =>
            page.textarea('childrenDetails.parentsDetails', 'Give the names of each child’s parents', 'Give the names of each child’s parents', { maxLength: LIMITS.medium, shortLabel: 'Parents' }),
        },
      });
      return { title: 'Do all the children have the same parents?', caption: 'The children' };
    },
  },
  {
    id: 'has-other-children',
    section: 'children',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Do you or any of the respondents have other children who are not part of this application?';
      page.yesNo('hasOtherChildren', question, 'Select yes if you or any respondents have other children who are not part of this application');
      return { title: question, caption: 'The children' };
    },
  },
  listPage({
    id: 'other-children',
    section: 'children',
    collection: 'otherChildren',
    addStep: 'other-child-name',
    title: 'Other children not part of this application',
    itemNoun: 'other child',
    missing: 'Add the other children, or go back and answer no',
  }),
  namePage('other-child-name', 'children', 'otherChildren', () => 'What is the other child’s name?'),
  {
    id: 'other-child-details',
    section: 'children',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('otherChildren'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'otherChildren', 'other-child-details');
      dateOfBirthFields(page, ctx, p.base, { under18: true, unknownAllowed: true, whose: 'the child’s' });
      sexField(page, p.base, 'the child’s');
      return { title: `About ${p.name}`, caption: 'Other children' };
    },
  },
];

export const childrenFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  flow.visit('children');
  for (const child of entriesOf(draft, 'children')) {
    const params = { personId: child.id };
    flow.visit('child-name', params);
    flow.visit('child-details', params);
    flow.visit('child-orders', params);
    // Asked only when the child's orders include "who they live with" (C100-DOMAIN §4.6).
    if ((draft.children ?? []).find((c) => c.id === child.id)?.orders?.includes('child_arrangements_home')) flow.visit('child-sgo', params);
    flow.visit('child-parental-responsibility', params);
  }
  flow.visit('children-social-services');
  // Section 1c matters only with more than one child.
  if (entriesOf(draft, 'children').length > 1) flow.visit('children-parents');
  flow.visit('has-other-children');
  if (draft.hasOtherChildren === 'yes') {
    flow.visit('other-children');
    for (const child of entriesOf(draft, 'otherChildren')) {
      flow.visit('other-child-name', { personId: child.id });
      flow.visit('other-child-details', { personId: child.id });
    }
  }
  return flow.result();
};
