import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'waymark:public';

/** The rare, explicit exception to "every operation declares a permission": sign-in and health. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const OWN_TRANSACTION_KEY = 'waymark:own-transaction';

/**
 * A mutation whose service manages its own transactions instead of the ambient one, because it
 * must commit something even when it refuses (sign-in records failed attempts for throttling).
 */
export const OwnTransaction = () => SetMetadata(OWN_TRANSACTION_KEY, true);
