// The contract against the domain: each answer's schema infers exactly core's type (a field added to either
// fails to compile here, so the server never strips it silently), and the shared rules hold their edges.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Scorecard } from '../core/scorecard.types';
import type { Statement } from '../core/statement';
import type { Indicator, Observation, Target, Unit, UnitLink, User, Versioned } from '../core/types';
import type {
  Directive,
  DirectiveUpdate,
  ExtensionRequest,
  Finding,
  Inspection,
  Visit,
} from '../core/visit/visit.types';
import {
  DirectivePatchSchema,
  type DirectiveSchema,
  type DirectiveUpdateSchema,
  type ExtensionRequestSchema,
  type FindingSchema,
  IdSchema,
  type IndicatorSchema,
  type InspectionSchema,
  IsoDateSchema,
  isCalendarDate,
  type ObservationSchema,
  type ScorecardSchema,
  type StatementAnswerSchema,
  type TargetSchema,
  type UnitLinkSchema,
  type UnitSchema,
  type UserSchema,
  VisitPatchSchema,
  type VisitSchema,
} from './index';

describe('the contract', () => {
  it('infers exactly the domain types for the answers', () => {
    expectTypeOf<z.output<typeof UnitSchema>>().toEqualTypeOf<Unit>();
    expectTypeOf<z.output<typeof UnitLinkSchema>>().toEqualTypeOf<UnitLink>();
    expectTypeOf<z.output<typeof IndicatorSchema>>().toEqualTypeOf<Versioned<Indicator>>();
    expectTypeOf<z.output<typeof TargetSchema>>().toEqualTypeOf<Versioned<Target>>();
    expectTypeOf<z.output<typeof ObservationSchema>>().toEqualTypeOf<Observation>();
    expectTypeOf<z.output<typeof UserSchema>>().toEqualTypeOf<User>();
    expectTypeOf<z.output<typeof StatementAnswerSchema>>().toEqualTypeOf<Statement>();
    expectTypeOf<z.output<typeof VisitSchema>>().toEqualTypeOf<Versioned<Visit>>();
    expectTypeOf<z.output<typeof DirectiveSchema>>().toEqualTypeOf<Versioned<Directive>>();
    expectTypeOf<z.output<typeof DirectiveUpdateSchema>>().toEqualTypeOf<DirectiveUpdate>();
    expectTypeOf<z.output<typeof ExtensionRequestSchema>>().toEqualTypeOf<ExtensionRequest>();
    expectTypeOf<z.output<typeof InspectionSchema>>().toEqualTypeOf<Inspection>();
    expectTypeOf<z.output<typeof FindingSchema>>().toEqualTypeOf<Finding>();
  });

  it('infers the scorecard both ways (it documents bytes sent as they are, so nothing can be stripped)', () => {
    type Scored = z.output<typeof ScorecardSchema>;
    expectTypeOf<
      [Scored] extends [Scorecard] ? ([Scorecard] extends [Scored] ? 'same' : 'wider') : 'narrower'
    >().toEqualTypeOf<'same'>();
  });

  it('knows the calendar: leap days, 30-day months, and nothing past them', () => {
    expect(['2024-02-29', '2023-02-28', '2023-04-30', '2023-12-31'].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['2023-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10'].map(isCalendarDate),
    ).toEqual([false, false, false, false, false]);
    expect(IsoDateSchema.safeParse('17/11/2023').error?.issues[0]?.message).toBe(
      'phải là ngày dạng YYYY-MM-DD',
    );
  });

  it('bounds ids to PostgreSQL integers: 1 to 2147483647', () => {
    expect([0, 1, 2_147_483_647, 2_147_483_648, 1.5].map((id) => IdSchema.safeParse(id).success)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('keeps a PATCH to what is sent: no default fills in an absent field', () => {
    expect(VisitPatchSchema.parse({ date: '2023-11-18' })).toEqual({ date: '2023-11-18' });
    expect(DirectivePatchSchema.parse({ text: 'Hoàn thành trước 31/12/2023' })).toEqual({
      text: 'Hoàn thành trước 31/12/2023',
    });
    expect(DirectivePatchSchema.safeParse({}).error?.issues[0]?.message).toBe(
      'cần gửi ít nhất một trường để sửa',
    );
  });
});
