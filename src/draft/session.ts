/**
 * Drafts in progress, saved after every answer so that Ctrl-C, a closed terminal or a crash
 * loses nothing. Several drafts can wait at once (one per story or role), each in its own file
 * under $XDG_STATE_HOME/failcoach/drafts (or ~/.local/state/failcoach/drafts), private to the
 * user (folder 0700, files 0600). A draft that cannot be read is set aside under a new name,
 * never replaced; a draft open in one `failcoach draft` is locked against a second.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  lstatSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { FileError, describeFailure, errorCode } from '../io/errors.js';
import { MiB, readTextBounded } from '../io/read.js';
import { ensureFolder, leftoverTemporaries, writeFileSafely } from '../io/write.js';

export const SESSION_VERSION = 1;
export const STAGES = ['target', 'brainstorm', 'screen', 'diagnose', 'sections', 'review'] as const;

export interface Session {
  version: 1;
  startedAt: string;
  framework: string;
  stage: string;
  role?: string;
  skills?: string[];
  candidates: string[];
  scores: Record<string, number>;
  /** Each story's yes/no answers to the screening questions, by question id: the reasons for the recommendation. */
  screening?: Record<string, Record<string, boolean>>;
  chosen?: string;
  answers: Record<string, string>;
  /** The words typed and not yet sent when the interview was stopped, and the question they answer: offered again on resume. */
  unsent?: { message: string; text: string };
}

export interface SavedDraft {
  id: string;
  path: string;
  session: Session;
  /** The process of another `failcoach draft` that has this draft open, if one has. */
  inUseBy?: number;
}

export type Lock = { ok: true; release: () => void } | { ok: false; pid: number };

/** The folder for failcoach's state, or why there is none (so draft can say it cannot autosave). */
export function stateDir(env: NodeJS.ProcessEnv = process.env): { ok: true; dir: string } | { ok: false; reason: string } {
  if (env.XDG_STATE_HOME?.startsWith('/')) return { ok: true, dir: join(env.XDG_STATE_HOME, 'failcoach') };
  const home = env.HOME ?? homedir();
  if (!home) return { ok: false, reason: 'neither HOME nor XDG_STATE_HOME is set; set one of them to a folder you own' };
  try {
    if (!statSync(home).isDirectory())
      return { ok: false, reason: `HOME (${home}) is not a folder; set HOME or XDG_STATE_HOME to a folder you own` };
  } catch {
    // Never create a missing home folder: that would hide a broken environment.
    return { ok: false, reason: `HOME (${home}) does not exist; set HOME or XDG_STATE_HOME to a folder you own` };
  }
  return { ok: true, dir: join(home, '.local', 'state', 'failcoach') };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

function isScreening(value: unknown): boolean {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const yesNo = (answers: unknown): boolean => isRecord(answers) && Object.values(answers).every((a) => typeof a === 'boolean');
  return isRecord(value) && Object.values(value).every(yesNo);
}

/** A saved draft checked field by field: a Session, or what is wrong with it. */
export function parseSession(text: string): { ok: true; session: Session } | { ok: false; reason: string; newer?: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'it is not a JSON object' };
  const d = data as Record<string, unknown>;
  if (typeof d.version === 'number' && d.version > SESSION_VERSION)
    return { ok: false, reason: `it was saved by a newer failcoach (format ${d.version})`, newer: true };
  if (d.version !== SESSION_VERSION) return { ok: false, reason: `its "version" is ${JSON.stringify(d.version)}, not ${SESSION_VERSION}` };
  if (typeof d.startedAt !== 'string' || Number.isNaN(Date.parse(d.startedAt))) return { ok: false, reason: '"startedAt" is not a date' };
  if (typeof d.framework !== 'string' || d.framework === '') return { ok: false, reason: '"framework" is not a framework id' };
  if (typeof d.stage !== 'string' || !(STAGES as readonly string[]).includes(d.stage))
    return { ok: false, reason: `"stage" is ${JSON.stringify(d.stage)}, not one of ${STAGES.join(', ')}` };
  if (!Array.isArray(d.candidates) || !d.candidates.every((c) => typeof c === 'string'))
    return { ok: false, reason: '"candidates" is not a list of text' };
  if (
    typeof d.scores !== 'object' ||
    d.scores === null ||
    Array.isArray(d.scores) ||
    !Object.values(d.scores).every((v) => typeof v === 'number' && Number.isFinite(v))
  )
    return { ok: false, reason: '"scores" is not a mapping of numbers' };
  if (d.screening !== undefined && !isScreening(d.screening)) {
    return { ok: false, reason: '"screening" is not a mapping of yes/no answers' };
  }
  if (!isStringRecord(d.answers)) return { ok: false, reason: '"answers" is not a mapping of text' };
  if (d.role !== undefined && typeof d.role !== 'string') return { ok: false, reason: '"role" is not text' };
  if (d.chosen !== undefined && typeof d.chosen !== 'string') return { ok: false, reason: '"chosen" is not text' };
  if (d.skills !== undefined && (!Array.isArray(d.skills) || !d.skills.every((s) => typeof s === 'string')))
    return { ok: false, reason: '"skills" is not a list of text' };
  if (d.unsent !== undefined && !(isStringRecord(d.unsent) && typeof d.unsent.message === 'string' && typeof d.unsent.text === 'string'))
    return { ok: false, reason: '"unsent" is not a question and its text' };
  // Stages past "screen" need the story that was chosen there.
  if (
    STAGES.indexOf(d.stage as (typeof STAGES)[number]) > STAGES.indexOf('screen') &&
    (typeof d.chosen !== 'string' || d.candidates.length === 0)
  )
    return { ok: false, reason: `it is at stage "${d.stage}" but no story was chosen` };
  return { ok: true, session: data as Session };
}

