export * from './errors.js';
export * from './members.js';
