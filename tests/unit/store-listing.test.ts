/**
 * The store listing material (`store/`, `public/icon/`): images at the sizes the stores ask for,
 * a reason for every permission, and the privacy policy that ships in the package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { privacyPage } from '@/components/OptionsPage';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(join(ROOT, file));
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('store listing material', () => {
  it.each([
    ['public/icon/16.png', 16, 16],
    ['public/icon/32.png', 32, 32],
    ['public/icon/48.png', 48, 48],
    ['public/icon/128.png', 128, 128],
    ['store/promo-tile-440x280.png', 440, 280],
    ['store/screenshot-card-light-1280x800.png', 1280, 800],
    ['store/screenshot-card-dark-1280x800.png', 1280, 800],
    ['store/screenshot-options-1280x800.png', 1280, 800],
  ])('%s is %i×%i', (file, width, height) => expect(pngSize(file)).toEqual([width, height]));

  it('justifies every permission the manifest asks for, and declares no remote code and no data use', () => {
    const listing = readFileSync(join(ROOT, 'store/listing.md'), 'utf8');
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const permissions = JSON.parse(/permissions: (\[[^\]]*\])/.exec(config)![1].replace(/'/g, '"')) as string[];
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) expect(listing, permission).toMatch(new RegExp(`^- \\*\\*${permission}:\\*\\* \\S`, 'm'));
    expect(listing).toMatch(/^- \*\*Host access/m);
    expect(listing).toMatch(/## Single purpose/);
    expect(listing).toMatch(/## Remote code\n\nNo\./);
    expect(listing).toMatch(/collects no user data/);
  });

  it('ships the privacy policy in every UI language, each with the same sections, and the options page links the one in use', () => {
    const sections = (html: string) => [(html.match(/<h2>/g) ?? []).length, (html.match(/<li>/g) ?? []).length];
    const english = readFileSync(join(ROOT, 'public/privacy.html'), 'utf8');
    const languages = readdirSync(join(ROOT, 'public/_locales')).filter((l) => l !== 'en');
    expect(languages.length).toBeGreaterThanOrEqual(5);
    for (const language of languages) {
      const page = privacyPage(language);
      const policy = readFileSync(join(ROOT, 'public', page), 'utf8');
      expect(policy, page).toContain(`<html lang="${language}">`);
      expect(sections(policy), page).toEqual(sections(english));
      for (const permission of ['scripting', 'activeTab', 'contextMenus']) expect(policy, page).toContain(`<strong>${permission}</strong>`);
    }
    expect(privacyPage('en')).toBe('privacy.html');
  });

  it('ships a privacy policy that says nothing is collected or sent', () => {
    const policy = readFileSync(join(ROOT, 'public/privacy.html'), 'utf8');
    expect(policy).toMatch(/<title>Gloss privacy policy<\/title>/);
    expect(policy).toMatch(/collects nothing, sends nothing/);
    // The policy names every permission too.
    for (const permission of ['scripting', 'activeTab', 'contextMenus']) expect(policy).toContain(`<strong>${permission}</strong>`);
  });
});
