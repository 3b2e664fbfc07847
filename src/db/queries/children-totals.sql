select indicator_id as "indicatorId", period, kind, sum(value)::float8 as total,
  count(*)::int as reporting
  from observations
  where period = any($1::text[]) and unit_id = any($2::integer[])
  group by indicator_id, period, kind
  order by indicator_id, period, kind
-- params: [["2023-M10","2022-M10"],[3,4]]
