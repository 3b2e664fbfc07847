// Phrasings met in real 2024–2026 reports: an amount after "tổng số", a ranking that frames the indicator,
// a clause named before its comma, two verbs of one grade, the excess over a target, a stutter.
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const figures = (text: string) =>
  extract(text).statements.map((s) => ({
    indicator: s.indicator,
    value: s.value,
    unit: s.unit,
    subject: s.subject,
  }));

// Phrasings where all a test asks is the indicator of the first figure: the test's name, then each
// sentence and the indicator it names.
const FIRST_INDICATOR: Record<string, [text: string, indicator: string][]> = {
  'keeps "được đánh giá, xếp loại … trở lên" and "nước sạch, hợp vệ sinh" in one indicator': [
    [
      'Tỷ lệ đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên đạt 97,6%.',
      'tỷ lệ đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên',
    ],
    [
      'Tỷ lệ dân cư được sử dụng nước sạch, hợp vệ sinh đạt 100%.',
      'tỷ lệ dân cư được sử dụng nước sạch, hợp vệ sinh',
    ],
  ],
  'names "thành lập mới 44 doanh nghiệp" by the verb and what it counts': [
    ['Đã thành lập mới 44 doanh nghiệp, đạt 100% kế hoạch.', 'thành lập mới doanh nghiệp'],
  ],
  'names the measure a verb moves, not the verb: "nâng tỷ lệ …", "giảm tỷ lệ …", "tăng tỷ lệ …"': [
    [
      'Năm 2018, Đảng bộ huyện phấn đấu nâng tỷ lệ trưởng thôn, khu phố là đảng viên lên trên 50%.',
      'tỷ lệ trưởng thôn, khu phố là đảng viên',
    ],
    ['Phấn đấu giảm tỷ lệ hộ nghèo xuống còn 1,5%.', 'tỷ lệ hộ nghèo'],
    ['Tăng tỷ lệ che phủ rừng lên 42%.', 'tỷ lệ che phủ rừng'],
  ],
  'drops a duration opened by "trong" without a comma, and joins two verbs by "và"': [
    ['Trong 9 tháng đầu năm Đảng bộ đã kết nạp 18 đảng viên mới.', 'kết nạp đảng viên mới'],
    ['Trung tâm đã tiếp nhận và giải quyết 4.807 hồ sơ.', 'tiếp nhận và giải quyết hồ sơ'],
    ['Công nhận chính thức 9 đảng viên dự bị.', 'công nhận chính thức đảng viên dự bị'],
  ],
  'keeps a list after a revenue head in one indicator: "doanh thu thương mại, dịch vụ"': [
    ['Tổng doanh thu thương mại, dịch vụ hơn 7.800 tỷ đồng.', 'tổng doanh thu thương mại, dịch vụ'],
    [
      'Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng ước đạt 130.365,9 tỷ đồng.',
      'tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng',
    ],
    ['Doanh thu du lịch, lưu trú đạt 520 tỷ đồng.', 'doanh thu du lịch, lưu trú'],
  ],
  'drops "only" before "đạt" ("mới đạt", "chỉ đạt"), but keeps "đảng viên mới"': [
    ['Tỷ lệ bao phủ BHYT mới đạt 86,25% dân số.', 'tỷ lệ bao phủ bhyt'],
    ['Giải ngân vốn đầu tư công chỉ đạt 40% kế hoạch.', 'giải ngân vốn đầu tư công'],
    ['Tỷ lệ phát triển đảng viên mới đạt 7%.', 'tỷ lệ phát triển đảng viên mới'],
  ],
  'leaves the whole country, a region and "năm nay", "tại thời điểm …" out of the indicator': [
    ['Năng suất lúa Mùa cả nước năm nay ước đạt 52,4 tạ/ha.', 'năng suất lúa mùa'],
    ['Năng suất lúa Mùa các địa phương phía Nam ước đạt 55,3 tạ/ha.', 'năng suất lúa mùa'],
    ['Tổng đàn lợn tại thời điểm 1/4/2016 là 794 nghìn con, tăng 0,2%.', 'tổng đàn lợn'],
  ],
};

