import { randomBytes } from 'node:crypto';
import { asViewer, buildComment, buildMember, buildPost, buildSpace } from '../factories.js';
import { CommunityService } from '../../../src/modules/community/community.service.js';
import { ReactionsService } from '../../../src/modules/reactions/reactions.service.js';
import { SpacesService } from '../../../src/modules/spaces/spaces.service.js';
import type { AuditCase, AuditWorld } from './types.js';

const hex = () => randomBytes(4).toString('hex');

async function postInSpace({ app }: AuditWorld) {
  const space = await buildSpace(app);
  const author = await buildMember(app);
  return { post: await buildPost(app, author, { spaceId: space.id }), author };
}

export const communityCases: Record<string, AuditCase> = {
  updateCommunity: async () => ({
    doc: `mutation { updateCommunity(input: { description: "監査 ${hex()}" }) { name } }`,
    action: 'community.update',
  }),
  createInvite: async () => ({
    doc: `mutation { createInvite(input: { note: "山田さん", maxUses: 3 }) { code } }`,
    action: 'invite.create',
  }),
  revokeInvite: async ({ app, admin }) => {
    const invite = await app
      .get(CommunityService)
      .createInvite(asViewer(admin), { note: '佐藤さん', maxUses: 1 });
    return {
      doc: `mutation { revokeInvite(id: "${invite.id}") { status } }`,
      action: 'invite.revoke',
    };
  },
  createSpace: async () => ({
    doc: `mutation { createSpace(input: { slug: "audit-${hex()}", nameJa: "焙煎", nameEn: "Roasting" }) { id } }`,
    action: 'space.create',
  }),
  updateSpace: async ({ app }) => {
    const space = await buildSpace(app);
    return {
      doc: `mutation { updateSpace(input: { id: "${space.id}", nameEn: "Brewing", archived: true }) { id } }`,
      action: 'space.update',
    };
  },
  reorderSpaces: async ({ app }) => {
    await buildSpace(app);
    await buildSpace(app);
    const ids = (await app.get(SpacesService).active()).map((s) => s.id);
    ids.push(...ids.splice(-2).reverse());
    return {
      doc: `mutation($ids: [ID!]!) { reorderSpaces(ids: $ids) { id } }`,
      variables: { ids },
      action: 'spaces.reorder',
    };
  },
  moderatePost: async (w) => {
    const { post } = await postInSpace(w);
    return {
      doc: `mutation { moderatePost(input: { id: "${post.id}", pinned: true, locked: true }) { id } }`,
      action: 'post.moderate',
    };
  },
  hideComment: async (w) => {
    const { post, author } = await postInSpace(w);
    const comment = await buildComment(w.app, author, { postId: post.id });
    return {
      doc: `mutation { hideComment(input: { id: "${comment.id}", hidden: true, reason: "宣伝" }) { id } }`,
      action: 'comment.hide',
    };
  },
  updateReactionKinds: async ({ app }) => {
    const [kind] = await app.get(ReactionsService).kinds();
    return {
      doc: `mutation($kinds: [ReactionKindInput!]!) { updateReactionKinds(kinds: $kinds) { key } }`,
      variables: {
        kinds: [{ ...kind, labelEn: kind.labelEn === 'Audited' ? 'Audited again' : 'Audited' }],
      },
      action: 'reactionKinds.update',
    };
  },
  sendMemberMessage: async ({ app }) => {
    const member = await buildMember(app);
    return {
      doc: `mutation { sendMemberMessage(input: { memberId: "${member.id}", message: "こんにちは" }) }`,
      action: 'member.message',
    };
  },
  messageMembers: async ({ app }) => {
    const a = await buildMember(app);
    const b = await buildMember(app);
    return {
      doc: `mutation { messageMembers(memberIds: ["${a.id}", "${b.id}"], subject: "お知らせ", body: "来週のイベントのご案内です。") }`,
      action: 'members.message',
    };
  },
};
