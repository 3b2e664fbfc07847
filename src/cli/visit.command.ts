// `tiendo visit list | from-text | brief`: the working visits from the command line — those a unit hosted
// or organised, a draft visit read from an article (no database needed), and its documents as .docx/.pdf.
import { readFile, writeFile } from 'node:fs/promises';
import { createApplication } from '../app/application';
import { findUnit } from '../core/unit-lookup';
import { formatDate } from '../core/vi/format';
import { draftVisitFromText, type VisitDraft } from '../core/visit/draft-visit';
import { findTopic } from '../core/visit/topic-catalog';
import { VISIT_STATUS_WORDS } from '../core/visit/visit-words';
import { createUnitRepository } from '../db/unit.repository';
import { docxToPdf, PdfConversionError } from '../documents/docx-to-pdf';
import { renderPartyDocx } from '../documents/party-docx';
import { extract } from '../extract/extract';
import { badDate, parseArgs, refusal, subcommand } from './cli-args';
import { withDatabase } from './cli-database';
import { cliReader } from './cli-operator';

const USAGE = [
  'Cách dùng:',
  '  tiendo visit list [--unit MÃ]                  các đoàn công tác đơn vị đã tổ chức hoặc làm việc',
  '  tiendo visit from-text TỆP [--json]            dự thảo đoàn công tác đọc từ bài viết, biên bản',
  '  tiendo visit brief ID --out TỆP.docx|TỆP.pdf  tài liệu phục vụ đoàn công tác',
  '      [--news] (thông báo kết quả thay cho tài liệu) [--number 12-BC/TU] [--place "Cà Mau"] [--date YYYY-MM-DD]',
].join('\n');

const refuse = refusal('visit', USAGE);

async function list(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseArgs(args, [], ['--unit']);
  if (typeof parsed === 'string') return refuse(parsed);
  if (parsed.positional.length > 0) return refuse(`không hiểu "${parsed.positional[0]}"`);
  return withDatabase(async (db) => {
    const units = createUnitRepository(db);
    const all = await units.findAll();
    const query = parsed.values['--unit'];
    const unit = query === undefined ? null : findUnit(all, query);
    const visits = await createApplication(db).visits.list(cliReader(unit?.id ?? null), {});
    const nameOf = new Map(all.map((u) => [u.id, u.name]));
    if (visits.length === 0) {
      console.log(unit ? `${unit.name} chưa có đoàn công tác nào.` : 'Chưa có đoàn công tác nào.');
      return 0;
    }
    for (const v of visits) {
      const hosts = v.hostUnitIds.map((id) => nameOf.get(id) ?? `#${id}`).join('; ');
      console.log(
        `${v.id}  ${formatDate(v.date)}  ${v.leader.name}, ${v.leader.title} làm việc với ${hosts} (${VISIT_STATUS_WORDS.vi[v.status].toLocaleLowerCase('vi')})`,
      );
    }
    return 0;
  }, env);
}

function draftLines(draft: VisitDraft, figures: number): string[] {
  return [
    `Ngày: ${draft.date ? formatDate(draft.date) : '?'}`,
    `Trưởng đoàn: ${draft.leader ? `${draft.leader.name}, ${draft.leader.title}` : '?'}`,
    `Đơn vị tổ chức: ${draft.organiserName ?? '?'}`,
    ...(draft.members.length > 0 ? [`Thành viên: ${draft.members.join('; ')}`] : []),
    `Làm việc với (${draft.hostNames.length}): ${draft.hostNames.join('; ')}`,
    `Nội dung làm việc (${draft.topicCodes.length}):`,
    ...draft.topicCodes.map((c) => `  - ${findTopic(c)?.nameVi ?? c}`),
    `Kết luận, chỉ đạo (${draft.directives.length}):`,
    ...draft.directives.map((d, i) => `  ${i + 1}. ${d.addressee ? `[${d.addressee}] ` : ''}${d.text}`),
    `Số liệu đọc được: ${figures} (xem bằng tiendo extract)`,
    ...draft.warnings.map((w) => `Cảnh báo: ${w}`),
  ];
}

async function fromText(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['--json'], []);
  if (typeof parsed === 'string') return refuse(parsed);
  if (parsed.positional.length !== 1) return refuse('cần đúng một tệp văn bản (.txt, UTF-8)');
  const file = parsed.positional[0]!;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return refuse(`không đọc được tệp ${file} (${(error as NodeJS.ErrnoException).code ?? 'lỗi'})`);
  }
  if (text.trim() === '') return refuse(`tệp ${file} rỗng`);
  const draft = draftVisitFromText(text);
  const { statements, checks } = extract(text);
  console.log(
    parsed.flags.has('--json')
      ? JSON.stringify({ draft, statements, checks }, null, 2)
      : draftLines(draft, statements.length).join('\n'),
  );
  return 0;
}

async function brief(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseArgs(args, ['--news'], ['--out', '--number', '--place', '--date']);
  if (typeof parsed === 'string') return refuse(parsed);
  const [idText, ...extra] = parsed.positional;
  if (idText === undefined || extra.length > 0 || !/^[1-9]\d*$/.test(idText)) {
    return refuse('cần đúng một mã số (id) đoàn công tác, ví dụ: tiendo visit brief 1 --out tai-lieu.docx');
  }
  const out = parsed.values['--out'];
  const format = out?.toLowerCase().match(/\.(docx|pdf)$/)?.[1];
  if (!out || !format) return refuse('--out phải là tệp .docx hoặc .pdf');
  const dateProblem = badDate(parsed.values, '--date');
  if (dateProblem) return refuse(dateProblem);
  const news = parsed.flags.has('--news');
  return withDatabase(async (db) => {
    const id = Number.parseInt(idText, 10);
    const application = createApplication(db);
    const visit = await application.visits.get(cliReader(), id);
    const documents = application.visitDocuments;
    const today = parsed.values['--date'] ?? new Date().toISOString().slice(0, 10);
    const header = {
      number: parsed.values['--number'] ?? (news ? '…-TB/TU' : '…-BC/TU'),
      place: parsed.values['--place'] ?? 'Cà Mau',
      date: parsed.values['--date'],
    };
    const doc = news
      ? await documents.briefDocument(visit, header, today)
      : await documents.briefingPack(visit, header, today);
    const docx = await renderPartyDocx(doc);
    try {
      await writeFile(out, format === 'pdf' ? await docxToPdf(docx) : docx);
    } catch (error) {
      if (error instanceof PdfConversionError) {
        console.error(`tiendo visit: ${error.message}`);
        return 2;
      }
      throw error;
    }
    const what = news ? 'Thông báo kết quả' : 'Tài liệu phục vụ';
    console.log(`Đã ghi ${what} đoàn công tác ngày ${formatDate(visit.date)}: ${out}`);
    return 0;
  }, env);
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return subcommand(
    args,
    { list: (rest) => list(rest, env), 'from-text': fromText, brief: (rest) => brief(rest, env) },
    refuse,
  );
}
