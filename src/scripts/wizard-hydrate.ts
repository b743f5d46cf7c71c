// The wizard step's React tree, hydrated by this module rather than as an Astro island: Astro puts
// about 4.5 kB of inline island loader on every page with an island, and the wizard has some 1,700
// prebuilt steps in two written forms (issue 20: dist/ ≤ 200 MB). The markup is already complete
// without JavaScript; this only takes it over. Each written form's entry loads only its own texts.
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { WizardStepsProps } from '../components/veiviser/WizardStepsView';

const root = document.querySelector<HTMLElement>('[data-wizard-island]');
if (root) {
  const { lang, answers, siteName } = root.dataset;
  const entry =
    lang === 'nn'
      ? import('../components/veiviser/WizardStepsNn')
      : import('../components/veiviser/WizardSteps');
  void entry.then(({ default: WizardSteps }) => {
    const props: WizardStepsProps = {
      answers: JSON.parse(answers ?? '{}') as WizardStepsProps['answers'],
      siteName: siteName ?? '',
      onHydrated: () => {
        root.dataset.wizardIsland = 'ready';
      },
    };
    hydrateRoot(root, createElement(WizardSteps, props));
  });
}
