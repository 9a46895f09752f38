import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';

@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly db: Db) {}

  async create(memberId: string, tokenHash: string, ttlSeconds: number): Promise<void> {
    await this.db.query(
      `INSERT INTO password_resets (member_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [memberId, tokenHash, ttlSeconds],
    );
  }

  /** Marks a valid token used and returns its member, in one statement so a token works once. */
  async consume(tokenHash: string): Promise<string | null> {
    const rows = await this.db.query<Array<{ member_id: string }>>(
      `UPDATE password_resets SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING member_id`,
      [tokenHash],
    );
    return rows[0]?.member_id ?? null;
  }

  /** A new password makes every other outstanding reset link useless. */
  async invalidateForMember(memberId: string): Promise<void> {
    await this.db.query(
      `UPDATE password_resets SET used_at = now() WHERE member_id = $1 AND used_at IS NULL`,
      [memberId],
    );
  }
}
