import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/util/shell-word.js';

describe('shellWord', () => {
  it('leaves a path of plain characters as it is', () => {
    expect(shellWord('answers/clinic-bookings_v2.md', 'linux')).toBe('answers/clinic-bookings_v2.md');
    expect(shellWord('~/drafts/answer.md', 'darwin')).toBe('~/drafts/answer.md');
  });

  it('quotes a path with spaces or shell characters so that it pastes as one word', () => {
    expect(shellWord('/Users/sam/Job hunt/answer.md', 'darwin')).toBe("'/Users/sam/Job hunt/answer.md'");
    expect(shellWord("answers/Sam's $1 answer.md", 'linux')).toBe("'answers/Sam'\\''s $1 answer.md'");
    expect(shellWord('C:\\Users\\Sam\\Job hunt\\answer.md', 'win32')).toBe('"C:\\Users\\Sam\\Job hunt\\answer.md"');
    expect(shellWord('answers/100%.md', 'linux')).toBe("'answers/100%.md'");
  });

  it('keeps a path that starts with a dash from reading as an option', () => {
    expect(shellWord('-draft.md', 'linux')).toBe('./-draft.md');
  });
});
