// A stored report's figures must come from its text: the server reads the text again and refuses a
// statement whose value, unit, share or change is not what the sentence at its span says (a statement
// claiming 999 999 for "100 tấn" was stored, and a target derived from it). A reviewer's deliberate
// correction is let through only when marked as one, and the mark is stored with the statement.
import { DomainError } from '../../core/errors';
import type { Statement } from '../../core/statement';
import { formatNumber } from '../../core/vi/format';
import { extract } from '../../extract/extract';
import type { ExtractOptions } from '../../extract/types';

export type SubmittedStatement = Statement & { correction?: boolean };

/** What the text itself decides; the indicator code and the estimate flag are the reviewer's to set. */
function figureOf(s: Statement) {
  return {
    value: s.value,
    valueTo: s.valueTo ?? null,
    unit: s.unit,
    achievement: s.achievement,
    change: s.change && { ...s.change, amount: s.change.amount ?? null, from: s.change.from ?? null },
  };
}

const spanKey = (span: readonly [number, number]) => `${span[0]}:${span[1]}`;

function notInText(index: number, field: string, message: string): DomainError {
  return new DomainError('statement_not_in_text', `statements.${index}${field}`, message, { index });
}

/**
 * Throws `statement_not_in_text` (422 over HTTP) naming the first statement that is neither what the extractor reads
 * at its span nor marked as a correction.
 * @example checkStatementsAgainstText('sản lượng tôm 100 tấn', [{ …, value: 999999, span: [0, 21] }]) // throws statements.0
 */
export function checkStatementsAgainstText(
  text: string,
  statements: readonly SubmittedStatement[],
  options: ExtractOptions = {},
): void {
  const read = new Map(extract(text, options).statements.map((s) => [spanKey(s.span), s]));
  statements.forEach((s, i) => {
    const found = read.get(spanKey(s.span));
    if (!found) {
      throw notInText(i, '.span', `đoạn [${s.span[0]}, ${s.span[1]}) của báo cáo không nêu số liệu nào`);
    }
    if (s.correction === true) return;
    if (JSON.stringify(figureOf(s)) !== JSON.stringify(figureOf(found))) {
      const stated = `${formatNumber(found.value, 3)} ${found.unit}`.trim();
      throw notInText(
        i,
        '',
        `số liệu ${formatNumber(s.value, 3)} ${s.unit} không phải điều câu "${text.slice(...s.span)}" nêu (${stated}); sửa có chủ ý thì đánh dấu correction: true`,
      );
    }
  });
}
