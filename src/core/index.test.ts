import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('core public API', () => {
  // The computations the server, CLI and web app call.
  it.each([
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
  ])('exposes %s', (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
  });

  it('computes through it: tôm 24.937 tấn at 85,98% implies a target of 29.003,26 tấn', () => {
    expect(core.deriveTargetFromAchievement(24937, 85.98)).toBeCloseTo(29003.2565713, 6);
  });
});
