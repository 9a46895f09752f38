import { randomBytes } from 'node:crypto';
import { asViewer, buildMember } from '../factories.js';
import { BadgesService } from '../../../src/modules/badges/badges.service.js';
import { EventsService } from '../../../src/modules/events/events.service.js';
import { MissionsService } from '../../../src/modules/missions/missions.service.js';
import { PointsAdminService } from '../../../src/modules/points/points-admin.service.js';
import type { AuditCase, AuditWorld } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

async function manualBadge({ app, admin }: AuditWorld) {
  return app.get(BadgesService).create(asViewer(admin), {
    key: `audit-${randomBytes(4).toString('hex')}`,
    nameJa: '監査バッジ',
    nameEn: 'Audit badge',
    descriptionJa: '',
    descriptionEn: '',
    icon: '🏅',
    criterion: 'manual',
    threshold: 1,
    enabled: true,
  });
}

function mission({ app, admin }: AuditWorld) {
  return app.get(MissionsService).create(asViewer(admin), {
    titleJa: '今週のミッション',
    titleEn: 'This week’s mission',
    descriptionJa: '',
    descriptionEn: '',
    steps: [{ action: 'post', count: 1 }],
    startsAt: inDays(-1),
    endsAt: inDays(6),
    rewardPoints: 10,
  });
}

/** A published online event; starting within the hour when `soon`, so check-in is open. */
function event({ app, admin }: AuditWorld, o: { publish?: boolean; soon?: boolean } = {}) {
  const startsAt = o.soon ? new Date(Date.now() + HOUR) : inDays(7);
  return app.get(EventsService).create(asViewer(admin), {
    title: '焙煎ワークショップ',
    description: '',
    kind: 'online',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    timeZone: 'Asia/Tokyo',
    publish: o.publish ?? true,
  });
}

/** A member holding a seat at an event starting within the hour. */
async function seated(w: AuditWorld) {
  const e = await event(w, { soon: true });
  const member = await buildMember(w.app);
  await w.app
    .get(EventsService)
    .rsvp(asViewer(member), { eventId: e.id, status: 'going', guests: 0 });
  return { e, member };
}

