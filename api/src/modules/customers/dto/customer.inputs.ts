import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  CUSTOMER_QUERY_LIMITS,
  CUSTOMER_VALUE_LIMITS,
  MATRIX_CELLS,
  MatrixCell,
  RFM_SEGMENTS,
  RfmSegment,
} from '@kizuna/shared';
import { IntRange, MaxLen, NumberRange, OneOf, Optional } from '../../../core/validation/rules.js';

@InputType()
export class CustomerValueSettingsInput {
  @Field(() => Float, { description: 'Gross margin rate, 0–1.' })
  @NumberRange(0, 1)
  marginRate: number;

  @Field(() => Float, {
    description: `Years a customer is expected to stay, 0.01–${CUSTOMER_VALUE_LIMITS.expectedYearsMax}.`,
  })
  @NumberRange(0.01, CUSTOMER_VALUE_LIMITS.expectedYearsMax)
  expectedYears: number;

  @Field(() => Float, { description: 'Acquisition and retention cost per customer, in yen.' })
  @NumberRange(0, CUSTOMER_VALUE_LIMITS.costMax)
  costPerCustomer: number;

  @Field(() => Float, {
    nullable: true,
    description: 'LTV (yen) from which a customer is high LTV; null: the top 20%.',
  })
  @Optional()
  @NumberRange(0, CUSTOMER_VALUE_LIMITS.thresholdMax)
  highLtvThreshold?: number | null;
}

@ArgsType()
export class CustomersArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today.' })
  @Optional()
  asOf?: string | null;

  @Field(() => MatrixCell, { nullable: true })
  @Optional()
  @OneOf(MATRIX_CELLS)
  cell?: MatrixCell | null;

  @Field(() => RfmSegment, { nullable: true })
  @Optional()
  @OneOf(RFM_SEGMENTS)
  segment?: RfmSegment | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of a customer id or e-mail, or a member's @handle.",
  })
  @Optional()
  @MaxLen(CUSTOMER_QUERY_LIMITS.searchMax)
  search?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @Optional()
  @IntRange(0, 10_000_000)
  offset?: number | null = 0;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 50,
    description: `1 to ${CUSTOMER_QUERY_LIMITS.pageMax}.`,
  })
  @Optional()
  @IntRange(1, CUSTOMER_QUERY_LIMITS.pageMax)
  limit?: number | null = 50;
}
