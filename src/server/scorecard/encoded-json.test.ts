import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createEncodedJsonCache, matchesEtag, preferredEncoding } from './encoded-json';

describe('preferredEncoding', () => {
  /** Each Accept-Encoding header of the table beside the encoding chosen for it. */
  const chosen = (table: ReadonlyArray<readonly [string | undefined, string]>) =>
    table.map(([header]) => [header, preferredEncoding(header)]);

  it('takes brotli, then gzip, from what a browser sends', () => {
    const table = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['deflate', 'identity'],
      [undefined, 'identity'],
    ] as const;
    expect(chosen(table)).toEqual(table);
  });

  it('honours q-values, including q=0 as a refusal and * as the rest', () => {
    const table = [
      ['br;q=0, gzip', 'gzip'],
      ['br;q=0.5, gzip;q=0.8', 'gzip'],
      ['*;q=0', 'identity'],
      ['*', 'br'],
      ['identity, *;q=0', 'identity'],
    ] as const;
    expect(chosen(table)).toEqual(table);
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
