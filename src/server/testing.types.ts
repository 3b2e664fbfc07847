// The shapes the API test kit hands out, in a file of their own so the kit's helpers can name them.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Indicator, Unit, User } from '../core/types';

export interface Seed {
  units: {
    province: Unit;
    district: Unit;
    tranThoi: Unit;
    tanHungDong: Unit;
    thiTran: Unit;
    otherDistrict: Unit;
  };
  indicators: { tom: Indicator; thuySan: Indicator; bhyt: Indicator };
  users: { admin: User; districtAdmin: User; districtEditor: User; communeEditor: User; viewer: User };
}

export interface Client {
  cookie: string;
  csrfToken: string;
  /** A request with this session's cookie and CSRF token. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}
