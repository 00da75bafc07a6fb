/**
 * Drives the app through the C100 journey in Chromium, as a person would (issue 5 "Done when": a
 * journey typed in from an empty draft): it starts a new draft, and on each page reads which step it
 * is from the URL hash, works out what to type from the journey data (`journeyPlan.ts`), types it
 * into the real controls, and presses Continue, until check your answers. It never writes the draft:
 * it only READS the saved draft from the vault, to know what the app holds so far and to wait until
 * each page's answers are safely saved.
 *
 * People, cases and interpreters are added on their list page: "Add", type the new entry's first
 * page and Continue, which returns to the list (the journey visits the list once, before the first
 * entry's pages, so the other entries are added there first), then Continue through each entry's pages.
 *
 * Two ways of typing: `pointer` (Playwright's fill and check) and `keyboard` (Tab, Shift+Tab, arrow
 * keys, Space and Enter only; no mouse event at all).
 */
import { expect, type Page } from '@playwright/test';
import type { C100Draft } from '../../../forms/c100/draft';
import { StepParamsError, type StepRef } from '../../../forms/c100/steps';
import type { BoundHost } from './bindHost';
import { byId, planPage, type ControlAction, type PagePlan } from './journeyPlan';

export type InputMode = 'pointer' | 'keyboard';

/** Where the app is, read from the URL hash (renderer/src/router/routes.ts). */
export type AppLocation =
  | { name: 'start' }
  | { name: 'tasks'; draftId: string }
  | { name: 'step'; draftId: string; ref: StepRef }
  | { name: 'other'; draftId: string; place: string };

export function locationOf(url: string): AppLocation {
  const hash = new URL(url).hash.replace(/^#/, '');
  const [pathPart = '', query = ''] = hash.split('?', 2);
  const segments = pathPart.split('/').filter(Boolean);
  if (segments[0] !== 'drafts' || segments[1] === undefined) return { name: 'start' };
  const draftId = segments[1];
  if (segments.length === 2) return { name: 'tasks', draftId };
  if (segments[2] === 'steps' && segments[3] !== undefined) {
    const params: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(query)) if (key !== 'from') params[key] = value;
    return { name: 'step', draftId, ref: { id: segments[3], params } };
  }
  return { name: 'other', draftId, place: segments.slice(2).join('/') };
}

/** The draft as saved in the vault (read only). */
export async function savedDraft(host: BoundHost, draftId: string): Promise<C100Draft> {
  return (await host.handlers.openDraft({ id: draftId })).draft;
}

