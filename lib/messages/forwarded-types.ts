/**
 * The message types the small script every page gets hands on to the rest of Gloss, as plain
 * strings: the scout must not carry the protocol's schemas. A unit test keeps these lists equal
 * to the schemas' types, so a new event cannot be dropped at the door.
 */
export const PAGE_REQUEST_TYPES = ['page/status', 'page/show-claim', 'page/add-note', 'page/reattach'] as const;
export const EVENT_TYPES = ['site/changed', 'suppressed/changed', 'pause/changed', 'look/changed', 'packs/changed', 'access/changed', 'notes/changed'] as const;
