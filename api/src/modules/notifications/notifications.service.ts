import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_CHANNELS,
  NOTIFICATION_KINDS,
  memberRoom,
  notificationSentence,
  subjectName,
  type EmailFrequency,
  type NotificationChannel,
  type NotificationKind,
  type NotificationSubjectType,
  type PostKind,
} from '@kizuna/shared';
import { CONFIG, type Config } from '../../config/env.js';
import { AuditTrail, memberTarget } from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import type { CteFragment } from '../../core/database/sql-fragment.js';
import { invalidField, notFound } from '../../core/errors/app-error.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { OutboxJobs } from '../../core/domain-events/outbox-jobs.js';
import { MailService } from '../../core/mail/mail.service.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { CommunityService } from '../community/community.service.js';
import { MembersService } from '../members/members.service.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { PostsService } from '../posts/posts.service.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import {
  NotificationsRepository,
  type NewNotification,
  type NotificationRow,
  DEFAULT_SETTINGS,
  type SettingsRow,
} from './notifications.repository.js';

export const EMAIL_JOB = 'notifications.email';

export type Notify = Omit<NewNotification, 'emailPending'> & {
  /** Grouped notifications count distinct actors in one row per key. */
  grouped?: boolean;
};

export interface Preferences {
  emailFrequency: EmailFrequency;
  channels: Array<{ kind: NotificationKind; channel: NotificationChannel }>;
}

/** Where a notification's mail sends its reader, for subjects with a page of their own. */
export type EmailLink = (n: { memberId: string; subjectId: string }) => string;

@Injectable()
export class NotificationsService {
  private readonly emailLinks = new Map<NotificationSubjectType, EmailLink>();

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: Db,
    private readonly notifications: NotificationsRepository,
    private readonly members: MembersService,
    private readonly posts: PostsService,
    private readonly community: CommunityService,
    private readonly realtime: RealtimeService,
    private readonly mail: MailService,
    private readonly jobs: OutboxJobs,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Records a notification for a member, honouring their preferences; nothing for their own
   * actions, and nothing twice for the same key. The push and the mail follow the commit.
   */
  async notify(n: Notify, gates: CteFragment[] = []): Promise<string | null> {
    if (!n.grouped || !n.actorId) {
      if (gates.length) throw new Error('gates are for grouped notifications');
      return (await this.notifyAll([n]))[0]?.id ?? null;
    }
    if (n.actorId === n.memberId) return null;
    const made = await this.notifications.group(
      { ...n, actorId: n.actorId },
      DEFAULT_CHANNELS[n.kind],
      gates,
    );
    if (!made) return null;
    await this.afterNotified([
      {
        id: made.id,
        memberId: n.memberId,
        kind: n.kind,
        channel: made.channel,
        emailFrequency: made.emailFrequency,
        unreadCount: made.unreadCount,
      },
    ]);
    return made.id;
  }

  /** Many notifications that are not grouped (badges, ranks, rewards), in a few statements. */
  async notifyAll(list: Notify[]): Promise<Array<{ id: string; memberId: string }>> {
    const wanted = list.filter((n) => !n.actorId || n.actorId !== n.memberId);
    if (!wanted.length) return [];
    const settings = await this.settingsOf(wanted.map((n) => n.memberId));
    const channelOf = (n: Notify) =>
      settings.get(n.memberId)!.channels[n.kind] ?? DEFAULT_CHANNELS[n.kind];
    const rows = wanted
      .filter((n) => channelOf(n) !== 'off')
      .map((n) => ({ ...n, emailPending: channelOf(n) === 'email' }));
    const made = await this.notifications.insertMany(rows);
    const byKey = new Map(rows.map((r) => [`${r.memberId}|${r.dedupeKey}`, r]));
    const told = made.map((m) => {
      const n = byKey.get(`${m.memberId}|${m.dedupeKey}`)!;
      return {
        id: m.id,
        memberId: m.memberId,
        kind: n.kind,
        channel: channelOf(n),
        emailFrequency: settings.get(m.memberId)!.emailFrequency,
      };
    });
    await this.afterNotified(told);
    return made;
  }

