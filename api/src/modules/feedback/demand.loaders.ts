import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { DemandService, type IdeaDemandValue } from './demand.service.js';

/** Each idea's demand, for all the ideas of a request in one statement. */
@Injectable()
export class DemandLoaderFactory {
  constructor(private readonly demand: DemandService) {}

  create(): DataLoader<string, IdeaDemandValue> {
    return new DataLoader(async (ids) => {
      const byIdea = await this.demand.forIdeas(ids);
      return ids.map((id) => byIdea.get(id)!);
    });
  }
}
