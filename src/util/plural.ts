/** "1 word", "2 words", "12,400 words": a count as a person reads it, with its noun agreeing. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : pluralNoun}`;
}
