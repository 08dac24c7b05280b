/** The scout forwards by plain type strings; they must be exactly the protocol's. */
import { describe, expect, it } from 'vitest';
import { EventSchema, PageRequestSchema } from '@/lib/messages/protocol';
import { EVENT_TYPES, PAGE_REQUEST_TYPES } from '@/lib/messages/forwarded-types';

const typesOf = (schema: { options: { entries: { type: { literal: string } } }[] }) => schema.options.map((o) => o.entries.type.literal).sort();

describe('the types the scout hands on', () => {
  it('are every event and every page request of the protocol, no more', () => {
    expect([...EVENT_TYPES].sort()).toEqual(typesOf(EventSchema as never));
    expect([...PAGE_REQUEST_TYPES].sort()).toEqual(typesOf(PageRequestSchema as never));
  });
});
