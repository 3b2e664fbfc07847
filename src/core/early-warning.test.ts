import { describe, expect, it } from 'vitest';
import { type EarlyWarningInput, earlyWarnings, type WarningIndicator } from './early-warning';

function indicator(overrides: Partial<WarningIndicator> = {}): WarningIndicator {
  return {
    indicatorId: 1,
    code: 'LUA',
    measure: 'tấn',
    nature: 'flow',
    polarity: 'higher_is_better',
    target: 100,
    actual: { value: 30, period: '2024-3M' },
    ...overrides,
  };
}

const onTime: EarlyWarningInput['submission'] = {
  status: 'approved',
  dueOn: '2024-03-18',
  submittedAt: '2024-03-16T02:00:00Z',
};

function warn(indicators: WarningIndicator[], submission = onTime, asOf = '2024-03-20') {
  return earlyWarnings({ asOf, submission, indicators });
}

describe('earlyWarnings: at risk', () => {
  it('says nothing of a flow whose linear year-end (120,66 tấn) reaches its target', () => {
    expect(warn([indicator()])).toEqual([]);
  });

  it('warns when the projected year-end falls short: 20 tấn by 31/3 of a leap year → 80,44 tấn', () => {
    expect(warn([indicator({ actual: { value: 20, period: '2024-3M' } })])).toEqual([
      {
        indicatorId: 1,
        code: 'LUA',
        kind: 'at_risk',
        reason: 'ước cả năm 80,44 tấn (ước theo tiến độ), dưới chỉ tiêu 100 tấn',
      },
    ]);
  });

  it('warns on pace even when the unit estimates it will reach the target', () => {
    const behind = indicator({ actual: { value: 15, period: '2024-3M' }, reportedEstimate: 105 });
    expect(warn([behind])).toEqual([
      {
        indicatorId: 1,
        code: 'LUA',
        kind: 'at_risk',
        reason: 'mới đạt 15% chỉ tiêu khi đã qua 24,9% thời gian của năm',
      },
    ]);
  });

  it('names the unit’s own estimate when that is what falls short', () => {
    const estimate = indicator({ reportedEstimate: 96.5 });
    expect(warn([estimate]).map((w) => w.reason)).toEqual([
      'ước cả năm 96,5 tấn (số ước của đơn vị), dưới chỉ tiêu 100 tấn',
    ]);
  });

  it('warns of a lower-is-better stock above its ceiling', () => {
    const stock = { nature: 'stock', polarity: 'lower_is_better', measure: '%' } as const;
    const poverty = indicator({
      ...stock,
      code: 'HONGHEO',
      target: 3,
      actual: { value: 3.2, period: '2024-M3' },
    });
    expect(warn([poverty]).map((w) => w.reason)).toEqual([
      'ước cả năm 3,2% (theo mức hiện tại), vượt chỉ tiêu 3%',
    ]);
  });

  it('says nothing of an indicator without a target', () => {
    expect(warn([indicator({ target: null, actual: { value: 1, period: '2024-3M' } })])).toEqual([]);
  });
});

describe('earlyWarnings: late and not approved', () => {
  it('says nothing before the deadline has passed, whatever the status', () => {
    const notYet = { status: 'not_submitted' as const, dueOn: '2024-03-18', submittedAt: null };
    expect(warn([indicator({ actual: null })], notYet, '2024-03-18')).toEqual([]);
  });

  it('marks every indicator late when the report has not arrived 3 days after the 18th', () => {
    const missing = { status: 'not_submitted' as const, dueOn: '2024-03-18', submittedAt: null };
    const list = [indicator({ actual: null }), indicator({ indicatorId: 2, code: 'THU', actual: null })];
    expect(warn(list, missing, '2024-03-21')).toEqual([
      {
        indicatorId: 1,
        code: 'LUA',
        kind: 'late',
        reason: 'quá hạn 3 ngày (hạn 18/03/2024), chưa nộp báo cáo',
      },
      {
        indicatorId: 2,
        code: 'THU',
        kind: 'late',
        reason: 'quá hạn 3 ngày (hạn 18/03/2024), chưa nộp báo cáo',
      },
    ]);
  });

  it('counts a returned report as not in', () => {
    const returned = {
      status: 'returned' as const,
      dueOn: '2024-03-18',
      submittedAt: '2024-03-17T01:00:00Z',
    };
    expect(warn([indicator()], returned).map((w) => w.reason)).toEqual([
      'quá hạn 2 ngày (hạn 18/03/2024), báo cáo bị trả lại chưa nộp lại',
    ]);
  });

  it('marks late the indicator a submitted report left without a figure', () => {
    expect(warn([indicator({ actual: null })]).map((w) => [w.kind, w.reason])).toEqual([
      ['late', 'quá hạn 2 ngày (hạn 18/03/2024), báo cáo chưa có số liệu chỉ tiêu này'],
    ]);
  });

  it('marks a submitted figure waiting past the deadline as not approved', () => {
    const waiting = {
      status: 'submitted' as const,
      dueOn: '2024-03-18',
      submittedAt: '2024-03-16T02:00:00Z',
    };
    expect(warn([indicator()], waiting)).toEqual([
      { indicatorId: 1, code: 'LUA', kind: 'not_approved', reason: 'nộp ngày 16/03/2024, chưa được duyệt' },
    ]);
  });

  it('gives an indicator both an at-risk and a late warning when both hold', () => {
    const returned = {
      status: 'returned' as const,
      dueOn: '2024-03-18',
      submittedAt: '2024-03-17T01:00:00Z',
    };
    const short = indicator({ actual: { value: 20, period: '2024-3M' } });
    expect(warn([short], returned).map((w) => w.kind)).toEqual(['at_risk', 'late']);
  });
});
