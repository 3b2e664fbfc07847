// API test kit: a real migrated database (no mocks), the Cái Nước units, a small catalog, one user per
// role and scope, and sessions to make requests with.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll } from 'vitest';
import { hashPassword } from '../app/accounts/password';
import type { Indicator, Unit, User } from '../core/types';
import { buildIndicator, buildUnit } from '../db/factories';
import { createIndicatorRepository } from '../db/indicator.repository';
import type { OpenTestDatabase } from '../db/testing';
import { createUnitRepository } from '../db/unit.repository';
import { createUserRepository } from '../db/user.repository';
import { buildApp } from './app';
import { testConfig } from './config';
import type { Client, Seed } from './testing.types';

export {
  caiNuocVisit,
  multipartFile,
  planCaiNuocVisit,
  post,
  provinceDirective,
  shrimpTarget,
} from './requests.testing';
export type { Client, Seed } from './testing.types';

export const PASSWORD = 'mat-khau-thu-nghiem';
const system = { userId: null };

async function seedUnits(db: OpenTestDatabase['db']): Promise<Seed['units']> {
  const units = createUnitRepository(db);
  const province = await units.create(
    buildUnit({ code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau', kind: 'province_party' }),
    system,
  );
  const child = (code: string, name: string, parentId: number, kind: Unit['kind'] = 'commune_party') =>
    units.create(buildUnit({ code, name, kind, parentId }), system);
  const district = await child('HU_CAINUOC', 'Huyện ủy Cái Nước', province.id, 'district_party');
  const otherDistrict = await child('HU_DAMDOI', 'Huyện ủy Đầm Dơi', province.id, 'district_party');
  return {
    province,
    district,
    otherDistrict,
    tranThoi: await child('DU_TRANTHOI', 'Đảng ủy xã Trần Thới', district.id),
    tanHungDong: await child('DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông', district.id),
    thiTran: await child('DU_TTCAINUOC', 'Đảng ủy thị trấn Cái Nước', district.id),
  };
}

async function seedIndicators(db: OpenTestDatabase['db']): Promise<Seed['indicators']> {
  const indicators = createIndicatorRepository(db);
  const indicator = (overrides: Partial<Indicator>) => indicators.create(buildIndicator(overrides), system);
  const thuySan = await indicator({ code: 'TS_SANLUONG', nameVi: 'Tổng sản lượng thủy sản', synonyms: [] });
  const tom = await indicator({ parentId: thuySan.id });
  const bhyt = await indicator({
    code: 'BHYT_TYLE',
    nameVi: 'Tỷ lệ bao phủ bảo hiểm y tế',
    measure: '%',
    nature: 'stock',
    aggregation: { kind: 'none' },
    decimals: 2,
    minValue: 0,
    maxValue: 100,
    synonyms: [],
  });
  return { tom, thuySan, bhyt };
}

async function seedUsers(db: OpenTestDatabase['db'], units: Seed['units']): Promise<Seed['users']> {
  const users = createUserRepository(db);
  const passwordHash = await hashPassword(PASSWORD);
  const user = (username: string, role: User['role'], scopeUnitId: number | null) =>
    users.create({ username, displayName: username, passwordHash, role, scopeUnitId }, system);
  return {
    admin: await user('admin', 'admin', null),
    districtAdmin: await user('qt.cainuoc', 'admin', units.district.id),
    districtEditor: await user('nl.cainuoc', 'editor', units.district.id),
    communeEditor: await user('nl.tranthoi', 'editor', units.tranThoi.id),
    viewer: await user('xem.cainuoc', 'viewer', units.district.id),
  };
}

export async function seed(db: OpenTestDatabase['db']): Promise<Seed> {
  const units = await seedUnits(db);
  return { units, indicators: await seedIndicators(db), users: await seedUsers(db, units) };
}

/**
 * Reads until the scorecard served is the recomputed one: a write makes the next read stale, not slow
 * (the reader gets the last version at once while one recompute runs).
 */
export async function freshRead(client: Client, request: InjectOptions): Promise<LightMyRequestResponse> {
  for (let attempt = 0; ; attempt++) {
    const response = await client.request(request);
    if (response.headers['x-scorecard-stale'] !== 'true' || attempt > 200) return response;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Logs in through the API, as the web app does. */
export async function login(app: FastifyInstance, username: string, password = PASSWORD): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'tiendo_session');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const header = `tiendo_session=${cookie?.value ?? ''}`;
  return {
    cookie: header,
    csrfToken,
    request: (options) =>
      app.inject({ ...options, headers: { cookie: header, 'x-csrf-token': csrfToken, ...options.headers } }),
  };
}

/** Editors beyond the seed's, each scoped to a unit: the province and another district for visit tests. */
export async function addEditors(
  db: OpenTestDatabase['db'],
  editors: ReadonlyArray<readonly [username: string, unit: Unit]>,
): Promise<void> {
  const users = createUserRepository(db);
  const passwordHash = await hashPassword(PASSWORD);
  for (const [username, unit] of editors) {
    await users.create(
      { username, displayName: username, passwordHash, role: 'editor', scopeUnitId: unit.id },
      system,
    );
  }
}

/** An app over a fresh database with the seed. */
export async function openTestApp(database: OpenTestDatabase, loginRateLimit = 1000) {
  const app = await buildApp({ db: database.db, config: testConfig({ loginRateLimit }) });
  const data = await seed(database.db);
  return { app, seed: data };
}

export interface StartedTestApp<U extends readonly string[]> {
  database: OpenTestDatabase;
  app: FastifyInstance;
  seed: Seed;
  /** A session for each user named, in the order named. */
  clients: { [K in keyof U]: Client };
  /** Closes the app, then its database: what a test file's beforeAll returns as its teardown. */
  close(): Promise<void>;
}

/**
 * A test file's API: a fresh database and app with the seed, the editors of the province (nl.tinhuy) and of
 * Đầm Dơi (nl.damdoi) when `visitEditors` asks for them, and a logged-in session for each user named.
 */
export async function startTestApp<const U extends readonly string[]>(
  open: () => Promise<OpenTestDatabase>,
  usernames: U,
  options: { loginRateLimit?: number; visitEditors?: boolean } = {},
): Promise<StartedTestApp<U>> {
  const database = await open();
  const { app, seed } = await openTestApp(database, options.loginRateLimit);
  if (options.visitEditors) {
    await addEditors(database.db, [
      ['nl.tinhuy', seed.units.province],
      ['nl.damdoi', seed.units.otherDistrict],
    ]);
  }
  // Promise.all over a mapped tuple loses its length; each name gives exactly one session.
  const clients = (await Promise.all(usernames.map((username) => login(app, username)))) as {
    [K in keyof U]: Client;
  };
  const close = async () => {
    await app.close();
    await database.close();
  };
  return { database, app, seed, clients, close };
}

export interface TestApp<U extends readonly string[]> {
  /** Stand-ins for the sessions of the users named, in the order named. */
  clients: { [K in keyof U]: Client };
  /** A stand-in for the seed: its units, indicators and users. */
  seed: Seed;
  /** A stand-in for the database, for the repositories a test arranges data with. */
  database: { readonly db: OpenTestDatabase['db'] };
  /** The app itself, inside tests and later hooks only. */
  readonly app: FastifyInstance;
  /** A new session on the app, for a user not named or a second browser. */
  loginAs(username: string, password?: string): Promise<Client>;
}

/**
 * A describe block's API: `startTestApp` in a beforeAll, closed after the block. The app starts only when the
 * block runs, so what this returns reads through to it: the block can name its clients and seed up front.
 * @example const testApp = useTestApp(open, ['admin', 'nl.cainuoc']); const [admin, editor] = testApp.clients;
 */
export function useTestApp<const U extends readonly string[]>(
  open: () => Promise<OpenTestDatabase>,
  usernames: U,
  options: { loginRateLimit?: number; visitEditors?: boolean; timeout?: number } = {},
): TestApp<U> {
  let started: StartedTestApp<U> | undefined;
  beforeAll(async () => {
    started = await startTestApp(open, usernames, options);
    return started.close;
  }, options.timeout);
  const current = () => {
    if (!started) throw new Error('useTestApp: the app starts in beforeAll; read it inside a test or hook');
    return started;
  };
  const session = (index: number): Client => {
    // One client per name: the index is always in the tuple.
    const real = () => current().clients[index] as Client;
    return {
      get cookie() {
        return real().cookie;
      },
      get csrfToken() {
        return real().csrfToken;
      },
      request: (request) => real().request(request),
    };
  };
  return {
    clients: usernames.map((_, index) => session(index)) as { [K in keyof U]: Client },
    seed: {
      get units() {
        return current().seed.units;
      },
      get indicators() {
        return current().seed.indicators;
      },
      get users() {
        return current().seed.users;
      },
    },
    database: {
      get db() {
        return current().database.db;
      },
    },
    get app() {
      return current().app;
    },
    loginAs: (username, password) => login(current().app, username, password),
  };
}
