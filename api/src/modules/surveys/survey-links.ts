import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SURVEY_LIMITS } from '@kizuna/shared';
import { CONFIG, type Config } from '../../config/env.js';
import { isUuid } from '../../core/ids.js';

const DAY_MS = 86_400_000;

/**
 * The answer links mailed to the members a survey asks: `<member>.<expiry>.<mac>`, signed over
 * the survey, the member and the expiry, so a link answers one survey as one member until it
 * expires, and nothing else. Their key is derived from the app secret for links alone, so no
 * other use of the secret can make one.
 */
@Injectable()
export class SurveyLinks {
  private readonly key: Buffer;

  constructor(@Inject(CONFIG) private readonly config: Config) {
    this.key = createHmac('sha256', config.SESSION_SECRET).update('survey-link').digest();
  }

  token(surveyId: string, memberId: string, now = new Date()): string {
    const expires = Math.floor((now.getTime() + SURVEY_LIMITS.linkDays * DAY_MS) / 1000);
    return `${memberId}.${expires}.${this.mac(surveyId, memberId, expires)}`;
  }

  url(surveyId: string, memberId: string): string {
    return `${this.config.PUBLIC_URL}/surveys/${surveyId}?t=${this.token(surveyId, memberId)}`;
  }

  /** The member a token answers the survey as; null when it is not valid for it, or expired. */
  memberOf(surveyId: string, token: string, now = new Date()): string | null {
    const [memberId, expiresText, mac, extra] = token.split('.');
    if (
      extra !== undefined ||
      !memberId ||
      !isUuid(memberId) ||
      !/^\d{1,12}$/.test(expiresText ?? '')
    )
      return null;
    const expires = Number(expiresText);
    if (expires * 1000 <= now.getTime()) return null;
    const want = Buffer.from(this.mac(surveyId, memberId, expires));
    const got = Buffer.from(mac ?? '');
    return want.length === got.length && timingSafeEqual(want, got) ? memberId : null;
  }

  private mac(surveyId: string, memberId: string, expires: number): string {
    return createHmac('sha256', this.key)
      .update(`${surveyId}:${memberId}:${expires}`)
      .digest('base64url');
  }
}
