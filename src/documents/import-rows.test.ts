import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnOfHeading, IMPORT_COLUMNS } from './import-columns';
import { importFormatOf, readCsvRows, readImportRows, readXlsxRows } from './import-rows';
import { buildImportTemplateCsv, buildImportTemplateXlsx, IMPORT_EXAMPLES } from './import-template';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('columnOfHeading', () => {
  it('knows a column by its Vietnamese heading with or without diacritics, and by its key', () => {
    expect(columnOfHeading('Mã đơn vị')).toBe('unitCode');
    expect(columnOfHeading('ma don vi')).toBe('unitCode');
    expect(columnOfHeading('indicator_code')).toBe('indicatorCode');
    expect(columnOfHeading('Thực hiện/Ước')).toBe('kind');
    expect(columnOfHeading('Tên cán bộ')).toBeNull();
  });
});

describe('readCsvRows', () => {
  it('reads a ;-separated file with a BOM, numbering rows as a spreadsheet does', () => {
    const csv =
      '\uFEFFLoại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Giá trị\nsố liệu;HU_CAINUOC;TS_TOM;2023;24.937\n\nsố liệu;HU_CAINUOC;TS_SANLUONG;2023;40.945\n';
    expect(readCsvRows(utf8(csv))).toEqual({
      kind: 'ok',
      rows: [
        {
          row: 2,
          cells: {
            record: 'số liệu',
            unitCode: 'HU_CAINUOC',
            indicatorCode: 'TS_TOM',
            period: '2023',
            value: '24.937',
          },
        },
        {
          row: 4,
          cells: {
            record: 'số liệu',
            unitCode: 'HU_CAINUOC',
            indicatorCode: 'TS_SANLUONG',
            period: '2023',
            value: '40.945',
          },
        },
      ],
    });
  });

  it('reads rows shorter than the heading, numbering rows as a spreadsheet shows them even after a two-line note', () => {
    const csv = [
      'Loại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Giá trị;Ghi chú',
      'số liệu;HU_CAINUOC;TS_TOM;2023;24.937;"ước tính,',
      'theo báo cáo quý"',
      'số liệu;HU_CAINUOC;TS_SANLUONG;2023;40.945',
    ].join('\n');
    const stackTraceLimit = Error.stackTraceLimit;
    const read = readCsvRows(utf8(csv));
    expect(read.kind === 'ok' && read.rows.map((r) => [r.row, r.cells.value, r.cells.note])).toEqual([
      [2, '24.937', 'ước tính,\ntheo báo cáo quý'],
      [3, '40.945', undefined],
    ]);
    expect(Error.stackTraceLimit).toBe(stackTraceLimit);
  });

  it('reads a ,-separated file with quoted decimal commas', () => {
    const csv = 'record,unit_code,indicator_code,value\nobservation,HU,BHYT_TYLE,"92,58"\n';
    expect(readCsvRows(utf8(csv))).toEqual({
      kind: 'ok',
      rows: [
        {
          row: 2,
          cells: { record: 'observation', unitCode: 'HU', indicatorCode: 'BHYT_TYLE', value: '92,58' },
        },
      ],
    });
  });

  it('names every unknown and missing column of the heading row', () => {
    expect(readCsvRows(utf8('Mã đơn vị;Tên cán bộ\nHU;An\n'))).toEqual({
      kind: 'invalid',
      problems: [
        { row: 1, field: 'Tên cán bộ', reason: 'cột "Tên cán bộ" không có trong mẫu nhập' },
        { row: 1, field: 'record', reason: 'thiếu cột bắt buộc record' },
        { row: 1, field: 'indicatorCode', reason: 'thiếu cột bắt buộc indicatorCode' },
        { row: 1, field: 'value', reason: 'thiếu cột bắt buộc value' },
      ],
    });
  });

  it('says where a broken quote is instead of throwing', () => {
    const result = readCsvRows(utf8('record,unit_code,indicator_code,value\nobservation,HU,"TS_TOM,1\n'));
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problems[0]?.field).toBe('file');
  });

  it('refuses a CSV saved in the Windows code page at its first row that is not UTF-8, and reads UTF-16', () => {
    // "số liệu;HU;TS_TOM;2023;24.937" as Excel on a Vietnamese Windows saves it (Windows-1258): "ố" is 0xF4 + 0xEC.
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const cp1258 = Uint8Array.from([
      ...ascii('record;unit_code;indicator_code;period;value\ns'),
      0xf4,
      0xec,
      ...ascii(' li\xea\xf2u;HU;TS_TOM;2023;24.937\n'),
    ]);
    expect(readCsvRows(cp1258)).toEqual({
      kind: 'invalid',
      problems: [
        {
          row: 2,
          field: 'file',
          reason:
            'tệp CSV không phải mã hóa UTF-8 (có thể lưu từ Excel bằng "CSV" thường): hãy lưu lại bằng "CSV UTF-8" hoặc gửi tệp .xlsx',
        },
      ],
    });
    const text = 'Loại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Giá trị\nsố liệu;HU;TS_TOM;2023;24.937\n';
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(readCsvRows(utf16)).toEqual({
      kind: 'ok',
      rows: [
        {
          row: 2,
          cells: {
            record: 'số liệu',
            unitCode: 'HU',
            indicatorCode: 'TS_TOM',
            period: '2023',
            value: '24.937',
          },
        },
      ],
    });
  });

  it('calls an empty file empty', () => {
    expect(readCsvRows(utf8(''))).toEqual({
      kind: 'invalid',
      problems: [{ row: 1, field: 'file', reason: 'tệp trống' }],
    });
  });
});

