import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OriginalType, VariantName } from '../media.rules.js';

export interface StoredVariant {
  width: number;
  height: number;
  bytes: number;
  /** Storage key, e.g. `<id>/medium.webp`. */
  key: string;
}

/**
 * An uploaded image: its stored WebP variants and the dimensions of the (rotated) original.
 * MediaRepository reads and writes it with plain SQL, so it works whether or not the class is in
 * the data source's entity list.
 */
@Entity('media')
export class MediaEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Column('text', { name: 'original_type' })
  originalType: OriginalType;

  @Column('integer')
  width: number;

  @Column('integer')
  height: number;

  /** Size of the largest stored variant (`large`, the original size for images up to 2560 px). */
  @Column('integer')
  bytes: number;

  @Column('jsonb')
  variants: Record<VariantName, StoredVariant>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
