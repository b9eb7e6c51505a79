import { formatList, formatNumber } from '@/lib/format';
import type { Summary } from '@/lib/report';
import { plural } from '@/lib/i18n';
import { useI18n } from './i18n';
import { labelName, trainsKey } from './names';

/**
 * "3 CAPTCHAs, 5 image rounds: you labelled crosswalks and traffic lights." followed by what such labels train.
 * `max` limits how many labels are named (the popup is small); the most asked come first.
 */
export function CaptchaLine({ captchas, max = 4 }: { captchas: Summary['captchas']; max?: number }) {
  const { t, lang } = useI18n();
  if (captchas.solved + captchas.passive === 0) return null;
  const labels = Object.entries(captchas.labels)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([l]) => l);
  const named = labels.slice(0, max).map((l) => labelName(t, l));
  if (labels.length > max) named.push(t('captcha_more_labels', formatNumber(lang, labels.length - max)));
  return (
    <p class="captcha-line" data-testid="captcha-line">
      {t(
        'captcha_line',
        plural(t, lang, 'captcha_count', captchas.solved, formatNumber(lang, captchas.solved)),
        plural(t, lang, 'captcha_rounds', captchas.rounds, formatNumber(lang, captchas.rounds)),
      )}
      {labels.length > 0 && <> {t('captcha_labelled', formatList(lang, named))}</>}
      {captchas.passive > 0 && <> {plural(t, lang, 'captcha_passive', captchas.passive, formatNumber(lang, captchas.passive))}</>}
      {labels.length > 0 && <span class="muted"> {t(trainsKey(labels))}</span>}
    </p>
  );
}
