/** The report formats `lint --format` accepts, by name. */
import type { Formatter } from './types.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatSarif } from './sarif.js';

export const FORMATS: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  compact: formatCompact,
  github: formatGithub,
  sarif: formatSarif,
};

export function formatterFor(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
}
