import { useEffect } from 'react';
import { useUiStore } from '../state/ui';

/** Applies the chosen theme to <html data-theme>, following the OS while the choice is 'system'. */
export function useTheme(): void {
  const theme = useUiStore((s) => s.theme);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
