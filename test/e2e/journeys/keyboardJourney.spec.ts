/**
 * Issue 5 "Done when": one full journey with the keyboard only. The simplest example (the consent
 * order: no MIAM, no safety concerns) is typed in from an empty draft with Tab, Shift+Tab, the arrow
 * keys, Space and Enter, through check your answers to the documents made. A listener in the page
 * counts pointer events: there must be none.
 */
import { readdir } from 'node:fs/promises';
import { loadExample } from '../support/examples';
import { expect, test } from '../support/fixtures';
import { activateWithKeyboard, driveJourney, savedDraft, startNewApplication } from '../support/journeyDriver';
import { draftDifferences } from '../support/draftDifferences';

const POINTER_COUNTER = `(() => {
  window.__pointerEvents = 0;
  for (const type of ['pointerdown', 'mousedown', 'touchstart']) {
    window.addEventListener(type, () => { window.__pointerEvents += 1; }, true);
  }
})();`;

test('a full journey with the keyboard only, to the documents', async ({ page, host, openApp }) => {
  test.setTimeout(300_000);
  await page.addInitScript({ content: POINTER_COUNTER });
  const target = loadExample('consent-order');
  await openApp();
  const draftId = await startNewApplication(page, 'keyboard');
  const result = await driveJourney({ page, host, target, draftId, input: 'keyboard' });
  expect(result.stoppedAt.ref.id).toBe('check-your-answers');
  expect(draftDifferences(await savedDraft(host, draftId), target)).toEqual([]);
  await expect(page.getByTestId('cya-complete')).toBeVisible();

  await activateWithKeyboard(page, { css: 'button', text: 'Make the documents' });
  await expect(page.locator('#main-content h1')).toHaveText('Make your documents');
  await activateWithKeyboard(page, { css: 'button', text: 'Choose a folder and make the documents' });
  await expect(page.getByText('Your documents are ready')).toBeVisible({ timeout: 30_000 });
  expect(await readdir(host.exportDir)).toContain('C100.pdf');

  expect(await page.evaluate(() => (window as unknown as { __pointerEvents: number }).__pointerEvents), 'pointer events in the page').toBe(0);
});
