import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { LoaderFactory } from '../../core/graphql/loaders.js';
import { AnalyticsService } from './analytics.service.js';
import type { MemberLoyalty } from './models/analytics.model.js';

/** Members' loyalty figures, for Member.loyalty: one statement per request. */
@Injectable()
export class MemberLoyaltyLoaderFactory implements LoaderFactory<string, MemberLoyalty | null> {
  constructor(private readonly analytics: AnalyticsService) {}

  create(): DataLoader<string, MemberLoyalty | null> {
    return new DataLoader(async (ids) => {
      const by = await this.analytics.loyaltyByMember(ids);
      return ids.map((id) => by.get(id) ?? null);
    });
  }
}
