// `tiendo reminders run` over a real embedded database in a temporary DATA_DIR: the pass as JSON, the same
// pass again adding nothing, and bad arguments with exit 2.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarMonthlyRegime, provinceWithCommunes } from '../app/reminders/testing';
import { freshDirs } from '../db/testing';
import { withDatabase } from './cli-database';
import { run as reminders } from './reminder.command';
import { capture } from './testing';

const env = { DATA_DIR: join(freshDirs('tiendo-cli-reminders-')(), 'data') };

describe('tiendo reminders run', () => {
  beforeAll(async () => {
    await withDatabase(async (db) => {
      const [province] = await provinceWithCommunes(db, [['DU_TANTHANH', 'Đảng ủy phường Tân Thành']]);
      await calendarMonthlyRegime(db, province!);
      return 0;
    }, env);
  });

  it('prints the pass of 20/12/2026 as JSON, and a second pass adds nothing', async () => {
    const first = await capture(() => reminders(['run', '--json', '--now=2026-12-20'], env));
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({
      today: '2026-12-20',
      created: [
        {
          regime: 'KTXH_THANG',
          period: '2026-M11',
          unit: { code: 'DU_TANTHANH', name: 'Đảng ủy phường Tân Thành' },
          kind: 'overdue',
          dueOn: '2026-12-18',
        },
      ],
      emailed: [],
      failed: [],
    });
    const again = await capture(() => reminders(['run', '--now', '2026-12-20'], env));
    expect([again.code, again.out]).toEqual([
      0,
      'Nhắc việc ngày 20/12/2026: 0 thông báo mới, 0 thư đã gửi, 0 thư lỗi',
    ]);
  });

  it.each([
    [['run', '--now=20/12/2026'], '--now phải là ngày có thật dạng YYYY-MM-DD, không phải "20/12/2026"'],
    [['run', '--days', 'ba'], '--days phải là số ngày (0–60), không phải "ba"'],
    [['send'], 'không hiểu "send"'],
    [[], 'thiếu lệnh con run'],
  ])('refuses %j with exit 2', async (args, message) => {
    const { code, err } = await capture(() => reminders(args, env));
    expect([code, err.split('\n')[0]]).toEqual([2, `tiendo reminders: ${message}`]);
  });
});
