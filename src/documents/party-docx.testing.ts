// Test helpers for documents: open a .docx as its XML runs and its text lines.
import JSZip from 'jszip';
import mammoth from 'mammoth';

export const TINH_UY_HEADER = {
  parentBody: null,
  issuingBody: 'TỈNH ỦY CÀ MAU',
  number: '12-BC/TU',
  place: 'Cà Mau',
  date: '2023-11-17',
};

export const SIGNATURE = { capacity: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Phạm Thành Ngại' };

/** The provincial working visit of 17/11/2023 to Cái Nước, as a briefing pack names it. */
export const CAI_NUOC_VISIT = {
  date: '2023-11-17',
  leaderName: 'Phạm Thành Ngại',
  leaderTitle: 'Phó Bí thư Thường trực Tỉnh ủy',
  hostNames: ['Ban Thường vụ Huyện ủy Cái Nước', 'Đảng ủy xã Trần Thới'],
  topicNames: ['Xây dựng Đảng và hệ thống chính trị', 'Tài chính đảng'],
};

/** The first lines of the demo visit's briefing pack numbered 12-BC/TU on 10/11/2023, in .docx or .pdf. */
export const DEMO_BRIEF_HEADER_LINES = [
  'TỈNH ỦY CÀ MAU',
  '*',
  'Số 12-BC/TU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Cà Mau, ngày 10 tháng 11 năm 2023',
  'BÁO CÁO',
];

/** The document's XML and the run properties of the first run holding `text`. */
export async function openDocx(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const runs = [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>(.*?)<\/w:t><\/w:r>/g)].map(
    (m) => ({
      props: m[1] ?? '',
      text: m[2]!,
    }),
  );
  const text = (await mammoth.extractRawText({ buffer: bytes })).value;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return { xml, styles, runs, lines, runFor: (t: string) => runs.find((r) => r.text === t) };
}
