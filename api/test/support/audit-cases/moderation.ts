import { asViewer, buildMember, buildPost, buildSpace, uniqueHandle } from '../factories.js';
import { MembersService } from '../../../src/modules/members/members.service.js';
import { ModerationService } from '../../../src/modules/moderation/moderation.service.js';
import { WatchedWordsService } from '../../../src/modules/moderation/watched-words.service.js';
import type { AuditCase } from './types.js';

export const moderationCases: Record<string, AuditCase> = {
  resolveReviewItem: async ({ app }) => {
    const author = await buildMember(app);
    const post = await buildPost(app, author, { spaceId: (await buildSpace(app)).id });
    const item = await app.get(ModerationService).flag(asViewer(await buildMember(app)), {
      targetType: 'post',
      targetId: post.id,
      reason: 'spam',
    });
    return {
      doc: `mutation { resolveReviewItem(input: { itemId: "${item.id}", action: AGREE_HIDE }) { id } }`,
      action: 'review.resolve',
    };
  },
  warnMember: async ({ app }) => {
    const m = await buildMember(app);
    return {
      doc: `mutation { warnMember(input: { memberId: "${m.id}", reason: "勧誘", message: "ご注意ください" }) { id } }`,
      action: 'member.warn',
    };
  },
  silenceMember: async ({ app }) => {
    const m = await buildMember(app);
    return {
      doc: `mutation { silenceMember(input: { memberId: "${m.id}", days: 3, reason: "荒らし" }) { id } }`,
      action: 'member.silence',
    };
  },
  unsilenceMember: async ({ app, admin }) => {
    const m = await buildMember(app);
    await app
      .get(MembersService)
      .silence(asViewer(admin), m.id, 'r', new Date(Date.now() + 86_400_000));
    return {
      doc: `mutation { unsilenceMember(memberId: "${m.id}") { id } }`,
      action: 'member.unsilence',
    };
  },
  updateModerationSettings: async () => ({
    doc: `mutation { updateModerationSettings(input: { hideThreshold: 4 }) { hideThreshold } }`,
    action: 'moderationSettings.update',
  }),
  addWatchedWord: async () => ({
    doc: `mutation { addWatchedWord(input: { word: "${uniqueHandle('w')}", action: FLAG }) { id } }`,
    action: 'watchedWord.add',
  }),
  removeWatchedWord: async ({ app, admin }) => {
    const w = await app.get(WatchedWordsService).add(asViewer(admin), uniqueHandle('w'), 'flag');
    return {
      doc: `mutation { removeWatchedWord(id: "${w.id}") { id } }`,
      action: 'watchedWord.remove',
    };
  },
};