  /** Queues the immediate mails, and pushes the new unread counts once committed. */
  private async afterNotified(
    told: Array<{
      id: string;
      memberId: string;
      kind: NotificationKind;
      channel: NotificationChannel;
      emailFrequency: EmailFrequency;
      /** When the write already counted it. */
      unreadCount?: number;
    }>,
  ): Promise<void> {
    if (!told.length) return;
    for (const t of told)
      if (t.channel === 'email' && t.emailFrequency === 'immediate')
        await this.jobs.enqueue(EMAIL_JOB, { id: t.id }, { jobId: `email:${t.id}` });
    this.db.afterCommit(async () => {
      const unknown = told.filter((t) => t.unreadCount === undefined).map((t) => t.memberId);
      const unread = unknown.length
        ? await this.notifications.unreadCounts(unknown)
        : new Map<string, number>();
      for (const t of told) {
        this.realtime.push(memberRoom(t.memberId), 'notification:new', {
          id: t.id,
          kind: t.kind,
          unreadCount: t.unreadCount ?? unread.get(t.memberId) ?? 0,
        });
      }
    });
  }

  /**
   * Of these members, those who may be told about a post: active, and able to read it (their
   * roles and ranks read in one statement).
   */
  async readersOf(memberIds: readonly string[], post: PostEntity): Promise<Set<string>> {
    return new Set((await this.readers(memberIds, post)).keys());
  }

  /** The same, with each reader as a viewer (their role and rank). */
  async readers(
    memberIds: readonly string[],
    post: Pick<PostEntity, 'id' | 'spaceId' | 'deletedAt' | 'hiddenAt'> & { kind?: PostKind },
  ): Promise<Map<string, Viewer>> {
    const readers = new Map<string, Viewer>();
    if (!memberIds.length) return readers;
    for (const viewer of await this.members.viewers(memberIds))
      if (viewer.status === 'active' && (await this.posts.canRead(viewer, post)))
        readers.set(viewer.memberId, viewer);
    return readers;
  }

  async list(
    viewer: Viewer,
    args: PageArgs & { unreadOnly?: boolean },
  ): Promise<Connection<NotificationRow>> {
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const rows = await this.notifications.list(
      viewer.memberId,
      args.first,
      after,
      args.unreadOnly ?? false,
    );
    return toConnection(rows, args.first, (r) => [r.updatedAt.toISOString(), r.id]);
  }

  async one(viewer: Viewer, id: string): Promise<NotificationRow> {
    const n = isUuid(id) ? await this.notifications.findById(id) : null;
    if (!n || n.memberId !== viewer.memberId) throw notFound('This notification');
    return n;
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.notifications.unreadCount(viewer.memberId);
  }

