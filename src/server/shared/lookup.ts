// Lookups that refuse with the field's name when a referenced record does not exist.
import type { Indicator } from '../../core/types';
import type { IndicatorRepository } from '../../db/indicator.repository';
import { ApiError } from '../errors/api-error';

export async function requireIndicator(
  indicators: IndicatorRepository,
  id: number,
  field = 'indicatorId',
): Promise<Indicator> {
  const indicator = await indicators.findById(id);
  if (!indicator) {
    throw new ApiError(404, 'unknown_indicator', `${field}: không có chỉ tiêu id ${id}`, { field });
  }
  return indicator;
}

export const notFoundRecord = (what: string, id: number): ApiError =>
  new ApiError(404, 'not_found', `id: không có ${what} id ${id}`, { field: 'id' });
