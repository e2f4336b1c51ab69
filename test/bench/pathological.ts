/**
 * Inputs that once made failcoach slow or hang, at the size limit: the markup patterns that made
 * masking quadratic, and a glob that made the old pattern compiler backtrack. Shared by the test
 * (test/answer/markdown.test.ts, with a generous bound) and `npm run bench:inputs` (figures).
 */
export const LIMIT = 1024 * 1024;

/** A piece repeated to fill `size` characters. */
function fill(piece: string, size: number): string {
  return piece.repeat(Math.floor(size / piece.length));
}

export function pathologicalMarkdown(size = LIMIT): Array<[string, string]> {
  return [
    ['inline code, repeated', fill('`a` ', size)],
    ['open brackets', fill('[', size)],
    ['image openers', fill('![', size)],
    ['bracketed words', fill('[a]', size)],
    ['unclosed tags', fill('<a', size)],
    ['unclosed comments', fill('<!--', size)],
    ['a heading of closing hashes', `# ${fill(' #', size - 3)}x`],
    ['lone backticks', fill('`', size)],
    ['backtick runs of mixed length', fill('`` ` ', size)],
    ['emphasis markers', fill('*a_', size)],
    ['bracket lines', fill('[\n', size)],
    ['inline code lines', fill('`a`\n', size)],
    ['unclosed comment lines', fill('<!--\n', size)],
    ['link openers and stray parentheses', fill('[a](', size)],
  ];
}
