// The words the extractor recognises, grouped by the role they play around a figure. Entries are
// lower-case Vietnamese; each list also answers for text written without diacritics (captions).
import { foldVietnamese } from '../core/vi/normalize';
import type { Token } from './tokenize';

/** A set of one- or multi-word phrases, matched against lower-case word tokens. */
export class Lexicon {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byFirstFolded = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      add(this.byFirst, phrase.split(' '));
      add(this.byFirstFolded, foldVietnamese(phrase).split(' '));
    }
    for (const list of [...this.byFirst.values(), ...this.byFirstFolded.values()]) {
      list.sort((a, b) => b.length - a.length);
    }
  }

  /** Length in words of the longest phrase starting at words[0], or 0. */
  match(words: readonly string[], folded: boolean): number {
    const first = words[0];
    if (first === undefined) return 0;
    const candidates = (folded ? this.byFirstFolded : this.byFirst).get(first);
    if (!candidates) return 0;
    for (const c of candidates) {
      if (c.every((w, k) => words[k] === w)) return c.length;
    }
    return 0;
  }

  /** Length in words of the longest phrase starting at token i, or 0; allocates nothing. */
  matchAt(toks: readonly Token[], i: number, folded: boolean): number {
    return this.scan(toks, i, folded, 0);
  }

  /** True when a phrase of exactly n words starts at token i. */
  matchExact(toks: readonly Token[], i: number, n: number, folded: boolean): boolean {
    return this.scan(toks, i, folded, n) === n;
  }

  private scan(toks: readonly Token[], i: number, folded: boolean, only: number): number {
    const first = toks[i];
    if (first === undefined || first.kind !== 'word') return 0;
    const candidates = (folded ? this.byFirstFolded : this.byFirst).get(first.low);
    if (!candidates) return 0;
    for (const c of candidates) {
      if (only > 0 && c.length !== only) continue;
      let k = 1;
      for (; k < c.length; k++) {
        const t = toks[i + k];
        if (t === undefined || t.kind !== 'word' || t.low !== c[k]) break;
      }
      if (k === c.length) return c.length;
    }
    return 0;
  }

  has(word: string, folded: boolean): boolean {
    return this.match([word], folded) === 1;
  }
}

function add(map: Map<string, string[][]>, words: string[]): void {
  const first = words[0] as string;
  const list = map.get(first) ?? [];
  list.push(words);
  map.set(first, list);
}

/** Scale words stay in the unit: "27 nghìn tấn" is 27 "nghìn tấn". */
export const SCALES = new Lexicon(['nghìn tỷ', 'ngàn tỷ', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'trăm']);

/** Measures: the figure is an amount of them, not a count of things named by them. */
export const MEASURES = new Lexicon([
  'tấn',
  'tạ',
  'kg',
  'kilôgam',
  'ha',
  'héc-ta',
  'hécta',
  'm2',
  'm3',
  'km2',
  'km',
  'm',
  'mét',
  'lít',
  'đồng',
  'usd',
  'đô la mỹ',
  'đô la',
  'kw',
  'kwh',
  'mw',
  'teu',
  'điểm',
  'điểm phần trăm',
  'trđ',
  'đ',
  'điểm %',
]);

