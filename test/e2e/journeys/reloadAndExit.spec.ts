/**
 * Issue 5 "Done when": a reload in the middle of a journey loses nothing (same page, same values,
 * the earlier pages too, and the journey goes on to check your answers); and the exit page where
 * the journey stops ("You need to attend a MIAM first"), with no Continue.
 */
import type { C100Draft } from '../../../forms/c100/draft';
import { expectNoAxeViolations } from '../support/axe';
import { loadExample } from '../support/examples';
import { expect, test } from '../support/fixtures';
import { driveJourney, locationOf, perform, startNewApplication, waitForSaved } from '../support/journeyDriver';
import { byId, type ControlAction } from '../support/journeyPlan';
import type { Page } from '@playwright/test';

async function expectKept(page: Page, actions: readonly ControlAction[]): Promise<void> {
  for (const action of actions) {
    const control = page.locator(`${byId(action.id)}:visible`);
    if (action.kind === 'check') await expect(control, `${action.id} still ticked`).toBeChecked();
    else await expect(control, `${action.id} still holds what was typed`).toHaveValue(action.value);
  }
}

test('a reload in the middle of a journey loses nothing', async ({ page, host, openApp, saveScreenshot }) => {
  test.setTimeout(180_000);
  const target = loadExample('attended-miam');
  await openApp();
  const draftId = await startNewApplication(page, 'pointer');
  // Stop on the applicant's details: radios, a revealed text box, a date and a text box.
  const stop = await driveJourney({ page, host, target, draftId, stopAt: ({ plan }) => plan.ref.id === 'applicant-details' });
  const { plan } = { plan: stop.stoppedAt };
  expect(plan.ref.id).toBe('applicant-details');

  // On the way: the task list with sections done, in progress and not started.
  await page.evaluate((hash) => (location.hash = hash), `#/drafts/${draftId}`);
  await expect(page.locator('#main-content h1')).toHaveText('Your application');
  await expect(page.locator('.govuk-task-list__status', { hasText: 'Completed' }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the task list of a draft in progress');
  await saveScreenshot('task-list-in-progress');
  await page.goBack();
  await expect(page.locator('#main-content h1')).toHaveText(plan.title);
  expect(plan.actions.length).toBeGreaterThanOrEqual(4);
  for (const action of plan.actions) await perform(page, action, 'pointer');
  // The autosave pause passes (the answers reach the vault), then the window reloads (or the app restarts).
  await waitForSaved(host, draftId, plan.written, plan.ref.id);
  await expect(page.getByTestId('autosave')).toHaveText(/^Saved/);
  const before = page.url();
  await page.reload();
  await expect(page.locator('#main-content h1')).toHaveText(plan.title);
  expect(page.url()).toBe(before);
  await expectKept(page, plan.actions);
  await expect(page).toHaveTitle(/^(?!Error)/);

  // The page before is intact too, and going back and forth changes nothing.
  await page.locator('a.govuk-back-link').click();
  const previous = locationOf(page.url());
  expect(previous.name).toBe('step');
  await page.goBack();
  await expect(page.locator('#main-content h1')).toHaveText(plan.title);
  await expectKept(page, plan.actions);

  // And the journey goes on from here to check your answers.
  const rest = await driveJourney({ page, host, target, draftId });
  expect(rest.stoppedAt.ref.id).toBe('check-your-answers');
  await expect(page.getByTestId('cya-complete')).toBeVisible();
});

test('the journey stops on an exit page with no Continue when no MIAM exemption applies', async ({ page, host, openApp, saveScreenshot }) => {
  const example = loadExample('attended-miam');
  const target: C100Draft = { ...example, miam: { acknowledged: true, voucherScheme: 'no', attended: 'no', claimsExemption: 'no' } };
  await openApp();
  const draftId = await startNewApplication(page, 'pointer');
  const stop = await driveJourney({ page, host, target, draftId, stopAt: ({ plan }) => plan.stepKind === 'exit' });
  expect(stop.stoppedAt.ref.id).toBe('exit-miam-attend');
  await expect(page.locator('#main-content h1')).toHaveText(stop.stoppedAt.title);
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the exit page');
  await saveScreenshot('exit-page');
});
