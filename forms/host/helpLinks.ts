/**
 * The help links the app may open in the user's browser, and the check that guards
 * `shell.openExternal` (Electron security checklist item 15: never open untrusted content).
 *
 * The check parses the URL with the WHATWG URL parser and compares the parsed origin parts; it never
 * matches strings, so look-alikes such as `https://gov.uk.evil.com`, `https://evil.com/?www.gov.uk`,
 * `https://www.gov.uk@evil.com` or `https://www.gov.uk.` are refused. Only `https:` on the default
 * port, with no user name or password, to a host listed exactly below.
 */

/** One organisation the app points people to, with the exact host names it serves help from. */
export interface HelpSite {
  id: string;
  name: string;
  /** Exact host names (lower case). Subdomains are allowed only when listed here one by one. */
  hosts: readonly string[];
}

/** The organisations named in DESIGN.md and issue 4/5: courts, Cafcass, mediation, advice, helplines. */
export const HELP_SITES: readonly HelpSite[] = [
  // GOV.UK also hosts the HMCTS pages and the C100/C1A/C8 forms and guidance.
  { id: 'govuk', name: 'GOV.UK', hosts: ['www.gov.uk', 'gov.uk'] },
  // HMCTS "Find a court or tribunal" service.
  { id: 'hmcts', name: 'HM Courts & Tribunals Service', hosts: ['www.find-court-tribunal.service.gov.uk'] },
  { id: 'cafcass', name: 'Cafcass', hosts: ['www.cafcass.gov.uk', 'cafcass.gov.uk'] },
  // Cafcass Cymru is part of the Welsh Government; its pages live on gov.wales.
  { id: 'cafcass-cymru', name: 'Cafcass Cymru', hosts: ['www.gov.wales', 'gov.wales', 'llyw.cymru', 'www.llyw.cymru'] },
  { id: 'fmc', name: 'Family Mediation Council', hosts: ['www.familymediationcouncil.org.uk', 'familymediationcouncil.org.uk'] },
  { id: 'advicenow', name: 'Advicenow', hosts: ['www.advicenow.org.uk', 'advicenow.org.uk'] },
  { id: 'citizens-advice', name: 'Citizens Advice', hosts: ['www.citizensadvice.org.uk', 'citizensadvice.org.uk'] },
  {
    id: 'ndah',
    name: 'National Domestic Abuse Helpline',
    hosts: ['www.nationaldahelpline.org.uk', 'nationaldahelpline.org.uk'],
  },
];

/** Links the renderer can show as they are; every one passes {@link isAllowedHelpUrl} (a test checks). */
export const HELP_LINKS = {
  c100Form: 'https://www.gov.uk/government/publications/form-c100-application-under-the-children-act-1989-for-a-child-arrangements-prohibited-steps-specific-issue-section-8-order-or-to-vary-or-discharge',
  childArrangements: 'https://www.gov.uk/looking-after-children-divorce',
  helpWithFees: 'https://www.gov.uk/get-help-with-court-fees',
  findACourt: 'https://www.find-court-tribunal.service.gov.uk/',
  cafcass: 'https://www.cafcass.gov.uk/',
  cafcassCymru: 'https://www.gov.wales/cafcass-cymru',
  findAMediator: 'https://www.familymediationcouncil.org.uk/find-local-mediator/',
  advicenow: 'https://www.advicenow.org.uk/',
  citizensAdvice: 'https://www.citizensadvice.org.uk/',
  domesticAbuseHelpline: 'https://www.nationaldahelpline.org.uk/',
} as const;

/** Longer than any real help page address; longer inputs are refused before parsing. */
export const HELP_URL_MAX_LENGTH = 2048;

/** The parts of a WHATWG `URL` this check reads. */
interface ParsedUrl {
  protocol: string;
  username: string;
  password: string;
  hostname: string;
  port: string;
  href: string;
}
type UrlConstructor = new (input: string) => ParsedUrl;

/**
 * The WHATWG URL parser. It exists in Node, Chromium and Electron alike, but forms/ compiles with no
 * DOM or Node typings (DESIGN.md "Layers"), so it is reached through `globalThis` with the few fields
 * declared above.
 */
const WhatwgUrl = (globalThis as unknown as { URL: UrlConstructor }).URL;

const allowedHosts: ReadonlySet<string> = new Set(HELP_SITES.flatMap((site) => site.hosts));

/**
 * The help site that serves `url`, or `undefined` when the URL is not allowed.
 * Never throws: unparseable input is simply not allowed.
 */
export function findHelpSite(url: unknown): HelpSite | undefined {
  const parsed = parseAllowedHelpUrl(url);
  if (parsed === undefined) return undefined;
  return HELP_SITES.find((site) => site.hosts.includes(parsed.hostname));
}

/**
 * Whether `url` may be opened in the user's browser: `https:`, default port, no credentials, and a
 * host on the allow-list exactly. Never throws.
 */
export function isAllowedHelpUrl(url: unknown): boolean {
  return parseAllowedHelpUrl(url) !== undefined;
}

/**
 * The normalised form of an allowed help URL (what main hands to the OS), or `undefined` when the
 * URL is not allowed. Never throws.
 */
export function normaliseHelpUrl(url: unknown): string | undefined {
  return parseAllowedHelpUrl(url)?.href;
}

function parseAllowedHelpUrl(url: unknown): ParsedUrl | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > HELP_URL_MAX_LENGTH) return undefined;
  let parsed: ParsedUrl;
  try {
    parsed = new WhatwgUrl(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  // `https://www.gov.uk@evil.com` parses with user name "www.gov.uk": refuse any credentials at all.
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  // The parser empties the port when it is the scheme's default (443); any other port is refused.
  if (parsed.port !== '') return undefined;
  if (!allowedHosts.has(parsed.hostname)) return undefined;
  return parsed;
}
