import type { useT } from '../../i18n/I18nProvider';

/** The name of a person who chose none: "Guest 42", the number from their client id. */
export function guestNameOf(t: ReturnType<typeof useT>, clientId: number): string {
  return t('team.presence.guest', { number: String(clientId % 100) });
}
