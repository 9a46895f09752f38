import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { CommunityDocument } from '../features/community/graphql';

/** Sets the tab title to "Page | Community"; the community name comes from the shared query. */
export function usePageTitle(title: string | null | undefined): void {
  const { data } = useQuery(CommunityDocument, { fetchPolicy: 'cache-only' });
  const community = data?.community.name ?? 'Kizuna';
  useEffect(() => {
    document.title = title ? `${title} | ${community}` : community;
  }, [title, community]);
}
