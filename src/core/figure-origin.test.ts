import { describe, expect, it } from 'vitest';
import { figureOrigin, figureOriginWords } from './figure-origin';

const buildFigure = (value: number, period: string, observationId: number | null) => ({
  value,
  period,
  periodLabel: period,
  observationId,
  note: null,
});

describe('figureOrigin', () => {
  it('tells a stored figure from one inherited from the old units and from a sum computed here', () => {
    expect(figureOrigin(buildFigure(24937, '2023', 7))).toEqual({ kind: 'stored', observationId: 7 });
    const label = 'Kế thừa từ: Tỉnh ủy Cà Mau, Tỉnh ủy Bạc Liêu';
    const source = { unitId: 2, indicatorId: 1, observationId: 40, period: '2024', value: 1000, shares: [] };
    const inherited = {
      ...buildFigure(3000, '2024', null),
      note: label,
      inherited: { kind: 'inherited' as const, label, sources: [{ ...source, unitName: 'Tỉnh ủy Cà Mau' }] },
    };
    // An inherited figure never opens as a stored one, even were an id to come with it.
    expect(figureOrigin(inherited)).toEqual({ kind: 'inherited', label });
    expect(figureOrigin({ ...inherited, observationId: 40 })).toEqual({ kind: 'inherited', label });
    const summed = { ...buildFigure(2739, '2025', null), note: 'Cộng dồn tháng 1–12/2025' };
    expect(figureOrigin(summed)).toEqual({ kind: 'computed', note: 'Cộng dồn tháng 1–12/2025' });
  });

  it('says in a document what a figure is: reported, inherited or summed', () => {
    expect(figureOriginWords({ kind: 'stored', observationId: 7 })).toBe('Số báo cáo');
    expect(
      figureOriginWords({ kind: 'inherited', label: 'Kế thừa từ: Tỉnh ủy Cà Mau, Tỉnh ủy Bạc Liêu' }),
    ).toBe('Số kế thừa, không phải số báo cáo của đơn vị. Kế thừa từ: Tỉnh ủy Cà Mau, Tỉnh ủy Bạc Liêu');
    expect(figureOriginWords({ kind: 'computed', note: 'Cộng dồn tháng 1–12/2025' })).toBe(
      'Tính cộng dồn: Cộng dồn tháng 1–12/2025',
    );
    expect(figureOriginWords({ kind: 'computed', note: null })).toBe('Số tính toán');
  });
});
