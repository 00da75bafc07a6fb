// @vitest-environment jsdom
/**
 * The journey pages rendered through the real journey (forms/c100/steps) by the adapter: list pages
 * add, change, remove and reorder entries; exit pages have no Continue; check your answers lists the
 * issues `toApplication` reports, each linking to the page that fixes it, and answers in words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { C100Draft } from '../../forms/c100/draft';
import { StepView } from '../../renderer/src/app/StepView';
import type { DraftSession } from '../../renderer/src/app/useDraftSession';
import { c100Journey } from '../../renderer/src/journey/stepAdapter';
import type { Route } from '../../renderer/src/router/routes';

afterEach(cleanup);

const TODAY = '2026-11-23';

function example(name: string): C100Draft {
  // jsdom gives `import.meta.url` no file path: vitest runs from the repository root.
  return JSON.parse(readFileSync(path.join(process.cwd(), 'examples', `${name}.json`), 'utf8')) as C100Draft;
}

interface Harness {
  navigate: ReturnType<typeof vi.fn<(route: Route) => void>>;
  saved: C100Draft[];
  latest: () => C100Draft;
}

/** StepView with a session that keeps the draft in state, as the app's session does. */
function renderStep(stepId: string, draft: C100Draft, params: Record<string, string> = {}): Harness {
  const navigate = vi.fn<(route: Route) => void>();
  const saved: C100Draft[] = [];
  let current = draft;
  function Host() {
    const [state, setState] = useState(draft);
    const session: DraftSession = {
      load: { kind: 'ready', draft: state, title: 'Test draft' },
      autosave: { kind: 'idle' },
      update: (next) => {
        current = next;
        saved.push(next);
        setState(next);
      },
      saveNow: () => Promise.resolve(true),
    };
    return (
      <StepView
        route={{ name: 'step', draftId: 'd1', stepId, params }}
        journey={c100Journey}
        today={TODAY}
        navigate={navigate}
        session={session}
        draft={state}
        autosave={null}
        onSaveAndClose={() => undefined}
      />
    );
  }
  render(<Host />);
  return { navigate, saved, latest: () => current };
}

const childNames = (draft: C100Draft) => (draft.children ?? []).map((child) => child.firstNames);

