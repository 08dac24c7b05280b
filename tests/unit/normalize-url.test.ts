import { describe, expect, it } from 'vitest';
import { normalizePageUrl } from '@/lib/page/normalize-url';

describe('normalizePageUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest as written', () => {
    expect(normalizePageUrl('https://news.example/a?id=7&utm_source=x&fbclid=y&q=a%20b#top')).toBe('https://news.example/a?id=7&q=a%20b');
    expect(normalizePageUrl('https://news.example/a?utm_medium=email')).toBe('https://news.example/a');
    expect(normalizePageUrl('http://127.0.0.1:8080/op-ed.html')).toBe('http://127.0.0.1:8080/op-ed.html');
  });
});