/** Waits until the vault holds every answer in `written` (autosave after Continue or a pause). */
export async function waitForSaved(host: BoundHost, draftId: string, written: PagePlan['written'], label: string): Promise<C100Draft> {
  let draft = await savedDraft(host, draftId);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const missing = written.filter((w) => !w.holds(draft));
    if (missing.length === 0) return draft;
    if (Date.now() > deadline) throw new Error(`The answers typed on ${label} were not saved: ${missing.map((m) => m.path).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    draft = await savedDraft(host, draftId);
  }
}

/**
 * Waits for the save of the previous page, then plans this one. A new entry ("Add") is saved on
 * the autosave pause, so its page may open before the vault has it: wait for that too.
 */
async function planWhenSaved(
  host: BoundHost,
  draftId: string,
  written: PagePlan['written'],
  label: string,
  ref: () => StepRef,
  target: C100Draft,
  today: string | undefined,
): Promise<{ draft: C100Draft; plan: PagePlan }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const draft = await waitForSaved(host, draftId, written, label);
    try {
      return { draft, plan: planPage(draft, ref(), target, today) };
    } catch (error) {
      if (!(error instanceof StepParamsError) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

// --------------------------------------------------------------------------------------------
// Keyboard only

/** How to find the element to reach: a CSS selector, and optionally its exact text. */
export interface KeyTarget {
  css: string;
  text?: string;
}

/**
 * Moves focus to the target with Tab / Shift+Tab, and inside a radio group with the arrow keys
 * (which also choose the radio, as in any browser). Fails when the target cannot be reached.
 */
export async function focusWithKeyboard(page: Page, target: KeyTarget): Promise<void> {
  for (let presses = 0; presses < 150; presses++) {
    const where = await page.evaluate(({ css, text }) => {
      const candidates = [...document.querySelectorAll<HTMLElement>(css)].filter((el) => el.checkVisibility() && (text === undefined || el.textContent?.trim() === text));
      const goal = candidates[0];
      if (!goal) return 'missing';
      const active = document.activeElement;
      if (active === goal) return 'here';
      if (active instanceof HTMLInputElement && goal instanceof HTMLInputElement && active.type === 'radio' && goal.type === 'radio' && active.name === goal.name) return 'group';
      if (!active || active === document.body) return 'forward';
      return active.compareDocumentPosition(goal) & Node.DOCUMENT_POSITION_FOLLOWING ? 'forward' : 'backward';
    }, target);
    switch (where) {
      case 'here':
        return;
      case 'missing':
        throw new Error(`Nothing on the page matches ${JSON.stringify(target)}`);
      case 'group':
        await page.keyboard.press('ArrowDown');
        break;
      case 'forward':
        await page.keyboard.press('Tab');
        break;
      case 'backward':
        await page.keyboard.press('Shift+Tab');
        break;
    }
  }
  throw new Error(`Could not reach ${JSON.stringify(target)} with the keyboard`);
}

/** Presses Enter on a button or link, reached with the keyboard. */
export async function activateWithKeyboard(page: Page, target: KeyTarget): Promise<void> {
  await focusWithKeyboard(page, target);
  await page.keyboard.press('Enter');
}

async function typeWithKeyboard(page: Page, value: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // Key by key for short answers; long free text goes in as one keyboard text input (as a paste or
  // dictation would) to keep the run short.
  if (value.length <= 60) await page.keyboard.type(value);
  else await page.keyboard.insertText(value);
}

// --------------------------------------------------------------------------------------------
// Typing a page

/** Sets one control as the action says. */
export async function perform(page: Page, action: ControlAction, input: InputMode): Promise<void> {
  // `:visible`: the same follow-up question can sit under two answers (one of them hidden).
  const control = page.locator(`${byId(action.id)}:visible`);
  if (input === 'pointer') {
    switch (action.kind) {
      case 'fill':
        await control.fill(action.value);
        return;
      case 'check':
        await control.check();
        return;
      case 'select':
        await control.selectOption(action.value);
        return;
    }
  }
  await focusWithKeyboard(page, { css: byId(action.id) });
  switch (action.kind) {
    case 'fill':
      await typeWithKeyboard(page, action.value);
      break;
    case 'check':
      if (!(await control.isChecked())) await page.keyboard.press('Space');
      await expect(control).toBeChecked();
      break;
    case 'select':
      throw new Error(`The keyboard driver cannot choose from a select yet (${action.id})`);
  }
}

/** Presses a button by its exact words. */
export async function pressButton(page: Page, label: string, input: InputMode): Promise<void> {
  if (input === 'pointer') await page.getByRole('button', { name: label, exact: true }).click();
  else await activateWithKeyboard(page, { css: 'button', text: label });
}

async function followLink(page: Page, css: string, text: string | undefined, input: InputMode): Promise<void> {
  if (input === 'pointer') {
    const links = page.locator(css);
    await (text === undefined ? links.first() : links.getByText(text, { exact: true }).first()).click();
  } else {
    await activateWithKeyboard(page, text === undefined ? { css } : { css, text });
  }
}

/** Waits until the URL hash changes from `before`, or an error summary shows (then fails with it). */
async function waitForNavigation(page: Page, before: string, label: string): Promise<void> {
  await page.waitForFunction((previous) => location.hash !== previous || document.querySelector('.govuk-error-summary') !== null, before);
  if (page.url().endsWith(before)) {
    const summary = (await page.locator('.govuk-error-summary').innerText()).replace(/\s+/g, ' ');
    throw new Error(`Continue on ${label} did not pass: ${summary}`);
  }
}

/** The page's first heading, once the page has rendered. */
async function heading(page: Page): Promise<string> {
  const h1 = page.locator('#main-content h1').first();
  await expect(h1).toBeVisible();
  return (await h1.innerText()).trim();
}

// --------------------------------------------------------------------------------------------
// The journey

/** From the start page: "Start a new application", then the first section of the task list. */
export async function startNewApplication(page: Page, input: InputMode): Promise<string> {
  await pressButton(page, 'Start a new application', input);
  await expect(page.locator('#main-content h1')).toHaveText('Your application');
  const location = locationOf(page.url());
  if (location.name !== 'tasks') throw new Error(`Expected the task list, got ${page.url()}`);
  await followLink(page, 'a.govuk-task-list__link', undefined, input);
  return location.draftId;
}

export interface PageVisit {
  plan: PagePlan;
  /** The draft saved when the page opened. */
  draft: C100Draft;
  /** 0-based count of pages typed so far. */
  index: number;
}

export interface DriveOptions {
  page: Page;
  host: BoundHost;
  /** The draft to reproduce. */
  target: C100Draft;
  draftId: string;
  input?: InputMode;
  /** ISO date the app checks dates against (the app's own today by default). */
  today?: string;
  /** Called on every page once it has rendered, before anything is typed on it. */
  onPage?: (visit: PageVisit) => Promise<void>;
  /** Called on every page once its answers are typed, before Continue. */
  afterTyping?: (visit: PageVisit) => Promise<void>;
  /** Stop (before typing) on the first page for which this is true. */
  stopAt?: (visit: PageVisit) => boolean;
  /** Safety net against a loop: the longest example has about 180 pages. */
  maxPages?: number;
}

export interface DriveResult {
  /** Where the journey stopped: check your answers, or the `stopAt` page. */
  stoppedAt: PagePlan;
  draft: C100Draft;
  /** Every page typed, in order (list pages count once per visit). */
  visited: StepRef[];
}

/** Types the target into the app page by page until check your answers (or `stopAt`). */
export async function driveJourney(options: DriveOptions): Promise<DriveResult> {
  const { page, host, target, draftId, input = 'pointer', today, onPage, afterTyping, stopAt, maxPages = 400 } = options;
  const visited: StepRef[] = [];
  let pending: PagePlan['written'] = [];
  let pendingLabel = 'the first page';
  // After "Add": type the new entry's first page and Continue, which returns to the list page `listId`.
  let adding: { listId: string; phase: 'name' | 'back' } | undefined;

  for (let index = 0; index < maxPages; index++) {
    const location = locationOf(page.url());
    if (location.name !== 'step') throw new Error(`Expected a page of the journey, got ${page.url()} (“${await heading(page)}”)`);
    const { ref } = location;
    const { draft, plan } = await planWhenSaved(host, draftId, pending, pendingLabel, () => ref, target, today);
    const label = `${ref.id} ${JSON.stringify(ref.params)}`;
    // Retried until the new page has rendered (the hash changes a moment before React draws the page).
    await expect(page.locator('#main-content h1').first(), `the heading of ${label}`).toHaveText(plan.title);
    const title = plan.title;

    if (adding?.phase === 'back') {
      if (ref.id !== adding.listId) throw new Error(`Continue on a new entry's first page went to ${label}, not back to the list page ${adding.listId}`);
      adding = undefined;
    }

    const visit: PageVisit = { plan, draft, index };
    if (plan.stepKind === 'checkAnswers' || stopAt?.(visit)) return { stoppedAt: plan, draft, visited };
    if (plan.stepKind === 'exit') throw new Error(`The journey ended on the exit page ${label}: “${title}”`);
    await onPage?.(visit);
    visited.push(ref);

    for (const action of plan.actions) await perform(page, action, input);
    await afterTyping?.(visit);
    pending = plan.written;
    pendingLabel = label;
    const before = new URL(page.url()).hash;

    if (adding?.phase === 'name') {
      adding.phase = 'back';
      if (plan.continueLabel === undefined) throw new Error(`${label} (a new entry's first page) has no Continue button`);
      await pressButton(page, plan.continueLabel, input);
    } else if (plan.add) {
      adding = { listId: ref.id, phase: 'name' };
      if (input === 'pointer') await page.locator(byId(plan.add.id)).click();
      else await activateWithKeyboard(page, { css: byId(plan.add.id) });
    } else {
      if (plan.continueLabel === undefined) throw new Error(`${label} has no Continue button`);
      await pressButton(page, plan.continueLabel, input);
    }
    await waitForNavigation(page, before, label);
  }
  throw new Error(`The journey did not reach check your answers within ${maxPages} pages`);
}
