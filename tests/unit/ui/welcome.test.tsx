/** The welcome page and the settings' category switches (issue 15). */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CountingSection } from '@/components/Categories';
import { I18nProvider } from '@/components/i18n';
import { useSettings } from '@/components/useSettings';
import { Welcome } from '@/entrypoints/welcome/Welcome';
import type { Lang } from '@/lib/i18n';
import { DEFAULT_SETTINGS, getSettings, settingsItem } from '@/lib/settings';
import { ALL_ON, COUNTING_SETTINGS } from '../counting';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const box = (id: string) => screen.getByTestId(`category-${id}`) as HTMLInputElement;
const showWelcome = (lang: Lang = 'en') =>
  render(
    <I18nProvider lang={lang}>
      <Welcome />
    </I18nProvider>,
  );
function SettingsSection() {
  const settings = useSettings();
  return settings ? <CountingSection settings={settings} /> : null;
}

describe('welcome page', () => {
  it('says what is counted, where it stays and what is never stored, links to the privacy page, and preselects every category', async () => {
    showWelcome();
    const button = await screen.findByTestId('start-counting');
    expect(button.textContent).toBe('Start counting');
    const text = document.body.textContent ?? '';
    expect(text).toContain('Nothing is counted yet.');
    expect(text).toContain('on this computer only');
    expect(text).toContain('Never stored:');
    expect(text).toContain('Private windows are not counted');
    expect(screen.getByTestId('privacy-link').getAttribute('href')).toBe('/privacy.html');
    for (const c of Object.keys(ALL_ON)) expect(box(c).checked, c).toBe(true);
    expect((await getSettings()).counting).toBe(false);
  });

  it('starts counting with the categories left ticked, and says so', async () => {
    showWelcome('fr');
    fireEvent.click(await screen.findByTestId('category-captcha'));
    expect(box('captcha').checked).toBe(false);
    expect((await getSettings()).counting).toBe(false);
    fireEvent.click(screen.getByTestId('start-counting'));
    await waitFor(async () => expect(await getSettings()).toMatchObject({ counting: true, categories: { ...ALL_ON, captcha: false } }));
    expect((await screen.findByTestId('welcome-done')).textContent).toContain('Le comptage a commencé');
  });

  it('after an update that added a category, shows it new and unticked, the others as chosen', async () => {
    await settingsItem.setValue({ ...COUNTING_SETTINGS, categories: { social: true, captcha: false, ai: true, search: true } });
    showWelcome();
    const button = await screen.findByTestId('start-counting');
    expect(button.textContent).toBe('Save my choices');
    expect(box('ratings').checked).toBe(false);
    expect(box('captcha').checked).toBe(false);
    expect(box('social').checked).toBe(true);
    expect(box('ratings').closest('.category')!.textContent).toContain('(new)');
    expect(box('social').closest('.category')!.textContent).not.toContain('(new)');
    fireEvent.click(box('ratings'));
    fireEvent.click(button);
    await waitFor(async () => expect((await getSettings()).categories).toEqual({ ...ALL_ON, captcha: false }));
  });
});

describe('settings: what is counted', () => {
  it('before consent says nothing is recorded and links to the welcome page', async () => {
    render(
      <I18nProvider lang="en">
        <SettingsSection />
      </I18nProvider>,
    );
    expect((await screen.findByTestId('not-counting')).textContent).toContain('nothing is recorded');
    expect(screen.getByTestId('open-welcome').getAttribute('href')).toBe('/welcome.html');
    expect(screen.queryByTestId('category-social')).toBeNull();
    expect(await getSettings()).toMatchObject({ counting: DEFAULT_SETTINGS.counting });
  });

  it('turns a category off and on at once, keeping the others', async () => {
    await settingsItem.setValue({ ...COUNTING_SETTINGS, categories: { ...ALL_ON, ai: false } });
    render(
      <I18nProvider lang="en">
        <SettingsSection />
      </I18nProvider>,
    );
    await screen.findByTestId('category-social');
    expect(box('ai').checked).toBe(false);
    fireEvent.click(box('ai'));
    await waitFor(async () => expect((await getSettings()).categories).toEqual(ALL_ON));
    await waitFor(() => expect(box('ai').checked).toBe(true));
    fireEvent.click(box('search'));
    await waitFor(async () => expect((await getSettings()).categories).toEqual({ ...ALL_ON, search: false }));
  });
});

describe('category switches, for assistive technology', () => {
  it('name each checkbox by its category alone and describe it by what it counts', async () => {
    render(
      <I18nProvider lang="fr">
        <Welcome />
      </I18nProvider>,
    );
    const social = await screen.findByRole('checkbox', { name: 'Plateformes sociales' });
    expect(document.getElementById(social.getAttribute('aria-describedby')!)!.textContent).toContain('Likes, partages');
    expect(screen.getByRole('group', { name: 'Ce qu’il faut compter' })).toBeTruthy();
  });
});
