// A real OpenID provider (oidc-provider, OpenID certified) on loopback for the identification
// tests: one native public client (PKCE, loopback redirect on any port, RFC 8252) and a few
// fictional persons. Prints "ready <issuer>" on stdout when it listens; stops with its parent.
// Beside it, at <issuer>/kanta, the one service call a login needs: whom the person may act for
// (GET /kanta/v1/organisations with the access token), as the Kanta service answers it.
//   node tests/oidc/provider.mjs   (PORT=0 by default: a free port)
import Provider from 'oidc-provider';
import { createServer } from 'node:http';

const PERSONS = {
  'tiina-testaaja': 'Tiina Testaaja',
  'matti-meikalainen': 'Matti Meikäläinen',
};

// Whom each person may act for, as the Kanta service would answer.
const ORGANISATIONS = {
  'tiina-testaaja': [
    {
      organisation: { name: 'Apteekki Kuusela (testi)', businessId: '1732050-2', oid: '1.2.246.10.17320502.10.0' },
      customerType: 'pharmacy',
      basis: 'mandate',
    },
    {
      organisation: { name: 'Koivurannan Lääkäriasema Oy (testi)', businessId: '2449489-3', oid: '1.2.246.10.24494893.10.0' },
      customerType: 'health-care-organisation',
      basis: 'responsible-person',
    },
  ],
  'matti-meikalainen': [],
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
const oidc = provider.callback();
// INSECURE_ENDPOINT=<metadata field> (the tests of discovery): the discovery document names
// that endpoint on plain http on another host, as a tampered or misconfigured one would.
const insecure = process.env.INSECURE_ENDPOINT;
server.on('request', async (req, res) => {
  if (insecure && req.url.startsWith('/.well-known/openid-configuration')) {
    const end = res.end.bind(res);
    res.end = (body, ...rest) => {
      const doc = JSON.parse(body.toString());
      doc[insecure] = `http://idp.example/${insecure}`;
      const text = JSON.stringify(doc);
      res.setHeader('content-length', Buffer.byteLength(text));
      return end(text, ...rest);
    };
  }
  if (!req.url.startsWith('/kanta/')) return oidc(req, res);
  const answer = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer && (await provider.AccessToken.find(bearer));
  if (!token) return answer(401, { error: 'invalid_token' });
  if (req.method === 'GET' && req.url === '/kanta/v1/organisations') {
    return answer(200, { organisations: ORGANISATIONS[token.accountId] ?? [] });
  }
  return answer(404, { error: 'not_found' });
});

console.log(`ready ${issuer}`);
// Stop when the test process goes: its stdin closes.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
