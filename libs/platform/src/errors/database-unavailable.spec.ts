import { QueryFailedError } from 'typeorm';
import { describeError } from '../logging/describe-error';
import { databaseUnavailableReason } from './database-unavailable';

describe('databaseUnavailableReason', () => {
  it('recognises a refused connection, however it is wrapped', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(databaseUnavailableReason(refused)).toBe('ECONNREFUSED');
    expect(databaseUnavailableReason(new AggregateError([refused], ''))).toBe('ECONNREFUSED');
    expect(databaseUnavailableReason(new QueryFailedError('SELECT 1', [], refused))).toBe('ECONNREFUSED');
  });

  it('recognises a dropped connection, a server shutting down and a connection exception', () => {
    expect(databaseUnavailableReason(new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')))).toBe('connection-lost');
    expect(databaseUnavailableReason(new Error('timeout exceeded when trying to connect'))).toBe('connection-lost');
    expect(databaseUnavailableReason(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe('57P01');
    expect(databaseUnavailableReason(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe('08006');
  });

  it('leaves every other failure alone', () => {
    expect(databaseUnavailableReason(new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' })))).toBeUndefined();
    expect(databaseUnavailableReason(new TypeError('x is undefined'))).toBeUndefined();
    expect(databaseUnavailableReason('ECONNREFUSED')).toBeUndefined();
    expect(databaseUnavailableReason(undefined)).toBeUndefined();
  });

  it('is logged by its reason alone: an outage is not a bug, so no stack', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(describeError(refused)).toEqual({ error: 'database unavailable', reason: 'ECONNREFUSED' });
    expect(describeError(new Error('boom'))).toEqual({ error: 'boom', stack: expect.stringContaining('boom') });
  });
});
