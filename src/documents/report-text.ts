// Turns an uploaded report (plain text, .docx or a PDF with a text layer) into plain text for the
// extractor, refusing clearly what it cannot read rather than passing on mangled Vietnamese.
import { extractText } from 'unpdf';
import { isDomainError } from '../core/errors';
import { docxText } from './docx-text';

export type ReportFormat = 'txt' | 'docx' | 'pdf';
export type ReportTextErrorCode = 'unsupported_format' | 'unreadable' | 'legacy_encoding' | 'empty';

/** A report that cannot be read as text, with a stable code and a message for the user. */
export class ReportTextError extends Error {
  constructor(
    readonly code: ReportTextErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReportTextError';
  }
}

export interface ReportSource {
  filename?: string;
  mime?: string;
}

export interface ReportText {
  text: string;
  format: ReportFormat;
}

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, k) => data[k] === b);
}

function extension(filename: string | undefined): string {
  const m = /\.([a-z0-9]+)$/i.exec(filename ?? '');
  return m ? (m[1] as string).toLowerCase() : '';
}

function detectFormat(data: Uint8Array, source: ReportSource): ReportFormat {
  const ext = extension(source.filename);
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext && ext !== 'docx') throw unsupported(source, `.${ext} (tệp nén)`);
    return 'docx';
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ReportTextError(
      'unsupported_format',
      `${name(source)}: định dạng Word cũ (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx`,
    );
  }
  const textual = ['txt', 'text', 'md', 'csv', ''].includes(ext) || (source.mime ?? '').startsWith('text/');
  if (!textual) throw unsupported(source, ext ? `.${ext}` : (source.mime ?? 'không rõ'));
  return 'txt';
}

function name(source: ReportSource): string {
  return source.filename ?? 'tệp tải lên';
}

function unsupported(source: ReportSource, what: string): ReportTextError {
  return new ReportTextError(
    'unsupported_format',
    `${name(source)}: định dạng ${what} không được hỗ trợ; hãy dùng .txt, .docx hoặc .pdf có lớp chữ`,
  );
}

// Characters TCVN3 (ABC) puts where Unicode Vietnamese has letters: "Tæng s¶n l­îng" for "Tổng sản lượng".
// None of them occurs in Vietnamese written in Unicode.
const TCVN3_MARKS =
  /[\u00A8-\u00AE\u00B5-\u00BE\u00C6\u00C7\u00CB\u00CE\u00CF\u00D1\u00D7\u00D8\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6\u00F8\u00FB\u00FC\u00FE]/g;
// The ones only TCVN3 uses: VNI writes its marks after the letter, from À–ÿ, never from ¨–¾.
const TCVN3_ONLY = /[\u00A8-\u00AE\u00B5-\u00BE]/g;
// VNI (VNI-Times) writes "Saûn löôïng" for "Sản lượng": đ as ñ, ư as ö, ơ as ô, and each tone or hat as a
// Latin-1 letter after the vowel. Of these, ñ ö ø û ï ä å ë ü occur in no Vietnamese word in Unicode.
const VNI_MARKS =
  /[\u00D1\u00F1\u00D6\u00F6\u00D8\u00F8\u00DB\u00FB\u00CF\u00EF\u00C4\u00E4\u00C5\u00E5\u00CB\u00EB\u00DC\u00FC]/g;

function share(text: string, marks: RegExp): boolean {
  const sample = text.slice(0, 200_000);
  const found = sample.match(marks)?.length ?? 0;
  const letters = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return found >= 3 && found >= letters * 0.02;
}

/**
 * True when the text is Vietnamese in the legacy TCVN3 (ABC) encoding read as if it were Unicode.
 * @example looksLikeTcvn3('Tæng s¶n l\u00ADîng thuû s¶n') === true; looksLikeTcvn3('Tổng sản lượng') === false
 */
