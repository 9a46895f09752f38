import { randomBytes } from 'node:crypto';
import { asViewer, buildCustomer, buildMember, uniqueHandle } from '../factories.js';
import { settle } from '../settle.js';
import { AnalyticsRepository } from '../../../src/modules/analytics/analytics.repository.js';
import { CriteriaSetsService } from '../../../src/modules/analytics/lists/criteria-sets.service.js';
import { CustomersRepository } from '../../../src/modules/customers/customers.repository.js';
import type { AuditCase } from './types.js';

const setName = () => `監査 ${randomBytes(4).toString('hex')}`;

export const customersCases: Record<string, AuditCase> = {
  updateCustomerValueSettings: async ({ app }) => {
    const s = await app.get(CustomersRepository).settings();
    return {
      doc: `mutation($i: CustomerValueSettingsInput!) { updateCustomerValueSettings(input: $i) { marginRate } }`,
      variables: {
        i: {
          marginRate: s.marginRate === 0.4 ? 0.45 : 0.4,
          expectedYears: s.expectedYears,
          costPerCustomer: s.costPerCustomer,
          highLtvThreshold: s.highLtvThreshold,
        },
      },
      action: 'customerValueSettings.update',
    };
  },
  eraseCustomer: async ({ app }) => {
    const { customerId } = await buildCustomer(app, {
      orders: [{ orderedAt: new Date('2026-01-10T03:00:00Z'), amount: 4800 }],
    });
    return {
      doc: `mutation { eraseCustomer(customerId: "${customerId}", reason: "削除依頼") { ordersDeleted } }`,
      action: 'customer.erase',
    };
  },
  setMemberCustomerId: async ({ app }) => {
    const m = await buildMember(app);
    return {
      doc: `mutation { setMemberCustomerId(memberId: "${m.id}", customerId: "${uniqueHandle('C')}") }`,
      action: 'member.setCustomerId',
    };
  },
  updateAnalyticsSettings: async ({ app }) => {
    const s = await app.get(AnalyticsRepository).settings();
    return {
      doc: `mutation { updateAnalyticsSettings(input: { windowDays: ${s.windowDays}, halfLifeDays: ${s.halfLifeDays === 30 ? 31 : 30}, weights: [] }) { windowDays } }`,
      action: 'analyticsSettings.update',
    };
  },
  recomputeAnalytics: async ({ app }) => {
    await settle(app);
    return { doc: `mutation { recomputeAnalytics { id } }`, action: 'analytics.recompute' };
  },
  saveLoyaltyCriteriaSet: async () => ({
    doc: `mutation { saveLoyaltyCriteriaSet(input: { name: "${setName()}", criteria: [{ metric: POSTS, op: GTE, value: "3" }] }) { id } }`,
    action: 'loyaltyCriteria.save',
  }),
  deleteLoyaltyCriteriaSet: async ({ app, admin }) => {
    const set = await app.get(CriteriaSetsService).save(asViewer(admin), {
      name: setName(),
      criteria: [{ metric: 'posts', op: 'gte', value: '3' }],
    });
    return {
      doc: `mutation { deleteLoyaltyCriteriaSet(id: "${set.id}") }`,
      action: 'loyaltyCriteria.delete',
    };
  },
};
