// Finding a unit as people name it: by code, or by name with or without diacritics ("cai nuoc").
import { DomainError } from './errors';
import type { Unit } from './types';
import { foldVietnamese } from './vi/normalize';

function fold(text: string): string {
  return foldVietnamese(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

function depthOf(unit: Unit, byId: Map<number, Unit>): number {
  let depth = 0;
  let parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
  while (parent && depth < 50) {
    depth += 1;
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return depth;
}

/**
 * The unit a query names: its code, its full name, or the end of its name ("Cái Nước" → Huyện ủy Cái Nước
 * rather than Đảng ủy thị trấn Cái Nước: the higher unit wins). Throws unknown_unit, or invalid_input
 * naming the candidates when two units at the same level match.
 * @example findUnit(units, 'cai nuoc').code === 'HU_CAINUOC'
 */
export function findUnit<U extends Unit>(units: readonly U[], query: string, field = 'unit'): U {
  const q = fold(query);
  const byCode = units.find((u) => u.code.toLowerCase() === query.trim().toLowerCase());
  if (byCode) return byCode;
  const exact = units.filter((u) => fold(u.name) === q);
  const candidates =
    exact.length > 0 ? exact : units.filter((u) => q.length > 0 && ` ${fold(u.name)}`.endsWith(` ${q}`));
  if (candidates.length === 0)
    throw new DomainError('unknown_unit', field, `không có đơn vị nào có mã hoặc tên "${query}"`);
  const byId = new Map<number, Unit>(units.map((u) => [u.id, u]));
  const ranked = candidates.map((u) => ({ u, depth: depthOf(u, byId) })).sort((a, b) => a.depth - b.depth);
  const top = ranked.filter((r) => r.depth === ranked[0]!.depth);
  if (top.length > 1) {
    const names = top.map((r) => `${r.u.name} (${r.u.code})`).join(', ');
    throw new DomainError(
      'invalid_input',
      field,
      `"${query}" là tên của nhiều đơn vị: ${names}; hãy dùng mã đơn vị`,
    );
  }
  return ranked[0]!.u;
}
