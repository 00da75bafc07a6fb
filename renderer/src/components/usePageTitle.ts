/**
 * Sets the window title for the page: "<page> – C100 Prep", with "Error: " in front while the page
 * shows errors (GOV.UK error summary: the title is the first thing a screen reader reads).
 */
import { useEffect } from 'react';

export const APP_NAME = 'C100 Prep';

export function pageTitle(title: string, hasErrors: boolean): string {
  return `${hasErrors ? 'Error: ' : ''}${title} – ${APP_NAME}`;
}

export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = pageTitle(title, hasErrors);
  }, [title, hasErrors]);
}
