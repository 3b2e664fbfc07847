import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createEncodedJsonCache, matchesEtag, preferredEncoding } from './encoded-json';

describe('preferredEncoding', () => {
  it('takes brotli, then gzip, from what a browser sends', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('deflate')).toBe('identity');
    expect(preferredEncoding(undefined)).toBe('identity');
  });

  it('honours q-values, including q=0 as a refusal and * as the rest', () => {
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredEncoding('*;q=0')).toBe('identity');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('identity, *;q=0')).toBe('identity');
  });
});

describe('encoded JSON cache', () => {
  const value = { unit: 'Huyện ủy Cái Nước', rows: [{ code: 'TS_TOM', actual: 24937 }] };
  const json = JSON.stringify(value);

  it('gives the same bytes of a value once encoded, in every encoding, each decoding to its JSON', async () => {
    const cache = createEncodedJsonCache();
    const plain = await cache.bytesOf(value, 'identity');
    expect(plain.toString('utf8')).toBe(json);
    expect(await cache.bytesOf(value, 'identity')).toBe(plain);
    expect(gunzipSync(await cache.bytesOf(value, 'gzip')).toString('utf8')).toBe(json);
    expect(brotliDecompressSync(await cache.bytesOf(value, 'br')).toString('utf8')).toBe(json);
  });

  it('encodes a different value afresh', async () => {
    const cache = createEncodedJsonCache();
    const first = await cache.bytesOf(value, 'gzip');
    const other = await cache.bytesOf({ ...value, rows: [] }, 'gzip');
    expect(gunzipSync(other).toString('utf8')).toBe(JSON.stringify({ ...value, rows: [] }));
    expect(other).not.toBe(first);
  });
});

describe('entity tags', () => {
  it('names the JSON, not the object or the encoding: equal content, equal tag', async () => {
    const cache = createEncodedJsonCache();
    const tag = await cache.etagOf({ actual: 24937 });
    expect(tag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(await cache.etagOf({ actual: 24937 })).toBe(tag);
    expect(await createEncodedJsonCache().etagOf({ actual: 24937 })).toBe(tag);
    expect(await cache.etagOf({ actual: 29004 })).not.toBe(tag);
  });

  it('matches If-None-Match weakly, in a list, and *', () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('*', 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
  });
});
