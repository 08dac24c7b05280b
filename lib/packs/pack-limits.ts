/** How large a pack may be: small enough to keep here, apart from the reading code, for the protocol's schemas. */

/** Larger files are refused before parsing: 10,000 fact-checks as JSON-LD take about 10 MB. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
export const MAX_PACK_CLAIMS = 100_000;
