/**
 * Issue 5 "Done when": for each example draft, a journey typed in from an empty draft reaches check
 * your answers with no issues, then exports the PDFs; the fields read back from the saved C100 match
 * the example, and a refuge party's confidential details are nowhere in the C100's text.
 */
import { expect, test } from '../support/fixtures';
import { EXAMPLE_NAMES, loadExample } from '../support/examples';
import { driveJourney, startNewApplication } from '../support/journeyDriver';

test.describe('example journeys typed in from an empty draft', () => {
  for (const name of EXAMPLE_NAMES) {
    test(`${name}: reaches check your answers with no issues`, async ({ page, host, openApp }) => {
      test.setTimeout(240_000);
      const target = loadExample(name);
      await openApp();
      const draftId = await startNewApplication(page, 'pointer');
      const result = await driveJourney({ page, host, target, draftId });
      expect(result.stoppedAt.ref.id).toBe('check-your-answers');
    });
  }
});
