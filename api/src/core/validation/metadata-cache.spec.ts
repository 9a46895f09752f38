import { getMetadataStorage, IsInt, IsString, Max } from 'class-validator';
import { AppError } from '../errors/app-error.js';
import { validationPipe } from './validation.pipe.js';

class Page {
  @IsInt()
  @Max(50)
  first!: number;
}

class Feed extends Page {
  @IsString()
  sort!: string;
}

const fieldsOf = async (value: object, metatype: new () => object) => {
  try {
    await validationPipe.transform(value, { type: 'body', metatype });
    return [];
  } catch (err) {
    return ((err as AppError).extensions.fields as Array<{ field: string }>)
      .map((f) => f.field)
      .sort();
  }
};

describe('validation rules kept per class', () => {
  it('applies a class’s own and inherited rules, again and again', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await fieldsOf({ first: 51, sort: 1 }, Feed)).toEqual(['first', 'sort']);
      expect(await fieldsOf({ first: 20, sort: 'latest' }, Feed)).toEqual([]);
      expect(await fieldsOf({ first: 'x' }, Page)).toEqual(['first']);
    }
  });

  it('answers a second lookup from what the first found', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Feed, '', false, false);
    expect(storage.getTargetValidationMetadatas(Feed, '', false, false)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
  });

  it('takes in a rule declared after a class was first validated', async () => {
    class Late extends Page {}
    expect(await fieldsOf({ first: 20, extra: 'x' }, Late)).toEqual([]);
    IsInt()(Late.prototype, 'extra');
    expect(await fieldsOf({ first: 20, extra: 'x' }, Late)).toEqual(['extra']);
    // A rule added to a parent reaches its subclasses too.
    IsString()(Page.prototype, 'cursor');
    expect(await fieldsOf({ first: 20, sort: 'latest', cursor: 3 }, Feed)).toEqual(['cursor']);
  });

  it('leaves lookups with groups to class-validator', () => {
    const storage = getMetadataStorage();
    expect(storage.getTargetValidationMetadatas(Feed, '', false, false, ['admin'])).not.toBe(
      storage.getTargetValidationMetadatas(Feed, '', false, false, ['admin']),
    );
  });
});
