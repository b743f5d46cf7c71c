import { veiviserText } from '../../i18n/veiviser';
import { steps } from '../../lib/veiviser/flow';
import { WizardStepsView, type WizardStepsProps } from './WizardStepsView';

/** The wizard's steps in bokmål: this entry loads only the bokmål texts. */
export default function WizardSteps(props: WizardStepsProps) {
  return <WizardStepsView {...props} steps={steps} text={veiviserText} />;
}
