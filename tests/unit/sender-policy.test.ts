import { describe, expect, it } from 'vitest';
import { describeSender, refusal, type Sender } from '@/lib/messages/sender-policy';

const page: Sender = { kind: 'content-script', url: 'https://news.example/article?id=1&utm_source=x#top' };

describe('what a content script may ask', () => {
  it('may read claims and notes, and act on its own page and site', () => {
    expect(refusal({ type: 'claims/get', ids: ['a'] }, page)).toBeNull();
    expect(refusal({ type: 'note/save', claimId: 'a', text: 'x', baseUpdatedAt: null, url: null, title: '' }, page)).toBeNull();
    expect(refusal({ type: 'site/get', host: 'news.example' }, page)).toBeNull();
    expect(refusal({ type: 'suppressed/get', url: 'https://news.example/article?id=1' }, page)).toBeNull();
    expect(refusal({ type: 'dismissal/set', url: 'https://news.example/article?id=1', claimId: 'a', dismissed: true }, page)).toBeNull();
  });

  it("may not touch other sites' or pages' settings, nor switch sites", () => {
    expect(refusal({ type: 'site/get', host: 'other.example' }, page)).toMatch(/own site/);
    expect(refusal({ type: 'suppressed/get', url: 'https://other.example/a' }, page)).toMatch(/own site's dismissals/);
    expect(refusal({ type: 'dismissal/set', url: 'https://bank.example/a', claimId: 'a', dismissed: true }, page)).toMatch(/own site's dismissals/);
    // Another page of the same site is allowed: a single-page app changes its address in place.
    expect(refusal({ type: 'dismissal/set', url: 'https://news.example/another', claimId: 'a', dismissed: true }, page)).toBeNull();
    expect(refusal({ type: 'site/set', host: 'news.example', enabled: false }, page)).toMatch(/only the reader/);
  });

  it('extension pages may ask anything', () => {
    expect(refusal({ type: 'site/set', host: 'news.example', enabled: false }, { kind: 'extension-page' })).toBeNull();
  });

  it('tells senders apart by their address', () => {
    const origin = 'chrome-extension://abc';
    expect(describeSender({ url: 'chrome-extension://abc/popup.html' }, origin)).toEqual({ kind: 'extension-page' });
    expect(describeSender({ url: 'https://news.example/a', tab: {} }, origin)).toEqual({ kind: 'content-script', url: 'https://news.example/a' });
    expect(describeSender({ url: 'file:///etc/passwd', tab: {} }, origin)).toBeNull();
    expect(describeSender({}, origin)).toBeNull();
  });
});
