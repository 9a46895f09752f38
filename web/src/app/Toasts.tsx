import { Notifications } from '@mantine/notifications';
import classes from './Toasts.module.css';

/**
 * Toasts appear just below the header, not over its buttons: a toast under the pointer stays
 * while hovered, and would keep the account menu out of reach.
 */
export function Toasts() {
  return <Notifications position="top-right" limit={4} classNames={{ root: classes.root }} />;
}
