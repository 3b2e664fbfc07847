// An XLSX or DOCX is a zip, and a zip of 1 MB can hold gigabytes: four such uploads once took the server
// out of memory. Before a library unpacks an archive, this walks its central directory and inflates each
// entry into a counter, dropping every chunk as it comes and stopping at the first byte over the limit,
// so memory stays flat whatever the archive claims.
import { createInflateRaw } from 'node:zlib';
import { DomainError } from '../core/errors';
import { formatNumber } from '../core/vi/format';

export interface ZipLimits {
  /** All entries together, inflated. */
  maxUnpackedBytes: number;
  maxEntries: number;
}

/** Far above any report or import file (a 100 000-row sheet unpacks to about 60 MB), far below the memory. */
export const ZIP_LIMITS: ZipLimits = { maxUnpackedBytes: 128 * 1024 * 1024, maxEntries: 2000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  method: number;
  compressedSize: number;
  dataStart: number;
}

const megabytes = (bytes: number) => `${formatNumber(bytes / (1024 * 1024), 0)} MB`;

function tooLarge(detail: string): DomainError {
  return new DomainError('too_large_unpacked', 'file', `tệp nén ${detail}; hãy chia nhỏ tệp rồi tải lại`);
}

function endOfDirectory(view: DataView): number | null {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return null;
}

/** The entries the central directory lists (what unzip libraries read), or null when it is not a zip. */
function entriesOf(bytes: Uint8Array, limits: ZipLimits): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength >= 22 ? endOfDirectory(view) : null;
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  // 0xFFFF entries means ZIP64, which no office file under the upload limit needs.
  if (count > limits.maxEntries || count === 0xffff)
    throw tooLarge(`có hơn ${formatNumber(limits.maxEntries)} mục`);
  const entries: Entry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL) return null;
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      dataStart: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),
    });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** How many bytes the deflated data inflates to, counting no further than `budget` + one chunk. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve) => {
    // 64 KB chunks: a quarter of the events of the default, and still nothing held.
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflater.destroy();
        resolve(total);
      }
    });
    inflater.on('end', () => resolve(total));
    // A corrupt stream is for the reading library to report in its own words; it counts as what it gave.
    inflater.on('error', () => resolve(total));
    inflater.end(data);
  });
}

/**
 * Refuses (DomainError `too_large_unpacked`) an archive with more entries or more unpacked bytes than the
 * limits; passes bytes that are not a zip, for the reader to refuse as it always has.
 * @example await checkZipBounds(bomb) // throws "file: tệp nén giải nén ra hơn 128 MB; …" after inflating ~128 MB into a counter
 */
export async function checkZipBounds(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<void> {
  const entries = entriesOf(bytes, limits);
  if (!entries) return;
  let unpacked = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const budget = limits.maxUnpackedBytes - unpacked;
    if (entry.method === STORED) unpacked += data.byteLength;
    else if (entry.method === DEFLATED) unpacked += await inflatedSize(data, budget);
    if (unpacked > limits.maxUnpackedBytes)
      throw tooLarge(`giải nén ra hơn ${megabytes(limits.maxUnpackedBytes)}`);
  }
}
