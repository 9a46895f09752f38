import type { INestApplicationContext } from '@nestjs/common';
import { asSeedViewer } from './seed-viewer.js';
import { Db } from '../core/database/db.js';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';
import { MembersService } from '../modules/members/members.service.js';
import { ModerationService } from '../modules/moderation/moderation.service.js';
import { WatchedWordsService } from '../modules/moderation/watched-words.service.js';

/**
 * Watched words, one post in the review queue (flagged twice, below the threshold that hides
 * it) and a warning in a member's record, so the moderation pages have something to show.
 */
export async function seedModeration(
  app: INestApplicationContext,
  members: MemberEntity[],
): Promise<void> {
  const moderator = asSeedViewer(members.find((m) => m.role === 'moderator')!);
  const words = app.get(WatchedWordsService);
  await words.add(moderator, '激安', 'block');
  await words.add(moderator, '副業', 'approve');
  await words.add(moderator, 'LINE追加', 'flag');
  const [post] = await app.get(Db).query<Array<{ id: string; authorId: string }>>(
    `SELECT id, author_id AS "authorId" FROM posts
        WHERE space_id IS NOT NULL AND deleted_at IS NULL AND hidden_at IS NULL
        ORDER BY created_at DESC LIMIT 1`,
  );
  const regulars = members.filter((m) => m.role === 'member' && m.id !== post?.authorId);
  if (!post || regulars.length < 3) return;
  const moderation = app.get(ModerationService);
  await moderation.flag(asSeedViewer(regulars[0]), {
    targetType: 'post',
    targetId: post.id,
    reason: 'off_topic',
  });
  await moderation.flag(asSeedViewer(regulars[1]), {
    targetType: 'post',
    targetId: post.id,
    reason: 'other',
    note: 'お店の宣伝だけの投稿に見えます',
  });
  await app
    .get(MembersService)
    .warn(
      moderator,
      regulars[2].id,
      '他の方への強い言葉',
      'コメントでの言葉づかいが強すぎるとのご意見がありました。相手を尊重した表現をお願いします。',
    );
}