/** Count nouns: the figure counts these things; a verb before it takes them as its object. */
export const COUNT_NOUNS = new Lexicon([
  'chỉ tiêu',
  'htx',
  'thtx',
  'dn',
  'huyện',
  'quận',
  'thị xã',
  'thành phố',
  'tỉnh',
  'đơn vị hành chính',
  'đv',
  'lượt',
  'lượt người',
  'lượt khách',
  'lượt người dân',
  'lượt công dân',
  'đồng chí',
  'người',
  'hộ',
  'hộ gia đình',
  'xã',
  'phường',
  'thị trấn',
  'ấp',
  'khóm',
  'thôn',
  'bản',
  'đảng viên',
  'chi bộ',
  'đảng bộ',
  'tổ chức cơ sở đảng',
  'tổ chức đảng',
  'đoàn',
  'đoàn viên',
  'hội viên',
  'cán bộ',
  'công chức',
  'viên chức',
  'tiêu chí',
  'cuộc',
  'vụ',
  'việc',
  'con',
  'cây',
  'căn',
  'căn nhà',
  'căn hộ',
  'ngôi nhà',
  'nhà',
  'công trình',
  'dự án',
  'doanh nghiệp',
  'hợp tác xã',
  'tổ hợp tác',
  'cơ sở',
  'lao động',
  'học sinh',
  'sinh viên',
  'trường',
  'lớp',
  'giường',
  'bác sĩ',
  'hồ sơ',
  'đơn',
  'thủ tục',
  'buổi',
  'lần',
  'đợt',
  'hội nghị',
  'tin',
  'bài',
  'tin bài',
  'mô hình',
  'sản phẩm',
  'giấy chứng nhận',
  'thẻ',
  'suất',
  'phần quà',
  'em',
  'trẻ',
  'cháu',
  'ca',
  'liều',
  'mũi',
  'chiếc',
  'cái',
  'tàu',
  'phương tiện',
  'đối tượng',
  'trường hợp',
  'ý kiến',
  'kiến nghị',
  'văn bản',
  'tổ',
  'câu lạc bộ',
  'nhóm',
  'khách',
  'du khách',
  'bệnh nhân',
  'thí sinh',
  'gia đình',
  'cơ quan',
  'đơn vị',
  'km đường',
  'tuyến',
  'cầu',
  'chợ',
  'tập thể',
  'cá nhân',
  'lớp học',
  'gói thầu',
  'hợp đồng',
  'nhà văn hóa',
  'con giống',
  'hội',
  'thành viên',
  'chương trình',
  'đề án',
  'kế hoạch',
  'nghị quyết',
  'quyết định',
  'sáng kiến',
  'tác phẩm',
  'đầu sách',
  'ngày công',
]);

/** Time and age units: a figure of these is a duration or an age, not a statement. */
export const TIME_UNITS = new Lexicon([
  'năm',
  'tháng',
  'ngày',
  'giờ',
  'phút',
  'giây',
  'tuần',
  'quý',
  'tuổi',
  'h',
]);

export const HEDGES = new Lexicon(['trên dưới', 'hơn', 'trên', 'gần', 'khoảng', 'dưới']);
/** Hedges the contract does not name but that mean one of those it does. */
export const HEDGE_ALIASES: Record<string, string> = {
  'xấp xỉ': 'khoảng',
  'ước chừng': 'khoảng',
  chừng: 'khoảng',
  ngót: 'gần',
  'gần như': 'gần',
  'tới hơn': 'hơn',
  'lên tới': 'khoảng',
};
export const HEDGE_ALIAS_LEX = new Lexicon(Object.keys(HEDGE_ALIASES));

export const ESTIMATES = new Lexicon([
  'ước',
  'ước đạt',
  'ước tính',
  'ước thực hiện',
  'ước cả năm',
  'ước cuối năm',
  'dự kiến',
  'dự ước',
  'dự báo',
  'ước khoảng',
]);
/** Nouns before "ước" that make it a different word (hiệp ước, quy ước). */
export const NOT_ESTIMATE_BEFORE = new Set([
  'hiệp',
  'quy',
  'điều',
  'công',
  'thỏa',
  'giao',
  'mơ',
  'hiep',
  'dieu',
]);

/** Words before a number that make it a name, a date part, an ordinal or a reference. */
export const REFERENCE_WORDS = new Lexicon([
  'ngày',
  'tháng',
  'năm',
  'quý',
  'tuần',
  'giai đoạn',
  'niên độ',
  'nhiệm kỳ',
  'khóa',
  'kỳ',
  'đợt',
  'lần',
  'thứ',
  'số',
  'điều',
  'khoản',
  'điểm',
  'mục',
  'chương',
  'phần',
  'bão',
  'áp thấp',
  'tiêu chí',
  'quốc lộ',
  'tỉnh lộ',
  'huyện lộ',
  'đường',
  'ấp',
  'khóm',
  'khu phố',
  'phường',
  'tổ',
  'lô',
  'thửa',
  'tờ',
  'nghị quyết',
  'quyết định',
  'chỉ thị',
  'kết luận',
  'thông báo',
  'công văn',
  'hướng dẫn',
  'quy định',
  'nghị định',
  'thông tư',
  'tập',
  'trang',
  'mã',
  'sđt',
  'điện thoại',
  'hotline',
  'fax',
  'đt',
  'tầng',
  'phòng',
  'khu',
  'lớp',
  'covid',
  'chương trình',
  'top',
  'hạng',
  'cấp độ',
  'mức',
  'bậc',
  'vùng',
  'lữ đoàn',
  'sư đoàn',
  'trung đoàn',
  'tiểu đoàn',
  'nhóm',
  'dự án',
]);

