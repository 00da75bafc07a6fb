// @vitest-environment jsdom
/**
 * The question page: validate on Continue only, error summary with focus and links, "Error: " in the
 * title, inline messages, nothing cleared; conditional reveals; exclusive "None of these"; dates as typed.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageHarness, childPage, courtCasesPage } from './samplePages';

afterEach(cleanup);

/** Shown unless it or an ancestor is `hidden` (how the page hides a conditional reveal). */
function isShown(element: Element): boolean {
  return element.closest('[hidden]') === null;
}

describe('Continue on a page with problems', () => {
  it('shows a focused error summary, prefixes the title with "Error: " and keeps every typed value', async () => {
    const user = userEvent.setup();
    const onContinue = vi.fn();
    render(<PageHarness page={childPage} onContinue={onContinue} />);
    expect(document.title).toBe('About the child – C100 Prep');
    expect(screen.queryByText('There is a problem')).toBeNull();

    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Year'), '2016');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(onContinue).not.toHaveBeenCalled();
    const summary = screen.getByText('There is a problem').closest('.govuk-error-summary');
    expect(summary).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    expect(document.title).toBe('Error: About the child – C100 Prep');
    const links = within(summary as HTMLElement).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter the child’s first names',
      'Date of birth must include a month',
      'Select the orders you are asking for',
    ]);
    // Each link points at the control to fix: the first-names box, the month box, the first checkbox.
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#f-children-0-firstNames', '#f-children-0-dateOfBirth-month', '#f-children-0-orders']);
    // Inline messages, read as "Error: …" by screen readers.
    expect(screen.getByLabelText('First names').getAttribute('aria-describedby')).toBe('f-children-0-firstNames-error');
    expect(document.getElementById('f-children-0-firstNames-error')?.textContent).toBe('Error: Enter the child’s first names');
    // Only the month box is marked; what was typed stays.
    expect(screen.getByLabelText('Month').className).toContain('govuk-input--error');
    expect(screen.getByLabelText('Day').className).not.toContain('govuk-input--error');
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('31');
    expect((screen.getByLabelText('Year') as HTMLInputElement).value).toBe('2016');
  });

  it('moves focus to the field when a summary link is followed', async () => {
    const user = userEvent.setup();
    render(<PageHarness page={childPage} />);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('link', { name: 'Select the orders you are asking for' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Who the child lives with'));
  });

  it('takes focus again on a second failing Continue and clears the summary once fixed', async () => {
    const user = userEvent.setup();
    const onContinue = vi.fn();
    render(<PageHarness page={courtCasesPage} onContinue={onContinue} />);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = () => screen.getByText('There is a problem').closest('.govuk-error-summary');
    await user.click(screen.getByLabelText('No'));
    expect(document.activeElement).toBe(screen.getByLabelText('No'));
    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.activeElement).toBe(summary());
    expect(screen.getByRole('link', { name: 'Enter details of the other court cases' })).toBeTruthy();

    await user.type(screen.getByLabelText('Give details'), 'Divorce 2019');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByText('There is a problem')).toBeNull();
    expect(document.title).toBe('Have the children been involved in any other court cases? – C100 Prep');
    expect(onContinue).toHaveBeenCalledWith({ 'proceedings.any': 'yes', 'proceedings.details': 'Divorce 2019' });
  });
});

