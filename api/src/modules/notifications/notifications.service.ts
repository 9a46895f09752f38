import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_CHANNELS,
  NOTIFICATION_KINDS,
  memberRoom,
  type EmailFrequency,
  type NotificationChannel,
  type NotificationKind,
} from '@kizuna/shared';
import { CONFIG, type Config } from '../../config/env.js';
import { Db } from '../../core/database/db.js';
import { invalidField, notFound } from '../../core/errors/app-error.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { isStaff, type Viewer } from '../../core/auth/viewer.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { MailService } from '../../core/mail/mail.service.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { CommunityService } from '../community/community.service.js';
import { MembersRepository } from '../members/members.repository.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { PostsRepository } from '../posts/posts.repository.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import { SpacesRepository } from '../spaces/spaces.repository.js';
import { SpacePolicy } from '../spaces/spaces.policy.js';
import { describe } from './notification-text.js';
import {
  NotificationsRepository,
  type NewNotification,
  type NotificationRow,
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

const asViewer = (m: MemberEntity): Viewer => ({
  memberId: m.id,
  sessionId: '',
  role: m.role,
  status: m.status,
  locale: m.locale,
});

@Injectable()
export class NotificationsService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: Db,
    private readonly notifications: NotificationsRepository,
    private readonly members: MembersRepository,
    private readonly posts: PostsRepository,
    private readonly spaces: SpacesRepository,
    private readonly community: CommunityService,
    private readonly realtime: RealtimeService,
    private readonly mail: MailService,
    private readonly jobs: Jobs,
  ) {}

  /**
   * Records a notification for a member, honouring their preferences; nothing for their own
   * actions, and nothing twice for the same key. The push and the mail follow the commit.
   */
  async notify(n: Notify): Promise<string | null> {
    if (n.actorId && n.actorId === n.memberId) return null;
    const settings = await this.settingsOf(n.memberId);
    const channel = settings.channels[n.kind] ?? DEFAULT_CHANNELS[n.kind];
    if (channel === 'off') return null;
    const row: NewNotification = { ...n, emailPending: channel === 'email' };
    const id =
      n.grouped && n.actorId
        ? await this.notifications.group({ ...row, actorId: n.actorId })
        : await this.notifications.insert(row);
    if (!id) return null;
    this.db.afterCommit(async () => {
      await this.pushUnread(n.memberId, { id, kind: n.kind });
      if (channel === 'email' && settings.emailFrequency === 'immediate') {
        await this.jobs.enqueue(EMAIL_JOB, { id }, { jobId: `email:${id}` });
      }
    });
    return id;
  }

  /** Whether a member may be told about a post: they must be able to read it. */
  async canRead(member: MemberEntity | null, post: PostEntity): Promise<boolean> {
    if (!member || member.status !== 'active' || post.deletedAt) return false;
    const viewer = {
      ...asViewer(member),
      rankPosition: await this.notifications.rankOf(member.id),
    };
    if (post.hiddenAt && !isStaff(viewer)) return false;
    const space = await this.spaces.findById(post.spaceId);
    return !!space && SpacePolicy.canSee(viewer, space);
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
    const s = await this.settingsOf(viewer.memberId);
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
      const s = await this.settingsOf(viewer.memberId);
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
    await this.db.transaction(() =>
      this.notify({
        memberId: member.id,
        kind: 'moderator_message',
        dedupeKey: `message:${randomUUID()}`,
        data: { message: text },
        actorId: viewer.memberId,
      }),
    );
  }

  /** Run by the hourly job; safe to run any number of times a day. */
  async anniversaries(now = new Date()): Promise<number> {
    const created = await this.db.transaction(async () => {
      const rows = await this.notifications.anniversaries(now);
      this.db.afterCommit(async () => {
        for (const r of rows) {
          await this.pushUnread(r.memberId, { id: r.id, kind: 'anniversary' });
          if (r.emailPending && (await this.settingsOf(r.memberId)).emailFrequency === 'immediate')
            await this.jobs.enqueue(EMAIL_JOB, { id: r.id }, { jobId: `email:${r.id}` });
        }
      });
      return rows;
    });
    return created.length;
  }

  /** Sends one notification's mail, at most once (the claim and the send share a transaction). */
  sendEmail(id: string): Promise<void> {
    return this.db.transaction(async () => {
      const n = await this.notifications.claimEmail(id);
      if (!n) return;
      const member = await this.members.findById(n.memberId);
      if (!member || member.status !== 'active') return;
      const summary = (await this.describeAll(member, [n]))[0];
      const link = n.postId
        ? `${this.config.PUBLIC_URL}/posts/${n.postId}`
        : `${this.config.PUBLIC_URL}/notifications`;
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
          lines: lines.map((l) => `・${l}`).join('\n'),
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
      describe(r.kind, member.locale, {
        actor: people.get(actorOf.get(r.id) ?? '')?.displayName ?? '',
        others: Math.max(0, r.actorCount - 1),
        title: posts.get(r.postId ?? '')?.title ?? '',
        years: r.data.years ?? 0,
        message: r.data.message ?? '',
      }),
    );
  }

  private async pushUnread(memberId: string, n: { id: string; kind: NotificationKind }) {
    const unreadCount = await this.notifications.unreadCount(memberId);
    this.realtime.push(memberRoom(memberId), 'notification:new', { ...n, unreadCount });
  }

  private async settingsOf(memberId: string): Promise<SettingsRow> {
    return (
      (await this.notifications.settings(memberId)) ?? { channels: {}, emailFrequency: 'daily' }
    );
  }
}