/** Connectors that open a clause but are not part of the indicator or its span. */
export const CONNECTORS = new Lexicon([
  'hằng năm',
  'hàng năm',
  'trong đó',
  'trong số đó',
  'trong số này',
  'riêng',
  'ngoài ra',
  'bên cạnh đó',
  'đồng thời',
  'cụ thể',
  'cụ thể là',
  'gồm',
  'bao gồm',
  'gồm có',
  'cùng với đó',
  'tuy nhiên',
  'nhìn chung',
  'và',
  'với',
  'còn',
  'theo đó',
  'ngoài',
  'nhất là',
  'đặc biệt là',
  'như',
  'trong năm',
  'từ đầu năm đến nay',
  'từ đầu năm',
  'đến nay',
  'tính đến nay',
  'hiện nay',
  'hiện',
  'lũy kế',
  'lũy kế đến nay',
  'trong kỳ',
  'kết quả',
]);

/** Words that start the indicator phrase but are not part of it (subjects, auxiliaries, estimates). */
export const LEADING_FILLER = new Lexicon([
  'toàn huyện',
  'toàn tỉnh',
  'toàn xã',
  'toàn thành phố',
  'toàn đảng bộ',
  'cả huyện',
  'cả tỉnh',
  'huyện',
  'tỉnh',
  'đã',
  'đã được',
  'được',
  'đều',
  'tiếp tục',
  'phấn đấu',
  'có',
  'đạt',
  'thực hiện',
  'là',
  'hiện',
  'hiện có',
  'qua',
  'hiện nay',
  'trên địa bàn',
  'trên địa bàn tỉnh',
  'trên địa bàn huyện',
  'trên địa bàn xã',
  'trên địa bàn thành phố',
  'trên địa bàn thị xã',
]);

/** Words that end the indicator phrase but are not part of it: verbs of stating a figure. */
export const TRAILING_FILLER = new Lexicon([
  'là',
  'được',
  'đạt',
  'đạt được',
  'đạt khoảng',
  'có',
  'chiếm',
  'ở mức',
  'với',
  'gồm',
  'cho',
  'thực hiện',
  'tổng cộng',
  'tổng số',
  'lên',
  'còn',
  'xuống',
  'xuống còn',
  'lên đến',
  'lên tới',
  'tới',
  'đến',
  'của',
  'bằng',
  'trên tổng số',
  'đã',
  'tăng',
  'giảm',
  'vượt',
  'gấp',
  'nâng',
  'nâng lên',
  'hạ',
  'xảy ra',
  'ghi nhận',
  'chiếm tỷ lệ',
  'có thêm',
  'thêm',
  'đạt tỷ lệ',
  'với tỷ lệ',
  'là khoảng',
]);

/** Verbs that take the counted thing as object: "kết nạp 130 đảng viên" → "kết nạp đảng viên". */
export const OBJECT_VERBS = new Lexicon([
  'kết nạp',
  'giải ngân',
  'thành lập',
  'tiếp nhận',
  'giải quyết',
  'tuyển sinh',
  'tuyển',
  'xây dựng',
  'xây mới',
  'sửa chữa',
  'hỗ trợ',
  'cấp',
  'cấp mới',
  'trồng',
  'trồng mới',
  'khám',
  'khám chữa bệnh',
  'điều trị',
  'đào tạo',
  'xử lý',
  'phát hiện',
  'tổ chức',
  'tiêm',
  'vận động',
  'thu',
  'chi',
  'bàn giao',
  'thu hút',
  'thu hồi',
  'huy động',
  'cho vay',
  'tặng',
  'trao',
  'trao tặng',
  'xuất khẩu',
  'nhập khẩu',
  'tiêu thụ',
  'kiểm tra',
  'giám sát',
  'thi hành kỷ luật',
  'kỷ luật',
  'khen thưởng',
  'tiếp',
  'đón',
  'phục vụ',
  'cải tạo',
  'nâng cấp',
  'làm mới',
  'bê tông hóa',
  'nhựa hóa',
  'đăng ký',
  'thẩm định',
  'phê duyệt',
  'ban hành',
  'triển khai',
  'công nhận',
  'chuyển',
  'chuyển sinh hoạt',
  'cấp thẻ',
  'thả',
  'nuôi',
  'xuống giống',
  'gieo sạ',
  'thu hoạch',
  'đưa',
  'tuyên truyền',
  'mở',
  'phát triển',
  'sáp nhập',
  'thông qua',
  'giới thiệu',
  'xét xử',
  'phát hành',
  'tiếp đón',
  'đào tạo nghề',
  'giới thiệu việc làm',
  'kết nạp mới',
]);

