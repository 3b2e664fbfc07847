select "id", "unit_id", "indicator_id", "period", "kind", "value", "note" from "observations" where ("observations"."unit_id" = any($1::integer[]) and "observations"."period_year" between $2 and $3)
-- params: [[2,3,4],2022,2023]