describe('a list page', () => {
  it('moves, removes after confirmation, changes and adds entries', async () => {
    const user = userEvent.setup();
    const draft = example('grandparent-permission');
    const before = childNames(draft);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const harness = renderStep('children', draft);
    const [first, second] = (draft.children ?? []).map((child) => `${child.firstNames} ${child.lastName}`);

    await user.click(screen.getByRole('button', { name: `Move down ${first}` }));
    expect(childNames(harness.latest()).slice(0, 2)).toEqual([before[1], before[0]]);

    await user.click(screen.getByRole('button', { name: `Remove ${second}` }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`Are you sure you want to remove ${second}?`);
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(harness.latest().children).toHaveLength(before.length - 1);
    expect(childNames(harness.latest())).not.toContain(before[1]);
    expect(screen.queryByRole('button', { name: `Remove ${second}` })).toBeNull();

    await user.click(screen.getByRole('button', { name: `Change ${first}` }));
    const firstId = draft.children?.[0]?.id ?? '';
    expect(harness.navigate).toHaveBeenLastCalledWith({ name: 'step', draftId: 'd1', stepId: 'child-name', params: { personId: firstId } });

    await user.click(screen.getByRole('button', { name: 'Add another child' }));
    const added = harness.latest().children ?? [];
    expect(added).toHaveLength(before.length);
    const newId = added[added.length - 1]?.id;
    expect(newId).toBeTruthy();
    // The new child's first page returns to the list (`from`), so another can be added.
    expect(harness.navigate).toHaveBeenLastCalledWith({ name: 'step', draftId: 'd1', stepId: 'child-name', params: { personId: newId, from: 'children' } });
  });

  it('returns to the list from the first page of an entry added there', async () => {
    const user = userEvent.setup();
    const draft = example('grandparent-permission');
    const child = draft.children?.[0];
    if (child === undefined) throw new Error('the grandparent-permission example has no child');
    const harness = renderStep('child-name', draft, { personId: child.id, from: 'children' });
    expect(screen.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe('#/drafts/d1/steps/children');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(harness.navigate).toHaveBeenLastCalledWith({ name: 'step', draftId: 'd1', stepId: 'children', params: {} });
  });

  it('keeps everything when removal is cancelled', async () => {
    const user = userEvent.setup();
    const draft = example('grandparent-permission');
    const harness = renderStep('children', draft);
    const first = `${draft.children?.[0]?.firstNames} ${draft.children?.[0]?.lastName}`;
    await user.click(screen.getByRole('button', { name: `Remove ${first}` }));
    await user.click(screen.getByRole('button', { name: 'No, keep' }));
    expect(harness.saved).toEqual([]);
    expect(screen.getByRole('button', { name: `Remove ${first}` })).toBeTruthy();
  });
});

describe('an exit page', () => {
  it('shows its text and how to find a mediator, with no Continue', () => {
    const draft: C100Draft = { ...example('attended-miam'), miam: { understood: true, attended: 'no', claimsExemption: 'no' } } as C100Draft;
    renderStep('exit-miam-attend', draft);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/MIAM/);
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save and close' })).toBeTruthy();
    expect(screen.getAllByRole('link').some((link) => /mediat/i.test(link.textContent ?? ''))).toBe(true);
  });
});

describe('Continue on a question page', () => {
  it('clears the answers whose gate changed, then goes to the next page of the settled draft', async () => {
    const user = userEvent.setup();
    // A consent order skips the MIAM; answering "no" to it afterwards clears the attached-order tick.
    const draft = example('consent-order');
    expect(draft.screening?.draftConsentOrderAttached).toBe(true);
    const harness = renderStep('consent-order', draft);
    const radios = screen.getAllByRole('radio');
    const other = radios.find((radio) => !(radio as HTMLInputElement).checked);
    if (!other) throw new Error('the consent order page has no other answer');
    await user.click(other);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(harness.latest().screening?.draftConsentOrderAttached).toBeUndefined();
    const next = harness.navigate.mock.calls.at(-1)?.[0];
    expect(next).toMatchObject({ name: 'step', draftId: 'd1' });
    expect(next && 'stepId' in next ? next.stepId : undefined).not.toBe('consent-order');
  });
});

describe('check your answers', () => {
  it('lists each toApplication issue with a link to the page that asks it, and answers in words', () => {
    const draft = example('attended-miam');
    const child = draft.children?.[0];
    if (!child) throw new Error('the example has no child');
    const broken: C100Draft = { ...draft, children: [{ ...child, dateOfBirth: undefined }, ...(draft.children ?? []).slice(1)] } as C100Draft;
    renderStep('check-your-answers', broken);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Check your answers');
    const issues = screen.getByTestId('cya-issues');
    const link = within(issues).getByRole('link', { name: 'Enter the child’s date of birth' });
    expect(link.getAttribute('data-path')).toBe('children.0.dateOfBirth');
    const href = link.getAttribute('href') ?? '';
    expect(href).toMatch(new RegExp(`^#/drafts/d1/steps/child-[a-z-]+\\?`));
    // The page instance of that child, not just the page.
    expect(href).toContain(`=${child.id}`);
    expect(href).toContain('from=check-your-answers');
    // Answers in words with Change links; codes never shown.
    expect(screen.getByTestId('cya-miam-outcome').textContent).toBe('You have attended a MIAM.');
    expect(screen.getAllByRole('link', { name: /^Change / }).length).toBeGreaterThan(20);
    const values = [...document.querySelectorAll('.govuk-summary-list__value')].map((cell) => cell.textContent ?? '');
    expect(values).toContain('Yes');
    expect(values).not.toContain('yes');
    expect(screen.getByTestId('cya-fee').textContent).toMatch(/£\d+/);
    expect(screen.getByTestId('cya-supplements').textContent).toMatch(/C8: confidential contact details/);
  });

  it('says the application is complete when toApplication finds nothing, and adds and resolves review comments', async () => {
    const user = userEvent.setup();
    const harness = renderStep('check-your-answers', example('attended-miam'));
    expect(screen.queryByTestId('cya-issues')).toBeNull();
    expect(screen.getByTestId('cya-complete')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(screen.getByText('Enter your name', { selector: '.govuk-error-message' })).toBeTruthy();
    expect(harness.saved).toEqual([]);

    await user.type(screen.getByLabelText('Your name'), 'Sam (McKenzie friend)');
    await user.type(screen.getByLabelText('Comment'), 'Check the date of the MIAM.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    const comments = harness.latest().reviewComments ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ author: 'Sam (McKenzie friend)', text: 'Check the date of the MIAM.', path: '' });
    const open = screen.getByRole('list', { name: 'Open comments' });
    expect(within(open).getByText('Check the date of the MIAM.')).toBeTruthy();

    await user.click(within(open).getByRole('button', { name: /^Mark as resolved/ }));
    expect(harness.latest().reviewComments?.[0]?.resolved).toBe(true);
    expect(screen.queryByRole('list', { name: 'Open comments' })).toBeNull();
  });
});

describe('an address page with several missing parts', () => {
  it('lists every part’s error in the summary, each linking to its own box (GOV.UK error summary)', async () => {
    const user = userEvent.setup();
    const draft = example('consent-order');
    const [applicant] = draft.applicants ?? [];
    if (applicant === undefined) throw new Error('the consent-order example has no applicant');
    const emptied: C100Draft = { ...draft, applicants: [{ ...applicant, address: {} } as typeof applicant] };
    renderStep('applicant-address', emptied, { personId: applicant.id });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByText('There is a problem').closest('.govuk-error-summary');
    if (!(summary instanceof HTMLElement)) throw new Error('no error summary');
    const links = within(summary).getAllByRole('link');
    const byMessage = new Map(links.map((link) => [link.textContent, link.getAttribute('href')]));
    expect(byMessage.get('Enter the first line of the address')).toBe('#f-applicants-0-address-line1');
    expect(byMessage.get('Enter the town or city')).toBe('#f-applicants-0-address-town');
    expect(byMessage.get('Enter the country')).toBe('#f-applicants-0-address-country');
    // Summary order follows the boxes: building and street before town before country.
    const hrefs = links.map((link) => link.getAttribute('href'));
    expect(hrefs.indexOf('#f-applicants-0-address-line1')).toBeLessThan(hrefs.indexOf('#f-applicants-0-address-town'));
    expect(hrefs.indexOf('#f-applicants-0-address-town')).toBeLessThan(hrefs.indexOf('#f-applicants-0-address-country'));
  });
});
