import type { Lang } from '../../i18n/lang';
import { wizardTwin } from '../../lib/urls';

// The same wizard page in the other written form (språklova § 14: the reader chooses). A plain
// link, so it works without JavaScript; the island renders it with the answers of the moment.
// The label is the form it leads to, in that form.
const label: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk' };

export function LangSwitch({ path }: { path: string }) {
  const twin = wizardTwin(path);
  return (
    <p className="wizard-lang no-print">
      <a
        className="ds-link"
        href={twin.path}

        lang={twin.lang}
        data-lang-switch
      >
        {label[twin.lang]}
      </a>
    </p>
  );
}
