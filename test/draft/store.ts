import { DraftStore, type SavedDraft } from '../../src/draft/session.js';

/** The drafts saved for this environment, newest first (reading them as `failcoach draft` does). */
export function savedDrafts(env: NodeJS.ProcessEnv): SavedDraft[] {
  const opened = DraftStore.open(env);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.store.list().drafts;
}
