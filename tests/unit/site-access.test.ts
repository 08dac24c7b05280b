import { describe, expect, it } from 'vitest';
import { ALL_SITES, coversHost, describeAccess, hostOfPattern, parseSiteInput, sitePattern } from '@/lib/access/site-access';

describe('site access patterns', () => {
  it('grants a site with its subdomains, and an IP address or localhost exactly', () => {
    expect(sitePattern('nytimes.com')).toBe('*://*.nytimes.com/*');
    expect(sitePattern('127.0.0.1')).toBe('*://127.0.0.1/*');
    expect(sitePattern('localhost')).toBe('*://localhost/*');
  });

  it('reads back the hosts of granted patterns, ignoring patterns it does not make', () => {
    expect(hostOfPattern('*://*.nytimes.com/*')).toBe('nytimes.com');
    expect(hostOfPattern('*://127.0.0.1/*')).toBe('127.0.0.1');
    expect(hostOfPattern('https://example.com/path/*')).toBeNull();
    expect(describeAccess(['*://*.b.org/*', '*://*.a.com/*', 'https://example.com/x/*'])).toEqual({ everywhere: false, sites: ['a.com', 'b.org'] });
    expect(describeAccess([ALL_SITES, '*://*.a.com/*'])).toEqual({ everywhere: true, sites: ['a.com'] });
    expect(describeAccess([])).toEqual({ everywhere: false, sites: [] });
  });

  it('round-trips every host through its pattern', () => {
    for (const host of ['example.com', 'bbc.co.uk', '10.0.0.2', 'localhost']) expect(hostOfPattern(sitePattern(host))).toBe(host);
  });

  it('covers a chosen site and its subdomains, not look-alikes', () => {
    const access = { everywhere: false, sites: ['nytimes.com', '127.0.0.1'] };
    expect(coversHost(access, 'nytimes.com')).toBe(true);
    expect(coversHost(access, 'cooking.nytimes.com')).toBe(true);
    expect(coversHost(access, 'notnytimes.com')).toBe(false);
    expect(coversHost(access, 'nytimes.com.evil.example')).toBe(false);
    expect(coversHost(access, '127.0.0.1')).toBe(true);
    expect(coversHost(access, '1.127.0.0.1')).toBe(false);
    expect(coversHost({ everywhere: true, sites: [] }, 'anything.example')).toBe(true);
  });
});

describe('what the reader types as a site', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM. ', 'example.com'],
    ['https://www.example.com/news/1?x=2', 'example.com'],
    ['http://127.0.0.1:8080/page', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['news.bbc.co.uk/path', 'news.bbc.co.uk'],
  ])('%j is the site %j', (input, host) => expect(parseSiteInput(input)).toBe(host));

  it.each(['', '   ', 'news', 'not a site', 'ftp://example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'http://'])('%j is refused', (input) =>
    expect(parseSiteInput(input)).toBeNull(),
  );
});
