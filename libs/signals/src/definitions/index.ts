import { SignalDefinition } from '../signal-definition';
import { kinshipWithHarmingFamily } from './kinship-with-harming-family.signal';
import { postSeparationClosure } from './post-separation-closure.signal';
import { reconciliationAfterClosure } from './reconciliation-after-closure.signal';
import { revolvingDoor } from './revolving-door.signal';

/** Every signal the engine computes. A new signal is a new file here and one line in this list. */
export const SIGNAL_DEFINITIONS: SignalDefinition[] = [revolvingDoor, postSeparationClosure, reconciliationAfterClosure, kinshipWithHarmingFamily];
