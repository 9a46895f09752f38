import type DataLoader from 'dataloader';

export interface LoaderFactory<K, V> {
  create(): DataLoader<K, V>;
}

/** Loaders of one member's view of things (the viewer's votes, follows…), keyed on the thing. */
export interface MemberLoaderFactory<K, V> {
  create(memberId: string): DataLoader<K, V>;
}

/** One per request (in the GraphQL context): each factory's loader is made on first use. */
export class Loaders {
  private readonly made = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  private readonly perMember = new Map<
    MemberLoaderFactory<unknown, unknown>,
    Map<string, DataLoader<unknown, unknown>>
  >();

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.made.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory.create() as DataLoader<unknown, unknown>;
      this.made.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** The factory's loader for one member (in practice the viewer, read once by the caller). */
  forMember<K, V>(factory: MemberLoaderFactory<K, V>, memberId: string): DataLoader<K, V> {
    let byMember = this.perMember.get(factory as MemberLoaderFactory<unknown, unknown>);
    if (!byMember) {
      byMember = new Map();
      this.perMember.set(factory as MemberLoaderFactory<unknown, unknown>, byMember);
    }
    let loader = byMember.get(memberId);
    if (!loader) {
      loader = factory.create(memberId) as DataLoader<unknown, unknown>;
      byMember.set(memberId, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
