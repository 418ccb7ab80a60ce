import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'waymark:public';

/** The rare, explicit exception to "every operation declares a permission": sign-in and health. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
