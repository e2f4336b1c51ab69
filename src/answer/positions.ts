/** A 1-based line and a 1-based column counted in UTF-16 code units, as editors and SARIF count them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps offsets in the original text to line and column. A leading byte-order mark is not a
 * column a person can see, so columns on the first line are counted after it.
 */
export class LineIndex {
  private readonly lineStarts: number[];
  private readonly bomLength: number;

  constructor(private readonly text: string) {
    this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  locate(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.lineStarts[low] ?? 0;
    const bom = low === 0 ? this.bomLength : 0;
    return { line: low + 1, column: Math.max(1, clamped - lineStart - bom + 1) };
  }
}
