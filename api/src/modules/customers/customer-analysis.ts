import type { CustomerMetrics } from '@kizuna/shared';

/** One person in an analysis: an imported customer, or someone known only from an NPS answer. */
export interface AnalysedCustomer extends CustomerMetrics {
  /** Stable within the data: the customer row's id, else `member:<id>`, else `nps:<email or id>`. */
  key: string;
  /** The brand's customer id (orders or NPS import); null for a member known only by NPS. */
  customerId: string | null;
  email: string | null;
  memberId: string | null;
  /** Average order value up to the analysis date; null without orders. */
  aov: number | null;
  /** Revenue of the 365 days ending with the analysis date (revenue at risk). */
  revenueInYear: number;
  lastOrderOn: string | null;
}

/** Every customer as of a date, in the community's time zone. */
export interface CustomerAnalysis {
  /** `YYYY-MM-DD`. */
  asOf: string;
  highLtvCutoff: number | null;
  customers: AnalysedCustomer[];
}
