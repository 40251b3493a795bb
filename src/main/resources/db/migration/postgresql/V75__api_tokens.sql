-- Named API tokens with a role (issue 19). The token itself is never stored: key_id finds the row
-- (it is the public part of the token), and token_hash is SHA-256 over salt || secret, hex. A revoked
-- token keeps its row (and its name) so that the name stays unique and `token list` shows it.
CREATE TABLE api_token (
  name          VARCHAR(64)  NOT NULL PRIMARY KEY,
  key_id        VARCHAR(32)  NOT NULL,
  salt          VARCHAR(64)  NOT NULL,
  token_hash    VARCHAR(64)  NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT api_token_role CHECK (role IN ('viewer', 'operator', 'admin'))
);
CREATE UNIQUE INDEX uq_api_token_key ON api_token (key_id);
