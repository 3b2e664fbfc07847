// The real server in-process for browser tests and the bench: a fresh embedded database, migrations,
// the Cái Nước demo, a commune editor, and the built web app, on a random loopback port.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from '../../src/app/accounts/password';
import { loadDemo } from '../../src/app/demo/load-demo';
import { MEMORY, migrate, openDatabase } from '../../src/db/database';
import { createUnitRepository } from '../../src/db/unit.repository';
import { createUserRepository } from '../../src/db/user.repository';
import { buildApp } from '../../src/server/app';
import { REPO, WEB_ROOT } from './web-build';

export interface Account {
  username: string;
  password: string;
  displayName: string;
}

export interface RunningServer {
  url: string;
  admin: Account;
  editor: Account;
  /** The demo's editor of Huyện ủy Cái Nước. */
  districtEditor: Account;
  /** The demo's read-only account over Huyện ủy Cái Nước. */
  viewer: Account;
  /** Unit ids by demo code. */
  units: Record<'HU_CAINUOC' | 'DU_TRANTHOI' | 'DU_TANHUNGDONG', number> & { DU_XA_CAINUOC?: number };
  reportText: string;
  close(): Promise<void>;
}

/**
 * The browser tests save the visit themselves, from the article, as a specialist would; in the 2023 world,
 * or with `transition` in the world after 1/7/2025 that `npm start` shows (the demo's arrangements applied).
 */
export async function startServer({ transition = false } = {}): Promise<RunningServer> {
  const { db, close } = await openDatabase({ dataDir: MEMORY });
  await migrate(db);
  const demo = await loadDemo(db, { visit: false, transition });
  const admin = demo.credentials.find((c) => c.role === 'admin');
  const district = demo.credentials.find((c) => c.username === 'bientap.cainuoc');
  const viewer = demo.credentials.find((c) => c.role === 'viewer');
  if (!admin || !district || !viewer) throw new Error('the demo created no admin, district editor or viewer');
  const unitRepo = createUnitRepository(db);
  const code = async (c: string) => {
    const unit = await unitRepo.findByCode(c);
    if (!unit) throw new Error(`demo has no unit ${c}`);
    return unit.id;
  };
  const units = {
    HU_CAINUOC: await code('HU_CAINUOC'),
    DU_TRANTHOI: await code('DU_TRANTHOI'),
    DU_TANHUNGDONG: await code('DU_TANHUNGDONG'),
    ...(transition ? { DU_XA_CAINUOC: await code('DU_XA_CAINUOC') } : {}),
  };
  const editor: Account = {
    username: 'bientap.tranthoi',
    password: 'TranThoi#2023',
    displayName: 'Cán bộ xã Trần Thới',
  };
  await createUserRepository(db).create(
    {
      username: editor.username,
      displayName: editor.displayName,
      passwordHash: await hashPassword(editor.password),
      role: 'editor',
      scopeUnitId: units.DU_TRANTHOI,
    },
    { userId: null },
  );
  const config = {
    port: 0,
    host: '127.0.0.1',
    dataDir: MEMORY,
    databaseUrl: null,
    secureCookies: false,
    loginRateLimit: 100,
    logLevel: 'warn' as const,
  };
  const app = await buildApp({ db, config, webRoot: WEB_ROOT });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    admin: { username: admin.username, password: admin.password, displayName: 'Quản trị viên (demo)' },
    editor,
    districtEditor: {
      username: district.username,
      password: district.password,
      displayName: 'Chuyên viên Huyện ủy Cái Nước (demo)',
    },
    viewer: {
      username: viewer.username,
      password: viewer.password,
      displayName: 'Lãnh đạo Huyện ủy Cái Nước (demo, chỉ xem)',
    },
    units,
    reportText: readFileSync(join(REPO, 'fixtures/cai-nuoc-2023-11-17.txt'), 'utf8'),
    async close() {
      await app.close();
      await close();
    },
  };
}
