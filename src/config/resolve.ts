/**
 * The effective settings for an answer, resolved in one place for `lint` and `draft`: the
 * configuration file that applies to it (found from its folder, or named with --config), merged
 * under command-line --rule flags. Each file is loaded once per run.
 */
import { dirname, resolve } from 'node:path';
import type { PhraseSet } from '../answer/phrase-trie.js';
import { phraseBookFor, type LintSettings } from '../lint/engine.js';
import { findConfigFile, mergeSettings } from './find.js';

export interface ResolvedSettings {
  settings: LintSettings;
  /** The phrase book built for these settings (user additions and accepted phrases applied). */
  book: PhraseSet;
  /** The configuration file used, or null when none applies. */
  file: string | null;
}

export interface ResolveMode {
  /** --config PATH: use this file for every answer. */
  explicit?: string;
  /** --no-config: use no file at all. */
  disabled?: boolean;
}

export class SettingsResolver {
  private readonly found = new Map<string, string | null>();
  private readonly loaded = new Map<string, Omit<ResolvedSettings, 'file'>>();
  /** One line per broken configuration file met so far. */
  readonly errors: string[] = [];

  constructor(
    private readonly flags: LintSettings = {},
    private readonly mode: ResolveMode = {},
  ) {}

  /** The configuration file that applies to an answer at this path (null: stdin, judged from the working folder). */
  fileFor(answerPath: string | null): string | null {
    if (this.mode.disabled) return null;
    if (this.mode.explicit) return resolve(this.mode.explicit);
    return findConfigFile(answerPath ? dirname(resolve(answerPath)) : process.cwd(), this.found);
  }

  /** Settings and phrase book for an answer, or null when its configuration is broken (see `errors`). */
  async settingsFor(answerPath: string | null): Promise<ResolvedSettings | null> {
    const file = this.fileFor(answerPath);
    const key = file ?? '';
    let entry = this.loaded.get(key);
    if (!entry) {
      let fileSettings: LintSettings = {};
      if (file) {
        // yaml costs tens of milliseconds to load; most runs have no configuration file.
        const { loadConfigFile, formatConfigError } = await import('./config.js');
        const result = loadConfigFile(file);
        if (!result.ok) {
          for (const error of result.errors ?? [result.error]) {
            const message = formatConfigError(error);
            if (!this.errors.includes(message)) this.errors.push(message);
          }
          return null;
        }
        fileSettings = result.config.settings;
      }
      const settings = mergeSettings(fileSettings, this.flags);
      entry = { settings, book: phraseBookFor(settings) };
      this.loaded.set(key, entry);
    }
    return { ...entry, file };
  }
}
