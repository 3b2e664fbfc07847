import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('core public API', () => {
  it('exposes the computations the server, CLI and web app call', () => {
    const names = [
      'buildScorecard',
      'computeAchievement',
      'deriveTargetFromAchievement',
      'computeChange',
      'derivePriorFromChange',
      'parsePeriod',
      'yearShareElapsed',
      'flowStatus',
      'termStatus',
      'projectYearEnd',
      'rollUp',
      'checkStatedAchievement',
      'figuresFromStatements',
      'validateValue',
      'DomainError',
      'caiNuocIndicators',
    ];
    expect(names.filter((n) => typeof (core as Record<string, unknown>)[n] !== 'function')).toEqual([]);
    expect(core.deriveTargetFromAchievement(24937, 85.98)).toBeCloseTo(29003.2565713, 6);
  });
});
