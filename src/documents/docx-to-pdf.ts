// PDF copies of the .docx the app writes, where LibreOffice is installed: `soffice --headless --convert-to
// pdf` in a temporary folder of its own (its own profile too, so conversions can run side by side), with a
// time limit. Where it is not installed, the caller says so and offers the .docx.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Why no PDF came out: LibreOffice is not installed, or it took longer than allowed. */
export class PdfConversionError extends Error {
  override readonly name = 'PdfConversionError';
  constructor(
    readonly code: 'pdf_unavailable' | 'pdf_timeout',
    message: string,
  ) {
    super(message);
  }
}

export interface PdfOptions {
  /** Where to look for soffice (default: this process's environment). */
  env?: NodeJS.ProcessEnv;
  /** Longest a conversion may take, ms (default 60 s; LibreOffice's first start with a new profile is slow). */
  timeoutMs?: number;
}

const NAMES = ['soffice', 'libreoffice'];

/**
 * The path of LibreOffice's soffice on PATH, or null when it is not installed.
 * @example findSoffice({ PATH: '/usr/bin' }) === '/usr/bin/soffice' // where libreoffice-writer is installed
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

function run(command: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL', env }, (error, _out, stderr) => {
      if (!error) resolve();
      else if (error.killed) {
        reject(
          new PdfConversionError(
            'pdf_timeout',
            `LibreOffice không chuyển xong sang PDF trong ${timeoutMs / 1000} giây`,
          ),
        );
      } else reject(new Error(`soffice failed (${error.code}): ${stderr || error.message}`));
    });
  });
}

/**
 * Converts a .docx to PDF with LibreOffice; throws PdfConversionError('pdf_unavailable') where it is missing.
 * @example (await docxToPdf(await renderPartyDocx(doc))).subarray(0, 4).toString() === '%PDF'
 */
export async function docxToPdf(docx: Uint8Array, options: PdfOptions = {}): Promise<Buffer> {
  const env = options.env ?? process.env;
  const soffice = findSoffice(env);
  if (!soffice) {
    throw new PdfConversionError(
      'pdf_unavailable',
      'Máy chủ chưa cài LibreOffice (soffice) nên chưa xuất được PDF; hãy tải bản .docx',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'tiendo-pdf-'));
  try {
    const input = join(dir, 'van-ban.docx');
    await writeFile(input, docx);
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      options.timeoutMs ?? 60_000,
      { ...env, HOME: dir },
    );
    return await readFile(join(dir, 'van-ban.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
