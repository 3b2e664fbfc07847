import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract/extract';
import { columnsOf, rowSentence } from './docx-text';
import { reportText } from './report-text';

function tableOf(rows: string[][]): Table {
  return new Table({
    rows: rows.map(
      (cells) =>
        new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
    ),
  });
}

async function docxOf(...children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const HEADINGS = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Thực hiện đến 17/11/2023', 'Tỷ lệ (%)'];

describe('tables of figures in a .docx report', () => {
  it('states each row of a table of figures as a sentence the extractor reads', async () => {
    const data = await docxOf(
      new Paragraph('Kết quả thực hiện các chỉ tiêu chủ yếu:'),
      tableOf([
        HEADINGS,
        ['I', 'Kinh tế', '', '', '', ''],
        ['1', 'Sản lượng tôm', 'tấn', '29.004', '24.937', '85,98'],
        ['2', 'Tỷ lệ bao phủ bảo hiểm y tế', '%', '95', '92,58', '97,45'],
      ]),
      new Paragraph('Các chỉ tiêu còn lại đạt khá.'),
    );
    const { text, format } = await reportText(data, { filename: 'bao-cao.docx' });
    expect(format).toBe('docx');
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Kết quả thực hiện các chỉ tiêu chủ yếu:',
      'STT – Chỉ tiêu – ĐVT – Kế hoạch năm 2023 – Thực hiện đến 17/11/2023 – Tỷ lệ (%)',
      'I – Kinh tế',
      'Sản lượng tôm: thực hiện 24.937 tấn, đạt 85,98% kế hoạch.',
      'Tỷ lệ bao phủ bảo hiểm y tế: thực hiện 92,58%, đạt 97,45% kế hoạch.',
      'Các chỉ tiêu còn lại đạt khá.',
    ]);
    const figures = extract(text).statements.map((s) => [s.value, s.unit, s.achievement, s.estimate]);
    expect(figures).toEqual([
      [24937, 'tấn', { percent: 85.98, against: 'kế hoạch' }, false],
      [92.58, '%', { percent: 97.45, against: 'kế hoạch' }, false],
    ]);
  });

  it("reads a year-end estimate against the resolution, and leaves a change against last year's column out", () => {
    const columns = columnsOf([
      'Chỉ tiêu',
      'ĐVT',
      'Nghị quyết 2023',
      'So với cùng kỳ (%)',
      'Ước cả năm',
      'Đạt (%)',
    ]);
    expect(columns).toEqual({
      name: 0,
      unit: 1,
      value: 4,
      estimate: true,
      percent: 5,
      against: 'nghị quyết',
    });
    const sentence = rowSentence(['Kết nạp đảng viên', 'đảng viên', '150', '105', '155', '103,33'], columns!);
    expect(sentence).toBe('Kết nạp đảng viên: ước thực hiện 155 đảng viên, đạt 103,33% nghị quyết.');
    expect(extract(sentence!).statements).toMatchObject([
      {
        value: 155,
        unit: 'đảng viên',
        estimate: true,
        achievement: { percent: 103.33, against: 'nghị quyết' },
      },
    ]);
  });

  it('reads a cell written in several runs or over two lines as one phrase, and keeps a line break in a paragraph', async () => {
    const cell = (...runs: TextRun[]) => new TableCell({ children: [new Paragraph({ children: runs })] });
    const data = await docxOf(
      new Table({
        rows: [
          new TableRow({
            children: [
              cell(new TextRun('Chỉ tiêu')),
              cell(new TextRun('ĐVT')),
              cell(new TextRun('Thực hiện'), new TextRun({ text: 'đến 17/11/2023', break: 1 })),
            ],
          }),
          new TableRow({
            children: [
              cell(new TextRun('Sản lượng '), new TextRun({ text: 'tôm', bold: true })),
              cell(new TextRun('tấn')),
              cell(new TextRun('24.937')),
            ],
          }),
        ],
      }),
      new Paragraph({
        children: [new TextRun('Kết nạp 130 đảng viên'), new TextRun({ text: 'Thu ngân sách', break: 1 })],
      }),
    );
    const { text } = await reportText(data, { filename: 'bao-cao.docx' });
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Chỉ tiêu – ĐVT – Thực hiện đến 17/11/2023',
      'Sản lượng tôm: thực hiện 24.937 tấn.',
      'Kết nạp 130 đảng viên',
      'Thu ngân sách',
    ]);
  });

  it('keeps a table without figures as lines of its cells', async () => {
    const data = await docxOf(
      tableOf([
        ['Họ và tên', 'Chức vụ'],
        ['Phạm Thành Ngại', 'Phó Bí thư Thường trực Tỉnh ủy'],
      ]),
      new Paragraph('Sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết.'),
    );
    const { text } = await reportText(data, { filename: 'bao-cao.docx' });
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Họ và tên – Chức vụ',
      'Phạm Thành Ngại – Phó Bí thư Thường trực Tỉnh ủy',
      'Sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết.',
    ]);
    expect(columnsOf(['Họ và tên', 'Chức vụ'])).toBeNull();
  });
});
