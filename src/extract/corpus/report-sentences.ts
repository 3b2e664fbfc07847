// A test set in the style of provincial reports and news: every pattern of the contract, and the
// figures that are not statements. Each case lists the statements expected, in order; fields left out
// of an expected statement are not asserted (indicators are given wherever a reader would agree).
import type { CheckKind, Statement } from '../types';

export interface ExpectedStatement extends Partial<Omit<Statement, 'span'>> {
  /** The input text the span must cover exactly. */
  spanText?: string;
}

export interface CorpusCase {
  name: string;
  text: string;
  statements: ExpectedStatement[];
  checks?: CheckKind[];
}

const level = { approx: null, estimate: false, achievement: null, change: null } as const;

export const REPORT_SENTENCES: CorpusCase[] = [
  {
    name: 'GRDP growth stated only as a change, with its abbreviation in parentheses',
    text: 'Tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,62% so với cùng kỳ.',
    statements: [
      {
        indicator: 'tổng sản phẩm trên địa bàn (grdp)',
        value: 7.62,
        unit: '%',
        approx: null,
        estimate: true,
        achievement: null,
        change: { direction: 'tăng', percent: 7.62, against: 'cùng kỳ' },
        spanText: 'Tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,62% so với cùng kỳ',
      },
    ],
  },
  {
    name: 'two changes against two bases are two statements',
    text: 'Chỉ số sản xuất công nghiệp tăng 1,3% so với tháng trước, tăng 12,5% so với cùng kỳ.',
    statements: [
      {
        ...level,
        indicator: 'chỉ số sản xuất công nghiệp',
        value: 1.3,
        unit: '%',
        change: { direction: 'tăng', percent: 1.3, against: 'tháng trước' },
      },
      {
        ...level,
        indicator: 'chỉ số sản xuất công nghiệp',
        value: 12.5,
        unit: '%',
        change: { direction: 'tăng', percent: 12.5, against: 'cùng kỳ' },
        spanText: 'tăng 12,5% so với cùng kỳ',
      },
    ],
  },
  {
    name: 'a growth rate that is a level has no change',
    text: 'Tốc độ tăng trưởng kinh tế ước đạt 7,62%.',
    statements: [
      { ...level, indicator: 'tốc độ tăng trưởng kinh tế', value: 7.62, unit: '%', estimate: true },
    ],
  },
  {
    name: 'a share of a target without an amount',
    text: 'Thu ngân sách nhà nước đạt 61,37% chỉ tiêu Nghị quyết.',
    statements: [
      {
        ...level,
        indicator: 'thu ngân sách nhà nước',
        value: 61.37,
        unit: '%',
        achievement: { percent: 61.37, against: 'nghị quyết' },
      },
    ],
  },
  {
    name: 'an estimate with a change and a share of the year plan',
    text: 'Tổng vốn đầu tư toàn xã hội ước đạt 12.450 tỷ đồng, tăng 8,2% so với cùng kỳ năm trước, bằng 95,6% kế hoạch năm.',
    statements: [
      {
        indicator: 'tổng vốn đầu tư toàn xã hội',
        value: 12450,
        unit: 'tỷ đồng',
        approx: null,
        estimate: true,
        achievement: { percent: 95.6, against: 'kế hoạch' },
        change: { direction: 'tăng', percent: 8.2, against: 'cùng kỳ' },
        spanText:
          'Tổng vốn đầu tư toàn xã hội ước đạt 12.450 tỷ đồng, tăng 8,2% so với cùng kỳ năm trước, bằng 95,6% kế hoạch năm',
      },
    ],
  },
  {
    name: '"vượt X% kế hoạch" is 100 + X of the plan',
    text: 'Kim ngạch xuất khẩu đạt 1,25 tỷ USD, vượt 0,89% kế hoạch.',
    statements: [
      {
        ...level,
        indicator: 'kim ngạch xuất khẩu',
        value: 1.25,
        unit: 'tỷ usd',
        achievement: { percent: 100.89, against: 'kế hoạch' },
      },
    ],
  },
  {
    name: '"giảm còn X%"',
    text: 'Tỷ lệ hộ nghèo giảm còn 2,1%.',
    statements: [
      {
        ...level,
        indicator: 'tỷ lệ hộ nghèo',
        value: 2.1,
        unit: '%',
        change: { direction: 'giảm', percent: null, against: 'khác' },
      },
    ],
  },
  {
    name: '"giảm từ A năm N xuống còn B"',
    text: 'Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 4,35% năm 2022 xuống còn 3,12%.',
    statements: [
      {
        ...level,
        indicator: 'tỷ lệ hộ nghèo theo chuẩn đa chiều',
        value: 3.12,
        unit: '%',
        change: { direction: 'giảm', percent: null, against: 'khác', from: 4.35 },
      },
    ],
  },
  {
    name: '"tăng từ A năm N lên B"',
    text: 'Tỷ lệ che phủ rừng tăng từ 42,5% năm 2019 lên 45,3%.',
    statements: [
      {
        ...level,
        indicator: 'tỷ lệ che phủ rừng',
        value: 45.3,
        unit: '%',
        change: { direction: 'tăng', percent: null, against: 'khác', from: 42.5 },
      },
    ],
  },
  {
    name: 'a change stated as an amount',
    text: 'Tai nạn giao thông xảy ra 12 vụ, giảm 3 vụ so với năm trước.',
    statements: [
      {
        ...level,
        indicator: 'tai nạn giao thông',
        value: 12,
        unit: 'vụ',
        change: { direction: 'giảm', percent: null, against: 'năm trước', amount: 3 },
      },
    ],
  },
  {
    name: '"bằng X% so với cùng kỳ" is kept as stated',
    text: 'Kim ngạch xuất khẩu thủy sản bằng 105% so với cùng kỳ.',
    statements: [
      {
        ...level,
        indicator: 'kim ngạch xuất khẩu thủy sản',
        value: 105,
        unit: '%',
        change: { direction: 'bằng', percent: 105, against: 'cùng kỳ' },
      },
    ],
  },
  {
    name: '"gấp X lần cùng kỳ" after a level',
    text: 'Doanh thu du lịch đạt 350 tỷ đồng, gấp 3,16 lần cùng kỳ.',
    statements: [
      {
        ...level,
        indicator: 'doanh thu du lịch',
        value: 350,
        unit: 'tỷ đồng',
        change: { direction: 'tăng', percent: null, against: 'cùng kỳ' },
      },
    ],
  },
  {
    name: 'counted things named after the number',
    text: 'Toàn tỉnh có 95 xã đạt chuẩn nông thôn mới, đạt 80% kế hoạch.',
    statements: [
      {
        ...level,
        indicator: 'xã đạt chuẩn nông thôn mới',
        value: 95,
        unit: 'xã',
        achievement: { percent: 80, against: 'kế hoạch' },
      },
    ],
  },
  {
    name: '"242/258 đơn" is 242 đơn',
    text: 'Đã giải quyết 242/258 đơn, đạt 93,8%.',
    statements: [
      {
        ...level,
        indicator: 'giải quyết đơn',
        value: 242,
        unit: 'đơn',
      },
      // A rate after a fraction is a share of the fraction's whole, not of a target: its own statement.
      { ...level, indicator: 'tỷ lệ giải quyết đơn', value: 93.8, unit: '%', spanText: 'đạt 93,8%' },
    ],
  },
  {
    name: '"4/9 tiêu chí" is 4 tiêu chí',
    text: 'Đến nay, xã Trần Thới đạt 17/19 tiêu chí nông thôn mới.',
    statements: [{ ...level, value: 17, unit: 'tiêu chí' }],
  },
  {
    name: 'a photo caption typed without diacritics',
    text: 'KET NAP GAN 640 DANG VIEN MOI',
    statements: [
      { ...level, indicator: 'ket nap dang vien moi', value: 640, unit: 'dang vien', approx: 'gần' },
    ],
  },
  {
    name: 'an abbreviated unit stays as written',
    text: 'Trong năm, toàn tỉnh kết nạp được 125 ĐV mới.',
    statements: [{ ...level, indicator: 'kết nạp đv mới', value: 125, unit: 'đv' }],
  },
  {
    name: 'a target written as a figure',
    text: 'Phấn đấu giải quyết việc làm cho 2.000 lao động.',
    statements: [{ ...level, indicator: 'giải quyết việc làm', value: 2000, unit: 'lao động' }],
  },
  {
    name: 'a threshold inside a definition is not a statement',
    text: 'Hỗ trợ 150 hộ có thu nhập dưới 50 triệu đồng/năm.',
    statements: [{ ...level, indicator: 'hỗ trợ hộ', value: 150, unit: 'hộ' }],
  },
  {
    name: 'dates, years and document numbers are not statements',
    text: 'Ngày 15/3/2024, UBND tỉnh ban hành Quyết định số 512/QĐ-UBND về việc giao chỉ tiêu năm 2024.',
    statements: [],
  },
  {
    name: 'session, term and ordinal numbers are not statements',
    text: 'Kỳ họp thứ 15 HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 đã thông qua 25 nghị quyết.',
    statements: [{ ...level, indicator: 'thông qua nghị quyết', value: 25, unit: 'nghị quyết' }],
  },
  {
    name: 'phone numbers are not statements',
    text: 'Mọi thông tin xin liên hệ số điện thoại 0290.3836.123 hoặc 0913 456 789.',
    statements: [],
  },
  {
    name: 'durations and ages are not statements',
    text: 'Sau 10 năm thực hiện, đồng chí Nguyễn Văn A, 56 tuổi, được trao Huy hiệu 40 năm tuổi Đảng.',
    statements: [],
  },
  {
    name: 'storm and criterion numbers are not statements',
    text: 'Bão số 10 làm sập 25 căn nhà; tiêu chí 15 về y tế đã đạt.',
    statements: [{ ...level, value: 25, unit: 'căn nhà' }],
  },
  {
    name: 'ranks are not statements',
    text: 'Chỉ số PCI năm 2023 xếp thứ 22/63 tỉnh, thành phố.',
    statements: [],
  },
  {
    name: 'a range "từ A đến B%"',
    text: 'Phấn đấu tốc độ tăng trưởng kinh tế đạt từ 7 đến 7,5%.',
    statements: [{ ...level, indicator: 'tốc độ tăng trưởng kinh tế', value: 7, valueTo: 7.5, unit: '%' }],
  },
  {
    name: 'a count written in words',
    text: 'Đã có hai mươi lăm xã được công nhận đạt chuẩn nông thôn mới.',
    statements: [{ ...level, indicator: 'xã được công nhận đạt chuẩn nông thôn mới', value: 25, unit: 'xã' }],
  },
  {
    name: 'a document written with English separators',
    text: 'Dân số toàn tỉnh là 1,250,000 người; tỷ lệ đô thị hóa đạt 28.5%.',
    statements: [
      // The indicator never carries the place (format, hard cases): "dân số", not "dân số toàn tỉnh".
      { ...level, indicator: 'dân số', value: 1250000, unit: 'người' },
      { ...level, indicator: 'tỷ lệ đô thị hóa', value: 28.5, unit: '%' },
    ],
  },
  {
    name: '"1.250 hộ" is a thousand and more',
    text: 'Toàn huyện hiện có 1.250 hộ nghèo.',
    statements: [{ ...level, indicator: 'hộ nghèo', value: 1250, unit: 'hộ' }],
  },
  {
    name: 'scale words stay in the unit',
    text: 'Sản lượng lúa đạt 27 nghìn tấn; giá trị sản xuất nông nghiệp đạt 2,5 nghìn tỷ đồng.',
    statements: [
      { ...level, indicator: 'sản lượng lúa', value: 27, unit: 'nghìn tấn' },
      { ...level, indicator: 'giá trị sản xuất nông nghiệp', value: 2.5, unit: 'nghìn tỷ đồng' },
    ],
  },
  {
    name: 'leading zeros',
    text: 'Thành lập 05 đoàn giám sát chuyên đề.',
    statements: [{ ...level, indicator: 'thành lập đoàn giám sát chuyên đề', value: 5, unit: 'đoàn' }],
  },
  {
    name: 'a "trong đó" part inherits the estimate',
    text: 'Tổng thu ngân sách ước đạt 520 tỷ đồng, trong đó thu nội địa 310 tỷ đồng.',
    statements: [
      { ...level, indicator: 'tổng thu ngân sách', value: 520, unit: 'tỷ đồng', estimate: true },
      {
        ...level,
        indicator: 'thu nội địa',
        value: 310,
        unit: 'tỷ đồng',
        estimate: true,
        spanText: 'thu nội địa 310 tỷ đồng',
      },
    ],
  },
  {
    name: 'a part larger than its whole',
    text: 'Tổng diện tích gieo trồng 12.000 ha, trong đó diện tích lúa 13.500 ha.',
    statements: [
      { ...level, indicator: 'tổng diện tích gieo trồng', value: 12000, unit: 'ha' },
      { ...level, indicator: 'diện tích lúa', value: 13500, unit: 'ha' },
    ],
    checks: ['part_exceeds_whole'],
  },
  {
    name: 'a breakdown that does not add up',
    text: 'Đã tổ chức 10 lớp bồi dưỡng (04 lớp đảng viên mới, 05 lớp nhận thức về Đảng).',
    statements: [
      { ...level, indicator: 'tổ chức lớp bồi dưỡng', value: 10, unit: 'lớp' },
      { ...level, indicator: 'lớp đảng viên mới', value: 4, unit: 'lớp' },
      { ...level, value: 5, unit: 'lớp' },
    ],
    checks: ['breakdown_sum'],
  },
  {
    name: 'a stated share that disagrees with the plan the text states',
    text: 'Kế hoạch vốn năm 2024 là 200 tỷ đồng; đến nay đã giải ngân 150 tỷ đồng, đạt 80% kế hoạch.',
    statements: [
      { ...level, indicator: 'kế hoạch vốn năm 2024', value: 200, unit: 'tỷ đồng' },
      {
        ...level,
        indicator: 'giải ngân vốn',
        value: 150,
        unit: 'tỷ đồng',
        achievement: { percent: 80, against: 'kế hoạch' },
      },
    ],
    checks: ['achievement_mismatch'],
  },
  {
    name: 'a stated share that agrees with the budget raises nothing',
    text: 'Dự toán chi ngân sách năm 2024 là 400 tỷ đồng; chi ngân sách đạt 300 tỷ đồng, bằng 75% dự toán.',
    statements: [
      { ...level, indicator: 'dự toán chi ngân sách năm 2024', value: 400, unit: 'tỷ đồng' },
      {
        ...level,
        indicator: 'chi ngân sách',
        value: 300,
        unit: 'tỷ đồng',
        achievement: { percent: 75, against: 'dự toán' },
      },
    ],
    checks: [],
  },
  {
    name: 'hedges: trên, gần, trên dưới, xấp xỉ',
    text: 'Thu hút trên 2.000 lượt khách du lịch; gần 1.500 người được tư vấn; huy động trên dưới 20 tỷ đồng; sản lượng cá tra xấp xỉ 80 nghìn tấn.',
    statements: [
      { ...level, indicator: 'thu hút lượt khách du lịch', value: 2000, unit: 'lượt khách', approx: 'trên' },
      { ...level, indicator: 'người được tư vấn', value: 1500, unit: 'người', approx: 'gần' },
      { ...level, indicator: 'huy động', value: 20, unit: 'tỷ đồng', approx: 'trên dưới' },
      { ...level, indicator: 'sản lượng cá tra', value: 80, unit: 'nghìn tấn', approx: 'khoảng' },
    ],
  },
  {
    name: 'a year-end projection exceeding the budget',
    text: 'Dự kiến cả năm thu ngân sách đạt 600 tỷ đồng, vượt 5% dự toán.',
    statements: [
      {
        ...level,
        indicator: 'thu ngân sách cả năm',
        value: 600,
        unit: 'tỷ đồng',
        estimate: true,
        achievement: { percent: 105, against: 'dự toán' },
      },
    ],
  },
  {
    name: 'a line break inside a sentence',
    text: 'Tổng sản lượng lương thực\nđạt 45.000 tấn.',
    statements: [{ ...level, indicator: 'tổng sản lượng lương thực', value: 45000, unit: 'tấn' }],
  },
  {
    name: 'non-breaking and zero-width spaces',
    text: 'Thu\u00A0ngân sách đạt 64,77\u00A0tỷ\u200B đồng.',
    statements: [
      {
        ...level,
        indicator: 'thu ngân sách',
        value: 64.77,
        unit: 'tỷ đồng',
        spanText: 'Thu\u00A0ngân sách đạt 64,77\u00A0tỷ\u200B đồng',
      },
    ],
  },
  {
    name: 'old tone placement is unified',
    text: 'Sản lượng thuỷ sản nuôi trồng đạt 40.945 tấn.',
    statements: [{ ...level, indicator: 'sản lượng thủy sản nuôi trồng', value: 40945, unit: 'tấn' }],
  },
  {
    name: 'two figures joined by "và"',
    text: 'Trồng mới 120 ha cây ăn trái và 35 ha dừa.',
    statements: [
      { ...level, indicator: 'trồng mới cây ăn trái', value: 120, unit: 'ha' },
      { ...level, indicator: 'trồng mới dừa', value: 35, unit: 'ha' },
    ],
  },
  {
    name: 'a headline on its own line, then the text',
    text: 'KẾT NẠP GẦN 640 ĐẢNG VIÊN MỚI\nNăm 2023, Đảng bộ tỉnh đã kết nạp 638 đảng viên.',
    statements: [
      { ...level, indicator: 'kết nạp đảng viên mới', value: 640, unit: 'đảng viên', approx: 'gần' },
      { ...level, indicator: 'kết nạp đảng viên', value: 638, unit: 'đảng viên' },
    ],
  },
  {
    name: 'a rate of the population',
    text: 'Tỷ lệ tham gia BHYT đạt 92,58% dân số.',
    statements: [{ ...level, indicator: 'tỷ lệ tham gia bhyt', value: 92.58, unit: '%' }],
  },
  {
    name: '"còn" alone states a level',
    text: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn 8,5%.',
    statements: [
      { ...level, indicator: 'tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', value: 8.5, unit: '%' },
    ],
  },
  {
    name: '"1,250 hộ" in a Vietnamese text counts households',
    text: 'Năm 2023 đã có 1,250 hộ thoát nghèo, tỷ lệ hộ nghèo còn 1,85%.',
    statements: [
      { ...level, indicator: 'hộ thoát nghèo', value: 1250, unit: 'hộ' },
      { ...level, indicator: 'tỷ lệ hộ nghèo', value: 1.85, unit: '%' },
    ],
  },
  {
    name: 'people counted as comrades',
    text: 'Tổng số đảng viên toàn Đảng bộ là 4.567 đồng chí.',
    statements: [{ ...level, indicator: 'tổng số đảng viên', value: 4567, unit: 'đồng chí' }],
  },
  {
    name: 'resolution and plan numbers are not statements',
    text: 'Thực hiện Nghị quyết số 12-NQ/HU và Kế hoạch 123/KH-UBND ngày 05/01/2023 của UBND huyện.',
    statements: [],
  },
  {
    name: 'several counts in one sentence',
    text: 'Có 3 tập thể và 5 cá nhân được khen thưởng.',
    statements: [
      { ...level, value: 3, unit: 'tập thể' },
      { ...level, value: 5, unit: 'cá nhân' },
    ],
  },
  {
    name: 'a paragraph of a quarterly report',
    text:
      'Quý III/2024, tổng thu ngân sách trên địa bàn huyện ước đạt 156,8 tỷ đồng, bằng 78,4% dự toán tỉnh giao, ' +
      'tăng 12,3% so với cùng kỳ. Tổng chi ngân sách địa phương 412,5 tỷ đồng, đạt 71,2% dự toán.',
    statements: [
      {
        indicator: 'tổng thu ngân sách trên địa bàn',
        value: 156.8,
        unit: 'tỷ đồng',
        approx: null,
        estimate: true,
        achievement: { percent: 78.4, against: 'dự toán' },
        change: { direction: 'tăng', percent: 12.3, against: 'cùng kỳ' },
      },
      {
        ...level,
        indicator: 'tổng chi ngân sách địa phương',
        value: 412.5,
        unit: 'tỷ đồng',
        achievement: { percent: 71.2, against: 'dự toán' },
      },
    ],
  },
  {
    name: 'a colon between the indicator and its figure',
    text: 'Kết quả cụ thể như sau: - Diện tích lúa đông xuân: 18.520 ha, giảm 230 ha so với cùng kỳ.',
    statements: [
      {
        ...level,
        indicator: 'diện tích lúa đông xuân',
        value: 18520,
        unit: 'ha',
        change: { direction: 'giảm', percent: null, against: 'cùng kỳ', amount: 230 },
      },
    ],
  },
  {
    name: 'an income per head with a rate unit',
    text: 'Thu nhập bình quân đầu người đạt 58,5 triệu đồng/người/năm, tăng 4,2 triệu đồng so với năm 2022.',
    statements: [
      {
        ...level,
        indicator: 'thu nhập bình quân đầu người',
        value: 58.5,
        unit: 'triệu đồng/người/năm',
        change: { direction: 'tăng', percent: null, against: 'khác', amount: 4.2 },
      },
    ],
  },
  {
    name: 'a list of one-word items inside the indicator',
    text: 'Giá trị sản xuất nông, lâm, thủy sản ước đạt 8.456 tỷ đồng, đạt 74,5% kế hoạch.',
    statements: [
      {
        ...level,
        indicator: 'giá trị sản xuất nông, lâm, thủy sản',
        value: 8456,
        unit: 'tỷ đồng',
        estimate: true,
        achievement: { percent: 74.5, against: 'kế hoạch' },
      },
    ],
  },
  {
    name: 'a base year in parentheses stays in the indicator',
    text: 'Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 15.678 tỷ đồng, bằng 72,3% kế hoạch năm.',
    statements: [
      {
        ...level,
        indicator: 'giá trị sản xuất công nghiệp (giá so sánh 2010)',
        value: 15678,
        unit: 'tỷ đồng',
        estimate: true,
        achievement: { percent: 72.3, against: 'kế hoạch' },
      },
    ],
  },
  {
    name: 'a second share of a second budget is a statement of its own',
    text: 'Thu ngân sách ước đạt 7.890 tỷ đồng, đạt 85,4% dự toán Trung ương giao và 80,2% dự toán HĐND tỉnh giao.',
    statements: [
      {
        ...level,
        indicator: 'thu ngân sách',
        value: 7890,
        unit: 'tỷ đồng',
        estimate: true,
        achievement: { percent: 85.4, against: 'dự toán' },
      },
      {
        ...level,
        indicator: 'thu ngân sách',
        value: 80.2,
        unit: '%',
        achievement: { percent: 80.2, against: 'dự toán' },
      },
    ],
  },
  {
    name: 'a date that closes the indicator does not name it',
    text: 'Giải ngân vốn đầu tư công đến ngày 30/9/2024 đạt 3.456 tỷ đồng, bằng 52,3% kế hoạch.',
    statements: [
      {
        ...level,
        indicator: 'giải ngân vốn đầu tư công',
        value: 3456,
        unit: 'tỷ đồng',
        achievement: { percent: 52.3, against: 'kế hoạch' },
      },
    ],
  },
  {
    name: 'beneficiaries after "cho" are not the object of the verb',
    text: 'Đào tạo nghề cho 12.300 người; năm học 2023-2024 có 98,5% học sinh tốt nghiệp THPT.',
    statements: [
      { ...level, indicator: 'đào tạo nghề', value: 12300, unit: 'người' },
      { ...level, indicator: 'học sinh tốt nghiệp thpt', value: 98.5, unit: '%' },
    ],
  },
  {
    name: 'a verb shared by two objects joined by "và"',
    text: 'Ủy ban Kiểm tra đã kiểm tra 125 tổ chức đảng và 342 đảng viên.',
    statements: [
      { ...level, indicator: 'kiểm tra tổ chức đảng', value: 125, unit: 'tổ chức đảng' },
      { ...level, indicator: 'kiểm tra đảng viên', value: 342, unit: 'đảng viên' },
    ],
  },
  {
    name: 'a share "chiếm X%" is the rate of the clause before',
    text: 'Số hộ nghèo còn 4.215 hộ, chiếm 1,15% tổng số hộ.',
    statements: [
      { ...level, indicator: 'số hộ nghèo', value: 4215, unit: 'hộ' },
      { ...level, indicator: 'tỷ lệ hộ nghèo', value: 1.15, unit: '%' },
    ],
  },
  {
    name: 'the figure measures what follows "với"',
    text: 'Tuyến Quốc lộ 1A đoạn Km 45 - Km 52 đang được nâng cấp với tổng mức đầu tư 1.200 tỷ đồng.',
    statements: [{ ...level, indicator: 'tổng mức đầu tư', value: 1200, unit: 'tỷ đồng' }],
  },
  {
    name: '"trên 1 ha" means per hectare',
    text: 'Giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt 135 triệu đồng.',
    statements: [
      {
        ...level,
        indicator: 'giá trị sản phẩm thu được trên 1 ha đất trồng trọt',
        value: 135,
        unit: 'triệu đồng',
      },
    ],
  },
  {
    name: 'a change in percentage points',
    text: 'Tỷ lệ bao phủ bảo hiểm y tế đạt 94,1%, tăng 1,2 điểm phần trăm so với năm trước.',
    statements: [
      {
        ...level,
        indicator: 'tỷ lệ bao phủ bảo hiểm y tế',
        value: 94.1,
        unit: '%',
        change: { direction: 'tăng', percent: null, against: 'năm trước', amount: 1.2 },
      },
    ],
  },
  {
    name: 'two verbs before the counted thing',
    text: 'Huyện đã hỗ trợ xây dựng 235 căn nhà cho hộ nghèo với kinh phí 11,75 tỷ đồng.',
    statements: [
      { ...level, indicator: 'hỗ trợ xây dựng căn nhà', value: 235, unit: 'căn nhà' },
      { ...level, indicator: 'kinh phí', value: 11.75, unit: 'tỷ đồng' },
    ],
  },
  {
    name: "a person's birth year and address are not statements",
    text: 'Ông Nguyễn Văn B (SN 1968), trú tại thôn 3, xã Tân Lập, có thu nhập trên 500 triệu đồng/năm.',
    statements: [],
  },
  {
    name: 'a change with its percentage in parentheses',
    text: 'Tổng dư nợ cho vay đạt 4.567,8 tỷ đồng, tăng 234,5 tỷ đồng (+5,4%) so với đầu năm.',
    statements: [
      {
        ...level,
        indicator: 'tổng dư nợ cho vay',
        value: 4567.8,
        unit: 'tỷ đồng',
        change: { direction: 'tăng', percent: 5.4, against: 'khác', amount: 234.5 },
      },
    ],
  },
  {
    name: 'a rate stated with "chiếm tỷ lệ", and an equivalent in another currency',
    text: 'Số lao động có việc làm chiếm tỷ lệ 45,6%. GRDP bình quân đầu người đạt 85,6 triệu đồng, tương đương 3.520 USD.',
    statements: [
      { ...level, indicator: 'tỷ lệ lao động có việc làm', value: 45.6, unit: '%' },
      { ...level, indicator: 'grdp bình quân đầu người', value: 85.6, unit: 'triệu đồng' },
      { ...level, indicator: 'grdp bình quân đầu người', value: 3520, unit: 'usd' },
    ],
  },
  {
    name: 'abbreviated units and a "trong đó" part',
    text: 'Toàn tỉnh có 1.234 HTX, trong đó 456 HTX nông nghiệp.',
    statements: [
      { ...level, indicator: 'htx', value: 1234, unit: 'htx' },
      { ...level, indicator: 'htx nông nghiệp', value: 456, unit: 'htx' },
    ],
    checks: [],
  },
  {
    name: 'administrative units counted',
    text: 'Năm 2023, tỉnh có 12 huyện, thị xã, thành phố với 165 xã, phường, thị trấn.',
    statements: [
      { ...level, value: 12, unit: 'huyện' },
      { ...level, indicator: 'xã, phường, thị trấn', value: 165, unit: 'xã' },
    ],
  },
  {
    name: 'a headline with a subject before the verb, typed with the Icelandic Ð',
    text: 'ÐẢNG BỘ XÃ KẾT NẠP 25 ĐẢNG VIÊN MỚI',
    statements: [{ ...level, indicator: 'kết nạp đảng viên mới', value: 25, unit: 'đảng viên' }],
  },
  {
    name: 'a caption without diacritics with a change',
    text: 'SAN LUONG LUA DAT 280.000 TAN, TANG 5% SO VOI CUNG KY',
    statements: [
      {
        ...level,
        indicator: 'san luong lua',
        value: 280000,
        unit: 'tan',
        change: { direction: 'tăng', percent: 5, against: 'cùng kỳ' },
      },
    ],
  },
  {
    name: 'what changes and what remains belong to the indicator before',
    text: 'Tổng số hộ nghèo đầu năm là 1.250 hộ, đến nay giảm 320 hộ, còn 930 hộ.',
    statements: [
      { ...level, indicator: 'tổng số hộ nghèo đầu năm', value: 1250, unit: 'hộ' },
      {
        ...level,
        indicator: 'tổng số hộ nghèo đầu năm',
        value: 320,
        unit: 'hộ',
        change: { direction: 'giảm', percent: null, against: 'khác', amount: 320 },
      },
      { ...level, indicator: 'tổng số hộ nghèo đầu năm', value: 930, unit: 'hộ' },
    ],
  },
  {
    name: 'a projection with a period in front and a running total',
    text: 'Dự kiến đến cuối năm 2024 có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 45/50 xã.',
    statements: [
      { ...level, indicator: 'xã đạt chuẩn nông thôn mới', value: 3, unit: 'xã', estimate: true },
      // "nâng tổng số … lên X" is a new total: a level, not a change (format, hard cases).
      { ...level, indicator: 'tổng số xã đạt chuẩn', value: 45, unit: 'xã' },
    ],
  },
  {
    name: 'a place in front of the clause, and abbreviated money units',
    text: 'Trên địa bàn tỉnh hiện có 1.245 doanh nghiệp đang hoạt động. Kinh phí hỗ trợ 500 trđ; vốn vay 1,5 tỷ đ.',
    statements: [
      { ...level, indicator: 'doanh nghiệp đang hoạt động', value: 1245, unit: 'doanh nghiệp' },
      { ...level, indicator: 'kinh phí hỗ trợ', value: 500, unit: 'trđ' },
      { ...level, indicator: 'vốn vay', value: 1.5, unit: 'tỷ đ' },
    ],
  },
  {
    name: 'bare numbers in a breakdown count the unit of the whole',
    text: 'Thi hành kỷ luật 78 đảng viên (khiển trách 50, cảnh cáo 20, cách chức 3, khai trừ 4).',
    statements: [
      { ...level, indicator: 'thi hành kỷ luật đảng viên', value: 78, unit: 'đảng viên' },
      { ...level, indicator: 'khiển trách', value: 50, unit: 'đảng viên' },
      { ...level, indicator: 'cảnh cáo', value: 20, unit: 'đảng viên' },
      { ...level, indicator: 'cách chức', value: 3, unit: 'đảng viên' },
      { ...level, indicator: 'khai trừ', value: 4, unit: 'đảng viên' },
    ],
    checks: ['breakdown_sum'],
  },
  {
    name: '"tăng X lần" multiplies, and targets counted as chỉ tiêu',
    text: 'Thu nhập bình quân đầu người đạt 68 triệu đồng, tăng 1,5 lần so với năm 2020. Đã hoàn thành vượt 18/22 chỉ tiêu Nghị quyết.',
    statements: [
      {
        ...level,
        indicator: 'thu nhập bình quân đầu người',
        value: 68,
        unit: 'triệu đồng',
        change: { direction: 'tăng', percent: null, against: 'khác' },
      },
      { ...level, value: 18, unit: 'chỉ tiêu' },
    ],
  },
];
