// From conclusions or a news article to a draft list of directives, each to be reviewed and assigned.
import { cleanText, UNIT_NAME_AT_START } from './unit-names';

export interface ProposedDirective {
  text: string;
  /** The unit the sentence addresses ("Ban Thường vụ Huyện ủy Cái Nước"), when it names one. */
  addressee: string | null;
  /** Offsets of the clause in the text given, for highlighting. */
  span: [number, number];
}

// A trigger must be followed by its addressee (a capital or "các"): this skips "đạt yêu cầu", "tỉnh giao".
const TRIGGER = /(?:[Đđ]ề nghị|[Yy]êu cầu|[Gg]iao(?: cho)?)\s+(?=\p{Lu}|các\s)/gu;
const SENTENCE_END = /[.!?…]\s+(?=\p{Lu})/gu;
const LEADING_CONNECTOR = /^(?:đồng thời|bên cạnh đó|ngoài ra|trong đó)\s*,?\s*/iu;

interface Paragraph {
  start: number;
  text: string;
}

function paragraphsOf(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    result.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  result.push({ start, text: text.slice(start) });
  return result;
}

/** Where the sentence holding `at` begins, so a speaker's name is not read as a directive. */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > at) break;
    start = end;
  }
  return start;
}

function clausesOf(body: string, offset: number): Array<{ text: string; span: [number, number] }> {
  const result: Array<{ text: string; span: [number, number] }> = [];
  const cuts = /;\s*|[.!?…]+\s+(?=\p{Lu})|[.!?…]+\s*$/gu;
  let start = 0;
  for (const m of [...body.matchAll(cuts), { index: body.length, 0: '' }]) {
    const raw = body.slice(start, m.index);
    start = m.index + m[0].length;
    const lead = raw.length - raw.trimStart().length;
    const connector = LEADING_CONNECTOR.exec(raw.trimStart())?.[0].length ?? 0;
    const clause = raw
      .trim()
      .slice(connector)
      .replace(/[\s,:]+$/u, '');
    if (clause.split(/\s+/).length < 3) continue;
    const from = offset + (m.index - raw.length) + lead + connector;
    result.push({ text: capitalise(clause), span: [from, from + clause.length] });
  }
  return result;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * Splits the sentences after "đề nghị", "yêu cầu" or "giao" into draft directives, on ";" and sentence ends,
 * each up to the next trigger's sentence or the end of its paragraph.
 * @example proposeDirectives('Đồng chí đề nghị Huyện ủy Cái Nước tăng cường tuyên truyền; nắm chắc tư tưởng nhân dân.')
 *   → [{ text: 'Tăng cường tuyên truyền', addressee: 'Huyện ủy Cái Nước', … }, { text: 'Nắm chắc tư tưởng nhân dân', … }]
 */
export function proposeDirectives(text: string): ProposedDirective[] {
  const result: ProposedDirective[] = [];
  for (const para of paragraphsOf(cleanText(text))) {
    const triggers = [...para.text.matchAll(TRIGGER)];
    triggers.forEach((t, i) => {
      const afterTrigger = t.index + t[0].length;
      const addressee = UNIT_NAME_AT_START.exec(para.text.slice(afterTrigger))?.[0] ?? null;
      const bodyStart = afterTrigger + (addressee?.length ?? 0);
      const next = triggers[i + 1];
      const bodyEnd = next ? Math.max(bodyStart, sentenceStart(para.text, next.index)) : para.text.length;
      for (const clause of clausesOf(para.text.slice(bodyStart, bodyEnd), para.start + bodyStart)) {
        result.push({ ...clause, addressee });
      }
    });
  }
  return result;
}
