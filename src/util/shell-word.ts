/**
 * A path written so that it can be pasted into a shell as one word: "Next: failcoach lint
 * '/Users/sam/Job hunt/answer.md'". A path of plain characters stays as it is; any other is quoted
 * the way the user's shell reads it (single quotes on POSIX shells, double quotes on Windows, where
 * cmd and PowerShell still expand some characters inside them: rare in a file name, and left so).
 */
const PLAIN = /^[\w@+=:,./~-]+$/u;

export function shellWord(path: string, platform: NodeJS.Platform = process.platform): string {
  // A relative path that starts with "-" would be read as an option, quoted or not.
  if (path.startsWith('-')) return shellWord(`./${path}`, platform);
  if (PLAIN.test(path)) return path;
  if (platform === 'win32') return `"${path.replaceAll('"', '""')}"`;
  return `'${path.replaceAll("'", "'\\''")}'`;
}
