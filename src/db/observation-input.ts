// A figure to store, before it has an id and a version: its own module because both the repository and
// the COPY writer take it, and neither may import the other.
import type { ObservationKind, Provenance } from '../core/types';

export interface ObservationInput {
  unitId: number;
  indicatorId: number;
  /** 2023-M10, 2023-Q3, 2023-H1, 2023-9M (N tháng: 2023-8M), 2023 or 2023-YTD-2023-11-17 (parsed by core before it gets here). */
  period: string;
  kind: ObservationKind;
  value: number;
  note?: string | null;
  provenance: Provenance;
}
