import { existsSync } from 'node:fs';
import { starterConfig } from '../config/config.js';
import { writeFileAtomic } from '../io/write.js';
import type { Io } from './lint.js';

const FILE = '.failcoachrc.yaml';

/** `failcoach init`: writes a commented starter configuration, never over an existing one without --force. */
export async function runInit(options: { force?: boolean }, io: Io): Promise<number> {
  if (existsSync(FILE) && !options.force) {
    io.stderr.write(`failcoach: ${FILE} already exists; edit it, or run "failcoach init --force" to replace it\n`);
    return 2;
  }
  writeFileAtomic(FILE, starterConfig());
  io.stdout.write(`Wrote ${FILE}: every rule is listed, commented out at its default. Uncomment what you want to change.\n`);
  return 0;
}
