import { Feed } from 'feed';
import { escapeHtml } from '../../core/http/public-page.js';
import type { ChangelogRow } from './changelog.repository.js';

export interface ChangelogFeedSite {
  /** The community's public address, without a trailing slash. */
  baseUrl: string;
  name: string;
  description: string;
  locale: string;
}

/**
 * The published entries as an Atom 1.0 document. Each entry's date is its release date (at
 * midnight UTC) and `updated` its last change, so readers sort by release and notice edits.
 */
export function changelogAtom(site: ChangelogFeedSite, entries: ChangelogRow[]): string {
  const page = `${site.baseUrl}/changelog`;
  const feed = new Feed({
    id: page,
    title: `${site.name} — ${site.locale === 'en' ? 'Changelog' : 'リリースノート'}`,
    description: site.description || undefined,
    link: page,
    language: site.locale,
    updated: entries.reduce<Date>(
      (latest, e) => (e.updatedAt > latest ? e.updatedAt : latest),
      new Date(0),
    ),
    feedLinks: { atom: `${site.baseUrl}/changelog.atom` },
    author: { name: site.name, link: site.baseUrl },
    generator: false,
    copyright: site.name,
  });
  for (const e of entries) {
    feed.addItem({
      id: `${page}/${e.id}`,
      // Atom reads the title as HTML: a title is plain text.
      title: escapeHtml(e.title),
      link: `${page}#changelog-${e.id}`,
      date: e.updatedAt,
      published: new Date(`${e.releasedOn}T00:00:00Z`),
      content: e.bodyHtml,
    });
  }
  return feed.atom1();
}
