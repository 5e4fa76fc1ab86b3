// A real OpenID provider (oidc-provider, OpenID certified) on loopback for the identification
// tests: one native public client (PKCE, loopback redirect on any port, RFC 8252) and a few
// fictional persons. Prints "ready <issuer>" on stdout when it listens; stops with its parent.
//   node tests/oidc/provider.mjs   (PORT=0 by default: a free port)
import Provider from 'oidc-provider';
import { createServer } from 'node:http';

const PERSONS = {
  'tiina-testaaja': 'Tiina Testaaja',
  'matti-meikalainen': 'Matti Meikäläinen',
};

const server = createServer();
await new Promise((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID ?? 'kanta-extranet-desktop',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], profile: ['name'] },
  // The name goes into the ID token itself, as the Kanta broker's does: the app signs with it.
  conformIdTokenClaims: false,
  async findAccount(_ctx, id) {
    if (!(id in PERSONS)) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, name: PERSONS[id] }) };
  },
  ttl: { IdToken: Number(process.env.ID_TOKEN_TTL ?? 600), AccessToken: 600 },
  cookies: { keys: ['kanta-test-cookie-key'] },
  features: { devInteractions: { enabled: true } },
});
provider.proxy = false;
server.on('request', provider.callback());

console.log(`ready ${issuer}`);
// Stop when the test process goes: its stdin closes.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
