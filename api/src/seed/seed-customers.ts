import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Viewer } from '../core/auth/viewer.js';
import { Db } from '../core/database/db.js';
import { OrderImportService } from '../modules/customers/import/order-import.service.js';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';
import { NpsImportService } from '../modules/surveys/results/nps-import.service.js';
import { SurveyBuilder } from '../modules/surveys/survey-builder.service.js';
import { DEMO_COMMUNITY, demoEmail } from './demo-data.js';
import { random } from './seed-content.js';
import { markPast } from './seed-surveys.js';

/** Customers of the shop, beside the community's members. */
export const DEMO_CUSTOMERS = 2000;
/** Of the demo members, those who buy in the shop with the e-mail they joined with. */
const MATCHED_SHARE = 0.6;
/** Customers who answered the shop's own mail survey. */
const ANSWERED_SHARE = 0.35;
/** People who answered it without buying (the shop knows them from a newsletter). */
const NPS_ONLY = 60;

const csvRow = (cells: Array<string | number>) => cells.join(',');

/**
 * The shop's customers for the demo, imported as a brand would import them: a year of orders
 * from ~2,000 customers, Pareto-shaped (a few buy often and much, most buy once or twice, the top
 * fifth bring most of the revenue), with the last order anywhere in the year so every RFM segment
 * has people; ~60% of the demo members are among them by e-mail. The shop's mail survey's NPS
 * answers, imported too, cover about a third of the customers and some people who never
 * bought; with the members' own answers (the surveys demo), every cell of the matrix has people.
 * Deterministic: the same seed gives the same data, dated back from `now`.
 */
export async function seedCustomers(
  app: INestApplicationContext,
  people: MemberEntity[],
  now: number,
): Promise<void> {
  const rnd = random(20261215);
  const zone = DEMO_COMMUNITY.timezone;
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  const members = people.filter((m) => m.role === 'member');
  const matched = members.filter((_, i) => i % 5 < MATCHED_SHARE * 5);

  const customers = Array.from({ length: DEMO_CUSTOMERS }, (_, i) => {
    const member = matched[i];
    return {
      id: `K${String(10_001 + i)}`,
      email: member
        ? demoEmail(member.handle)
        : rnd.next() < 0.85
          ? `k${10_001 + i}@shop.example`
          : '',
      // Pareto (α ≈ 1.16, the 80/20 shape): how much this customer buys.
      value: Math.min(40, (1 - rnd.next()) ** (-1 / 1.16)),
      // Days since the last order: recent customers are more common than old ones.
      lastDaysAgo: Math.floor(rnd.next() ** 1.4 * 360),
    };
  });

  const orders: string[] = [];
  let seq = 0;
  for (const c of customers) {
    const n = Math.max(1, Math.min(36, Math.round(c.value * 1.6 - 0.4 + rnd.next() * 1.5)));
    const span = Math.min(364 - c.lastDaysAgo, Math.round(30 + n * 12 + rnd.next() * 120));
    for (let k = 0; k < n; k++) {
      const daysAgo = k === 0 ? c.lastDaysAgo : c.lastDaysAgo + rnd.int(span + 1);
      const at = today
        .minus({ days: daysAgo })
        .plus({ hours: 8 + rnd.int(13), minutes: rnd.int(60) });
      const amount = Math.round(((1200 + rnd.next() * 2400) * c.value ** 0.45) / 10) * 10;
      orders.push(
        csvRow([c.id, c.email, `KM-${String(++seq).padStart(6, '0')}`, at.toISO()!, amount]),
      );
    }
  }

  // The shop's own mail survey, sent over the last half year and closed.
  const moderator = people.find((m) => m.role === 'moderator')!;
  const viewer: Viewer = {
    memberId: moderator.id,
    sessionId: 'seed',
    role: moderator.role,
    status: moderator.status,
    locale: moderator.locale,
  };
  const survey = await app.get(SurveyBuilder).create(viewer, {
    titleJa: 'ご購入者アンケート（メール配信）',
    titleEn: 'Customer survey (by mail)',
  });
  const opened = today.minus({ months: 6 });
  await markPast(app.get(Db), survey.id, opened.toJSDate(), today.minus({ days: 3 }).toJSDate());
  const answers: string[] = [];
  const answer = (customerId: string, email: string, loyalty: number) => {
    const roll = rnd.next();
    // Bigger buyers lean to promoters, but some of them are unhappy: the churn risk.
    const promoter = 0.25 + 0.25 * loyalty;
    const detractor = 0.3 - 0.1 * loyalty;
    const score =
      roll < promoter
        ? 9 + rnd.int(2)
        : roll < promoter + detractor
          ? [1, 3, 4, 5, 6, 6][rnd.int(6)]
          : 7 + rnd.int(2);
    const at = opened.plus({ days: rnd.int(170), hours: 9 + rnd.int(12) });
    answers.push(csvRow([customerId, email, score, at.toISO()!]));
  };
  for (const c of customers.slice(matched.length))
    if (rnd.next() < ANSWERED_SHARE) answer(c.id, c.email, Math.min(1, (c.value - 1) / 4));
  for (let i = 0; i < NPS_ONLY; i++)
    answer(`N${String(50_001 + i)}`, `n${50_001 + i}@news.example`, rnd.next());

  const dir = await mkdtemp(join(tmpdir(), 'kizuna-demo-'));
  try {
    const ordersFile = join(dir, 'komorebi-orders.csv');
    await writeFile(
      ordersFile,
      ['customer_id,email,order_id,ordered_at,amount', ...orders].join('\n'),
    );
    await app.get(OrderImportService).importFile(ordersFile);
    const answersFile = join(dir, 'mail-survey.csv');
    await writeFile(answersFile, ['customer_id,email,score,answered_at', ...answers].join('\n'));
    await app.get(NpsImportService).importFile(survey.id, answersFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
