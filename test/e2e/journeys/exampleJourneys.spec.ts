/**
 * Issue 5 "Done when": for each example draft, a journey typed in from an empty draft (the UI only)
 * reaches check your answers with no issues, and exports the PDFs; the fields read back from the
 * saved C100 match the example, and the details a party in a refuge keeps private appear nowhere
 * in the C100's text. axe-core checks every step the journeys visit (every page of the longest
 * one, the grandparent's), and the network guard (fixtures.ts, automatic) fails any request that
 * leaves the page. Screenshots of the main page types go under test-results/.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { C100Draft } from '../../../forms/c100/draft';
import { expectNoAxeViolations } from '../support/axe';
import { draftDifferences } from '../support/draftDifferences';
import { EXAMPLE_NAMES, loadExample, type ExampleName } from '../support/examples';
import { expect, test } from '../support/fixtures';
import { driveJourney, pressButton, savedDraft, startNewApplication, type PageVisit } from '../support/journeyDriver';
import { expectedC100Fill, fillDifferences, isTicked, pdfText, readFormFields, textOf } from '../support/pdfReadback';

/** Steps axe has checked in this file's run (one worker, in order): each distinct step once at least. */
const axeChecked = new Set<string>();

/** Screenshot of the first page of each main type, once per run. */
const SCREENSHOT_OF_STEP: Readonly<Record<string, string>> = {
  'child-name': 'question-text',
  'children-in-england-or-wales': 'radios-with-reveal',
  'orders-sought': 'checkboxes',
  'child-details': 'date',
  'applicant-address': 'address',
  'child-lives-with': 'person-picker',
  'welsh-people': 'person-choices',
  'safety-intro': 'info-page',
};

const pad = (value: string | undefined) => (value ?? '').padStart(2, '0');

async function exportEditableSeparate(page: Page): Promise<void> {
  await pressButton(page, 'Make the documents', 'pointer');
  await expect(page.locator('#main-content h1')).toHaveText('Make your documents');
  await page.getByLabel('Editable', { exact: true }).check();
  await page.getByLabel('A separate file for each form').check();
  await pressButton(page, 'Choose a folder and make the documents', 'pointer');
  await expect(page.getByText('Your documents are ready')).toBeVisible({ timeout: 30_000 });
}

