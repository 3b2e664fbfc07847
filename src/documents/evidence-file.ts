// Evidence files a lead unit attaches to a progress update: which kinds are accepted, told by their bytes
// (a renamed .exe is not a PDF), and the file name made safe to store and to send back.

export type EvidenceKind = 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpg';

export const EVIDENCE_CONTENT_TYPES: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
};

/** Evidence files above this size answer 413. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const EXTENSIONS: Record<string, EvidenceKind> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Whether an OOXML package (a zip) holds a part whose name starts with `prefix`; names are stored as is. */
function zipHolds(bytes: Buffer, prefix: string): boolean {
  return bytes.includes(Buffer.from(prefix, 'latin1'));
}

/**
 * The kind of an evidence file told by its first bytes, or null for anything else.
 * @example sniffEvidence(Buffer.from('%PDF-1.7\n…')) === 'pdf'
 */
export function sniffEvidence(bytes: Buffer): EvidenceKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && zipHolds(bytes, '[Content_Types].xml')) {
    if (zipHolds(bytes, 'word/document.xml')) return 'docx';
    if (zipHolds(bytes, 'xl/workbook.xml')) return 'xlsx';
  }
  return null;
}

/**
 * The kind a file name claims by its extension (.jpeg counts as .jpg), or null.
 * @example kindOfName('Biên bản.PDF') === 'pdf'
 */
export function kindOfName(fileName: string): EvidenceKind | null {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? null : (EXTENSIONS[fileName.slice(dot + 1).toLowerCase()] ?? null);
}

/**
 * The name to store: the last path segment (old browsers send C:\…), without control characters, in NFC so
 * "Biên bản" typed on a Mac and on Windows is one name; at most 200 characters, keeping the extension.
 * @example cleanFileName('C:\\fakepath\\Bie\u0302n ba\u0309n.pdf') === 'Biên bản.pdf'
 */
export function cleanFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const name = [...last.normalize('NFC')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  if (name.length <= 200) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, 200 - ext.length) + ext;
}

/**
 * A Content-Disposition for a download whose name may be Vietnamese: an ASCII fallback for old clients and
 * the exact name in RFC 5987 `filename*`.
 * @example attachmentDisposition('Biên bản.pdf') === `attachment; filename="Bien ban.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.pdf`
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
