// Bulk import of targets and figures from a CSV or XLSX file, and its templates.
import { z } from 'zod';
import { answers, download, uploadBody, XLSX_TYPE } from './common.schema';

export const ImportBodySchema = uploadBody('Tệp .csv hoặc .xlsx theo mẫu nhập liệu (tối đa 20 MB)');

export const ImportAnswer = z.object({
  targets: z.number().int().describe('Số chỉ tiêu giao đã ghi'),
  observations: z.number().int().describe('Số số liệu đã ghi'),
});

/** One bad row of an import file (row 1 is the heading), listed in the 422 `invalid_rows` answer. */
export const ImportRowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  reason: z.string(),
});

export const importAnswers = {
  file: answers({ 200: ImportAnswer }),
  xlsxTemplate: answers({ 200: download(XLSX_TYPE, 'Mẫu nhập liệu .xlsx, kèm danh mục đơn vị và chỉ tiêu') }),
  csvTemplate: answers({ 200: download('text/csv; charset=utf-8', 'Mẫu nhập liệu .csv') }),
};