/** Contact details the example keeps private (refuge: all of them; otherwise those chosen). */
function privateDetails(example: C100Draft): string[] {
  const values: string[] = [];
  for (const person of [...(example.applicants ?? []), ...(example.respondents ?? []), ...(example.otherPeople ?? [])]) {
    const all = person.refuge === 'yes';
    const chosen = new Set(person.keepDetailsPrivate === 'yes' ? (person.privateDetails ?? []) : []);
    if (all || chosen.has('address')) values.push(...[person.address?.line1, person.address?.postcode].filter((v): v is string => Boolean(v)));
    if (all || chosen.has('phone')) values.push(...[person.homePhone, person.mobilePhone].filter((v): v is string => Boolean(v)));
    if (all || chosen.has('email')) values.push(...[person.email].filter((v): v is string => Boolean(v)));
  }
  return values;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

test.describe('example journeys typed in from an empty draft', () => {
  for (const name of EXAMPLE_NAMES) {
    test(`${name}: reaches check your answers with no issues and exports a C100 that matches the example`, async ({ page, host, network, openApp, saveScreenshot }) => {
      test.setTimeout(360_000);
      const target = loadExample(name);
      const everyPage = name === ('grandparent-permission' satisfies ExampleName);
      await openApp();
      const draftId = await startNewApplication(page, 'pointer');
      const screenshotsTaken = new Set<string>();

      const result = await driveJourney({
        page,
        host,
        target,
        draftId,
        onPage: async ({ plan }: PageVisit) => {
          if (everyPage || !axeChecked.has(plan.ref.id)) {
            await expectNoAxeViolations(page, `${plan.ref.id} ${JSON.stringify(plan.ref.params)}`);
            axeChecked.add(plan.ref.id);
          }
          if (plan.ref.id === 'children' && plan.add?.have === 1 && !screenshotsTaken.has('list')) {
            screenshotsTaken.add('list');
            await saveScreenshot(`${name}-list-page`);
          }
        },
        afterTyping: async ({ plan }: PageVisit) => {
          const shot = SCREENSHOT_OF_STEP[plan.ref.id];
          if (shot && !screenshotsTaken.has(shot)) {
            screenshotsTaken.add(shot);
            await saveScreenshot(`${name}-${shot}`);
          }
        },
      });
      expect(result.stoppedAt.ref.id).toBe('check-your-answers');

      // Everything typed is what the example says (the app's ids put back to the example's).
      const typed = await savedDraft(host, draftId);
      expect(draftDifferences(typed, target)).toEqual([]);

      // Check your answers: complete, nothing left to finish.
      await expect(page.getByTestId('cya-complete')).toBeVisible();
      await expect(page.getByTestId('cya-issues')).toHaveCount(0);
      await expectNoAxeViolations(page, `check your answers (${name})`);
      await saveScreenshot(`${name}-check-your-answers`);
      await page.screenshot({ path: test.info().outputPath(`${name}-check-your-answers-top.png`) });

      await exportEditableSeparate(page);
      await expectNoAxeViolations(page, `the documents made (${name})`);
      await saveScreenshot(`${name}-export-result`);

      // The C100 read back from the saved file agrees with the example, field by field.
      const files = await readdir(host.exportDir);
      expect(files).toContain('C100.pdf');
      const c100 = path.join(host.exportDir, 'C100.pdf');
      const fields = await readFormFields(c100);
      expect(fillDifferences(fields, expectedC100Fill(target))).toEqual([]);
      // …and with the example's own answers, read directly: names, dates of birth, key ticks.
      (target.children ?? []).slice(0, 4).forEach((child, i) => {
        const n = i + 1;
        expect(textOf(fields, `Child ${n} - First name(s)`)).toBe(child.firstNames);
        expect(textOf(fields, `Child ${n} - Last name`)).toBe(child.lastName);
        const dob = child.dateOfBirth;
        if (dob) expect(textOf(fields, `Child ${n} - date of birth`)).toBe(`${pad(dob.day)}${pad(dob.month)}${dob.year ?? ''}`);
        expect(isTicked(fields, `Child ${n} - Female`)).toBe(child.sex === 'female');
        expect(isTicked(fields, `Child ${n} - Male`)).toBe(child.sex === 'male');
      });
      (target.applicants ?? []).slice(0, 2).forEach((applicant, i) => {
        const n = i + 1;
        expect(textOf(fields, `11. First names - applicant ${n}`)).toBe(applicant.firstNames);
        expect(textOf(fields, `11. Last names - applicant ${n}`)).toBe(applicant.lastName);
        expect(textOf(fields, `11. Day of date of birth - applicant ${n}`)).toBe(pad(applicant.dateOfBirth?.day));
        expect(textOf(fields, `11. Month of date of birth - applicant ${n}`)).toBe(pad(applicant.dateOfBirth?.month));
        expect(textOf(fields, `11. Year of date of birth - applicant ${n}`)).toBe(applicant.dateOfBirth?.year);
      });

      // The network guard (fixtures.ts) saw the app's own requests, and nothing else.
      expect(network.local.length).toBeGreaterThan(0);
      expect(network.blocked).toEqual([]);

      // Confidential details are on the C8 only, never in the C100's text (C100 04.24 section 11-13: "leave blank").
      const hidden = privateDetails(target);
      const c100Text = squash(pdfText(c100));
      for (const value of hidden) expect(c100Text, `a private detail in the C100`).not.toContain(squash(value));
      if (hidden.length > 0) {
        expect(files).toContain('C8.pdf');
        const c8Text = squash(pdfText(path.join(host.exportDir, 'C8.pdf')));
        expect(hidden.some((value) => c8Text.includes(squash(value))), 'the private details are on the C8').toBe(true);
      }
    });
  }
});
