import { veiviserTextNn } from '../../i18n/veiviser-nn';
import { stepsNn } from '../../lib/veiviser/flow-nn';
import { WizardStepsView, type WizardStepsProps } from './WizardStepsView';

/** The wizard's steps in nynorsk (språklova § 14): this entry loads the nynorsk texts. */
export default function WizardStepsNn(props: WizardStepsProps) {
  return <WizardStepsView {...props} steps={stepsNn} text={veiviserTextNn} />;
}
