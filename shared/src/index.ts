export * from './errors.js';
export * from './members.js';
export * from './content.js';
