// The settings as page state: read once, applied to the page and kept whenever they change.
import { useEffect, useState } from 'preact/hooks';
import {
  applySettings,
  browserStorage,
  readSettings,
  writeSettings,
  type Settings,
} from './settings';

export function useSettings(): [Settings, (s: Settings) => void] {
  const [settings, setSettings] = useState<Settings>(() => readSettings(browserStorage()));
  useEffect(() => {
    applySettings(document.documentElement, settings);
    writeSettings(browserStorage(), settings);
  }, [settings]);
  return [settings, setSettings];
}
