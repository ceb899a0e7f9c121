// Telling a player it is their move: the page's title and, when the player allowed it and the
// page is not in front, the browser's Notification API.

export function notificationsState(): 'granted' | 'denied' | 'default' | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function askForNotifications(): Promise<string> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** Says it is the player's move; `tag` keeps one notification per game. */
export function notifyYourMove(title: string, body: string, tag: string): void {
  if (!document.title.startsWith('● ')) document.title = `● ${document.title}`;
  if (notificationsState() === 'granted' && document.visibilityState !== 'visible')
    try {
      new Notification(title, { body, tag });
    } catch {
      // some browsers allow notifications only from a service worker: the title says it
    }
}

export function clearYourMove(): void {
  if (document.title.startsWith('● ')) document.title = document.title.slice(2);
}
