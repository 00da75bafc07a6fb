/**
 * A link to a help site (forms/host/helpLinks.ts). The renderer never navigates away or opens a
 * window itself (no network from the page: DESIGN.md "Privacy and security"); it asks the host to open
 * the address in the user's own browser, where the host checks it against the allow-list again.
 */
import type { ReactNode } from 'react';
import { useOptionalHost } from '../host/HostContext';

export function HelpLink({ href, children }: { href: string; children: ReactNode }) {
  const host = useOptionalHost();
  return (
    <a
      className="govuk-link"
      href={href}
      rel="noreferrer noopener"
      onClick={(event) => {
        event.preventDefault();
        void host?.openHelpLink({ url: href });
      }}
    >
      {children}
      <span className="govuk-visually-hidden"> (opens in your web browser)</span>
    </a>
  );
}
