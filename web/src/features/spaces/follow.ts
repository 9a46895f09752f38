export interface FollowState {
  viewerFollows: boolean;
  followerCount: number;
}

/** The space as it will be once the viewer follows it (or stops), shown before the api answers. */
export function followed<T extends FollowState>(space: T, follow: boolean): T {
  if (space.viewerFollows === follow) return space;
  return {
    ...space,
    viewerFollows: follow,
    followerCount: Math.max(0, space.followerCount + (follow ? 1 : -1)),
  };
}
