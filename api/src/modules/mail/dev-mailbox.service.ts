import { Injectable } from '@nestjs/common';
import { DevMailRepository } from '../../core/mail/dev-mail.repository.js';
import { decodeCursor, toConnection, type PageArgs } from '../../core/graphql/pagination.js';

@Injectable()
export class DevMailboxService {
  constructor(private readonly devMail: DevMailRepository) {}

  async list(args: PageArgs) {
    const after = decodeCursor(args.after, ['int']);
    const rows = await this.devMail.list(args.first, after?.[0] ?? null);
    return toConnection(rows, args.first, (m) => [m.id]);
  }
}
