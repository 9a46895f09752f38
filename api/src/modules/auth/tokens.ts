import { createHmac, randomBytes } from 'node:crypto';

export const newToken = () => randomBytes(32).toString('base64url');

/** Only keyed hashes of session and reset tokens are stored: a database copy cannot sign anyone in. */
export const hashToken = (secret: string, token: string) =>
  createHmac('sha256', secret).update(token).digest('hex');
