import { Command, CommanderError, Option } from 'commander';
import { pathToFileURL } from 'node:url';
import { packageVersion } from './util/version.js';
import { runLint } from './commands/lint.js';
import { UsageError, type Io } from './io/streams.js';
import { FORMATS } from './formatters/index.js';
import { explainRule, listRules, rulesAsJson } from './commands/rules.js';
import { loadPaint, shouldColor } from './io/color.js';
import { FileError, errorCode } from './io/errors.js';
import { terminalWidth } from './util/wrap.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

type SetExit = (code: number) => void;

/** --color and --no-color, declared once for every command that paints its output. */
function withColor(command: Command): Command {
  return command.option('--color', 'force colour').option('--no-color', 'disable colour');
}

function addLint(program: Command, io: Io, setExit: SetExit): void {
  const lint = program
    .command('lint')
    .description('Check answers for the flaws interviewers punish')
    .argument('[paths...]', 'answer files or directories (.md, .markdown, .txt); "-" reads stdin')
    .addOption(new Option('-f, --format <name>', 'report format').choices(Object.keys(FORMATS)).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('-q, --quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--rule <id:severity>', "set a rule's severity: off, info, warning or error (repeatable)", collect)
    .option('--stdin-filename <name>', 'name to show for an answer read from stdin')
    .option('-c, --config <path>', 'use this configuration file for every answer')
    .option('--no-config', 'ignore configuration files')
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option('--no-inline-config', 'ignore failcoach-disable comments in answers')
    .option('--report-unused-disable-directives', 'report failcoach-disable comments that silence nothing')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a glob matches no answers')
    .option('--explain', 'show how each sentence was judged: story part, who acts, classifier scores, rules')
    .option(
      '--concurrency <off|auto|n>',
      'threads that lint a large run: off (the default), auto (one per processor, from 1,000 answers each), or a number',
      'off',
    );
  withColor(lint)
    .addHelpText(
      'after',
      `
Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too
many warnings, 2 usage or input errors. --quiet hides warnings from the report;
they still count for --max-warnings.

Examples:
  failcoach lint answers/
  failcoach lint "answers/**/*.md" --format github
  failcoach lint story.md --rule hedging:off --max-warnings 0
  failcoach lint story.md --explain
  cat story.md | failcoach lint --format json`,
    )
    .action(async (paths: string[], options) => {
      setExit(await runLint(paths, options, io));
    });
}

function addDraft(program: Command, io: Io, setExit: SetExit): void {
  const draft = program
    .command('draft')
    .description('Think it through with guided questions, and write an answer that passes lint')
    .option('--framework <id|path>', 'star (default), mcdougall, pesec, car, or a path to your own framework YAML')
    .option('--out <path>', 'where to write the answer (default answers/<story>.md)')
    .option('--force', 'replace an existing answer file without asking')
    .option('--resume', 'carry on a saved draft (without asking when there is only one)')
    .option('--fresh', 'start a new draft; saved drafts are kept')
    .option('--job <file>', 'a job posting (text) to suggest the role and the skills it needs')
    .option('--answers <file>', 'no questions: build the answer from a YAML file of answers')
    .option('--template', 'print a commented answers file to fill in, for --answers')
    .option(
      '--print',
      'with --answers: print the answer to stdout instead of writing a file; its findings, and the configuration file used, go to stderr',
    )
    .option('--max-warnings <n>', 'with --answers: exit 1 when the answer has more warnings than this (as lint)');
  withColor(draft)
    .addHelpText(
      'after',
      `
Ctrl-C at any point keeps every answer given so far (exit 130); the next
"failcoach draft" offers to carry on. With --answers, exit codes are lint's:
0 passes, 1 errors (or more warnings than --max-warnings), 2 a usage or input
error.

Examples:
  failcoach draft
  failcoach draft --framework car --job posting.txt
  failcoach draft --template > answers.yaml
  failcoach draft --answers answers.yaml --print | failcoach lint -`,
    )
    .action(async (options) => {
      // inquirer, yaml and the draft data load only here, never on lint's start-up path.
      const { runDraft } = await import('./commands/draft.js');
      setExit(await runDraft(options, io));
    });
}

function addFrameworks(program: Command, io: Io, setExit: SetExit): void {
  program
    .command('frameworks')
    .description('List the answer frameworks draft can use')
    .action(async () => {
      const { listFrameworks } = await import('./commands/draft.js');
      const { DataError } = await import('./draft/data.js');
      try {
        io.stdout.write(listFrameworks(terminalWidth(io.stdout, io.env)));
        setExit(0);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        io.stderr.write(`failcoach: ${error.message}\n`);
        setExit(2);
      }
    });
}

function addInit(program: Command, io: Io, setExit: SetExit): void {
  program
    .command('init')
    .description('Write a commented starter .failcoachrc.yaml in this folder')
    .option('--force', 'overwrite an existing .failcoachrc.yaml')
    .addHelpText('after', '\nExamples:\n  failcoach init\n  failcoach init --force')
    .action(async (options: { force?: boolean }) => {
      // Loaded on demand: it brings the YAML parser, which `lint` avoids on its start-up path.
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit(options, io));
    });
}

