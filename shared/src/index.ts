export * from './errors.js';
export * from './members.js';
export * from './content.js';
export * from './events.js';
export * from './notifications.js';
export * from './gamification.js';
export * from './activity.js';
export * from './notification-text.js';
