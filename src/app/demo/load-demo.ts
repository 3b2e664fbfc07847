// The Cái Nước demo: the units of the example, the catalog, the district's report read by the extractor
// and stored with its figures, and two demo accounts. Loaded only into an empty database.
import { readFile } from 'node:fs/promises';
import { CAI_NUOC_CATALOG } from '../../core/demo/cai-nuoc-catalog';
import { CAI_NUOC_REPORT, CAI_NUOC_UNITS, withCaiNuocCodes } from '../../core/demo/cai-nuoc-demo';
import type { Indicator, Role, Unit } from '../../core/types';
import type { Actor } from '../../db/audit.repository';
import type { Db } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { extract } from '../../extract/extract';
import { hashPassword } from '../accounts/password';
import { ingestReport } from '../reports/report.service';
import { applyDemoTransition } from './demo-transition';
import { loadDemoVisit } from './demo-visit';

export interface DemoCredential {
  username: string;
  password: string;
  role: Role;
  scope: string;
}

export interface DemoResult {
  loaded: boolean;
  credentials: DemoCredential[];
}

const SYSTEM: Actor = { userId: null };
const REPORT_FILE = new URL(`../../../fixtures/${CAI_NUOC_REPORT.file}`, import.meta.url);

/** Demo passwords are printed at start; TIENDO_DEMO_PASSWORD replaces them on a shared demo machine. */
function demoAccounts(
  units: Map<string, Unit>,
): (DemoCredential & { scopeUnitId: number | null; displayName: string })[] {
  const password = process.env.TIENDO_DEMO_PASSWORD;
  const district = units.get(CAI_NUOC_REPORT.unitCode)!;
  const province = [...units.values()].find((u) => u.id === district.parentId)!;
  return [
    {
      username: 'admin',
      password: password ?? 'demo-admin-2023',
      role: 'admin',
      scope: 'toàn bộ',
      scopeUnitId: null,
      displayName: 'Quản trị viên (demo)',
    },
    {
      username: 'bientap.cainuoc',
      password: password ?? 'demo-editor-2023',
      role: 'editor',
      scope: district.name,
      scopeUnitId: district.id,
      displayName: 'Chuyên viên Huyện ủy Cái Nước (demo)',
    },
    // The province's own staff: it issues the delegation's directives, so only it decides their extensions
    // and confirms their completion (the admin manages the system but issues nothing).
    {
      username: 'bientap.tinhuy',
      password: password ?? 'demo-province-2023',
      role: 'editor',
      scope: province.name,
      scopeUnitId: province.id,
      displayName: 'Chuyên viên Tỉnh ủy Cà Mau (demo)',
    },
    // A leader who reads Cái Nước's figures and visits and changes nothing: the walk of the read-only role.
    {
      username: 'viewer',
      password: password ?? 'demo-viewer-2023',
      role: 'viewer',
      scope: district.name,
      scopeUnitId: district.id,
      displayName: 'Lãnh đạo Huyện ủy Cái Nước (demo, chỉ xem)',
    },
  ];
}

async function createUnits(db: Db): Promise<Map<string, Unit>> {
  const repo = createUnitRepository(db);
  const byCode = new Map<string, Unit>();
  for (const u of CAI_NUOC_UNITS) {
    const parentId = u.parentCode ? byCode.get(u.parentCode)!.id : null;
    byCode.set(u.code, await repo.create({ code: u.code, name: u.name, kind: u.kind, parentId }, SYSTEM));
  }
  return byCode;
}

async function createCatalog(db: Db): Promise<Indicator[]> {
  const repo = createIndicatorRepository(db);
  const byCode = new Map<string, Indicator>();
  for (const { parentCode, ...entry } of CAI_NUOC_CATALOG) {
    const parentId = parentCode ? byCode.get(parentCode)!.id : null;
    byCode.set(entry.code, await repo.create({ ...entry, parentId, synonyms: [...entry.synonyms] }, SYSTEM));
  }
  return [...byCode.values()];
}

async function storeReport(db: Db, text: string, units: Map<string, Unit>, indicators: Indicator[]) {
  const catalog = indicators.map((i) => ({
    code: i.code,
    name: i.nameVi,
    measure: i.measure,
    synonyms: i.synonyms,
  }));
  const { statements } = extract(text, { catalog });
  await ingestReport(
    db,
    {
      unitId: units.get(CAI_NUOC_REPORT.unitCode)!.id,
      period: CAI_NUOC_REPORT.period,
      title: CAI_NUOC_REPORT.title,
      text,
      fileName: CAI_NUOC_REPORT.file,
      statements: withCaiNuocCodes(statements),
    },
    SYSTEM,
  );
}

export interface DemoOptions {
  /** Also save the delegation's visit of 17/11/2023 and its 18 directives (what `npm start` shows). */
  visit?: boolean;
  /** Then apply the 2025 arrangements (NQ 202/2025/QH15, NQ 1655/NQ-UBTVQH15): the world `npm start` shows. */
  transition?: boolean;
}

/**
 * Loads the Cái Nước demo into an empty database; a database that already has units is left alone.
 * @example await loadDemo(db) → { loaded: true, credentials: [{ username: 'admin', … }, { username: 'bientap.cainuoc', … }] }
 */
export async function loadDemo(db: Db, options: DemoOptions = {}): Promise<DemoResult> {
  if ((await createUnitRepository(db).findAll()).length > 0) return { loaded: false, credentials: [] };
  const units = await createUnits(db);
  const indicators = await createCatalog(db);
  const text = await readFile(REPORT_FILE, 'utf8');
  await storeReport(db, text, units, indicators);
  if (options.visit ?? true) await loadDemoVisit(db, text, [...units.values()], SYSTEM);
  if (options.transition ?? true) await applyDemoTransition(db, SYSTEM);
  const users = createUserRepository(db);
  const accounts = demoAccounts(units);
  for (const { password, scope: _scope, ...account } of accounts) {
    await users.create({ ...account, passwordHash: await hashPassword(password) }, SYSTEM);
  }
  return {
    loaded: true,
    credentials: accounts.map(({ username, password, role, scope }) => ({ username, password, role, scope })),
  };
}

/** The lines `tiendo serve --demo` and `tiendo demo` print, so a new user can log in. */
export function describeCredentials(credentials: readonly DemoCredential[]): string {
  return [
    'Tài khoản demo:',
    ...credentials.map((c) => `  ${c.username} / ${c.password}  (${c.role}, phạm vi: ${c.scope})`),
  ].join('\n');
}
