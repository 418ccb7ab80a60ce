import { CommandArgs } from './command-args';

describe('CommandArgs', () => {
  it('reads --name value and --name=value pairs', () => {
    const args = new CommandArgs(['--email', 'a@b.org', '--password=with=equals']);
    expect(args.required('email')).toBe('a@b.org');
    expect(args.required('password')).toBe('with=equals');
    expect(args.optional('agency')).toBeUndefined();
  });

  it('names what is missing or unexpected', () => {
    expect(() => new CommandArgs(['stray'])).toThrow('Unexpected argument "stray"');
    expect(() => new CommandArgs(['--email'])).toThrow('--email needs a value');
    expect(() => new CommandArgs([]).required('email')).toThrow('--email is required');
  });
});