describe('phrasings of real reports', () => {
  it.each(Object.entries(FIRST_INDICATOR))('%s', (_name, cases) => {
    for (const [text, indicator] of cases) expect(figures(text)[0]?.indicator, text).toBe(indicator);
  });

  it('reads "với tổng số 376.430 tỷ đồng" as an amount, and the ranking names the subject', () => {
    expect(
      figures(
        'Hà Nội tiếp tục dẫn đầu cả nước về thu ngân sách với tổng số 376.430 tỷ đồng, đạt 92,1% dự toán.',
      ),
    ).toEqual([{ indicator: 'thu ngân sách', value: 376430, unit: 'tỷ đồng', subject: 'hà nội' }]);
    expect(figures('Thu ngân sách đạt con số 12.900 tỷ đồng.')).toEqual([
      { indicator: 'thu ngân sách', value: 12900, unit: 'tỷ đồng', subject: null },
    ]);
  });

  it('still reads "Nghị quyết số 12" as a document number, not a figure', () => {
    expect(figures('Thực hiện Nghị quyết số 12 tỷ lệ hộ nghèo còn 1,2%.').map((f) => f.value)).toEqual([1.2]);
  });

  it('names a figure whose own clause is bare by the clause before its comma', () => {
    expect(
      figures(
        'Tỷ lệ dân số tham gia BHYT đạt 97%; tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt khu dân cư tập trung, đạt khoảng 95%.',
      ),
    ).toEqual([
      { indicator: 'tỷ lệ dân số tham gia bhyt', value: 97, unit: '%', subject: null },
      {
        indicator: 'tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt khu dân cư tập trung',
        value: 95,
        unit: '%',
        subject: null,
      },
    ]);
  });

  it('takes the excess over a target as no statement, but a target stated with "là" as one', () => {
    expect(
      figures('Tỷ lệ hộ nghèo là 0,24% (vượt chỉ tiêu so với kế hoạch của tỉnh giao 0,04%).').map(
        (f) => f.value,
      ),
    ).toEqual([0.24]);
    expect(
      figures('Tỷ lệ người cao tuổi được bảo trợ đạt 100% (vượt so với Nghị quyết đề ra là 40%).').map(
        (f) => f.value,
      ),
    ).toEqual([100, 40]);
  });

  it('drops two words typed twice, keeping a single reduplicated word', () => {
    expect(figures('Đảng bộ xã đã kết nạp kết nạp được 86 đảng viên.')[0]?.indicator).toBe(
      'kết nạp đảng viên',
    );
    expect(figures('Thu ngân sách từng từng quý đạt 12 tỷ đồng.')[0]?.indicator).toContain('từng từng');
  });

  it('takes "Phường Tĩnh Gia có 17/21 chỉ tiêu chủ yếu đạt và vượt kế hoạch" as the ward\'s count of targets met', () => {
    expect(figures('Phường Tĩnh Gia có 17/21 chỉ tiêu chủ yếu đạt và vượt kế hoạch.')).toEqual([
      {
        indicator: 'chỉ tiêu chủ yếu đạt và vượt kế hoạch',
        value: 17,
        unit: 'chỉ tiêu',
        subject: 'phường tĩnh gia',
      },
    ]);
    expect(figures('Toàn xã có 22/27 chỉ tiêu đạt và vượt kế hoạch.')[0]?.indicator).toBe(
      'chỉ tiêu đạt và vượt kế hoạch',
    );
    // After another unit the grade is an attribute of the clause, not part of the thing counted.
    expect(figures('Kết nạp 86 đảng viên đạt và vượt chỉ tiêu.')[0]?.indicator).toBe('kết nạp đảng viên');
  });

  it('carries one verb over a comma list counted alike, and strips the level that did it', () => {
    expect(
      figures('Cấp huyện đã tiến hành kiểm tra, giám sát 1.472 lượt tổ chức Đảng, 582 lượt đảng viên.'),
    ).toEqual([
      {
        indicator: 'tiến hành kiểm tra, giám sát lượt tổ chức đảng',
        value: 1472,
        unit: 'lượt',
        subject: null,
      },
      { indicator: 'tiến hành kiểm tra, giám sát lượt đảng viên', value: 582, unit: 'lượt', subject: null },
    ]);
  });

  it('counts the bare numbers after "với hình thức:" in the unit of the figure before', () => {
    expect(
      figures(
        'Đã thi hành kỷ luật 29 tổ chức Đảng, với hình thức: Khiển trách 26, cảnh cáo 03; kỷ luật 5 đảng viên.',
      ),
    ).toEqual([
      { indicator: 'thi hành kỷ luật tổ chức đảng', value: 29, unit: 'tổ chức đảng', subject: null },
      { indicator: 'khiển trách', value: 26, unit: 'tổ chức đảng', subject: null },
      { indicator: 'cảnh cáo', value: 3, unit: 'tổ chức đảng', subject: null },
      { indicator: 'kỷ luật đảng viên', value: 5, unit: 'đảng viên', subject: null },
    ]);
    // A colon after anything else is no breakdown: "Kết quả: 12" has no unit to inherit.
    expect(figures('Kết nạp 29 đảng viên. Kết quả: 12, và 14.')).toHaveLength(1);
  });

  it('gives a list item that names only its qualifier the head of the item before', () => {
    expect(
      figures('Năng suất lúa vụ xuân đạt 55,99 tạ/ha; vụ hè thu đạt 50,27 tạ/ha.').map((f) => f.indicator),
    ).toEqual(['năng suất lúa vụ xuân', 'năng suất lúa vụ hè thu']);
    // In another unit the item is not the same indicator.
    expect(
      figures('Năng suất lúa vụ xuân đạt 55,99 tạ/ha; vụ hè thu gieo trồng 900 ha.')[1]?.indicator,
    ).not.toMatch(/^năng suất/);
  });

  it('reads "Đảng bộ tỉnh có 25 đảng bộ trực thuộc" as the count of "đảng bộ trực thuộc"', () => {
    expect(figures('Sau sắp xếp, Đảng bộ tỉnh có 25 đảng bộ trực thuộc, 1.412 tổ chức cơ sở đảng.')).toEqual([
      { indicator: 'đảng bộ trực thuộc', value: 25, unit: 'đảng bộ', subject: null },
      { indicator: 'tổ chức cơ sở đảng', value: 1412, unit: 'tổ chức cơ sở đảng', subject: null },
    ]);
  });

  it('reads an amount written after "6 tháng đầu năm", and keeps "năm 2024" a date', () => {
    const [first] = extract(
      'Giá trị sản xuất ước thực hiện 6 tháng đầu năm 2.453,29 tỷ đồng, đạt 53,86% kế hoạch.',
    ).statements;
    expect([first?.value, first?.unit, first?.estimate, first?.achievement]).toEqual([
      2453.29,
      'tỷ đồng',
      true,
      { percent: 53.86, against: 'kế hoạch' },
    ]);
    expect(figures('Năm 2024 thu ngân sách 120 tỷ đồng.').map((f) => f.value)).toEqual([120]);
  });

  it('reads one share of two targets joined by "và", then the change after them', () => {
    const [only, ...rest] = extract(
      'Tổng thu ngân sách hơn 222 tỷ đồng, đạt 65,1% so với dự toán tỉnh giao và dự toán HĐND thị xã giao, tăng 10,15% so với cùng kỳ.',
    ).statements;
    expect(rest).toEqual([]);
    expect([only?.achievement, only?.change]).toEqual([
      { percent: 65.1, against: 'dự toán' },
      { direction: 'tăng', percent: 10.15, against: 'cùng kỳ' },
    ]);
  });

  it('carries a breakdown across semicolons while its items fit in the whole, with the whole\'s "ước"', () => {
    const estimates = (text: string) => extract(text).statements.map((s) => [s.value, s.estimate]);
    expect(
      estimates(
        'Giá trị sản xuất ước đạt 100 tỷ đồng; trong đó công nghiệp 60 tỷ đồng; dịch vụ 30 tỷ đồng; nông nghiệp 10 tỷ đồng.',
      ),
    ).toEqual([
      [100, true],
      [60, true],
      [30, true],
      [10, true],
    ]);
    // 60 + 50 exceeds the whole: the second item is a figure of its own, not a part.
    expect(
      estimates(
        'Thu ngân sách ước đạt 100 tỷ đồng; trong đó thu nội địa 60 tỷ đồng; chi ngân sách 50 tỷ đồng.',
      ),
    ).toEqual([
      [100, true],
      [60, true],
      [50, false],
    ]);
  });

  it('names the action counted by "hoàn thành", "vượt mức" and "thực hiện" before a count', () => {
    expect(figures('Năm 2025, Đảng bộ xã Tây Đô hoàn thành vượt mức 25 chỉ tiêu.')).toEqual([
      {
        indicator: 'hoàn thành vượt mức chỉ tiêu',
        value: 25,
        unit: 'chỉ tiêu',
        subject: 'đảng bộ xã tây đô',
      },
    ]);
    expect(figures('Xã Sao Vàng thực hiện 26 chỉ tiêu đề ra.')).toEqual([
      { indicator: 'thực hiện chỉ tiêu đề ra', value: 26, unit: 'chỉ tiêu', subject: 'xã sao vàng' },
    ]);
  });

  it('reads "so cùng kỳ" as the same period, drops "ước" from a subject, names a count by its descriptor', () => {
    const [fish] = extract('Tổng sản lượng thủy sản đạt 1,2 triệu tấn, tăng 5,57% so cùng kỳ.').statements;
    expect(fish?.change).toEqual({ direction: 'tăng', percent: 5.57, against: 'cùng kỳ' });
    expect(figures('Huyện Cái Nước ước thu đạt 43 tỷ đồng (đạt 80,83% dự toán).')).toEqual([
      { indicator: 'thu', value: 43, unit: 'tỷ đồng', subject: 'huyện cái nước' },
    ]);
    expect(figures('Xây dựng nông thôn mới đến cuối quý I, có 43/82 xã đạt chuẩn nông thôn mới.')).toEqual([
      { indicator: 'xã đạt chuẩn nông thôn mới', value: 43, unit: 'xã', subject: null },
    ]);
  });

  it('ends a counted list where a clause of its own opens after the next comma', () => {
    expect(figures('Tiếp nhận 22 đơn khiếu nại, tố cáo, đã giải quyết 16 đơn.')).toEqual([
      { indicator: 'tiếp nhận đơn khiếu nại, tố cáo', value: 22, unit: 'đơn', subject: null },
      { indicator: 'giải quyết đơn', value: 16, unit: 'đơn', subject: null },
    ]);
    expect(
      figures(
        'Ban Tiếp công dân tiếp nhận 135 đơn kiến nghị, phản ánh, đã chuyển 120 đơn đến cơ quan có thẩm quyền.',
      )[0],
    ).toEqual({
      indicator: 'tiếp nhận đơn kiến nghị, phản ánh',
      value: 135,
      unit: 'đơn',
      subject: 'ban tiếp công dân',
    });
    // Still a clause of its own where no opener follows: "toàn xã có 30 hộ" is not one more item.
    expect(figures('Hỗ trợ 12 hộ nghèo, toàn xã có 30 hộ cận nghèo.').map((f) => f.indicator)).toEqual([
      'hỗ trợ hộ nghèo',
      'hộ cận nghèo',
    ]);
  });

  it('leaves out the writer\'s comment, a judging clause and pride: "đáng ghi nhận là", "đạt kết quả cao", "vinh dự có"', () => {
    expect(figures('Đáng ghi nhận là thu ngân sách trên địa bàn xã hơn 23 tỷ đồng.')[0]?.indicator).toBe(
      'thu ngân sách trên địa bàn',
    );
    expect(figures('Đáng chú ý là xuất khẩu thủy sản đạt 120 triệu USD.')[0]?.indicator).toBe(
      'xuất khẩu thủy sản',
    );
    expect(
      figures('Thu hút đầu tư vốn ngoài ngân sách trong nước đạt kết quả cao, đạt hơn 194.000 tỷ đồng.')[0]
        ?.indicator,
    ).toBe('thu hút đầu tư vốn ngoài ngân sách trong nước');
    expect(figures('Đảng bộ xã Hùng Thắng vinh dự có 35 đảng viên được trao tặng Huy hiệu Đảng.')).toEqual([
      {
        indicator: 'đảng viên được trao tặng huy hiệu đảng',
        value: 35,
        unit: 'đảng viên',
        subject: 'đảng bộ xã hùng thắng',
      },
    ]);
  });

  it('reads the comma before a scale word as a decimal one: "hơn 1,284 triệu đảng viên" is 1,284 million', () => {
    expect(figures('Đã kiểm tra hơn 1,284 triệu đảng viên.')[0]?.value).toBe(1.284);
    expect(figures('Dân số trung bình đạt 1,25 triệu người.')[0]?.value).toBe(1.25);
    // Without a scale word a count of whole things keeps "1,250" as 1.250.
    expect(figures('Toàn xã có 1,250 hộ.')[0]?.value).toBe(1250);
  });

  it('leaves out who did it before "đã", and says which are counted with "là" or "có" after the unit', () => {
    expect(
      figures(
        'Bộ Chính trị, Ban Bí thư và cấp ủy các cấp đã kiểm tra 232.401 tổ chức đảng và hơn 1,284 triệu đảng viên, có 289.101 đảng viên là cấp ủy viên các cấp.',
      ).map((f) => f.indicator),
    ).toEqual(['kiểm tra tổ chức đảng', 'kiểm tra đảng viên', 'đảng viên là cấp ủy viên các cấp']);
    expect(
      figures(
        'Qua kiểm tra, kết luận 630 tổ chức đảng có vi phạm, khuyết điểm; trong đó, phải thi hành kỷ luật 7 tổ chức đảng và 25 đảng viên.',
      )
        // The 630 is left out: "kết luận" as a verb would break "ban hành kết luận 17 cuộc".
        .slice(1)
        .map((f) => f.indicator),
    ).toEqual(['thi hành kỷ luật tổ chức đảng', 'thi hành kỷ luật đảng viên']);
    // A bound after "có" defines a class of the things counted, and stays no statement.
    expect(
      figures('Toàn tỉnh có 4.620 tàu cá, trong đó 1.080 tàu có chiều dài từ 15 m trở lên.').map(
        (f) => f.unit,
      ),
    ).toEqual(['tàu', 'tàu']);
  });

  it('reads "hiện có" after a named body, a count after "với" by what it counts, "chỉ tiêu dự toán" as the estimate', () => {
    expect(figures('Đảng bộ phường Hội Phú hiện có 46 tổ chức cơ sở Đảng với 1.298 đảng viên.')).toEqual([
      {
        indicator: 'tổ chức cơ sở đảng',
        value: 46,
        unit: 'tổ chức cơ sở đảng',
        subject: 'đảng bộ phường hội phú',
      },
      { indicator: 'đảng viên', value: 1298, unit: 'đảng viên', subject: 'đảng bộ phường hội phú' },
    ]);
    expect(
      figures(
        'Công nghiệp, tiểu thủ công nghiệp và thương mại - dịch vụ phát triển mạnh với hơn 1.000 doanh nghiệp.',
      )[0]?.indicator,
    ).toBe('doanh nghiệp');
    const [budget] = extract(
      'Tổng thu ngân sách nhà nước ước đạt 24,661 tỷ đồng (đạt 201,83% chỉ tiêu dự toán).',
    ).statements;
    expect(budget?.achievement).toEqual({ percent: 201.83, against: 'dự toán' });
  });

  it('reads inspection counts: "tổ chức" and "vụ việc" as units, "tại" ending a list item, a far "có" no threshold', () => {
    expect(
      figures(
        'Thanh tra các sở, ngành đã tổ chức 135 cuộc thanh tra, kiểm tra chuyên ngành tại 371 tổ chức, cá nhân.',
      ),
    ).toEqual([
      { indicator: 'tổ chức cuộc thanh tra, kiểm tra chuyên ngành', value: 135, unit: 'cuộc', subject: null },
      { indicator: 'tổ chức, cá nhân', value: 371, unit: 'tổ chức', subject: null },
    ]);
    expect(
      figures('Chuyển cơ quan điều tra 22 vụ việc, 35 đối tượng.').map((f) => [f.value, f.unit]),
    ).toEqual([
      [22, 'vụ việc'],
      [35, 'đối tượng'],
    ]);
    expect(
      figures('Đề nghị cơ quan có thẩm quyền xem xét, xử lý hơn 3,4 nghìn tỷ đồng.').map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([[3.4, 'nghìn tỷ đồng']]);
    // Near its bound, "có" still defines a group: no statement.
    expect(figures('Hỗ trợ các hộ có thu nhập dưới 50 triệu đồng.')).toEqual([]);
  });

  it('names a place that has the figure, and reads a list after a share and what its items have', () => {
    expect(figures('Đến thời điểm này, Sông Mã có 37 trường học đạt chuẩn quốc gia.')).toEqual([
      { indicator: 'trường học đạt chuẩn quốc gia', value: 37, unit: 'trường', subject: 'sông mã' },
    ]);
    expect(figures('100% xã, thị trấn có trường mầm non, tiểu học, THCS.')[0]?.indicator).toBe(
      'xã, thị trấn có trường mầm non, tiểu học, thcs',
    );
    expect(figures('Đến nay 100% thôn, làng, tổ dân phố đã có tổ chức đảng.')[0]?.indicator).toBe(
      'thôn, làng, tổ dân phố có tổ chức đảng',
    );
    expect(figures('Công suất sử dụng giường bệnh tại trung tâm đạt 130%.')[0]?.indicator).toBe(
      'công suất sử dụng giường bệnh',
    );
    expect(
      figures('Toàn huyện có 78 đơn vị trường học và 1 trung tâm GDNN - GDTX.').map((f) => f.unit),
    ).toEqual(['đơn vị', 'trung tâm']);
  });
});
