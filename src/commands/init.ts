import { starterConfig } from '../config/config.js';
import { FileError } from '../io/errors.js';
import { pathExists, writeFileSafely } from '../io/write.js';
import type { Io } from '../io/streams.js';

const FILE = '.failcoachrc.yaml';

/** `failcoach init`: writes a commented starter configuration, never over an existing one without --force. */
export async function runInit(options: { force?: boolean }, io: Io): Promise<number> {
  if (pathExists(FILE) && !options.force) {
    io.stderr.write(`failcoach: ${FILE} already exists; edit it, or run "failcoach init --force" to replace it\n`);
    return 2;
  }
  try {
    writeFileSafely(FILE, starterConfig());
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    io.stderr.write(`failcoach: cannot write the starter configuration: ${error.message}\n`);
    return 2;
  }
  io.stdout.write(`Wrote ${FILE}: every rule is listed, commented out at its default. Uncomment what you want to change.\n`);
  return 0;
}
