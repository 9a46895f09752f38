import { Injectable } from '@nestjs/common';
import { MODERATION_LIMITS, type WatchedWordAction } from '@kizuna/shared';
import { AuditTrail } from '../../core/audit/audit-trail.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { conflict, invalidField, notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import {
  WatchedWordsRepository,
  compact,
  type WatchedWordRow,
} from './watched-words.repository.js';

@Injectable()
export class WatchedWordsService {
  constructor(
    private readonly db: Db,
    private readonly words: WatchedWordsRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<WatchedWordRow[]> {
    return this.words.list();
  }

  add(viewer: Viewer, word: string, action: WatchedWordAction): Promise<WatchedWordRow> {
    const trimmed = word.trim();
    if (compact(trimmed).length < 2)
      throw invalidField('word', 'TOO_SHORT', 'A watched word needs at least 2 letters.');
    return this.db.transaction(async () => {
      if ((await this.words.countLocked()) >= MODERATION_LIMITS.watchedWordsMax)
        throw invalidField(
          'word',
          'OUT_OF_RANGE',
          `At most ${MODERATION_LIMITS.watchedWordsMax} words can be watched.`,
        );
      const added = await this.words.add(trimmed, action, viewer.memberId);
      if (!added) throw conflict('word', 'This word is already watched.');
      await this.audit.record(viewer, {
        action: 'watchedWord.add',
        target: { type: 'watchedWord', id: added.id, label: added.word },
        after: { word: added.word, action },
      });
      return added;
    });
  }

  remove(viewer: Viewer, id: string): Promise<WatchedWordRow> {
    return this.db.transaction(async () => {
      const removed = isUuid(id) ? await this.words.remove(id) : null;
      if (!removed) throw notFound('This watched word');
      await this.audit.record(viewer, {
        action: 'watchedWord.remove',
        target: { type: 'watchedWord', id: removed.id, label: removed.word },
        before: { word: removed.word, action: removed.action },
      });
      return removed;
    });
  }
}
