import { Inject, Injectable } from '@nestjs/common';
import { CHANGELOG_LIMITS } from '@kizuna/shared';
import type { Reader, Viewer } from '../../core/auth/viewer.js';
import { CONFIG, type Config } from '../../config/env.js';
import {
  AuditTrail,
  changedFields,
  textSummary,
  type AuditTarget,
} from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import { forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { renderMarkdown } from '../../core/markdown/markdown.js';
import { CommunityService } from '../community/community.service.js';
import { changelogAtom } from './changelog.feed.js';
import {
  ChangelogRepository,
  type ChangelogFields,
  type ChangelogRow,
} from './changelog.repository.js';
import type {
  ChangelogArgs,
  ChangelogEntryInput,
  UpdateChangelogEntryInput,
} from './dto/changelog.inputs.js';
import { FeedbackPolicy } from './feedback.policy.js';
import { IdeasService } from './ideas.service.js';

const validDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

const entryTarget = (e: ChangelogRow): AuditTarget => ({
  type: 'changelogEntry',
  id: e.id,
  label: e.title,
});

/** What the log keeps of an entry: the body as its length and a digest that differs when it does. */
const auditView = (e: ChangelogRow) => ({
  title: e.title,
  releasedOn: e.releasedOn,
  body: textSummary(e.body),
});

/**
 * Release notes: drafts the product team writes, then publishes. Publishing moves the ideas an
 * entry ships to released (their voters and followers hear of it through the status change),
 * once: the entry is stamped published in the same transaction, and a second publish finds it
 * stamped and does nothing.
 */
@Injectable()
export class ChangelogService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: Db,
    private readonly entries: ChangelogRepository,
    private readonly ideas: IdeasService,
    private readonly community: CommunityService,
    private readonly audit: AuditTrail,
  ) {}

  async list(reader: Reader, args: ChangelogArgs): Promise<Connection<ChangelogRow>> {
    if (args.drafts && !FeedbackPolicy.canWriteChangelog(reader)) throw forbidden();
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const rows = await this.entries.list({
      published: !args.drafts,
      after: after ? { releasedOn: after[0], id: after[1] } : null,
      limit: args.first + 1,
    });
    return toConnection(rows, args.first, (e) => [e.releasedOn, e.id]);
  }

  async byId(reader: Reader, id: string): Promise<ChangelogRow> {
    const entry = isUuid(id) ? await this.entries.findById(id) : null;
    if (!entry || (!entry.publishedAt && !FeedbackPolicy.canWriteChangelog(reader)))
      throw notFound('This changelog entry');
    return entry;
  }

  create(viewer: Viewer, input: ChangelogEntryInput): Promise<ChangelogRow> {
    return this.db.transaction(async () => {
      const fields = this.fields(input) as ChangelogFields;
      const ideaIds = await this.checkIdeas(input.ideaIds ?? []);
      const entry = await this.entries.insert(fields, viewer.memberId);
      await this.entries.setIdeas(entry.id, ideaIds);
      await this.audit.record(viewer, {
        action: 'changelog.create',
        target: entryTarget(entry),
        after: { ...auditView(entry), ideaIds },
      });
      return entry;
    });
  }

  /** Edits an entry, published or not; the ideas of a published entry stay as they were. */
  update(viewer: Viewer, input: UpdateChangelogEntryInput): Promise<ChangelogRow> {
    return this.db.transaction(async () => {
      const entry = isUuid(input.id) ? await this.entries.findById(input.id, true) : null;
      if (!entry) throw notFound('This changelog entry');
      if (input.ideaIds !== undefined && entry.publishedAt)
        throw invalidField(
          'ideaIds',
          'INVALID_VALUE',
          'The ideas of a published entry have shipped: they can no longer be changed.',
        );
      const ideaIds = input.ideaIds !== undefined ? await this.checkIdeas(input.ideaIds) : null;
      const updated = (await this.entries.update(entry.id, this.fields(input)))!;
      const was: Record<string, unknown> = auditView(entry);
      const now: Record<string, unknown> = auditView(updated);
      if (ideaIds) {
        was.ideaIds = (await this.entries.ideasOf([entry.id])).map((l) => l.ideaId);
        now.ideaIds = ideaIds;
        await this.entries.setIdeas(entry.id, ideaIds);
      }
      const diff = changedFields(was, now);
      if (diff)
        await this.audit.record(viewer, {
          action: 'changelog.update',
          target: entryTarget(entry),
          ...diff,
        });
      return updated;
    });
  }

  /**
   * Publishes a draft and releases its ideas, all or nothing. Publishing a published entry
   * changes nothing (two at once: the second waits for the first and finds it published).
   */
  publish(viewer: Viewer, id: string): Promise<ChangelogRow> {
    return this.db.transaction(async () => {
      const entry = isUuid(id) ? await this.entries.markPublished(id) : null;
      if (!entry) {
        const existing = isUuid(id) ? await this.entries.findById(id) : null;
        if (!existing) throw notFound('This changelog entry');
        return existing;
      }
      const links = await this.entries.ideasOf([entry.id]);
      await this.audit.record(viewer, {
        action: 'changelog.publish',
        target: entryTarget(entry),
        before: { publishedAt: null },
        after: { publishedAt: entry.publishedAt },
      });
      // One merged or rejected since it was linked does not ship on its own: checked under lock.
      if (links.length)
        await this.ideas.changeStatus(
          viewer,
          links.map((l) => l.ideaId),
          'released',
          entry.title,
          { skipUnmovable: true },
        );
      return entry;
    });
  }

  delete(viewer: Viewer, id: string): Promise<string> {
    return this.db.transaction(async () => {
      const entry = isUuid(id) ? await this.entries.findById(id, true) : null;
      if (!entry) throw notFound('This changelog entry');
      if (entry.publishedAt)
        throw invalidField('id', 'INVALID_VALUE', 'A published entry cannot be deleted.');
      await this.entries.deleteDraft(entry.id);
      await this.audit.record(viewer, {
        action: 'changelog.delete',
        target: entryTarget(entry),
        before: auditView(entry),
      });
      return id;
    });
  }

  /** The Atom feed of published entries; null while the community is closed to visitors. */
  async atom(): Promise<string | null> {
    const settings = await this.community.settings();
    if (!settings.visibleToVisitors) return null;
    const entries = await this.entries.list({
      published: true,
      after: null,
      limit: CHANGELOG_LIMITS.feedEntries,
    });
    return changelogAtom(
      {
        baseUrl: this.config.PUBLIC_URL,
        name: settings.name,
        description: settings.description,
        locale: settings.defaultLocale,
      },
      entries,
    );
  }

  private fields(input: Partial<ChangelogEntryInput>): Partial<ChangelogFields> {
    const fields: Partial<ChangelogFields> = {};
    if (input.title !== undefined) {
      fields.title = input.title.trim();
      if (!fields.title) throw invalidField('title', 'REQUIRED', 'Give the entry a title.');
    }
    if (input.body !== undefined) {
      fields.body = input.body;
      fields.bodyHtml = renderMarkdown(input.body).html;
    }
    if (input.releasedOn !== undefined) {
      if (!validDate(input.releasedOn))
        throw invalidField('releasedOn', 'INVALID_VALUE', 'This date does not exist.');
      fields.releasedOn = input.releasedOn;
    }
    return fields;
  }

  /** The ideas, each once, in the order given: approved ones, not merged away. */
  private async checkIdeas(ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = unique.every(isUuid) ? await this.ideas.findByIds(unique) : [];
    const byId = new Map(found.map((i) => [i.id, i]));
    if (unique.some((id) => !byId.has(id)))
      throw invalidField('ideaIds', 'INVALID_VALUE', 'Some of these ideas do not exist.');
    if (unique.some((id) => byId.get(id)!.status === 'duplicate'))
      throw invalidField(
        'ideaIds',
        'INVALID_VALUE',
        'A merged idea cannot ship on its own: link the idea it was merged into.',
      );
    if (unique.some((id) => byId.get(id)!.approval !== 'approved'))
      throw invalidField('ideaIds', 'INVALID_VALUE', 'Approve these ideas before they can ship.');
    return unique;
  }
}
