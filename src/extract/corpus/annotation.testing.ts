// What every annotated passage of the tuning and frozen sets must satisfy, checked by both sets' tests.
import type { ExpectedStatement } from './report-sentences';

const AGAINST = ['nghị quyết', 'kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu', 'khác'];
const PERIODS = ['cùng kỳ', 'năm trước', 'tháng trước', 'quý trước', 'kỳ trước', 'khác'];

interface AnnotatedPassage {
  id: string;
  text: string;
  statements: ExpectedStatement[];
}

function statementProblems(p: AnnotatedPassage, s: ExpectedStatement): string[] {
  const problems: string[] = [];
  if (s.unit !== s.unit?.toLowerCase()) problems.push(`unit "${s.unit}" not lower-case`);
  if (s.indicator !== undefined && s.indicator !== s.indicator.toLowerCase())
    problems.push(`indicator "${s.indicator}" not lower-case`);
  if (s.achievement && !AGAINST.includes(s.achievement.against))
    problems.push(`base "${s.achievement.against}"`);
  if (s.change && !PERIODS.includes(s.change.against)) problems.push(`period "${s.change.against}"`);
  // As Vietnamese digits, or in a caption.
  if (!p.text.replace(/\./g, '').replace(/,/g, '.').includes(String(s.value)))
    problems.push(`${s.value} not in the text`);
  return problems;
}

/**
 * Each way a passage breaks the format, as "id: what": NFC text, lower-case units and names, known bases,
 * every figure written in its passage. Empty when all is well.
 */
export function annotationProblems(passages: readonly AnnotatedPassage[]): string[] {
  return passages.flatMap((p) => [
    ...(p.text.normalize('NFC') === p.text ? [] : [`${p.id}: text not NFC`]),
    ...p.statements.flatMap((s) => statementProblems(p, s).map((what) => `${p.id}: ${what}`)),
  ]);
}
