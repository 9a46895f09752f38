// The console pages, fetched together on the first visit to any of them (see ../routes.tsx).
export { BoardsAdminPage } from './BoardsAdminPage';
export {
  ChangelogAdminPage,
  EditChangelogEntryPage,
  NewChangelogEntryPage,
} from './ChangelogAdminPage';
export { IdeaManagePage } from './IdeaManagePage';
export { TriagePage } from './TriagePage';
