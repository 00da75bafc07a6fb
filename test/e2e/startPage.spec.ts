/**
 * The start page in Chromium against the production build, with the real vault behind window.c100:
 * what the app is and is not, where help is, the drafts list; no axe violations; nothing leaves.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.describe('start page', () => {
  test('says what the app does, where help is, and has no accessibility violations', async ({ page, openApp, host, network, saveScreenshot }) => {
    await openApp();
    await expect(page).toHaveTitle('Prepare your application to the family court – C100 Prep');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare your application to the family court about a child');
    await expect(page.getByText('Not a government service — not legal advice')).toBeVisible();
    await expect(page.getByText('0808 2000 247')).toBeVisible();
    for (const name of ['Advicenow', 'Citizens Advice', 'Find a family mediator', 'Cafcass']) {
      await expect(page.getByRole('link', { name, exact: false }).first()).toBeVisible();
    }
    await expect(page.getByText('You have no drafts on this computer yet.')).toBeVisible();
    // No GOV.UK identity: no crown, no GOV.UK header or footer, no GDS Transport font.
    await expect(page.locator('.govuk-header, .govuk-footer, .govuk-logo')).toHaveCount(0);
    const font = await page.locator('body').evaluate((body) => getComputedStyle(body.querySelector('h1') ?? body).fontFamily);
    expect(font.toLowerCase()).not.toContain('gds transport');
    expect(font.toLowerCase()).toContain('arial');

    await expectNoAxeViolations(page, 'the start page');
    await saveScreenshot('start-page');
    expect(host.calls.map((call) => call.method)).toEqual(expect.arrayContaining(['vaultStatus', 'listDrafts']));
    expect(network.local.length).toBeGreaterThan(0);
  });

  test('opens help links through the host, never in the page', async ({ page, openApp, host }) => {
    await openApp();
    await page.getByRole('link', { name: /Citizens Advice/ }).first().click();
    await expect.poll(() => host.openedLinks).toEqual(['https://www.citizensadvice.org.uk/']);
    await expect(page).toHaveURL(/#\/$/);
  });

  test('starts a new application, shows it in the drafts list and survives a reload', async ({ page, openApp, saveScreenshot }) => {
    await openApp();
    await page.getByRole('button', { name: 'Start a new application' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your application');
    await expect(page).toHaveURL(/#\/drafts\/[A-Za-z0-9_-]+$/);
    await expectNoAxeViolations(page, 'the task list');
    await saveScreenshot('task-list');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your application');
    await page.getByRole('button', { name: 'Save and close' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare your application to the family court about a child');
    await expect(page.getByRole('list', { name: 'Drafts on this computer' }).getByRole('listitem')).toHaveCount(1);
  });

  test('is readable in a 320 px window without sideways scrolling', async ({ page, openApp, saveScreenshot }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openApp();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot('start-page-320px');
  });
});

test.describe('a new vault', () => {
  test.use({ hostOptions: { passphrase: null } });

  test('asks for a passphrase first, explains a short one, then shows the start page', async ({ page, openApp, saveScreenshot }) => {
    await openApp();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a passphrase to lock your drafts');
    await page.getByLabel('Passphrase').fill('short');
    await page.getByRole('button', { name: 'Lock my drafts with this passphrase' }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expect(page.getByLabel('Passphrase')).toHaveValue('short');
    await expectNoAxeViolations(page, 'the passphrase page with an error');
    await saveScreenshot('set-up-passphrase-error');
    await page.getByLabel('Passphrase').fill('three random words');
    await page.getByRole('button', { name: 'Lock my drafts with this passphrase' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare your application to the family court about a child');
  });
});
