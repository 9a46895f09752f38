import type { INestApplicationContext } from '@nestjs/common';
import type { EventKind, RecurrenceFrequency } from '@kizuna/shared';
import { Db } from '../core/database/db.js';
import { asSeedViewer } from './seed-viewer.js';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';
import { ActivityRules } from '../modules/activity/activity.rules.js';
import { ActivityService } from '../modules/activity/activity.service.js';
import { EventsRepository } from '../modules/events/events.repository.js';
import { EventsService } from '../modules/events/events.service.js';
import { CommentsService } from '../modules/posts/comments.service.js';
import { random } from './seed-content.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface DemoEvent {
  title: string;
  description: string;
  kind: EventKind;
  venueName?: string;
  venueAddress?: string;
  joinUrl?: string;
  /** Days from now (negative: past) and the hour it starts in Tokyo. */
  day: number;
  hour: number;
  hours: number;
  capacity?: number;
  minRankPosition?: number;
  /** Past: how many held a seat and how many of them came. Upcoming: how many say going. */
  going: number;
  attended?: number;
  /** Created as a series; RSVPs go to its first occurrence. */
  recurrence?: { frequency: RecurrenceFrequency; count: number };
  /** A question on its discussion and the organiser's answer. */
  discussion?: { question: string; answer: string };
}

const TOKYO = 'Asia/Tokyo';
const VENUE = { venueName: 'こもれび珈琲 焙煎所', venueAddress: '東京都目黒区中目黒 1-2-3' };

const EVENTS: DemoEvent[] = [
  {
    title: 'ハンドドリップ入門ワークショップ',
    description:
      'ペーパードリップの基本を、焙煎所のスタッフと一緒に練習します。器具は貸し出します。',
    kind: 'in_person',
    ...VENUE,
    day: -58,
    hour: 14,
    hours: 2,
    capacity: 12,
    going: 12,
    attended: 10,
  },
  {
    title: 'オンライン カッピング会「エチオピア飲み比べ」',
    description: '事前にお送りする 3 種の豆を、画面越しに一緒にカッピングします。',
    kind: 'online',
    joinUrl: 'https://meet.example.com/komorebi-cupping',
    day: -30,
    hour: 20,
    hours: 1,
    going: 16,
    attended: 13,
  },
  {
    title: '新豆お披露目会',
    description: '今シーズンの新しい豆を試飲しながら、焙煎士が産地の話をします。',
    kind: 'hybrid',
    ...VENUE,
    joinUrl: 'https://meet.example.com/komorebi-new-crop',
    day: -12,
    hour: 15,
    hours: 2,
    capacity: 20,
    going: 18,
    attended: 15,
  },
  {
    title: 'ラテアート教室（少人数）',
    description:
      'ミルクのスチームからハート、リーフまで。少人数なので満席の場合はキャンセル待ちへ。',
    kind: 'in_person',
    ...VENUE,
    day: 9,
    hour: 13,
    hours: 2,
    capacity: 6,
    going: 9,
    discussion: {
      question: 'ミルクは低脂肪のものでも練習できますか？',
      answer: '泡は立ちますが、最初は成分無調整の牛乳がおすすめです。当日はこちらで用意します。',
    },
  },
  {
    title: '月例カッピング会',
    description: '毎月20日の夜、その月の豆をみんなでカッピングします。どの回からでも参加できます。',
    kind: 'in_person',
    ...VENUE,
    day: 20,
    hour: 19,
    hours: 2,
    capacity: 15,
    going: 5,
    recurrence: { frequency: 'monthly', count: 3 },
  },
  {
    title: '焙煎度合いの勉強会（オンライン）',
    description:
      '浅煎りから深煎りまで、焙煎度合いで味がどう変わるのかを学びます。録画はありません。',
    kind: 'online',
    joinUrl: 'https://meet.example.com/komorebi-roast-study',
    day: 5,
    hour: 20,
    hours: 1,
    going: 7,
  },
  {
    title: 'ゲイシャ種 限定テイスティング',
    description: '常連の皆さまへの感謝を込めた、ランク限定のテイスティング会です。',
    kind: 'in_person',
    ...VENUE,
    day: 16,
    hour: 18,
    hours: 2,
    capacity: 8,
    minRankPosition: 3,
    going: 0,
  },
];