  /** Marks the given notifications (or all, with null) read and returns the unread count. */
  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    if (ids?.some((id) => !isUuid(id)))
      throw invalidField('ids', 'INVALID_VALUE', 'These notifications do not exist.');
    await this.notifications.markRead(viewer.memberId, ids);
    const unread = await this.notifications.unreadCount(viewer.memberId);
    // The member's other tabs and devices update their bell too.
    this.realtime.push(memberRoom(viewer.memberId), 'notifications:unread', {
      unreadCount: unread,
    });
    return unread;
  }

  async preferences(viewer: Viewer): Promise<Preferences> {
    const s = (await this.settingsOf([viewer.memberId])).get(viewer.memberId)!;
    return {
      emailFrequency: s.emailFrequency,
      channels: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        channel: s.channels[kind] ?? DEFAULT_CHANNELS[kind],
      })),
    };
  }

  async updatePreferences(
    viewer: Viewer,
    input: { emailFrequency?: EmailFrequency; channels?: Preferences['channels'] },
  ): Promise<Preferences> {
    if (input.channels?.some((c) => c.kind === 'moderator_message' && c.channel === 'off')) {
      throw invalidField(
        'channels',
        'INVALID_VALUE',
        'Messages from the moderators cannot be turned off.',
      );
    }
    await this.db.transaction(async () => {
      const s = (await this.settingsOf([viewer.memberId])).get(viewer.memberId)!;
      const channels = { ...s.channels };
      for (const c of input.channels ?? []) channels[c.kind] = c.channel;
      await this.notifications.saveSettings(viewer.memberId, {
        channels,
        emailFrequency: input.emailFrequency ?? s.emailFrequency,
      });
    });
    return this.preferences(viewer);
  }

  /** A moderator writes to one member; it reaches them as a notification (and mail if chosen). */
  async sendMessage(viewer: Viewer, memberId: string, message: string): Promise<void> {
    const text = message.trim();
    if (!text) throw invalidField('message', 'REQUIRED', 'Write a message.');
    const member = isUuid(memberId) ? await this.members.findById(memberId) : null;
    if (!member || member.status === 'pending') throw notFound('This member');
    if (member.id === viewer.memberId)
      throw invalidField('memberId', 'INVALID_VALUE', 'You cannot send a message to yourself.');
    await this.db.transaction(async () => {
      await this.notify({
        memberId: member.id,
        kind: 'moderator_message',
        dedupeKey: `message:${randomUUID()}`,
        params: { message: text },
        actorId: viewer.memberId,
      });
      await this.audit.record(viewer, {
        action: 'member.message',
        target: memberTarget(member),
        after: { message: text },
      });
    });
  }

  /** Run by the hourly job; safe to run any number of times a day. */
  async anniversaries(now = new Date()): Promise<number> {
    const due = await this.members.anniversariesOn(now);
    const made = await this.db.transaction(() =>
      this.notifyAll(
        due.map((d) => ({
          memberId: d.memberId,
          kind: 'anniversary' as const,
          dedupeKey: `anniversary:${d.year}`,
          params: { years: d.years },
        })),
      ),
    );
    return made.length;
  }

  /**
   * A module whose notifications lead to a page of its own (a signed answer link, say) gives
   * their mail its link; by default mail links to the post, or to the notification center.
   */
  linkEmails(type: NotificationSubjectType, link: EmailLink): void {
    this.emailLinks.set(type, link);
  }

  private emailLink(n: NotificationRow): string | null {
    const link = n.subjectType && n.subjectId ? this.emailLinks.get(n.subjectType) : undefined;
    return link ? link({ memberId: n.memberId, subjectId: n.subjectId! }) : null;
  }

  /** Sends one notification's mail, at most once (the claim and the send share a transaction). */
  sendEmail(id: string): Promise<void> {
    return this.db.transaction(async () => {
      const n = await this.notifications.claimEmail(id);
      if (!n) return;
      const member = await this.members.findById(n.memberId);
      if (!member || member.status !== 'active') return;
      const summary = (await this.describeAll(member, [n]))[0];
      const link =
        this.emailLink(n) ??
        (n.postId
          ? `${this.config.PUBLIC_URL}/posts/${n.postId}`
          : `${this.config.PUBLIC_URL}/notifications`);
      await this.mail.send(member.email, 'notification', member.locale, {
        community: (await this.community.settings()).name,
        name: member.displayName,
        summary,
        link,
        settings: `${this.config.PUBLIC_URL}/settings/notifications`,
      });
    });
  }

  /** One digest mail per member on the daily digest whose mail is waiting. */
  async sendDigests(): Promise<number> {
    let sent = 0;
    for (const memberId of await this.notifications.dueForDigest(500)) {
      await this.db.transaction(async () => {
        const member = await this.members.findById(memberId);
        const rows = await this.notifications.claimDigest(memberId);
        if (!member || member.status !== 'active' || !rows.length) return;
        const lines = await this.describeAll(member, rows);
        await this.mail.send(member.email, 'digest', member.locale, {
          community: (await this.community.settings()).name,
          name: member.displayName,
          count: String(rows.length),
          lines: lines
            .map((l, i) => {
              const link = this.emailLink(rows[i]);
              return `・${l}${link ? `\n  ${link}` : ''}`;
            })
            .join('\n'),
          link: `${this.config.PUBLIC_URL}/notifications`,
          settings: `${this.config.PUBLIC_URL}/settings/notifications`,
        });
        sent++;
      });
    }
    return sent;
  }

  private async describeAll(member: MemberEntity, rows: NotificationRow[]): Promise<string[]> {
    const actors = await this.notifications.actors(
      rows.map((r) => r.id),
      1,
    );
    const actorOf = new Map(actors.map((a) => [a.notificationId, a.actorId]));
    const people = new Map(
      (await this.members.findByIds([...new Set(actorOf.values())])).map((m) => [m.id, m]),
    );
    const posts = new Map(
      (await this.posts.findByIds(rows.flatMap((r) => (r.postId ? [r.postId] : [])))).map((p) => [
        p.id,
        p,
      ]),
    );
    return rows.map((r) =>
      notificationSentence(member.locale, r.kind, {
        actor: people.get(actorOf.get(r.id) ?? '')?.displayName ?? '',
        others: Math.max(0, r.actorCount - 1),
        title: posts.get(r.postId ?? '')?.title ?? '',
        ...r.params,
        name: subjectName(r.params, member.locale),
      }),
    );
  }

  /** Each member's settings, or the defaults for those who never chose. */
  private async settingsOf(memberIds: readonly string[]): Promise<Map<string, SettingsRow>> {
    const saved = await this.notifications.settings(memberIds);
    return new Map(memberIds.map((id) => [id, saved.get(id) ?? DEFAULT_SETTINGS]));
  }
}
