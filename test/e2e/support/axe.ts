/**
 * axe-core with the WCAG 2.2 A and AA rules (issue 5: zero violations on every step). A violation
 * fails the test with each rule, its help text and the elements concerned.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, label = 'page'): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe-core WCAG 2.2 A/AA violations on ${label}`).toEqual([]);
  // A run that checked nothing would pass vacuously.
  expect(results.passes.length, `axe-core checked no rule on ${label}`).toBeGreaterThan(0);
}
