import { Injectable } from '@nestjs/common';

export interface DemandSegmentBucket {
  key: string;
  labelJa: string;
  labelEn: string;
  votes: number;
}

/** What a source knows of an idea's voters beyond rank and engagement. */
export interface SegmentDemand {
  bySegment: DemandSegmentBucket[];
  /** Summed LTV of the voters it knows of; null when it knows none. */
  ltvSum: number | null;
}

/**
 * A module that knows more about members (the analytics module: loyalty segments, LTV) adds
 * itself here when it starts, and every idea's demand includes what it reports.
 */
export interface DemandSegmentSource {
  demand(ideaIds: readonly string[]): Promise<Map<string, SegmentDemand>>;
}

@Injectable()
export class DemandSources {
  private readonly sources: DemandSegmentSource[] = [];

  register(source: DemandSegmentSource): void {
    this.sources.push(source);
  }

  async demand(ideaIds: readonly string[]): Promise<Map<string, SegmentDemand>> {
    const merged = new Map<string, SegmentDemand>(
      ideaIds.map((id) => [id, { bySegment: [], ltvSum: null }]),
    );
    for (const source of this.sources) {
      for (const [id, d] of await source.demand(ideaIds)) {
        const into = merged.get(id);
        if (!into) continue;
        into.bySegment.push(...d.bySegment);
        if (d.ltvSum !== null) into.ltvSum = (into.ltvSum ?? 0) + d.ltvSum;
      }
    }
    return merged;
  }
}
