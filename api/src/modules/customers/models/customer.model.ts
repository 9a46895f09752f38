import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DataImportStatus,
  MatrixCell,
  NpsClass,
  OrderImportIssue,
  RfmSegment,
} from '@kizuna/shared';

registerEnumType(MatrixCell, {
  name: 'MatrixCell',
  description:
    'LTV (high/low) × latest NPS class; NO_NPS: orders but no answer; NO_ORDERS: an answer but no orders.',
});
registerEnumType(RfmSegment, { name: 'RfmSegment', description: 'The R×F map (R and F 1–5).' });
registerEnumType(DataImportStatus, { name: 'DataImportStatus' });
registerEnumType(OrderImportIssue, { name: 'OrderImportIssue' });

@ObjectType({ description: 'How customer value (LTV) is computed: community settings.' })
export class CustomerValueSettings {
  @Field(() => Float, { description: 'Gross margin rate, 0–1.' })
  marginRate: number;

  @Field(() => Float, { description: 'Years a customer is expected to stay.' })
  expectedYears: number;

  @Field(() => Float, { description: 'Acquisition and retention cost per customer, in yen.' })
  costPerCustomer: number;

  @Field(() => Float, {
    nullable: true,
    description: 'LTV (yen) from which a customer is high LTV; null: the top 20% by LTV.',
  })
  highLtvThreshold: number | null;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'A row of an order file that was not imported.' })
export class OrderImportRowError {
  @Field(() => Int, { description: 'The line the row starts on (line 1 is the header).' })
  line: number;

  @Field(() => OrderImportIssue)
  issue: OrderImportIssue;

  @Field(() => String, { nullable: true })
  column: string | null;
}

@ObjectType({ description: 'An order import: its file, how far it got, and the rows refused.' })
export class DataImport {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field(() => DataImportStatus)
  status: DataImportStatus;

  @Field(() => Int, { description: 'Data rows read (the header not counted).' })
  rowsRead: number;

  @Field(() => Int, { description: 'Orders new to the community.' })
  rowsImported: number;

  @Field(() => Int, { description: 'Orders known before whose amount or time changed.' })
  rowsUpdated: number;

  @Field(() => Int, { description: 'Orders known before, as they were.' })
  rowsUnchanged: number;

  @Field(() => Int)
  rowsFailed: number;

  @Field(() => [OrderImportRowError], { description: 'The first 1,000 refused rows, by line.' })
  errors: OrderImportRowError[];

  @Field(() => String, { nullable: true, description: 'Why the import stopped part way.' })
  failure: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType({ description: 'One customer in an analysis as of a date.' })
export class Customer {
  @Field(() => ID, {
    description: 'The customer row, or member:<id> / nps:<id or e-mail> for people known by NPS.',
  })
  key: string;

  @Field(() => String, { nullable: true, description: "The brand's customer id." })
  customerId: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => Int, { description: 'Orders up to the analysis date.' })
  orders: number;

  @Field(() => Float, { description: 'Their amounts summed, in yen (M).' })
  totalAmount: number;

  @Field(() => Float, { nullable: true, description: 'Average order value; null without orders.' })
  aov: number | null;

  @Field(() => Int, {
    name: 'purchasesPerYear',
    description: 'Orders on the 365 days ending with the analysis date.',
  })
  ordersInYear: number;

  @Field(() => Float, {
    nullable: true,
    description: 'AOV × margin rate × purchases per year × expected years − cost.',
  })
  ltv: number | null;

  @Field(() => Boolean, { nullable: true })
  highLtv: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: "Days from the last order to the analysis date (the community's calendar).",
  })
  recencyDays: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  lastOrderOn: string | null;

  @Field(() => Int, { nullable: true })
  r: number | null;

  @Field(() => Int, { nullable: true })
  f: number | null;

  @Field(() => Int, { nullable: true })
  m: number | null;

  @Field(() => RfmSegment, { nullable: true })
  rfmSegment: RfmSegment | null;

  @Field(() => Int, { nullable: true, description: 'The latest NPS answer up to the date.' })
  npsScore: number | null;

  @Field(() => NpsClass, { nullable: true })
  npsClass: NpsClass | null;

  @Field(() => MatrixCell)
  cell: MatrixCell;

  @Field(() => Float, { description: 'Revenue of the 365 days ending with the analysis date.' })
  revenueInYear: number;
}

@ObjectType()
export class CustomerPage {
  @Field(() => [Customer])
  nodes: Customer[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class MatrixCellSummary {
  @Field(() => MatrixCell)
  cell: MatrixCell;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'Of all customers in the analysis, 0–1.' })
  share: number;

  @Field(() => Float)
  revenueInYear: number;
}

@ObjectType({ description: 'The NPS × LTV matrix as of a date.' })
export class LoyaltyMatrix {
  @Field()
  asOf: string;

  @Field(() => Int)
  customers: number;

  @Field(() => Float, { nullable: true, description: 'The lowest LTV that is high.' })
  highLtvCutoff: number | null;

  @Field(() => [MatrixCellSummary], { description: 'All eight cells, in MatrixCell order.' })
  cells: MatrixCellSummary[];

  @Field(() => Float, { description: 'Revenue of the last 365 days of high-LTV detractors.' })
  revenueAtRiskDetractors: number;

  @Field(() => Float, { description: 'Revenue of the last 365 days of high-LTV passives.' })
  revenueAtRiskPassives: number;
}

@ObjectType()
export class RfmSegmentSummary {
  @Field(() => RfmSegment)
  segment: RfmSegment;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'Of customers with orders, 0–1.' })
  share: number;

  @Field(() => Float, { description: 'Their total amount (M summed), in yen.' })
  revenue: number;

  @Field(() => Float, { description: '0–1' })
  revenueShare: number;

  @Field(() => Float)
  averageMonetary: number;
}

@ObjectType()
export class RfmGridCell {
  @Field(() => Int)
  r: number;

  @Field(() => Int)
  f: number;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'RFM among customers with orders, as of a date.' })
export class RfmSummary {
  @Field()
  asOf: string;

  @Field(() => Int)
  customers: number;

  @Field(() => Float)
  revenue: number;

  @Field(() => Float, { description: 'Revenue share of the top ⌈20%⌉ of customers by M.' })
  topFifthRevenueShare: number;

  @Field(() => [RfmSegmentSummary], { description: 'Every segment, in RfmSegment order.' })
  segments: RfmSegmentSummary[];

  @Field(() => [RfmGridCell], { description: 'All 25 R×F pairs, R then F ascending.' })
  grid: RfmGridCell[];
}

@ObjectType()
export class CustomerErasure {
  @Field(() => Int)
  ordersDeleted: number;

  @Field(() => Int)
  responsesDeleted: number;
}
