import { createHmac, randomUUID } from 'node:crypto';
import type { Config } from '../../config/env.js';
import { SurveyLinks } from './survey-links.js';

const SECRET = 'a-session-secret-of-enough-length-for-tests';

describe('survey links', () => {
  const links = new SurveyLinks({
    SESSION_SECRET: SECRET,
    PUBLIC_URL: 'https://community.example',
  } as Config);
  const [survey, member] = [randomUUID(), randomUUID()];

  it('answer one survey as one member', () => {
    const token = links.token(survey, member);
    expect(links.memberOf(survey, token)).toBe(member);
    expect(links.memberOf(randomUUID(), token)).toBeNull();
  });

  it('are signed with a key of their own, not the session secret', () => {
    const expires = Math.floor(Date.now() / 1000) + 3600;
    for (const text of [
      `survey-link:${survey}:${member}:${expires}`,
      `${survey}:${member}:${expires}`,
    ]) {
      const mac = createHmac('sha256', SECRET).update(text).digest('base64url');
      expect(links.memberOf(survey, `${member}.${expires}.${mac}`)).toBeNull();
    }
  });
});
