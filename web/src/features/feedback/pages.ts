// The member pages, fetched together on the first visit to any of them (see routes.tsx).
export { BoardPage, BoardsPage } from './BoardsPage';
export { ChangelogPage } from './ChangelogPage';
export { EditIdeaPage, NewIdeaPage } from './IdeaFormPage';
export { IdeaPage } from './IdeaPage';
export { RoadmapPage } from './RoadmapPage';
