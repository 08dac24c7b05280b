/**
 * Gloss's pack format as a JSON Schema, generated from the very schema the import checks with,
 * so the documented file cannot drift from what Gloss accepts (a unit test compares them).
 * JSON Schema cannot say two things the import also does: trim text before measuring it, and
 * the cross-field checks of a full claim (three distinct viewpoints, dates after `asOf`).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { GlossPackSchema } from './read-pack';

export function packJsonSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Gloss claim pack',
    description:
      'Claims a reader imports into Gloss: each either { "id", "text" } or a full Gloss claim (docs/data-format.md). ClaimReview JSON-LD and Fact Check Tools API responses are read too, by their own shapes.',
    ...toJsonSchema(GlossPackSchema, { errorMode: 'ignore' }),
  };
}