describe('readXlsxRows', () => {
  it('reads numbers as numbers, with the worksheet row number', async () => {
    // The template's target row (29.004 tấn in 2023) under its headings, after a blank row.
    const target = IMPORT_EXAMPLES[0]!;
    expect(target).toMatchObject({ fromYear: 2023, value: 29004 });
    const columns = IMPORT_COLUMNS.filter((c) => target[c.key] !== undefined);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nhập liệu');
    sheet.addRow(columns.map((c) => c.heading));
    sheet.addRow([]);
    sheet.addRow(columns.map((c) => target[c.key]));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readXlsxRows(bytes)).toEqual({ kind: 'ok', rows: [{ row: 3, cells: target }] });
  });

  it('refuses bytes that are not a workbook', async () => {
    const result = await readXlsxRows(utf8('PK not really a zip'));
    expect(result.kind).toBe('invalid');
  });
});

describe('import template', () => {
  it('reads back its own XLSX examples: a target of 29.004 tấn and a figure of 24.937 tấn', async () => {
    const bytes = await buildImportTemplateXlsx({
      units: [{ code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước' }],
      indicators: [{ code: 'TS_TOM', nameVi: 'Sản lượng tôm', measure: 'tấn' }],
    });
    const result = await readImportRows('mau-nhap.xlsx', new Uint8Array(bytes));
    expect(result.kind === 'ok' && result.rows.map((r) => [r.row, r.cells.record, r.cells.value])).toEqual([
      [2, 'chỉ tiêu', 29004],
      [3, 'số liệu', 24937],
    ]);
  });

  it('writes Vietnamese headings and the vi number format on the value column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await buildImportTemplateXlsx({ units: [], indicators: [] })) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Nhập liệu');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Loại dòng',
      'Mã đơn vị',
      'Mã chỉ tiêu',
      'Kỳ báo cáo',
      'Thực hiện/Ước',
      'Năm',
      'Đến năm',
      'Nguồn chỉ tiêu',
      'Giá trị',
      'Văn bản',
      'Ghi chú',
    ]);
    expect(sheet?.getCell('I3').numFmt).toBe('#,##0.###');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Nhập liệu', 'Hướng dẫn', 'Danh mục']);
  });

  it('reads back its own CSV examples', () => {
    const result = readCsvRows(utf8(buildImportTemplateCsv()));
    expect(
      result.kind === 'ok' && result.rows.map((r) => [r.row, r.cells.indicatorCode, r.cells.period ?? null]),
    ).toEqual([
      [2, 'TS_TOM', null],
      [3, 'TS_TOM', '2023-YTD-2023-11-17'],
    ]);
  });
});

describe('importFormatOf', () => {
  it('goes by the name, then by the zip signature', () => {
    expect(importFormatOf('so-lieu.CSV', utf8('a'))).toBe('csv');
    expect(importFormatOf('upload', utf8('PK\u0003\u0004'))).toBe('xlsx');
    expect(importFormatOf('bao-cao.docx', utf8('PK\u0003\u0004'))).toBeNull();
  });
});