describe('one question per page', () => {
  it('uses the question as the page heading (legend inside the h1)', () => {
    render(<PageHarness page={courtCasesPage} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Have the children been involved in any other court cases?');
    expect(heading.closest('legend')).not.toBeNull();
  });
});

describe('conditional reveal', () => {
  it('shows the follow-up under the answer that needs it, and keeps its text when hidden again', async () => {
    const user = userEvent.setup();
    let stored: Record<string, unknown> = {};
    render(<PageHarness page={courtCasesPage} onDraft={(draft) => (stored = draft)} />);
    const details = screen.getByLabelText('Give details');
    expect(isShown(details)).toBe(false);

    await user.click(screen.getByLabelText('Yes'));
    expect(isShown(details)).toBe(true);
    expect(screen.getByLabelText('Yes').getAttribute('aria-controls')).toBe(details.closest('.govuk-radios__conditional')?.id);
    await user.type(details, 'Divorce');

    await user.click(screen.getByLabelText('No'));
    expect(isShown(details)).toBe(false);
    await user.click(screen.getByLabelText('Yes'));
    expect((screen.getByLabelText('Give details') as HTMLTextAreaElement).value).toBe('Divorce');
    expect(stored).toEqual({ proceedings: { any: 'yes', details: 'Divorce' } });
  });

  it('counts characters against the limit from the page and keeps over-long text', async () => {
    const user = userEvent.setup();
    render(<PageHarness page={courtCasesPage} initialDraft={{ proceedings: { any: 'yes' } }} />);
    await user.type(screen.getByLabelText('Give details'), 'a'.repeat(23));
    expect(screen.getByText('You have 3 characters too many')).toBeTruthy();
    expect((screen.getByLabelText('Give details') as HTMLTextAreaElement).value).toHaveLength(23);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: 'Details must be 20 characters or fewer' })).toBeTruthy();
    expect((screen.getByLabelText('Give details') as HTMLTextAreaElement).value).toHaveLength(23);
  });
});

describe('exclusive "None of these"', () => {
  it('unticks the other options when ticked, and is unticked when another is ticked', async () => {
    const user = userEvent.setup();
    let stored: Record<string, unknown> = {};
    render(<PageHarness page={childPage} onDraft={(draft) => (stored = draft)} />);
    const livesWith = screen.getByLabelText('Who the child lives with') as HTMLInputElement;
    const spendsTime = screen.getByLabelText('When the child spends time with each person') as HTMLInputElement;
    const none = screen.getByLabelText('None of these') as HTMLInputElement;

    await user.click(spendsTime);
    await user.click(livesWith);
    expect(stored).toEqual({ children: [{ orders: ['lives_with', 'spends_time'] }] });
    await user.click(none);
    expect([livesWith.checked, spendsTime.checked, none.checked]).toEqual([false, false, true]);
    expect(isShown(screen.getByLabelText('What are you asking for?'))).toBe(true);
    await user.click(livesWith);
    expect([livesWith.checked, none.checked]).toEqual([true, false]);
    expect(stored).toEqual({ children: [{ orders: ['lives_with'] }] });
    // An "or" divider separates the exclusive option from the others (GOV.UK pattern).
    expect(document.querySelector('.govuk-checkboxes__divider')?.textContent).toBe('or');
  });
});

describe('date input', () => {
  it('stores day, month and year as typed, leading zeros and letters included', async () => {
    const user = userEvent.setup();
    let stored: Record<string, unknown> = {};
    render(<PageHarness page={childPage} onDraft={(draft) => (stored = draft)} />);
    await user.type(screen.getByLabelText('Day'), '07');
    await user.type(screen.getByLabelText('Month'), 'March');
    await user.type(screen.getByLabelText('Year'), '2016');
    expect(stored).toEqual({ children: [{ dateOfBirth: { day: '07', month: 'March', year: '2016' } }] });
    const group = screen.getByRole('group', { name: 'Date of birth' });
    expect(group.getAttribute('aria-describedby')).toBe('f-children-0-dateOfBirth-hint');
    expect(screen.getByLabelText('Day').getAttribute('inputmode')).toBe('numeric');
  });

  it('shows the saved date when the page opens again', () => {
    render(<PageHarness page={childPage} initialDraft={{ children: [{ dateOfBirth: { day: '1', month: '12', year: '2019' } }] }} />);
    expect(['Day', 'Month', 'Year'].map((label) => (screen.getByLabelText(label) as HTMLInputElement).value)).toEqual(['1', '12', '2019']);
  });
});