export function newSession(framework: string, now = new Date()): Session {
  return { version: 1, startedAt: now.toISOString(), framework, stage: 'target', candidates: [], scores: {}, answers: {} };
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

const DRAFT_FILE = /^([A-Za-z0-9-]+)\.json$/;
const DRAFT_TEMPORARY = /^\.([A-Za-z0-9-]+)\.json\.[0-9a-f]{12}\.tmp$/;

/** The saved drafts of one user, in one folder. */
export class DraftStore {
  private constructor(
    /** The failcoach state folder; drafts live in its "drafts" subfolder. */
    readonly root: string,
    private readonly now: () => Date,
  ) {}

  /** The store, or why autosave cannot work here. */
  static open(
    env: NodeJS.ProcessEnv = process.env,
    now: () => Date = () => new Date(),
  ): { ok: true; store: DraftStore } | { ok: false; reason: string } {
    const dir = stateDir(env);
    if (!dir.ok) return dir;
    const store = new DraftStore(dir.dir, now);
    try {
      store.prepare();
    } catch (error) {
      if (error instanceof FileError) return { ok: false, reason: error.message };
      throw error;
    }
    return { ok: true, store };
  }

  get folder(): string {
    return join(this.root, 'drafts');
  }

  pathOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }

  /** Creates the folders private, tightens ones an older version left readable, and moves an old single session in. */
  private prepare(): void {
    ensureFolder(this.folder, 0o700);
    for (const dir of [this.root, this.folder]) {
      const s = lstatSync(dir);
      if (s.isDirectory() && (s.mode & 0o077) !== 0 && s.uid === process.getuid?.()) {
        try {
          // chmod on a folder we own: it holds nothing but failcoach's state.
          openAndChmod(dir);
        } catch {
          // Leave it; the files inside are still private.
        }
      }
    }
    const legacy = join(this.root, 'session.json');
    this.recoverLegacyTemporaries(legacy);
    if (existsSync(legacy)) {
      const target = this.pathOf(`${stamp(this.now())}-${randomBytes(2).toString('hex')}`);
      try {
        renameSync(legacy, target);
      } catch (error) {
        throw new FileError(legacy, describeFailure(error, 'write'));
      }
    }
  }

  /**
   * The first release saved session.json through ".session.json.<pid>.tmp": a kill between write
   * and rename left one behind. Read it back when it is newer and sound; remove it otherwise.
   */
  private recoverLegacyTemporaries(legacy: string): void {
    let entries: string[];
    try {
      entries = readdirSync(this.root).filter((name) => /^\.session\.json\.\d+\.tmp$/.test(name));
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(this.root, name);
      let newer = false;
      try {
        newer = !existsSync(legacy) || statSync(path).mtimeMs > statSync(legacy).mtimeMs;
      } catch {
        continue;
      }
      const read = newer ? readTextBounded(path, MiB, 'a saved draft') : null;
      if (read?.ok && parseSession(read.text).ok) {
        try {
          renameSync(path, legacy);
          continue;
        } catch {
          // Fall through and remove it.
        }
      }
      rmSync(path, { force: true });
    }
  }

  newId(session: Session): string {
    return `${stamp(new Date(session.startedAt))}-${randomBytes(2).toString('hex')}`;
  }

  /**
   * Every saved draft, newest first, and a notice for each file set aside. A temporary file left by
   * a killed run is read back when it is newer and sound, and removed otherwise — except for a
   * draft another failcoach has open, whose temporaries may be in use.
   */
  list(): { drafts: SavedDraft[]; notices: string[] } {
    const notices: string[] = [];
    let entries: string[];
    try {
      entries = readdirSync(this.folder);
    } catch (error) {
      throw new FileError(this.folder, describeFailure(error, 'list'));
    }
    const ids = new Set<string>();
    for (const entry of entries) {
      const id = DRAFT_FILE.exec(entry)?.[1] ?? DRAFT_TEMPORARY.exec(entry)?.[1];
      if (id) ids.add(id);
    }
    const drafts: SavedDraft[] = [];
    for (const id of ids) {
      const path = this.pathOf(id);
      const holder = this.otherHolder(id);
      if (holder === null) this.recoverTemporaries(path, notices);
      if (!existsSync(path)) continue;
      const read = readTextBounded(path, MiB, 'a saved draft');
      const parsed = read.ok ? parseSession(read.text) : { ok: false as const, reason: read.reason };
      if (parsed.ok) {
        drafts.push({ id, path, session: parsed.session, ...(holder === null ? {} : { inUseBy: holder }) });
        continue;
      }
      const aside = this.setAside(path);
      const fix = 'newer' in parsed && parsed.newer ? 'update failcoach to carry it on' : 'open it to copy your answers out, or delete it';
      notices.push(
        `${path} could not be used (${parsed.reason})${aside ? `; it is kept as ${aside}; ${fix}` : '; it was left where it is'}`,
      );
    }
    drafts.sort((a, b) => b.session.startedAt.localeCompare(a.session.startedAt));
    return { drafts, notices };
  }

  private recoverTemporaries(path: string, notices: string[]): void {
    let mainTime = -Infinity;
    try {
      mainTime = statSync(path).mtimeMs;
    } catch {
      // No main file: a temporary may be all that is left of the draft.
    }
    const leftovers = leftoverTemporaries(path).sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const leftover of leftovers) {
      const read = leftover.mtimeMs > mainTime ? readTextBounded(leftover.path, MiB, 'a saved draft') : null;
      if (read?.ok && parseSession(read.text).ok) {
        try {
          renameSync(leftover.path, path);
          mainTime = leftover.mtimeMs;
          notices.push(`recovered the latest answers of ${path} from a save that was interrupted`);
          continue;
        } catch {
          // Fall through and remove it.
        }
      }
      rmSync(leftover.path, { force: true });
    }
  }

  /** Renames a draft out of the way with a timestamp; the new path, or null if it could not move. */
  private setAside(path: string): string | null {
    const aside = `${path}.set-aside-${stamp(this.now())}`;
    try {
      renameSync(path, aside);
      return aside;
    } catch {
      return null;
    }
  }

  /** Saves a draft: private (0600), atomically. Throws FileError. */
  save(id: string, session: Session): void {
    writeFileSafely(this.pathOf(id), `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600, forceMode: true, folderMode: 0o700 });
  }

  /** Removes a finished draft (its answer has been written). */
  remove(id: string): void {
    rmSync(this.pathOf(id), { force: true });
  }

  private lockPath(id: string): string {
    return join(this.folder, `${id}.lock`);
  }

  /** The other running process that holds the draft's lock, or null. */
  private otherHolder(id: string): number | null {
    const holder = this.lockHolder(id);
    return holder !== null && holder !== process.pid && processAlive(holder) ? holder : null;
  }

  private lockHolder(id: string): number | null {
    const read = readTextBounded(this.lockPath(id), 64, 'a lock file');
    if (!read.ok) return null;
    const pid = Number.parseInt(read.text.trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  }

  /**
   * Takes the draft's lock, so a second `failcoach draft` cannot write the same draft. A lock left
   * by a process that has ended is taken over.
   */
  lock(id: string): Lock {
    const path = this.lockPath(id);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
        try {
          writeSync(fd, `${process.pid}\n`);
        } finally {
          closeSync(fd);
        }
        return { ok: true, release: () => rmSync(path, { force: true }) };
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw new FileError(path, describeFailure(error, 'write'));
      }
      const holder = this.lockHolder(id);
      if (holder !== null && processAlive(holder)) return { ok: false, pid: holder };
      rmSync(path, { force: true });
    }
    return { ok: false, pid: this.lockHolder(id) ?? 0 };
  }
}

function openAndChmod(dir: string): void {
  const fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    // fchmod through the descriptor, so a folder swapped for a link in between is not followed.
    fchmodSync(fd, 0o700);
  } finally {
    closeSync(fd);
  }
}

/** How many answers a session holds: what Ctrl-C reports as saved (the role and the skills are one answer each). */
export function answeredCount(session: Session): number {
  const answers = Object.values(session.answers).filter((a) => a.trim() !== '').length;
  const unsent = session.unsent?.text.trim() ? 1 : 0;
  return answers + session.candidates.length + (session.role ? 1 : 0) + (session.skills?.length ? 1 : 0) + unsent;
}

/** A short name for a draft in the resume list: its story, else its first idea, else its role. */
export function draftTitle(session: Session): string {
  const name = session.chosen ?? session.candidates[0] ?? session.role;
  return name ? `“${name.length > 60 ? `${name.slice(0, 57)}…` : name}”` : 'an untitled draft';
}
