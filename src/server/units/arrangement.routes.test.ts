// POST /api/units/arrangements: only an administrator of everything; a bad file is a 422 listing its
// rows and writes nothing; ?dryRun=true previews; the NQ 1655 fixture applies once.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  arrangementFootprint,
  BAD_ARRANGEMENTS,
  refusalMessage,
  seedBadArrangementUnits,
} from '../../app/units/arrangement.testing';
import { buildUnit } from '../../db/factories';
import type { OpenTestDatabase } from '../../db/testing';
import { testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { type Client, login, multipartFile, startTestApp } from '../testing';

const fixture = readFileSync('fixtures/arrangements/1655-cai-nuoc.csv');

describe.each(testDatabases())('POST /api/units/arrangements on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let app: FastifyInstance;
  let admin: Client;

  // Applying the file creates units: each test starts from a database of its own.
  beforeEach(async () => {
    const started = await startTestApp(open, ['admin']);
    ({ database, app } = started);
    [admin] = started.clients;
    // The test seed holds thị trấn Cái Nước, Trần Thới and Tân Hưng Đông; the fixture also names these two.
    const units = createUnitRepository(database.db);
    const by = { userId: null };
    await units.create(
      buildUnit({
        code: 'TU_CAMAU_MOI',
        name: 'Đảng bộ tỉnh Cà Mau',
        kind: 'province_party',
        validFrom: '2025-07-01',
      }),
      by,
    );
    await units.create(
      buildUnit({ code: 'DU_DONGTHOI', name: 'Đảng ủy xã Đông Thới', kind: 'commune_party' }),
      by,
    );
    await seedBadArrangementUnits(units);
    return started.close;
  });

  const upload = (client: Client, content: Buffer | string, query = '') =>
    client.request({
      method: 'POST',
      url: `/api/units/arrangements${query}`,
      ...multipartFile('pa.csv', content),
    });

  it('refuses an administrator scoped to a district with 403', async () => {
    const response = await upload(await login(app, 'qt.cainuoc'), fixture, '?dryRun=true');
    expect([response.statusCode, response.json().error]).toEqual([403, 'forbidden']);
  });

  it('answers a bad file with 422 naming row and column, and writes nothing', async () => {
    const response = await upload(
      admin,
      'successor_code;predecessor_code;scope\nDU_XA_CAINUOC;DU_TRANTHOI;nửa\n',
      '?effectiveOn=2025-07-01',
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().rows).toEqual([
      {
        row: 2,
        field: 'Phạm vi',
        reason: '"nửa" không hợp lệ; cần whole/part/dissolve (toàn bộ/một phần/giải thể)',
      },
    ]);
    expect(await createUnitRepository(database.db).findByCode('DU_XA_CAINUOC')).toBeNull();
  });

  it.each(BAD_ARRANGEMENTS)(
    'answers a file with a $name with 422 naming row and column, writing nothing',
    async ({ csv, rows }) => {
      const before = await arrangementFootprint(database.db);
      const response = await upload(admin, csv);
      expect([response.statusCode, response.json()]).toEqual([
        422,
        { error: 'invalid_rows', message: refusalMessage(rows), rows },
      ]);
      expect(await arrangementFootprint(database.db)).toEqual(before);
    },
  );

  it('serves a template whose example previews as the NQ 1655 fixture does', async () => {
    const template = await admin.request({ method: 'GET', url: '/api/units/arrangements/template.csv' });
    expect([template.statusCode, template.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(template.body.split('\n')[0]).toBe(
      '\uFEFFMã đơn vị mới;Tên đơn vị mới;Loại đơn vị mới;Mã đơn vị cấp trên;Mã đơn vị cũ;Phạm vi;Tỷ lệ;Dân số;Diện tích;Ngày hiệu lực;Văn bản;Đơn vị nhận nhiệm vụ',
    );
    const fromTemplate = (await upload(admin, template.body, '?dryRun=true')).json();
    const fromFixture = (await upload(admin, fixture, '?dryRun=true')).json();
    expect(fromTemplate).toEqual(fromFixture);
  });

  it('previews with dryRun=true, then applies once', async () => {
    const preview = await upload(admin, fixture, '?dryRun=true');
    expect([preview.statusCode, preview.json().applied, preview.json().links.length]).toEqual([
      200,
      false,
      4,
    ]);
    // What the preview says beyond units and links reaches the client, not stripped by the answer schema.
    const { inheritedFigures, endingAccounts, directiveMoves, dissolutions } = preview.json();
    expect(
      inheritedFigures.map((f: { predecessorCode: string; inherited: boolean }) => [
        f.predecessorCode,
        f.inherited,
      ]),
    ).toEqual([
      ['DU_TTCAINUOC', true],
      ['DU_TRANTHOI', true],
      ['DU_DONGTHOI', false],
      ['DU_TANHUNGDONG', false],
    ]);
    expect(endingAccounts).toEqual([
      { username: 'nl.tranthoi', displayName: 'nl.tranthoi', scopeCode: 'DU_TRANTHOI' },
    ]);
    expect([directiveMoves, dissolutions]).toEqual([[], []]);
    expect(await createUnitRepository(database.db).findByCode('DU_XA_CAINUOC')).toBeNull();
    const applied = await upload(admin, fixture);
    expect([applied.statusCode, applied.json().applied, applied.json().endingUnits.length]).toEqual([
      200,
      true,
      4,
    ]);
    const again = await upload(admin, fixture);
    expect([again.json().applied, again.json().alreadyApplied]).toEqual([false, true]);
  });
});
