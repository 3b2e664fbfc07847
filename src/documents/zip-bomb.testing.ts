// Test kit: small zips written by hand, a zip bomb among them: an archive of a few hundred KB whose one
// entry inflates to hundreds of MB, deflated chunk by chunk so the test never holds the unpacked bytes.
import { createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Raw deflate data, or the bytes themselves when `stored`. */
  data: Buffer;
  unpackedSize: number;
  stored?: boolean;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A zip of the entries. CRCs are left 0: the bounds check reads no CRC, and a bomb never gets further. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = u16(e.stored ? 0 : 8);
    const sizes = [u32(0), u32(e.data.length), u32(Math.min(e.unpackedSize, 0xffffffff))];
    // The fields local header and central directory share: flags, method, time and date, sizes, name, extra.
    const shared = [u16(0), method, u32(0), ...sizes, u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), u16(20), ...shared, name]);
    const central = [
      u32(0x02014b50),
      u16(20),
      u16(20),
      ...shared,
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(offset),
    ];
    centrals.push(Buffer.concat([...central, name]));
    locals.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
}

/** Raw deflate of `megabytes` MB of spaces (whitespace between XML tags), fed 1 MB at a time. */
export async function deflatedRepeat(megabytes: number): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  for (let i = 0; i < megabytes; i++) {
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  return Buffer.concat(out);
}

const small = (name: string, text: string): ZipEntry => ({
  name,
  data: Buffer.from(text),
  unpackedSize: Buffer.byteLength(text),
  stored: true,
});

/** An XLSX (or, with `word/document.xml`, a DOCX) whose one big part inflates to `megabytes` MB. */
export async function zipBomb(part: string, megabytes: number): Promise<Buffer> {
  return writeZip([
    small('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
    { name: part, data: await deflatedRepeat(megabytes), unpackedSize: megabytes * 1024 * 1024 },
  ]);
}
