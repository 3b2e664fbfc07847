// Issue 16's input defects, each refused or kept at the schema: a partial PATCH changes only what is sent, an
// empty PATCH is 400 (not "No values to set"), impossible dates and ids above int4 are 400 naming the field,
// and texts are bounded. Each answered 500 or lost data before the contract.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../db/testing';
import { caiNuocVisit, multipartFile, post, provinceDirective, shrimpTarget, useTestApp } from './testing';

describe.each(testDatabases())('bad input and partial changes on $name', ({ open }) => {
  const testApp = useTestApp(open, ['admin', 'nl.tinhuy'], { visitEditors: true });
  const { seed } = testApp;
  const [admin, province] = testApp.clients;

  const refusal = (field: string, reason: string) => ({
    error: 'invalid_input',
    field,
    message: `${field}: ${reason}`,
  });

  it('changes only the text of a directive: deadline, coordinators and indicators stay', async () => {
    const text = 'Tập trung chỉ đạo nâng tỷ lệ bao phủ bảo hiểm y tế đạt chỉ tiêu Nghị quyết';
    const directive = provinceDirective(seed.units, text, {
      coordinatingUnitIds: [seed.units.tranThoi.id],
      deadline: '2024-03-31',
      indicatorIds: [seed.indicators.bhyt.id],
    });
    const created = await post(province, '/api/directives', { directives: [directive] });
    expect(created.statusCode).toBe(201);
    const id = created.json().directives[0].id;
    const patched = await province.request({
      method: 'PATCH',
      url: `/api/directives/${id}`,
      payload: { text: 'Nâng tỷ lệ bao phủ bảo hiểm y tế lên 95,5% trong năm 2024' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().directive).toMatchObject({
      text: 'Nâng tỷ lệ bao phủ bảo hiểm y tế lên 95,5% trong năm 2024',
      deadline: '2024-03-31',
      coordinatingUnitIds: [seed.units.tranThoi.id],
      indicatorIds: [seed.indicators.bhyt.id],
    });
  });

  it('changes only the date of a visit: status, minutes and members stay', async () => {
    const visit = caiNuocVisit(seed.units, {
      members: ['Lâm Văn Bi', 'Lê Minh Vương'],
      hostUnitIds: [seed.units.district.id],
      status: 'held',
      minutes: 'Đoàn làm việc với Ban Thường vụ Huyện ủy Cái Nước',
    });
    const created = await post(province, '/api/visits', visit);
    expect(created.statusCode).toBe(201);
    const id = created.json().visit.id;
    const patched = await province.request({
      method: 'PATCH',
      url: `/api/visits/${id}`,
      payload: { date: '2023-11-18' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().visit).toMatchObject({
      date: '2023-11-18',
      status: 'held',
      minutes: 'Đoàn làm việc với Ban Thường vụ Huyện ủy Cái Nước',
      members: ['Lâm Văn Bi', 'Lê Minh Vương'],
    });
  });

  it('refuses an empty PATCH of units, indicators, targets and users with 400, changing nothing', async () => {
    const target = await admin.request({
      method: 'POST',
      url: '/api/targets',
      payload: shrimpTarget(seed),
    });
    const urls = [
      `/api/units/${seed.units.district.id}`,
      `/api/indicators/${seed.indicators.tom.id}`,
      `/api/targets/${target.json().target.id}`,
      `/api/users/${seed.users.viewer.id}`,
    ];
    for (const url of urls) {
      const response = await admin.request({ method: 'PATCH', url, payload: {} });
      expect({ url, status: response.statusCode, body: response.json() }).toEqual({
        url,
        status: 400,
        body: { ...refusal('body', 'cần gửi ít nhất một trường để sửa'), issues: expect.any(Array) },
      });
    }
  });

  it('refuses dates the calendar does not have, naming the field', async () => {
    const unit = await admin.request({
      method: 'POST',
      url: '/api/units',
      payload: { code: 'DU_MOI', name: 'Đảng ủy xã Mới', kind: 'commune_party', validFrom: '2023-02-30' },
    });
    expect(unit.statusCode).toBe(400);
    expect(unit.json()).toMatchObject(refusal('body.validFrom', 'không phải ngày có thật trên lịch'));
    const unitPatch = await admin.request({
      method: 'PATCH',
      url: `/api/units/${seed.units.district.id}`,
      payload: { validTo: '2023-04-31' },
    });
    expect(unitPatch.statusCode).toBe(400);
    expect(unitPatch.json()).toMatchObject(refusal('body.validTo', 'không phải ngày có thật trên lịch'));
    const list = await province.request({ method: 'GET', url: '/api/directives?asOf=2023-02-29' });
    expect(list.statusCode).toBe(400);
    expect(list.json()).toMatchObject(refusal('query.asOf', 'không phải ngày có thật trên lịch'));
    const leap = await province.request({ method: 'GET', url: '/api/directives?asOf=2024-02-29' });
    expect(leap.statusCode).toBe(200);
    expect(leap.json().asOf).toBe('2024-02-29');
  });

  it('refuses ids above the database integer range in paths and bodies with 400', async () => {
    const path = await admin.request({ method: 'GET', url: '/api/units/2147483648' });
    expect(path.statusCode).toBe(400);
    expect(path.json()).toMatchObject(refusal('params.id', 'vượt quá giới hạn 2147483647'));
    const largest = await admin.request({ method: 'GET', url: '/api/units/2147483647' });
    expect(largest.statusCode).toBe(404);
    const body = await admin.request({
      method: 'POST',
      url: '/api/targets',
      payload: {
        unitId: 2147483648,
        indicatorId: seed.indicators.tom.id,
        fromYear: 2023,
        value: 1,
        source: 'plan',
      },
    });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject(refusal('body.unitId', 'vượt quá giới hạn 2147483647'));
    const nested = await admin.request({
      method: 'GET',
      url: '/api/directives/1/evidence/9999999999',
    });
    expect(nested.json()).toMatchObject(refusal('params.evidenceId', 'vượt quá giới hạn 2147483647'));
  });

  it('bounds a directive text at 20 000 characters and a leader name at 300', async () => {
    const directive = provinceDirective(seed.units, 'Đ'.repeat(20_001));
    const long = await post(province, '/api/directives', { directives: [directive] });
    expect(long.statusCode).toBe(400);
    expect(long.json().field).toBe('body.directives.0.text');
    expect(long.json().message).toBe('body.directives.0.text: Quá lớn: mong đợi string có <=20000 ký tự');
    const atLimit = await post(province, '/api/directives', {
      directives: [{ ...directive, text: 'Đ'.repeat(20_000) }],
    });
    expect(atLimit.statusCode).toBe(201);
    const visit = await post(
      province,
      '/api/visits',
      caiNuocVisit(seed.units, {
        leader: { name: 'N'.repeat(301), title: 'Phó Bí thư Tỉnh ủy' },
        hostUnitIds: [seed.units.district.id],
      }),
    );
    expect(visit.statusCode).toBe(400);
    expect(visit.json().field).toBe('body.leader.name');
  });

  it('refuses a figure beyond ±10^15 or not finite with 400 naming the field, at the API and in an import', async () => {
    const tooLarge = 'vượt quá độ lớn cho phép (tối đa ±1.000.000.000.000.000)';
    const figure = (value: unknown) => ({
      unitId: seed.units.district.id,
      indicatorId: seed.indicators.tom.id,
      period: '2022',
      kind: 'actual',
      value,
    });
    for (const value of [1e308, 1e16, -1e16]) {
      const response = await admin.request({
        method: 'POST',
        url: '/api/observations',
        payload: figure(value),
      });
      expect({ value, status: response.statusCode, body: response.json() }).toMatchObject({
        value,
        status: 400,
        body: refusal('body.value', tooLarge),
      });
    }
    // JSON.parse reads 1e999 as Infinity.
    const infinite = await admin.request({
      method: 'POST',
      url: '/api/observations',
      payload: JSON.stringify(figure(0)).replace('"value":0', '"value":1e999'),
      headers: { 'content-type': 'application/json' },
    });
    expect(infinite.statusCode).toBe(400);
    expect(infinite.json().field).toBe('body.value');
    const atBound = await admin.request({ method: 'POST', url: '/api/observations', payload: figure(1e15) });
    expect(atBound.statusCode).toBe(201);
    const { id, version } = atBound.json().observation;
    const patched = await admin.request({
      method: 'PATCH',
      url: `/api/observations/${id}`,
      payload: { value: 1e16, version },
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json()).toMatchObject(refusal('body.value', tooLarge));
    const target = await admin.request({
      method: 'POST',
      url: '/api/targets',
      payload: shrimpTarget(seed, { fromYear: 2022, value: 1e16, source: 'plan' }),
    });
    expect(target.statusCode).toBe(400);
    expect(target.json()).toMatchObject(refusal('body.value', tooLarge));
    // A spreadsheet's number cell carries any double; a CSV's text is refused earlier as not a number.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Số liệu');
    sheet.addRow(
      'Loại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Thực hiện/Ước;Năm;Nguồn chỉ tiêu;Giá trị'.split(';'),
    );
    sheet.addRow(['số liệu', 'HU_CAINUOC', 'TS_TOM', '2021', 'thực hiện', null, null, 24937]);
    sheet.addRow(['số liệu', 'HU_CAINUOC', 'TS_TOM', '2021', 'ước', null, null, 1e308]);
    sheet.addRow(['chỉ tiêu', 'HU_CAINUOC', 'TS_TOM', null, null, 2021, 'kế hoạch', -1e16]);
    const imported = await admin.request({
      method: 'POST',
      url: '/api/import',
      ...multipartFile('so-lieu.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
    });
    expect(imported.statusCode).toBe(422);
    expect(imported.json()).toMatchObject({
      error: 'invalid_rows',
      rows: [
        { row: 3, field: 'value', reason: tooLarge },
        { row: 4, field: 'value', reason: tooLarge },
      ],
    });
    const stored = await admin.request({
      method: 'GET',
      url: `/api/observations?unitId=${seed.units.district.id}&year=2021`,
    });
    expect(stored.json().observations).toEqual([]);
  });

  it('refuses a multipart body without a boundary or cut short with 400, not 500 (found by the fuzzer)', async () => {
    for (const url of ['/api/import', '/api/extract']) {
      for (const type of ['multipart/form-data', 'multipart/form-data; boundary=abc']) {
        const response = await admin.request({
          method: 'POST',
          url,
          payload: 'unitId=1&value=5',
          headers: { 'content-type': type },
        });
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toBe('malformed_multipart');
        expect(response.json().message).toBe(
          type === 'multipart/form-data'
            ? 'Nội dung multipart/form-data không hợp lệ: Multipart: Boundary not found'
            : 'Nội dung multipart/form-data không hợp lệ: Unexpected end of multipart data',
        );
      }
    }
  });
});
