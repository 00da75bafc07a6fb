/**
 * Moves focus to a form control and brings its question into view: the legend of its fieldset when
 * it has one, else its label (govuk-frontend error summary behaviour), so the user sees the question
 * and not only the box.
 */
export function focusField(targetId: string): boolean {
  const target = document.getElementById(targetId);
  if (target === null) return false;
  const legend = target.closest('fieldset')?.querySelector('legend');
  const label = Array.from(document.getElementsByTagName('label')).find((candidate) => candidate.htmlFor === targetId);
  const question = legend ?? label ?? target;
  if (typeof question.scrollIntoView === 'function') question.scrollIntoView();
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}