export const gamificationCases: Record<string, AuditCase> = {
  updatePointRules: async ({ app }) => {
    const [rule] = await app.get(PointsAdminService).rules();
    return {
      doc: `mutation($r: [PointRuleInput!]!) { updatePointRules(rules: $r) { key } }`,
      variables: {
        r: [
          {
            key: rule.key,
            points: rule.points + 1,
            dailyCap: rule.dailyCap,
            enabled: rule.enabled,
          },
        ],
      },
      action: 'pointRules.update',
    };
  },
  updateRanks: async ({ app }) => {
    const ranks = await app.get(PointsAdminService).ranks();
    return {
      doc: `mutation($r: [RankInput!]!) { updateRanks(ranks: $r) { id } }`,
      variables: {
        r: ranks.map(({ id: _id, position, ...r }) => ({
          ...r,
          perksEn: position === ranks.length ? `${r.perksEn} (revised)`.trim() : r.perksEn,
        })),
      },
      action: 'ranks.update',
    };
  },
  adjustPoints: async ({ app }) => {
    const m = await buildMember(app);
    return {
      doc: `mutation { adjustPoints(input: { memberId: "${m.id}", points: 20, reason: "イベントのお手伝い" }) { balance } }`,
      action: 'points.adjust',
    };
  },
  createBadge: async () => ({
    doc: `mutation { createBadge(input: { key: "audit-${randomBytes(4).toString('hex')}", nameJa: "常連", nameEn: "Regular", criterion: MANUAL }) { id } }`,
    action: 'badge.create',
  }),
  updateBadge: async (w) => {
    const b = await manualBadge(w);
    return {
      doc: `mutation { updateBadge(input: { id: "${b.id}", nameEn: "Audited badge" }) { id } }`,
      action: 'badge.update',
    };
  },
  awardBadge: async (w) => {
    const b = await manualBadge(w);
    const m = await buildMember(w.app);
    return {
      doc: `mutation { awardBadge(input: { memberId: "${m.id}", badgeId: "${b.id}", reason: "手伝ってくれた" }) { grantedAt } }`,
      action: 'badge.award',
    };
  },
  revokeBadge: async (w) => {
    const b = await manualBadge(w);
    const m = await buildMember(w.app);
    await w.app
      .get(BadgesService)
      .award(asViewer(w.admin), { memberId: m.id, badgeId: b.id, reason: '手伝ってくれた' });
    return {
      doc: `mutation { revokeBadge(input: { memberId: "${m.id}", badgeId: "${b.id}", reason: "誤って付与" }) { grantedAt } }`,
      action: 'badge.revoke',
    };
  },
  createMission: async () => ({
    doc: `mutation($i: CreateMissionInput!) { createMission(input: $i) { id } }`,
    variables: {
      i: {
        titleJa: '初投稿',
        titleEn: 'First post',
        steps: [{ action: 'POST', count: 1 }],
        startsAt: inDays(-1).toISOString(),
        endsAt: inDays(6).toISOString(),
        rewardPoints: 10,
      },
    },
    action: 'mission.create',
  }),
  updateMission: async (w) => {
    const m = await mission(w);
    return {
      doc: `mutation { updateMission(input: { id: "${m.id}", rewardPoints: 25 }) { id } }`,
      action: 'mission.update',
    };
  },
  archiveMission: async (w) => {
    const m = await mission(w);
    return { doc: `mutation { archiveMission(id: "${m.id}") { id } }`, action: 'mission.archive' };
  },
  createEvent: async () => ({
    doc: `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
    variables: {
      i: {
        title: '焙煎ワークショップ',
        kind: 'ONLINE',
        startsAt: inDays(7).toISOString(),
        endsAt: new Date(inDays(7).getTime() + 2 * HOUR).toISOString(),
        timeZone: 'Asia/Tokyo',
      },
    },
    action: 'event.create',
  }),
  updateEvent: async (w) => {
    const e = await event(w);
    return {
      doc: `mutation { updateEvent(input: { id: "${e.id}", title: "焙煎ワークショップ（第2回）" }) { id } }`,
      action: 'event.update',
    };
  },
  duplicateEvent: async (w) => {
    const e = await event(w);
    return { doc: `mutation { duplicateEvent(id: "${e.id}") { id } }`, action: 'event.duplicate' };
  },
  publishEvent: async (w) => {
    const e = await event(w, { publish: false });
    return { doc: `mutation { publishEvent(id: "${e.id}") { id } }`, action: 'event.publish' };
  },
  cancelEvent: async (w) => {
    const e = await event(w);
    return { doc: `mutation { cancelEvent(id: "${e.id}") { id } }`, action: 'event.cancel' };
  },
  checkInAttendee: async (w) => {
    const { e, member } = await seated(w);
    return {
      doc: `mutation { checkInAttendee(input: { eventId: "${e.id}", memberId: "${member.id}" }) { status } }`,
      action: 'event.checkIn',
    };
  },
  undoCheckIn: async (w) => {
    const { e, member } = await seated(w);
    await w.app
      .get(EventsService)
      .checkIn(asViewer(w.admin), { eventId: e.id, memberId: member.id });
    return {
      doc: `mutation { undoCheckIn(input: { eventId: "${e.id}", memberId: "${member.id}", reason: "別の方のチケットを読み取りました" }) { status } }`,
      action: 'event.undoCheckIn',
    };
  },
  messageEventAttendees: async (w) => {
    const { e } = await seated(w);
    return {
      doc: `mutation { messageEventAttendees(input: { eventId: "${e.id}", audience: GOING, message: "開始10分前に入室してください" }) }`,
      action: 'event.message',
    };
  },
};
