// Request bodies the API tests send again and again, built from the seed with overrides, and the one POST.
import type { Client, Seed } from './testing.types';

/** A POST with a JSON body in this session. */
export function post(client: Client, url: string, payload: object) {
  return client.request({ method: 'POST', url, payload });
}

/**
 * The province's visit of 17/11/2023 to the district and xã Trần Thới, led by Phạm Thành Ngại.
 * @example post(province, '/api/visits', caiNuocVisit(seed.units, { status: 'held' }))
 */
export function caiNuocVisit(units: Seed['units'], overrides: Record<string, unknown> = {}) {
  return {
    date: '2023-11-17',
    leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
    organiserUnitId: units.province.id,
    hostUnitIds: [units.district.id, units.tranThoi.id],
    ...overrides,
  };
}

/**
 * A directive of the province to the district under Kết luận 45-KL/TU, one of the `directives` POSTed.
 * @example provinceDirective(seed.units, 'Rà soát quy chế làm việc', { deadline: '2023-12-31' })
 */
export function provinceDirective(
  units: Seed['units'],
  text: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    text,
    source: { kind: 'document', number: '45-KL/TU' },
    issuerUnitId: units.province.id,
    leadUnitId: units.district.id,
    ...overrides,
  };
}

/**
 * The district's resolution target for shrimp, 29.004 tấn in 2023, as POST /api/targets takes it.
 * @example shrimpTarget(seed, { fromYear: 2024, source: 'plan' })
 */
export function shrimpTarget(seed: Seed, overrides: Record<string, unknown> = {}) {
  return {
    unitId: seed.units.district.id,
    indicatorId: seed.indicators.tom.id,
    fromYear: 2023,
    value: 29004,
    source: 'resolution',
    ...overrides,
  };
}

const BOUNDARY = '----tiendo-test';

/** An inject payload uploading one file in the multipart field "file", as a browser form does. */
export function multipartFile(fileName: string, content: Buffer | string) {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

/** Plans the province's visit of 17/11/2023 to the district and xã Trần Thới, led by Phạm Thành Ngại; its id. */
export async function planCaiNuocVisit(
  client: Client,
  units: Seed['units'],
  topicCodes: readonly string[],
): Promise<number> {
  const response = await post(client, '/api/visits', caiNuocVisit(units, { topicCodes }));
  if (response.statusCode !== 201)
    throw new Error(`planning the visit: ${response.statusCode} ${response.body}`);
  return response.json().visit.id;
}
