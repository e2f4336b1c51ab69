/**
 * Autosave for one `draft` run: the store of drafts (or why there is none), the draft's id and
 * lock, and saving that carries on, with a notice, when the disk refuses.
 */
import type { Io } from '../io/streams.js';
import { FileError } from '../io/errors.js';
import { pathExists } from '../io/write.js';
import { plural } from '../util/plural.js';
import { DraftStore, answeredCount, type SavedDraft, type Session } from './session.js';

/** Autosave for one run: the store (or why there is none), the draft's id and lock, and saving that survives a full disk. */
const ONLY_HERE = 'Your answers stay only in this window until you save the answer.';

export class Autosave {
  problem: string | null;
  id = 'unsaved';
  private release: (() => void) | null = null;

  private constructor(
    private store: DraftStore | null,
    problem: string | null,
    private readonly warn: (text: string) => void,
  ) {
    this.problem = problem;
  }

  /** Opens the store and lists its drafts; a store that cannot be used turns autosave off, with a notice. */
  static open(io: Io, now: Date): { autosave: Autosave; drafts: SavedDraft[] } {
    const warn = (text: string): void => void io.stderr.write(`failcoach: ${text}\n`);
    const opened = DraftStore.open(io.env, () => now);
    const autosave = new Autosave(opened.ok ? opened.store : null, opened.ok ? null : opened.reason, warn);
    let drafts: SavedDraft[] = [];
    try {
      const listed = autosave.store?.list();
      drafts = listed?.drafts ?? [];
      for (const notice of listed?.notices ?? []) warn(notice);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      autosave.off(error.message, false);
    }
    if (autosave.problem) warn(`cannot autosave this draft: ${autosave.problem}. ${ONLY_HERE}`);
    return { autosave, drafts };
  }

  private off(reason: string, say: boolean): void {
    this.store = null;
    this.problem = reason;
    if (say) this.warn(`cannot autosave this draft: ${reason}. ${ONLY_HERE}`);
  }

  /** Takes the draft; false when another failcoach has it open (said on stderr). */
  take(id: string | null, session: Session): boolean {
    this.id = id ?? (this.store ? this.store.newId(session) : 'unsaved');
    if (!this.store) return true;
    let lock: ReturnType<DraftStore['lock']> | undefined;
    try {
      lock = this.store.lock(this.id);
    } catch (error) {
      // A drafts folder that can be read but not written: carry on without autosave, and say so.
      if (!(error instanceof FileError)) throw error;
      this.off(error.message, true);
      return true;
    }
    if (!lock.ok) {
      this.warn(`that draft is open in another failcoach draft (process ${lock.pid}); carry it on there, or choose another draft`);
      return false;
    }
    this.release = lock.release;
    return true;
  }

  get where(): string | null {
    return this.store ? this.store.pathOf(this.id) : null;
  }

  save(session: Session): void {
    // A draft with nothing in it yet is not worth a file: it would only clutter the resume list.
    if (!this.store || (answeredCount(session) === 0 && !pathExists(this.store.pathOf(this.id)))) return;
    try {
      this.store.save(this.id, session);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      this.store = null;
      this.problem = error.message;
      this.warn(`autosave stopped: ${error.message}. ${ONLY_HERE}`);
    }
  }

  discard(): void {
    this.store?.remove(this.id);
  }

  close(): void {
    this.release?.();
  }
}

/** What Ctrl-C says: how many answers are kept, and where. */
export function stoppedMessage(session: Session | null, autosave: Autosave): string {
  const count = session ? answeredCount(session) : 0;
  if (count === 0) return '\nStopped before any answer; nothing to save.\n';
  const where = autosave.where;
  // The line being typed counts among the answers, and is named: nobody should wonder whether it was kept.
  const saved = session?.unsent ? `${plural(count, 'answer')} (the line you were typing among them)` : plural(count, 'answer');
  if (where) return `\nStopped. ${saved} saved in ${where}; run failcoach draft to carry on where you left off.\n`;
  return `\nStopped. Autosave was off (${autosave.problem ?? 'no state folder'}), so ${plural(count, 'answer')} could not be kept.\n`;
}
