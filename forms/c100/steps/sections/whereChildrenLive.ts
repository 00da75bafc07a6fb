/**
 * Where the children live now (C100 section 1d; MoJ children/residence, C100-DOMAIN §2.6 Residence).
 * Asked after the people, because the answer is chosen from them.
 */
import { LIMITS } from '../../fields';
import { adultsOf, entriesOf } from '../collections';
import { Flow, type SectionFlow, type StepSpec } from '../StepSpec';
import { entryFor, instancesOf } from './personPages';

export const whereChildrenLiveSteps: StepSpec[] = [
  {
    id: 'child-lives-with',
    section: 'whereChildrenLive',
    kind: 'question',
    params: ['personId'],
    instances: instancesOf('children'),
    build: (ctx, page) => {
      const p = entryFor(ctx, 'children', 'child-lives-with');
      const question = `Who does ${p.name} currently live with?`;
      page.personPicker(`${p.base}.livesWith`, question, adultsOf(ctx.draft), `Select who ${p.name} lives with now`, { hint: 'Select all that apply.' });
      return { title: question, caption: p.name };
    },
  },
  {
    id: 'living-arrangements',
    section: 'whereChildrenLive',
    kind: 'question',
    build: (_ctx, page) => {
      page.textarea('childrenDetails.livingArrangementsDetails', 'Is there anything else the court should know about where the children live? (optional)', undefined, {
        maxLength: LIMITS.medium,
        hint: 'For example, if the children live with someone who is not in this application. Do not give an address you want to keep private: that goes on form C8.',
        shortLabel: 'Living arrangements',
      });
      return { title: 'Where the children live' };
    },
  },
];

export const whereChildrenLiveFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  for (const child of entriesOf(draft, 'children')) flow.visit('child-lives-with', { personId: child.id });
  flow.visit('living-arrangements');
  return flow.result();
};
