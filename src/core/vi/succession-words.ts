// The Vietnamese words of succession: how an inherited figure is labelled, and why one is missing.
import type { AppliedShare, ShareBasis } from '../types';
import { formatPercent } from './format';

const BASIS_WORDS: Record<ShareBasis, string> = { population: 'dân số', area: 'diện tích' };

/**
 * How a path's shares are said: one basis multiplies out, mixed bases are listed.
 * @example shareWords([{ share: 0.4, basis: 'population' }]) === 'ước tính theo tỷ lệ 40% dân số'
 */
export function shareWords(shares: readonly AppliedShare[]): string {
  const basis = shares[0]?.basis;
  if (basis && shares.every((s) => s.basis === basis)) {
    const product = shares.reduce((p, s) => p * s.share, 1);
    return `ước tính theo tỷ lệ ${formatPercent(product * 100)} ${BASIS_WORDS[basis]}`;
  }
  const each = shares.map((s) => `${formatPercent(s.share * 100)} ${BASIS_WORDS[s.basis]}`);
  return `ước tính theo tỷ lệ ${each.join(' × ')}`;
}

/**
 * The label of an inherited figure: its source units, each part with the share applied.
 * @example inheritedLabel([{ name: 'xã Trần Thới', shares: [] }, { name: 'xã Đông Thới', shares: [{ share: 0.4, basis: 'population' }] }])
 *   === 'Kế thừa từ: xã Trần Thới, xã Đông Thới (ước tính theo tỷ lệ 40% dân số)'
 */
export function inheritedLabel(
  sources: readonly { name: string; shares: readonly AppliedShare[] }[],
): string {
  const named = sources.map((s) => (s.shares.length === 0 ? s.name : `${s.name} (${shareWords(s.shares)})`));
  return `Kế thừa từ: ${[...new Set(named)].join(', ')}`;
}

export type InheritanceGapReason = 'part_without_share' | 'missing_figure' | 'not_combinable';

/**
 * Why a successor has no inherited figure (or target), naming the units.
 * @example inheritanceGapMessage('part_without_share', ['xã Đông Thới'])
 *   === 'Chưa tính được số kế thừa: xã Đông Thới chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích)'
 */
export function inheritanceGapMessage(
  reason: InheritanceGapReason,
  names: readonly string[],
  of: 'figure' | 'target' = 'figure',
): string {
  const who = names.join(', ');
  const what = of === 'figure' ? 'số kế thừa' : 'chỉ tiêu kế thừa';
  switch (reason) {
    case 'part_without_share':
      return `Chưa tính được ${what}: ${who} chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích)`;
    case 'missing_figure':
      return `Chưa tính được ${what}: ${who} chưa có ${of === 'figure' ? 'số liệu' : 'chỉ tiêu'}`;
    case 'not_combinable':
      return `Chưa tính được ${what}: chỉ tiêu không cộng gộp được từ ${who}`;
  }
}
