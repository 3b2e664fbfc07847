import { describe, expect, it } from 'vitest';
import { copyLineOf, copyLineOfError, copyText } from './copy-observations';

describe('COPY text of figures', () => {
  it('escapes what COPY text reads as structure and writes null as \\N', () => {
    expect(copyText('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyText('Sản lượng thủy sản')).toBe('Sản lượng thủy sản');
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
  });

  it('writes one line per figure in the COPY column order', () => {
    const line = copyLineOf(
      {
        unitId: 2,
        indicatorId: 7,
        period: '2023-YTD-2023-11-17',
        kind: 'actual',
        value: 24937.5,
        note: 'ước\tđạt',
        provenance: { kind: 'imported', file: 'quy "4".csv', row: 3, userId: 1 },
      },
      '1',
    );
    expect(line).toBe(
      '2\t7\t2023-YTD-2023-11-17\tactual\t24937.5\tước\\tđạt\t{"kind":"imported","file":"quy \\\\"4\\\\".csv","row":3,"userId":1}\t1\n',
    );
  });

  it('reads the failing input line from the server error', () => {
    expect(copyLineOfError({ where: 'COPY observations, line 12: "3\t4\t…"' })).toBe(12);
    expect(copyLineOfError(new Error('socket closed'))).toBeNull();
  });
});