/** Tokyo's `hour` on the day `day` days from today, as an instant. */
function tokyoTime(now: number, day: number, hour: number): Date {
  const date = new Date(now + day * DAY).toLocaleDateString('en-CA', { timeZone: TOKYO });
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+09:00`);
}

/**
 * Past events with their attendance (seats and check-ins recorded as the activities they were,
 * at the time), an upcoming full event with a waitlist, an online study session and a
 * rank-gated tasting. Runs inside the demo seed's transaction.
 */
export async function seedEvents(
  app: INestApplicationContext,
  members: MemberEntity[],
  moderator: MemberEntity,
  now: number,
): Promise<void> {
  const db = app.get(Db);
  const events = app.get(EventsService);
  const repo = app.get(EventsRepository);
  const rnd = random(20261203);
  const regulars = members.filter((m) => m.role === 'member');
  const activities = [];
  for (const e of EVENTS) {
    const startsAt = tokyoTime(now, e.day, e.hour);
    const created = await events.create(asSeedViewer(moderator), {
      title: e.title,
      description: e.description,
      kind: e.kind,
      venueName: e.venueName,
      venueAddress: e.venueAddress,
      joinUrl: e.joinUrl,
      startsAt,
      endsAt: new Date(startsAt.getTime() + e.hours * HOUR),
      timeZone: TOKYO,
      capacity: e.capacity ?? null,
      minRankPosition: e.minRankPosition ?? null,
      publish: true,
      recurrence: e.recurrence ?? null,
    });
    if (e.discussion) {
      const asker = regulars[rnd.int(regulars.length)];
      const comments = app.get(CommentsService);
      const question = await comments.create(asSeedViewer(asker), {
        postId: created.discussionPostId!,
        body: e.discussion.question,
      });
      await comments.create(asSeedViewer(moderator), {
        postId: created.discussionPostId!,
        body: e.discussion.answer,
        parentId: question.id,
      });
    }
    const people = [...regulars].sort(() => rnd.next() - 0.5).slice(0, e.going);
    if (e.day > 0) {
      for (const m of people)
        await events.rsvp(asSeedViewer(m), { eventId: created.id, status: 'going' });
      continue;
    }
    // Past events cannot take RSVPs any more: their seats are written as they were.
    const answeredAt = new Date(startsAt.getTime() - 5 * DAY);
    for (const [i, m] of people.entries()) {
      await repo.saveRsvp({
        eventId: created.id,
        memberId: m.id,
        status: 'going',
        guests: 0,
        queue: 'clear',
        ticketCode: events.ticketCode(created.id, m.id),
      });
      activities.push(
        ...ActivityRules.seatTaken({
          eventId: created.id,
          memberId: m.id,
          spaceId: null,
        }).record.map((a) => ({ ...a, occurredAt: answeredAt })),
      );
      if (i < (e.attended ?? 0)) {
        const at = new Date(startsAt.getTime() + (5 + rnd.int(20)) * 60_000);
        await db.query(
          `UPDATE event_rsvps SET checked_in_at = $3, checked_in_by = $4, responded_at = $5
            WHERE event_id = $1 AND member_id = $2`,
          [created.id, m.id, at, moderator.id, answeredAt],
        );
        activities.push(
          ...ActivityRules.attended({
            eventId: created.id,
            memberId: m.id,
            spaceId: null,
          }).record.map((a) => ({ ...a, occurredAt: at })),
        );
      }
    }
    await repo.setCounts(created.id, people.length, 0);
  }
  await app.get(ActivityService).recordAll(activities);
}
