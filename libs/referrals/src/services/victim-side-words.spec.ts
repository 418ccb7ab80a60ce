import { HARM_SIDE_RECEIVES } from '@waymark/access';
import { ServiceType } from './service-type';

it('the victim-side policy lets the harm side receive perpetrator programme referrals, by the service type itself', () => {
  expect(HARM_SIDE_RECEIVES).toBe(ServiceType.PERPETRATOR_PROGRAMME);
});
