/**
 * A fast 53-bit string hash (cyrb53, public domain): stable ids and change digests, not security.
 * 53 bits keep collisions out of reach for the sizes Gloss meets (a pack of 100,000 claims has a
 * collision chance near 1 in 10^6), and it runs over a 10 MB file in a few tens of milliseconds.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash in base 36: at most 11 characters of [0-9a-z]. */
export const hashText = (text: string, seed = 0) => hash53(text, seed).toString(36);
