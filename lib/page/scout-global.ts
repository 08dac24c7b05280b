/**
 * Where the scout keeps itself in the content scripts' isolated world, so that the background's
 * later injections (scout-listen.js, scout-quiet.js) reach the same one.
 */
export const SCOUT_GLOBAL = '__glossScout';
