with created as (
  insert into observations (unit_id, indicator_id, period, kind, value, note, provenance, created_by)
  select u, i, p, k, v, n, pr, $1::integer
  from unnest($2::integer[], $3::integer[],
  $4::text[], $5::text[], $6::float8[],
  $7::text[], $8::jsonb[]) as t(u, i, p, k, v, n, pr)
  returning id, unit_id, indicator_id, period, kind, value, note, provenance, version, created_by
  ), audited as (
  insert into audit_entries (user_id, entity, entity_id, action, before, after)
  select created_by, 'observation', id, 'create', null, jsonb_build_object(
  'id', id, 'unitId', unit_id, 'indicatorId', indicator_id, 'period', period, 'kind', kind,
  'value', value, 'note', note, 'provenance', provenance, 'version', version)
  from created
  )
  -- A data-modifying CTE runs even when unreferenced, so audited needs no reader.
  select count(*)::int as n from created
-- params: []