function addRules(program: Command, io: Io, setExit: SetExit): void {
  const rules = program
    .command('rules')
    .description('List the rules, or explain one')
    .argument('[id]', 'a rule id, for example blame-shifting')
    .option('--json', 'print the rule metadata as JSON');
  withColor(rules)
    .addHelpText('after', '\nExamples:\n  failcoach rules\n  failcoach rules hedging')
    .action(async (id: string | undefined, options: { json?: boolean; color?: boolean }) => {
      if (options.json) {
        io.stdout.write(rulesAsJson(id));
      } else {
        const paint = await loadPaint(shouldColor(options.color, io.env, Boolean(io.stdout.isTTY)));
        io.stdout.write(id ? explainRule(id, paint, terminalWidth(io.stdout, io.env)) : listRules(paint, terminalWidth(io.stdout, io.env)));
      }
      setExit(0);
    });
}

function buildProgram(io: Io, setExit: SetExit): Command {
  const program = new Command();
  program
    .name('failcoach')
    .description(
      'A private, offline coach for "Tell me about a time you failed": draft an answer, and lint it before an interviewer hears it.',
    )
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'show stack traces for unexpected errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's own errors (an unknown option, a format not in the list) read like ours: "failcoach: …".
      outputError: (s, write) => write(s.replace(/^error: /, 'failcoach: ')),
    })
    .exitOverride();
  for (const add of [addLint, addDraft, addFrameworks, addInit, addRules]) add(program, io, setExit);
  program.addHelpText('after', '\nExamples:\n  failcoach draft\n  failcoach lint examples/\n  failcoach rules blame-shifting');
  return program;
}

const CWD_GONE =
  'failcoach: the current folder no longer exists (it was deleted or moved); change to an existing folder and run failcoach again\n';

/**
 * Watches standard output: a closed pipe (failcoach lint … | head -1) ends the run quietly; any
 * other failure to write the results (a full disk, /dev/full) must not end in exit 0. Returns the
 * step that ends a run: it waits until what was written has reached the stream.
 */
function watchOutput(io: Io, code: () => number): (result: number) => Promise<number> {
  let outputError: NodeJS.ErrnoException | null = null;
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(code());
    outputError ??= error;
  });
  return async (result) => {
    await new Promise<void>((resolve) => {
      if (outputError || (io.stdout as { destroyed?: boolean }).destroyed) resolve();
      else io.stdout.write('', () => resolve());
    });
    if (!outputError) return result;
    const what = outputError.code ?? outputError.message;
    io.stderr.write(
      `failcoach: cannot write the results to standard output (${what}); check where the output goes (a full disk, or a file that cannot be written)\n`,
    );
    return 2;
  };
}

/** The exit code for an error that ended a run, with its one line on stderr. */
function failureCode(error: unknown, argv: readonly string[], io: Io): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  if (error instanceof FileError || error instanceof UsageError) {
    io.stderr.write(`failcoach: ${error.message}\n`);
    return 2;
  }
  if (errorCode(error) === 'ENOENT' && error instanceof Error && /uv_cwd/.test(error.message)) {
    io.stderr.write(CWD_GONE);
    return 2;
  }
  // An unexpected error is a bug: one line by default, the stack with --debug.
  const debug = argv.includes('--debug') || Boolean(io.env.FAILCOACH_DEBUG);
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  io.stderr.write(`failcoach: internal error: ${detail}${debug ? '' : ' (run with --debug for details)'}\n`);
  return 2;
}

/** Runs the CLI and resolves to the exit code; only bin/failcoach.js touches process.exitCode. */
export async function run(
  argv: readonly string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env },
): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  const finish = watchOutput(io, () => code);
  try {
    process.cwd();
  } catch {
    io.stderr.write(CWD_GONE);
    return 2;
  }
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return await finish(0);
    }
    await program.parseAsync([...argv]);
    return await finish(code);
  } catch (error) {
    return failureCode(error, argv, io);
  }
}

// Started as `node dist/cli.js …` rather than through bin/failcoach.js, this module runs the command
// line itself: a script that calls it so must not get silence and exit code 0. Through the
// launcher (or bundled, where this module's URL is still dist/cli.js) the first argument is
// bin/failcoach.js, and the launcher calls run().
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void run(process.argv).then((code) => {
    process.exitCode = code;
  });
}
