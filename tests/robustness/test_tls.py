"""TLS over loopback: a server with a private CA is refused by default and accepted with the CA.

The certificates are made in the test with the ``openssl`` command (skipped where it is
missing). The SDK never turns verification off itself: it has no such option, and its source
holds no code that could.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import vast_sdk
from vast_sdk import APIConnectionError, AsyncVast, InsecureURLError, Vast

from .conftest import KEY, Sleeps
from .hostile import HostileServer, answer, redirect

USER = {"id": 1, "email": "a@b.c"}


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A private CA and a server certificate for 127.0.0.1 signed by it."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    d = tmp_path_factory.mktemp("pki")
    (d / "leaf.ext").write_text(
        "basicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
        "subjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid\n"
    )
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", "ca.key",
             "-out", "ca.pem", "-subj", "/CN=vast-sdk test CA",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=d)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
             "server.csr", "-subj", "/CN=127.0.0.1", cwd=d)  # fmt: skip
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-days", "2", "-out", "server.pem", "-extfile", "leaf.ext",
             cwd=d)  # fmt: skip
    return {"ca": d / "ca.pem", "cert": d / "server.pem", "key": d / "server.key"}


@pytest.fixture
def tls_server(pki: dict[str, Path]) -> Iterator[HostileServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki["cert"], pki["key"])
    with HostileServer(tls=context) as srv:
        yield srv


@pytest.fixture
def trusting(pki: dict[str, Path]) -> ssl.SSLContext:
    """What a user with the private CA passes: verification on, their CA trusted."""
    return ssl.create_default_context(cafile=str(pki["ca"]))


def test_an_untrusted_certificate_is_refused_by_default(tls_server: HostileServer) -> None:
    with Vast(api_key=KEY, base_url=tls_server.url, max_retries=2) as client:
        client.requester.sleep = sleeps = Sleeps()
        with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED") as info:
            client.show_user()
    assert type(info.value) is APIConnectionError
    assert sleeps.delays == []  # a certificate failure is not retried
    assert tls_server.requests == []  # nothing was sent: not even the key


@pytest.mark.anyio
async def test_async_an_untrusted_certificate_is_refused_by_default(
    tls_server: HostileServer,
) -> None:
    async with AsyncVast(api_key=KEY, base_url=tls_server.url) as client:
        with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            await client.show_user()
    assert tls_server.requests == []


def test_the_users_ca_is_accepted(tls_server: HostileServer, trusting: ssl.SSLContext) -> None:
    tls_server.default = answer(200, USER)
    http = httpx.Client(verify=trusting)
    with Vast(api_key=KEY, base_url=tls_server.url, http_client=http) as client:
        assert client.show_user().id == 1
        assert client.create_instance(id=1, image="x").new_contract is None
    http.close()
    assert tls_server.requests[0].headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.anyio
async def test_async_the_users_ca_is_accepted(
    tls_server: HostileServer, trusting: ssl.SSLContext
) -> None:
    tls_server.default = answer(200, USER)
    async with (
        httpx.AsyncClient(verify=trusting) as http,
        AsyncVast(api_key=KEY, base_url=tls_server.url, http_client=http) as client,
    ):
        assert (await client.show_user()).id == 1


@pytest.mark.parametrize("allow", [False, True])
def test_an_https_to_http_redirect_is_refused(
    tls_server: HostileServer, server: HostileServer, trusting: ssl.SSLContext, allow: bool
) -> None:
    tls_server.default = redirect(f"{server.url}/api/v0/users/current/", 302)
    server.default = answer(200, USER)
    http = httpx.Client(verify=trusting)
    client = Vast(api_key=KEY, base_url=tls_server.url, http_client=http, allow_insecure_http=allow)
    if allow:
        assert client.show_user().id == 1  # the caller asked for it; still no key sent
        assert "authorization" not in server.requests[0].headers
    else:
        with pytest.raises(InsecureURLError, match="refused"):
            client.show_user()
        assert server.requests == []  # the plain-http server never heard of it
    http.close()


@pytest.mark.anyio
async def test_async_an_https_to_http_redirect_is_refused(
    tls_server: HostileServer, server: HostileServer, trusting: ssl.SSLContext
) -> None:
    tls_server.default = redirect(f"{server.url}/api/v0/users/current/", 307)
    async with (
        httpx.AsyncClient(verify=trusting) as http,
        AsyncVast(api_key=KEY, base_url=tls_server.url, http_client=http) as client,
    ):
        with pytest.raises(InsecureURLError):
            await client.show_user()
    assert server.requests == []


def test_the_sdk_never_disables_verification() -> None:
    package = Path(vast_sdk.__file__).parent
    forbidden = ("verify=False", "CERT_NONE", "check_hostname = False", "_create_unverified")
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [f for f in forbidden if f in text], path
