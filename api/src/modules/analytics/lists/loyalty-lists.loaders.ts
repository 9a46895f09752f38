import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { CriteriaSetRow } from './criteria-sets.repository.js';
import { LoyaltyListsRepository } from './loyalty-lists.repository.js';

/** Loyal and candidate counts of the sets a response shows, in one pass over the members. */
@Injectable()
export class CriteriaSetCountsLoaderFactory {
  constructor(private readonly lists: LoyaltyListsRepository) {}

  create(): DataLoader<CriteriaSetRow, { loyal: number; candidates: number }, string> {
    return new DataLoader((sets) => this.lists.counts(sets), { cacheKeyFn: (s) => s.id });
  }
}
