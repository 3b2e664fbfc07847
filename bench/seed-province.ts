// The province the PostgreSQL benches seed, with the same codes everywhere: unit 1 is the province TINH,
// districts HUYEN1…, communes XA1…, indicators CT1… (summed flows in tấn).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../src/db/database';

/**
 * Unit 1, the province; units 2 to districts + 1, its districts; then the communes, dealt out over the
 * districts in turn (right under the province when there are none).
 */
export async function seedProvince(db: Db, shape: { districts?: number; communes: number }): Promise<void> {
  const districts = shape.districts ?? 0;
  await db.execute(
    sql`insert into units (code, name, kind) values ('TINH', 'Tỉnh ủy (bench)', 'province_party')`,
  );
  if (districts > 0)
    await db.execute(sql`insert into units (code, name, kind, parent_id)
      select 'HUYEN' || g, 'Huyện ủy ' || g, 'district_party', 1 from generate_series(1, ${districts}) g`);
  const parent: SQL = districts > 0 ? sql`2 + (g - 1) % ${districts}` : sql`1`;
  await db.execute(sql`insert into units (code, name, kind, parent_id)
    select 'XA' || g, 'Đảng ủy xã ' || g, 'commune_party', ${parent} from generate_series(1, ${shape.communes}) g`);
}

/** Indicators 1 to count: CT1…, each a summed flow in tấn, higher being better. */
export async function seedIndicators(db: Db, count: number): Promise<void> {
  await db.execute(sql`insert into indicators (code, name_vi, name_en, measure, nature, aggregation, polarity, category)
    select 'CT' || g, 'Chỉ tiêu ' || g, 'Indicator ' || g, 'tấn', 'flow', '{"kind":"sum"}', 'higher_is_better', 'kinh_te'
    from generate_series(1, ${count}) g`);
}
