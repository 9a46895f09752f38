import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type Rules = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;

/**
 * class-validator finds a class's rules on every validation by walking every validated class of
 * the app (an `instanceof` each) and then groups them by property again: about 1% of a feed
 * request's CPU. The rules of a class are fixed once it is loaded, so both answers are kept per
 * class, for validations without groups or schemas (all of ours); declaring a rule afterwards
 * (a class loaded later) starts afresh. Callers only read what they get.
 */
export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const addMetadata = storage.addValidationMetadata.bind(storage);
  const addSchema = storage.addValidationSchema.bind(storage);
  let rules = new WeakMap<object, Rules>();
  let grouped = new WeakMap<Rules, Record<string, Rules>>();

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (schema || always || strictGroups || groups?.length) {
      return lookup(target, schema, always, strictGroups, groups);
    }
    let found = rules.get(target);
    if (!found) rules.set(target, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
  const forget = () => {
    rules = new WeakMap();
    grouped = new WeakMap();
  };
  storage.addValidationMetadata = (metadata) => {
    addMetadata(metadata);
    forget();
  };
  storage.addValidationSchema = (schema) => {
    addSchema(schema);
    forget();
  };
}