export function looksLikeTcvn3(text: string): boolean {
  return share(text, TCVN3_MARKS) && (text.match(TCVN3_ONLY)?.length ?? 0) > 0;
}

/**
 * True when the text is Vietnamese in the legacy VNI encoding read as if it were Unicode.
 * @example looksLikeVni('Ñoäc laäp - Töï do - Haïnh phuùc') === true; looksLikeVni('Độc lập') === false
 */
export function looksLikeVni(text: string): boolean {
  return share(text, VNI_MARKS) && !looksLikeTcvn3(text);
}

/** The legacy encoding the text was written in, if it looks like one. */
function legacyEncodingOf(text: string): 'TCVN3' | 'VNI' | null {
  if (looksLikeTcvn3(text)) return 'TCVN3';
  if (looksLikeVni(text)) return 'VNI';
  return null;
}

function decodeText(data: Uint8Array, source: ReportSource): string {
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    const latin1 = new TextDecoder('latin1').decode(data);
    const encoding = legacyEncodingOf(latin1);
    if (encoding) throw legacy(source, encoding);
    throw new ReportTextError(
      'unreadable',
      `${name(source)}: văn bản không phải Unicode (UTF-8 hoặc UTF-16); hãy lưu lại với mã hóa UTF-8`,
    );
  }
}

const ENCODING_NAMES = { TCVN3: 'TCVN3 (ABC, phông .Vn…)', VNI: 'VNI (phông VNI-…)' } as const;

function legacy(source: ReportSource, encoding: keyof typeof ENCODING_NAMES): ReportTextError {
  return new ReportTextError(
    'legacy_encoding',
    `${name(source)}: văn bản dùng bảng mã cũ ${ENCODING_NAMES[encoding]}; hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi tải lại`,
  );
}

async function readDocx(data: Uint8Array, source: ReportSource): Promise<string> {
  try {
    return await docxText(data);
  } catch (error) {
    // Too large to unpack is not unreadable: it keeps its own code (413).
    if (isDomainError(error)) throw error;
    throw new ReportTextError(
      'unreadable',
      `${name(source)}: không đọc được tệp .docx (${(error as Error).message})`,
    );
  }
}

async function readPdf(data: Uint8Array, source: ReportSource): Promise<string> {
  try {
    const { text } = await extractText(new Uint8Array(data), { mergePages: true });
    return text;
  } catch (error) {
    throw new ReportTextError(
      'unreadable',
      `${name(source)}: không đọc được tệp PDF (${(error as Error).message})`,
    );
  }
}

/**
 * The plain text of a report file, or a ReportTextError saying why not.
 * @example await reportText(Buffer.from('Sản lượng tôm 24.937 tấn'), { filename: 'bao-cao.txt' }) → { text: 'Sản lượng tôm 24.937 tấn', format: 'txt' }
 */
export async function reportText(data: Uint8Array, source: ReportSource = {}): Promise<ReportText> {
  if (data.length === 0) throw new ReportTextError('empty', `${name(source)}: tệp rỗng`);
  const format = detectFormat(data, source);
  const text =
    format === 'pdf'
      ? await readPdf(data, source)
      : format === 'docx'
        ? await readDocx(data, source)
        : decodeText(data, source);
  const encoding = legacyEncodingOf(text);
  if (encoding) throw legacy(source, encoding);
  if (text.trim().length === 0) {
    const why = format === 'pdf' ? ' (PDF chỉ có ảnh quét, không có lớp chữ)' : '';
    throw new ReportTextError('empty', `${name(source)}: không có chữ nào để đọc${why}`);
  }
  if ((text.match(/\uFFFD/g)?.length ?? 0) > text.length * 0.01) {
    throw new ReportTextError(
      'unreadable',
      `${name(source)}: chữ trong tệp bị lỗi mã hóa, không đọc được đúng tiếng Việt`,
    );
  }
  return { text: text.replace(/^\uFEFF/, ''), format };
}
