/**
 * What you are asking the court to decide (C100 front page "Nature of application"; C100-DOMAIN §4.5,
 * §10.1 item 4). Which orders concern each child is asked on the child's pages.
 */
import { PETITION_ORDER, orderTypeOf } from '../../enums';
import { LIMITS } from '../../fields';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';
import type { ChoiceGroup } from '../types';

export const ORDER_GROUPS: ChoiceGroup[] = [
  { id: 'child_arrangements', label: 'Child arrangements order', hint: 'Who the children live with and when, and how much time they spend with each person.' },
  { id: 'prohibited_steps', label: 'Prohibited steps order', hint: 'Stop the other person doing something, for example moving abroad with the children.' },
  { id: 'specific_issues', label: 'Specific issue order', hint: 'Resolve a specific issue, for example what school they’ll go to.' },
];

export const orderOptions = (only?: readonly string[]) =>
  PETITION_ORDER.values
    .filter((value) => !only || only.includes(value))
    .map((value) => ({
      value,
      label: PETITION_ORDER.labels[value],
      group: orderTypeOf(value),
      ...(value === 'specific_issues_child_return' ? { hint: 'If the children have been abducted, unlawfully removed or unlawfully kept away' } : {}),
    }));

export const ordersSteps: StepSpec[] = [
  {
    id: 'orders-sought',
    section: 'orders',
    kind: 'question',
    build: (_ctx, page) => {
      page.checkboxes('orders.sought', 'What are you asking the court to decide about the children?', orderOptions(), 'Select what you are asking the court to decide', {
        hint: 'Select all that apply.',
        groups: ORDER_GROUPS,
      });
      return { title: 'What are you asking the court to decide about the children?' };
    },
  },
  {
    id: 'orders-details',
    section: 'orders',
    kind: 'question',
    build: (_ctx, page) => {
      page.textarea('orders.details', 'Describe the order you want the court to make (optional)', undefined, {
        hint: 'For example, “The children live with me during the week and spend alternate weekends with their father.” This goes on the front page of the form.',
        maxLength: LIMITS.long,
        shortLabel: 'Details of the order',
      });
      return { title: 'The order you want' };
    },
  },
];

export const ordersFlow: SectionFlow = () => {
  const flow = new Flow();
  flow.visit('orders-sought');
  flow.visit('orders-details');
  return flow.result();
};