/** Target documents: "đạt 85,3% Nghị quyết". The contract names these; anything else is "khác". */
export const TARGET_WORDS = new Lexicon([
  'nghị quyết',
  'kế hoạch',
  'chỉ tiêu',
  'dự toán',
  'mục tiêu',
  'nq',
  'kh',
]);
export const TARGET_ALIASES: Record<string, string> = { nq: 'nghị quyết', kh: 'kế hoạch' };

/** What may follow a target word and still belong to it: "chỉ tiêu tỉnh giao", "kế hoạch năm". */
export const TARGET_QUALIFIERS = new Lexicon([
  'tỉnh',
  'huyện',
  'xã',
  'thành phố',
  'thị xã',
  'trung ương',
  'cấp trên',
  'hđnd',
  'ubnd',
  'giao',
  'đề ra',
  'đặt ra',
  'năm',
  'cả năm',
  'đại hội',
  'nhiệm kỳ',
  'nghị quyết',
  'kế hoạch',
  'dự toán',
  'được giao',
  'hđnd huyện',
  'hđnd tỉnh',
  'đảng bộ',
  'huyện ủy',
  'tỉnh ủy',
]);

/** Earlier periods a change is measured against. */
export const PERIODS = new Lexicon([
  'cùng kỳ',
  'cùng kỳ năm trước',
  'cùng kỳ năm ngoái',
  'cùng kỳ năm',
  'năm trước',
  'năm ngoái',
  'tháng trước',
  'quý trước',
  'kỳ trước',
  'đầu năm',
  'đầu nhiệm kỳ',
  'năm',
  'tháng',
  'quý',
  'kỳ',
]);

/** Prepositions and verbs that end the words describing a counted thing ("15 tiêu chí theo ..."). */
export const DESCRIPTOR_STOPS = new Lexicon([
  'theo',
  'của',
  'tại',
  'trên',
  'trong',
  'với',
  'cho',
  'so',
  'và',
  'là',
  'có',
  'để',
  'từ',
  'đến',
  'ở',
  'thuộc',
  'do',
  'vào',
  'năm',
  'tháng',
  'nhằm',
  'nhưng',
  'mà',
  'khi',
  'nên',
  'thì',
  'bằng',
  'gồm',
  'như',
  'tăng',
  'giảm',
  'đạt',
  'chiếm',
  'vượt',
  'gấp',
  'hơn',
  'ra',
]);

export const ADMIN_LEVELS = new Lexicon([
  'huyện',
  'tỉnh',
  'xã',
  'thành phố',
  'thị xã',
  'thị trấn',
  'phường',
  'quận',
]);

/** Leading words of a whole-year estimate: the indicator then names the whole year. */
export const YEAR_END = new Lexicon(['cuối năm', 'cả năm']);

/** Who did it, at the start of a clause: "Đảng bộ tỉnh đã kết nạp ..." names the subject, not the indicator. */
export const SUBJECTS = new Lexicon([
  'ủy ban',
  'ban thường vụ',
  'thường trực',
  'ban chấp hành',
  'cấp ủy',
  'chính quyền',
  'đảng bộ',
  'huyện ủy',
  'tỉnh ủy',
  'thành ủy',
  'đảng ủy',
  'ubnd',
  'ủy ban nhân dân',
  'hđnd',
  'huyện',
  'tỉnh',
  'xã',
  'toàn',
  'ban',
  'hội',
  'mặt trận',
  'các',
  'ngành',
  'chi bộ',
  'công an',
  'lực lượng',
  'sở',
  'phòng',
  'trung tâm',
  'ngân hàng',
  'thành phố',
  'thị xã',
  'đơn vị',
  'địa phương',
  'cơ quan',
]);

/** A period adverbial opening a clause ("năm 2023", "6 tháng đầu năm"): not part of the indicator. */
export const PERIOD_LEADS = new Lexicon([
  'đến cuối năm',
  'đến hết năm',
  'cuối năm',
  'đầu năm',
  'năm học',
  'niên học',
  'năm',
  'nhiệm kỳ',
  'giai đoạn',
  'quý',
  'tháng',
  'trong năm',
  'trong quý',
  'trong tháng',
]);
