// Pure helpers of the report screen: the text cut into plain and highlighted pieces, and the report
// date that suggests the period.
import { parseViNumber } from '../../../core/vi/parse';

export interface Piece {
  text: string;
  /** Offset of the piece in the text, a stable key. */
  start: number;
  /** Index of the statement this piece highlights; null for plain text. */
  statement: number | null;
}

/** Cuts the text at every statement span (UTF-16 offsets); overlapping spans keep the earlier one. */
export function highlightPieces(text: string, spans: [number, number][]): Piece[] {
  const order = spans
    .map((span, index) => ({ span, index }))
    .filter(({ span: [s, e] }) => s >= 0 && e <= text.length && s < e)
    .sort((a, b) => a.span[0] - b.span[0]);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { span, index } of order) {
    const [start, end] = span;
    if (start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), start: at, statement: null });
    pieces.push({ text: text.slice(start, end), start, statement: index });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), start: at, statement: null });
  return pieces;
}

/**
 * The first date written "Ngày 17/11/2023" in the text, as an ISO date.
 * @example reportDate('Ngày 17/11/2023, Đoàn công tác…') === '2023-11-17'
 */
export function reportDate(text: string): string | null {
  const m = /ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/i.exec(text);
  if (!m) return null;
  const [day, month, year] = [m[1], m[2], m[3]].map((d) => parseViNumber(d ?? ''));
  if (!day || !month || !year || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
