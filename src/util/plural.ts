/**
 * "12,400", "1,048,576": a whole number with a comma between each group of three digits. Written
 * out rather than with toLocaleString('en-US'), whose first call loads the ICU number formats:
 * about 7 ms and 7 MiB on every lint that prints a count.
 */
export function grouped(count: number): string {
  if (!Number.isInteger(count)) return String(count);
  const digits = String(Math.abs(count));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return count < 0 ? `-${out}` : out;
}

/** "1 word", "2 words", "12,400 words": a count as a person reads it, with its noun agreeing. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${grouped(count)} ${count === 1 ? noun : pluralNoun}`;
}
