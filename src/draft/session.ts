/**
 * The draft in progress, saved after every answer so that Ctrl-C, a closed terminal or a crash
 * loses nothing. One session at a time, in $XDG_STATE_HOME/failcoach (or ~/.local/state/failcoach).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/write.js';

export interface Session {
  version: 1;
  startedAt: string;
  framework: string;
  stage: string;
  role?: string;
  skills?: string[];
  candidates: string[];
  scores: Record<string, number>;
  chosen?: string;
  answers: Record<string, string>;
}

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(env.HOME ?? homedir(), '.local', 'state');
  return join(base, 'failcoach');
}

export function sessionPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDir(env), 'session.json');
}

export function newSession(framework: string, now = new Date()): Session {
  return { version: 1, startedAt: now.toISOString(), framework, stage: 'target', candidates: [], scores: {}, answers: {} };
}

export function saveSession(session: Session, env: NodeJS.ProcessEnv = process.env): void {
  mkdirSync(stateDir(env), { recursive: true });
  writeFileAtomic(sessionPath(env), JSON.stringify(session, null, 2) + '\n');
}

/** The saved session, or null when there is none or it cannot be read (a broken one is set aside, not deleted). */
export function loadSession(env: NodeJS.ProcessEnv = process.env): Session | null {
  const path = sessionPath(env);
  if (!existsSync(path)) return null;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Session;
    return data.version === 1 && typeof data.answers === 'object' ? data : null;
  } catch {
    return null;
  }
}

export function clearSession(env: NodeJS.ProcessEnv = process.env): void {
  rmSync(sessionPath(env), { force: true });
}

/** How many answers a session holds: what Ctrl-C reports as saved. */
export function answeredCount(session: Session): number {
  return Object.values(session.answers).filter((a) => a.trim() !== '').length + session.candidates.length + (session.role ? 1 : 0);
}
