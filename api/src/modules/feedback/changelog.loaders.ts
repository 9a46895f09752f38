import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { ChangelogRepository } from './changelog.repository.js';

/** The ids of the ideas each changelog entry ships, in order. */
@Injectable()
export class ChangelogIdeasLoaderFactory {
  constructor(private readonly entries: ChangelogRepository) {}

  create(): DataLoader<string, string[]> {
    return new DataLoader(async (entryIds) => {
      const byEntry = new Map<string, string[]>();
      for (const r of await this.entries.ideasOf(entryIds))
        byEntry.set(r.entryId, [...(byEntry.get(r.entryId) ?? []), r.ideaId]);
      return entryIds.map((id) => byEntry.get(id) ?? []);
    });
  }
}
