import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELP_LINKS, HELP_SITES, findHelpSite, isAllowedHelpUrl, normaliseHelpUrl } from '../../../../forms/host';

describe('the help link allow-list', () => {
  it('accepts every link the app shows', () => {
    for (const url of Object.values(HELP_LINKS)) expect(isAllowedHelpUrl(url), url).toBe(true);
  });

  it.each([
    ['GOV.UK', 'https://www.gov.uk/looking-after-children-divorce', 'govuk'],
    ['GOV.UK bare host', 'https://gov.uk/', 'govuk'],
    ['HMCTS court finder', 'https://www.find-court-tribunal.service.gov.uk/search-by-name', 'hmcts'],
    ['Cafcass', 'https://www.cafcass.gov.uk/parent-carer-or-family-member', 'cafcass'],
    ['Cafcass Cymru', 'https://www.gov.wales/cafcass-cymru', 'cafcass-cymru'],
    ['mediation finder', 'https://www.familymediationcouncil.org.uk/find-local-mediator/', 'fmc'],
    ['Advicenow', 'https://www.advicenow.org.uk/guides', 'advicenow'],
    ['Citizens Advice', 'https://www.citizensadvice.org.uk/family/', 'citizens-advice'],
    ['helpline', 'https://www.nationaldahelpline.org.uk/', 'ndah'],
    ['upper-case host', 'https://WWW.GOV.UK/', 'govuk'],
    ['explicit default port', 'https://www.gov.uk:443/', 'govuk'],
  ])('accepts %s', (_name, url, site) => {
    expect(isAllowedHelpUrl(url)).toBe(true);
    expect(findHelpSite(url)?.id).toBe(site);
  });

  it.each([
    ['a look-alike suffix', 'https://gov.uk.evil.com/'],
    ['a look-alike prefix', 'https://evilgov.uk/'],
    ['an unlisted subdomain', 'https://evil.gov.uk/'],
    ['an unlisted subdomain of an allowed host', 'https://x.www.gov.uk/'],
    ['plain http', 'http://www.gov.uk/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: naming the host', 'javascript://www.gov.uk/%0aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['userinfo trick', 'https://www.gov.uk@evil.com/'],
    ['userinfo on an allowed host', 'https://user:pass@www.gov.uk/'],
    ['another port', 'https://www.gov.uk:8443/'],
    ['host in the query', 'https://evil.com/?u=https://www.gov.uk/'],
    ['host in the fragment', 'https://evil.com/#www.gov.uk'],
    ['trailing dot', 'https://www.gov.uk./'],
    ['backslash trick', 'https://evil.com\\@www.gov.uk/'],
    ['relative', '/help'],
    ['empty', ''],
    ['not a URL', 'www.gov.uk'],
    ['IDN homograph', 'https://www.gоv.uk/'],
    ['app scheme', 'app://c100/index.html'],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedHelpUrl(url)).toBe(false);
    expect(normaliseHelpUrl(url)).toBeUndefined();
  });

  it('refuses what is not a string, and over-long input', () => {
    for (const value of [undefined, null, 42, {}, ['https://www.gov.uk/'], { href: 'https://www.gov.uk/' }]) {
      expect(isAllowedHelpUrl(value)).toBe(false);
    }
    expect(isAllowedHelpUrl(`https://www.gov.uk/${'a'.repeat(3000)}`)).toBe(false);
  });

  it('refuses any https URL whose host is not listed exactly (property)', () => {
    const listed = new Set(HELP_SITES.flatMap((site) => site.hosts));
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (url) => {
        const host = new URL(url).hostname;
        expect(isAllowedHelpUrl(url)).toBe(listed.has(host) && new URL(url).port === '' && new URL(url).username === '');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(typeof isAllowedHelpUrl(text)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
