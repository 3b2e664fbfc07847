// A cached scorecard is sent many times: keep its JSON as bytes, and compressed once per encoding, so a
// request costs a socket write rather than a 140 KB string encode (and, for browsers, a gzip) each time.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip' | 'identity';

const compressors: Record<Exclude<ContentEncoding, 'identity'>, (json: Buffer) => Promise<Buffer>> = {
  // Quality 5 compresses a scorecard to about what gzip -9 does in a fraction of brotli's default time.
  br: (json) =>
    promisify(brotliCompress)(json, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
    }),
  gzip: (json) => promisify(gzip)(json, { level: 6 }),
};

/**
 * The best encoding the client accepts of br, gzip and none, by its q-values (RFC 9110 §12.5.3).
 * @example preferredEncoding('gzip, deflate, br') === 'br'; preferredEncoding('br;q=0, gzip') === 'gzip'
 */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding {
  if (!acceptEncoding) return 'identity';
  // Browsers send a few distinct headers: parse each once (bounded, since the header is the client's).
  let known = parsedEncodings.get(acceptEncoding);
  if (known === undefined) {
    known = parseAcceptEncoding(acceptEncoding);
    if (parsedEncodings.size >= 64) parsedEncodings.clear();
    parsedEncodings.set(acceptEncoding, known);
  }
  return known;
}

const parsedEncodings = new Map<string, ContentEncoding>();

function parseAcceptEncoding(acceptEncoding: string): ContentEncoding {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const)
    .filter((e) => weight(e) > 0)
    .sort((a, b) => weight(b) - weight(a))[0];
  return best ?? 'identity';
}

/**
 * Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110 §13.1.2).
 * @example matchesEtag('W/"abc", W/"def"', 'W/"def"') === true; matchesEtag('*', 'W/"x"') === true
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** JSON bytes of values that are read many times, per encoding, computed on first use and kept with the value. */
export function createEncodedJsonCache() {
  const cache = new WeakMap<object, Map<ContentEncoding, Promise<Buffer>>>();
  const etags = new WeakMap<object, Promise<string>>();
  return {
    /**
     * A weak validator of the value's JSON (the same whatever the encoding), from its content, so every app
     * server gives the same one and a database rebuilt from scratch never repeats an old one.
     */
    etagOf(value: object): Promise<string> {
      let etag = etags.get(value);
      if (!etag) {
        etag = this.bytesOf(value, 'identity').then(
          (json) => `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
        );
        etags.set(value, etag);
      }
      return etag;
    },

    bytesOf(value: object, encoding: ContentEncoding): Promise<Buffer> {
      let byEncoding = cache.get(value);
      if (!byEncoding) {
        byEncoding = new Map();
        cache.set(value, byEncoding);
      }
      let bytes = byEncoding.get(encoding);
      if (!bytes) {
        bytes =
          encoding === 'identity'
            ? Promise.resolve(Buffer.from(JSON.stringify(value), 'utf8'))
            : this.bytesOf(value, 'identity').then(compressors[encoding]);
        byEncoding.set(encoding, bytes);
      }
      return bytes;
    },
  };
}
