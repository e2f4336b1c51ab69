/**
 * failcoach.schema.json, generated from the configuration schema (itself built from the rules'
 * metadata): `npm run schema` writes it, and test/config/schema.test.ts fails when the checked-in
 * file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../../src/config/schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../failcoach.schema.json', import.meta.url));

export function schemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
