"""Minimal clients for calling the generated endpoint functions directly.

vast_sdk.Vast / AsyncVast are the supported clients (auth discovery, hosts, retries,
timeouts, typed errors). These exist because every generated endpoint module accepts a
``client``; they hold an httpx client and nothing else. Written for vast-sdk
(templates/client.py.jinja), replacing the generator's default client module.
"""

from __future__ import annotations

import httpx
from attrs import define, field


@define
class Client:
    """An httpx.Client / httpx.AsyncClient pair bound to ``base_url``."""

    base_url: str
    timeout: httpx.Timeout = field(
        factory=lambda: httpx.Timeout(60.0, connect=5.0), kw_only=True
    )
    headers: dict[str, str] = field(factory=dict, kw_only=True)
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _headers(self) -> dict[str, str]:
        return dict(self.headers)

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                base_url=self.base_url, headers=self._headers(), timeout=self.timeout
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url, headers=self._headers(), timeout=self.timeout
            )
        return self._async_client


@define
class AuthenticatedClient(Client):
    """A Client that sends ``Authorization: Bearer <token>``; the token never appears in repr."""

    token: str = field(kw_only=True, repr=False)

    def _headers(self) -> dict[str, str]:
        return {**self.headers, "Authorization": f"Bearer {self.token}"}
