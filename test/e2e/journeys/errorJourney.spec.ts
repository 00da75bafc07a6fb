/**
 * Issue 5 "Done when": an error journey. On the first page of each kind of question (text,
 * textarea, radios, checkboxes, date, address, person picker) met on the way through the
 * attended-MIAM example, Continue on the empty page, then again with a partial answer: the error
 * summary takes focus, the title starts with "Error: ", the messages are the ones the journey's own
 * page check gives (`validateStep`), and every value typed is still there (on screen and saved).
 * Then the page is answered in full and the journey goes on.
 */
import type { Page } from '@playwright/test';
import type { C100Draft } from '../../../forms/c100/draft';
import { stepContent, validateStep, type FieldDescriptor, type FieldKind } from '../../../forms/c100/steps';
import { expectNoAxeViolations } from '../support/axe';
import { loadExample } from '../support/examples';
import { expect, test } from '../support/fixtures';
import { driveJourney, perform, startNewApplication, waitForSaved, type PageVisit } from '../support/journeyDriver';
import { byId, fieldId, type ControlAction, type PagePlan } from '../support/journeyPlan';
import type { BoundHost } from '../support/bindHost';

const KINDS_UNDER_TEST = ['text', 'textarea', 'radios', 'checkboxes', 'date', 'address', 'personPicker'] as const satisfies readonly FieldKind[];
type KindUnderTest = (typeof KINDS_UNDER_TEST)[number];

const isKindUnderTest = (kind: FieldKind): kind is KindUnderTest => (KINDS_UNDER_TEST as readonly string[]).includes(kind);
const within = (action: ControlAction, field: FieldDescriptor) => action.path === field.path || action.path.startsWith(`${field.path}.`);

/**
 * A partial answer for a page whose question of `kind` is `field`: enough typed that something is
 * kept, not enough to pass. Empty when the kind has no useful partial answer (one box, a choice).
 */
function partialAnswer(kind: KindUnderTest, field: FieldDescriptor, plan: PagePlan): ControlAction[] {
  switch (kind) {
    case 'text': {
      // A page of two names: the first typed, the second left empty.
      const texts = plan.actions.filter((action) => action.kind === 'fill' && !action.path.includes('.dateOf'));
      return texts.length >= 2 ? texts.slice(0, 1) : [];
    }
    case 'date':
      // Day and month typed, year missing; the other questions of the page answered.
      return plan.actions.filter((action) => !within(action, field) || /\.(day|month)$/.test(action.path));
    case 'address':
      // Building and street, and town; no postcode or country.
      return plan.actions.filter((action) => within(action, field) && /\.(line1|town)$/.test(action.path));
    case 'radios': {
      // The answer that reveals a follow-up question, without the follow-up.
      const first = plan.actions[0];
      const second = plan.actions[1];
      return first?.kind === 'check' && first.path === field.path && second !== undefined && second.path !== field.path ? [first] : [];
    }
    case 'textarea':
    case 'checkboxes':
    case 'personPicker':
      return [];
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown kind ${String(unknown)}`);
    }
  }
}

/** Continue, then the error state: focused summary, "Error: " title, the journey's own messages. */
async function expectErrorState(page: Page, plan: PagePlan, draft: C100Draft, label: string): Promise<string[]> {
  await page.getByRole('button', { name: plan.continueLabel ?? 'Continue', exact: true }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary, `the error summary on ${label}`).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page, 'Continue with errors stays on the page').toHaveURL(new RegExp(`/steps/${plan.ref.id}`));
  const validation = validateStep(draft, plan.ref);
  if (validation.ok) throw new Error(`${label}: the journey accepts this page as it is, so no error can be shown`);
  const expected = [...new Set(validation.errors.map((error) => error.message))];
  const shown = (await summary.locator('.govuk-error-summary__list a').allInnerTexts()).map((text) => text.trim());
  expect(shown.length, `messages on ${label}`).toBeGreaterThan(0);
  expect(shown[0], `the first message on ${label}`).toBe(validation.errors[0]?.message);
  for (const message of shown) expect(expected, `a message of ${label}`).toContain(message);
  // Each message is also shown at its question.
  await expect(page.locator('.govuk-error-message').first()).toContainText(shown[0] ?? '');
  return shown;
}

async function expectKept(page: Page, actions: readonly ControlAction[]): Promise<void> {
  for (const action of actions) {
    const control = page.locator(`${byId(action.id)}:visible`);
    if (action.kind === 'check') await expect(control, `${action.id} still ticked`).toBeChecked();
    else await expect(control, `${action.id} still holds what was typed`).toHaveValue(action.value);
  }
}

async function checkErrorsOnPage(page: Page, host: BoundHost, draftId: string, visit: PageVisit, kind: KindUnderTest, field: FieldDescriptor, screenshot: (name: string) => Promise<string>): Promise<void> {
  const { plan, draft } = visit;
  const label = `${plan.ref.id} (${kind})`;
  // 1. Continue on the empty page.
  const emptyMessages = await expectErrorState(page, plan, draft, `${label}, empty`);
  await expect(page.locator(`${byId(fieldId(field.path))}, ${byId(`${fieldId(field.path)}-line1`)}, ${byId(`${fieldId(field.path)}-day`)}`).first()).toBeVisible();
  expect(emptyMessages.length).toBeGreaterThan(0);
  await expectNoAxeViolations(page, `${label} with errors`);
  await screenshot(`error-${kind}`);
  // 2. A partial answer: the error stays, and so does every value typed, on screen and on disk.
  const partial = partialAnswer(kind, field, plan);
  if (partial.length === 0) return;
  for (const action of partial) await perform(page, action, 'pointer');
  const partialPaths = new Set(partial.map((action) => action.path));
  const saved = await waitForSaved(host, draftId, plan.written.filter((w) => partialPaths.has(w.path)), label);
  await expectErrorState(page, plan, saved, `${label}, partly answered`);
  await expectKept(page, partial);
}

test('Continue on an empty or partly answered page of each kind of question shows the focused error summary and keeps every value', async ({ page, host, openApp, saveScreenshot }) => {
  test.setTimeout(240_000);
  const target = loadExample('attended-miam');
  await openApp();
  const draftId = await startNewApplication(page, 'pointer');
  const tested = new Map<KindUnderTest, string>();

  await driveJourney({
    page,
    host,
    target,
    draftId,
    onPage: async (visit) => {
      if (visit.plan.stepKind !== 'question') return;
      const fields = stepContent(visit.draft, visit.plan.ref).fields;
      const field = fields.find((candidate) => isKindUnderTest(candidate.kind) && !tested.has(candidate.kind));
      if (!field || !isKindUnderTest(field.kind)) return;
      // Skip a page that passes as it is (an optional question): there is no error to show.
      if (validateStep(visit.draft, visit.plan.ref).ok) return;
      tested.set(field.kind, visit.plan.ref.id);
      await checkErrorsOnPage(page, host, draftId, visit, field.kind, field, saveScreenshot);
    },
  });
  expect([...tested.keys()].sort()).toEqual([...KINDS_UNDER_TEST].sort());
});
