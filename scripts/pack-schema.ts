/** `npm run pack:schema`: writes docs/pack.schema.json from the import's own schema (pack-json-schema.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packJsonSchema } from '../lib/packs/pack-json-schema';

const file = join(import.meta.dirname, '..', 'docs', 'pack.schema.json');
writeFileSync(file, JSON.stringify(packJsonSchema(), null, 2) + '\n');
console.log(`wrote ${file}`);
