import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, FormatContext, Formatter } from './types.js';
import { describeSource } from '../lint/sources.js';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Where a finding is: a relative, forward-slashed, percent-encoded URI under %SRCROOT% (the
 * working directory) for files inside it, an absolute file URL for files outside it.
 */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath === '<stdin>') return { uri: 'stdin', uriBaseId: '%SRCROOT%' };
  const rel = relative(cwd, resolve(cwd, filePath));
  if (rel && !rel.startsWith('..') && !isAbsolute(rel))
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(resolve(cwd, filePath)).href };
}

/**
 * A fingerprint that survives edits elsewhere in the file: the rule, the file, the flagged words
 * and which occurrence of them this is, but not the line number.
 */
function fingerprint(ruleId: string, uri: string, excerpt: string, occurrence: number): string {
  const normal = excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(`${ruleId}\0${uri}\0${normal}\0${occurrence}`).digest('hex').slice(0, 32);
}

/** One SARIF result per finding; the fingerprint counts repeats of the same words in one file. */
function resultsOf(result: FileResult, cwd: string, ruleIndex: ReadonlyMap<string, number>) {
  const location = artifactLocation(result.filePath, cwd);
  const seen = new Map<string, number>();
  return result.findings.map((f) => {
    const key = `${f.ruleId}\0${f.excerpt}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.excerpt } };
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: f.suggestions?.length ? `${f.message} ${f.suggestions.join(' ')}` : f.message },
      locations: [
        {
          physicalLocation: { artifactLocation: location, region },
          // A finding about the whole answer keeps a region (code scanning needs a line): where the answer starts, and says so.
          ...(f.whole ? { message: { text: 'The whole answer (shown where it starts)' } } : {}),
        },
      ],
      partialFingerprints: { 'failcoachFinding/v1': fingerprint(f.ruleId, location.uri, f.excerpt, occurrence) },
      // Which of the rule's messages this is, and what it is about (as JSON's `scope`), in SARIF's property bag.
      properties: { messageId: f.messageId, scope: f.whole ? 'answer' : 'phrase' },
    };
  });
}

/** A rule as SARIF describes it, with its rationale, example and sources as help. */
function ruleDescriptor(rule: FormatContext['rules'][number]) {
  const sources = rule.sources.map(describeSource).join('; ');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\nFlagged: ${rule.example.flagged}\nFixed: ${rule.example.fixed}\nSources: ${sources}`,
      markdown: `${rule.rationale}\n\n**Flagged:** ${rule.example.flagged}\n\n**Fixed:** ${rule.example.fixed}\n\nSources: ${sources}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['interview', 'writing'] },
  };
}

/** SARIF 2.1.0, ready for GitHub code scanning. */
export const formatSarif: Formatter = (results: readonly FileResult[], context: FormatContext): string => {
  const ruleIndex = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const root = context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'failcoach',
            version: context.version,
            semanticVersion: context.version,
            rules: context.rules.map(ruleDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root).href } },
        results: results.flatMap((result) => resultsOf(result, context.cwd, ruleIndex)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
