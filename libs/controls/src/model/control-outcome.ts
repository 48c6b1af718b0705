import { ControlResultDto } from '@trueconfig/common';

/** What an evaluator decides; the evaluation adds the control's id and title. */
export type ControlOutcome = Omit<ControlResultDto, 'controlId' | 'title'>;
