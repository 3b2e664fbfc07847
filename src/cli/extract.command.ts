// `tiendo extract [FILE|-] [--json] [--catalog FILE]`: the figures of a report, as a readable
// Vietnamese table with the checks, or as the JSON contract. Needs no database.
import { readFile } from 'node:fs/promises';
import { formatNumber } from '../core/vi/format';
import type { CatalogIndicator, ExtractResult, Statement } from '../extract/types';

const USAGE = 'Cách dùng: tiendo extract [FILE|-] [--json] [--catalog FILE]';

interface Options {
  file: string;
  json: boolean;
  catalog: string | null;
}

class InputError extends Error {}

function parseArgs(args: string[]): Options {
  const options: Options = { file: '-', json: false, catalog: null };
  let file: string | null = null;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--catalog') {
      const value = args[++k];
      if (!value) throw new InputError('--catalog cần tên tệp danh mục (JSON)');
      options.catalog = value;
    } else if (arg.startsWith('--')) throw new InputError(`không có tùy chọn ${arg}`);
    else if (file !== null) throw new InputError(`chỉ nhận một tệp, thừa "${arg}"`);
    else file = arg;
  }
  options.file = file ?? '-';
  return options;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    if (file !== '-') return await readFile(file);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    throw new InputError(
      `không đọc được ${file === '-' ? 'đầu vào chuẩn' : file}: ${(error as Error).message}`,
    );
  }
}

function catalogEntry(raw: unknown, k: number, file: string): CatalogIndicator {
  const e = (raw ?? {}) as Record<string, unknown>;
  const name = e.name ?? e.nameVi;
  if (typeof e.code !== 'string' || typeof name !== 'string' || typeof e.measure !== 'string') {
    throw new InputError(`${file}: mục ${k + 1} cần "code", "name" (hoặc "nameVi") và "measure" dạng chuỗi`);
  }
  const synonyms = Array.isArray(e.synonyms)
    ? e.synonyms.filter((s): s is string => typeof s === 'string')
    : [];
  return { code: e.code, name, measure: e.measure, synonyms };
}

async function readCatalog(file: string): Promise<CatalogIndicator[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`không đọc được danh mục ${file}: ${(error as Error).message}`);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { indicators?: unknown })?.indicators;
  if (!Array.isArray(list))
    throw new InputError(`${file}: danh mục phải là một mảng chỉ tiêu (hoặc {"indicators": [...]})`);
  return list.map((e, k) => catalogEntry(e, k, file));
}

function relation(s: Statement): string {
  const parts: string[] = [];
  if (s.achievement) parts.push(`đạt ${formatNumber(s.achievement.percent)}% ${s.achievement.against}`);
  if (s.change) {
    const c = s.change;
    const size =
      c.percent !== null
        ? `${formatNumber(c.percent)}%`
        : c.amount !== undefined
          ? `${formatNumber(c.amount, 3)} ${s.unit}`
          : '';
    const from = c.from !== undefined ? `từ ${formatNumber(c.from, 3)} ` : '';
    parts.push(
      `${c.direction} ${from}${size} ${c.against === 'khác' ? '' : `so với ${c.against}`}`
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return parts.join('; ');
}

function valueText(s: Statement): string {
  const value = formatNumber(s.value, 3) + (s.valueTo !== undefined ? `–${formatNumber(s.valueTo, 3)}` : '');
  return [s.approx, value].filter(Boolean).join(' ') + (s.estimate ? ' (ước)' : '');
}

function pad(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width
    ? `${chars.slice(0, width - 1).join('')}…`
    : text + ' '.repeat(width - chars.length);
}

/** The statements and checks as a table a committee member reads in a terminal. */
export function formatTable(result: ExtractResult): string {
  const header = `${pad('#', 4)}${pad('Chỉ tiêu', 42)}${pad('Giá trị', 18)}${pad('Đơn vị', 14)}${pad('Mã', 14)}Tỷ lệ đạt / so sánh`;
  const rows = result.statements.map(
    (s, k) =>
      `${pad(String(k + 1), 4)}${pad(s.indicator || '(không rõ)', 42)}${pad(valueText(s), 18)}${pad(s.unit, 14)}` +
      `${pad(s.indicatorCode ?? '', 14)}${relation(s)}`.trimEnd(),
  );
  const lines = [
    `Tìm thấy ${result.statements.length} số liệu.`,
    '',
    header,
    '-'.repeat(header.length),
    ...rows,
  ];
  lines.push(
    '',
    result.checks.length === 0
      ? 'Kiểm tra chéo: không phát hiện mâu thuẫn.'
      : `Kiểm tra chéo: ${result.checks.length} vấn đề`,
  );
  for (const c of result.checks)
    lines.push(
      `  ! ${c.message} [vị trí ${c.span[0]}–${c.span[1]}; liên quan ${c.relatedSpan[0]}–${c.relatedSpan[1]}]`,
    );
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  // Loaded here, not at the top, so that `--help` answers without them.
  const [{ ReportTextError, reportText }, { extract }] = await Promise.all([
    import('../documents/report-text'),
    import('../extract/extract'),
  ]);
  try {
    const options = parseArgs(args);
    const catalog = options.catalog ? await readCatalog(options.catalog) : [];
    const data = await readInput(options.file);
    const source = options.file === '-' ? { filename: 'stdin.txt' } : { filename: options.file };
    const { text } = await reportText(data, source);
    const result = extract(text, { catalog });
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatTable(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof ReportTextError) {
      console.error(`tiendo extract: ${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
