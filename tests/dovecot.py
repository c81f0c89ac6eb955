"""A real, throw-away Dovecot IMAP server for tests and benchmarks.

Everything lives in one temporary directory: config, passwd-file, Maildir, TLS material (a private CA and a
server certificate for 127.0.0.1/localhost made with the openssl CLI, which dovecot-core depends on), sockets
and logs. Listens on 127.0.0.1 only, on free ports: plain/STARTTLS and implicit TLS.

XOAUTH2 is checked the way a real deployment does it: Dovecot's `oauth2` passdb posts the bearer token to an
RFC 7662 introspection URL, served here by a tiny HTTP server on 127.0.0.1 that knows the valid tokens.

Run as root (CI), Dovecot's master stays root and mail processes run as `nobody` (Dovecot refuses mail access
as root); run as a normal user, every process runs as that user.
"""

from __future__ import annotations

import contextlib
import imaplib
import json
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

USER = "ops"
PASSWORD = "correct-horse-9"  # a test credential, asserted never to appear in output
OAUTH_USER = "oauth-ops"
OAUTH_TOKEN = "ya29.test-token-0123456789"


def find_dovecot() -> str | None:
    """Path of the dovecot binary, or None (Debian puts it in /usr/sbin, often not on a user's PATH)."""
    found = shutil.which("dovecot")
    if found:
        return found
    for candidate in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _make_tls(directory: Path, names: str) -> tuple[Path, Path, Path]:
    """A private CA and a server certificate it signs, valid for localhost and 127.0.0.1."""
    ca_key, ca_cert = directory / "ca.key", directory / "ca.pem"
    key, csr, cert = directory / "server.key", directory / "server.csr", directory / "server.pem"
    ext = directory / "server.ext"
    ext.write_text(
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
        f"extendedKeyUsage=serverAuth\nsubjectAltName={names}\n"
    )

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    run(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(ca_key),
        "-out",
        str(ca_cert),
        "-days",
        "3",
        "-subj",
        "/CN=noticewatch test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr), "-subj", "/CN=localhost")
    run(
        "x509",
        "-req",
        "-in",
        str(csr),
        "-CA",
        str(ca_cert),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-out",
        str(cert),
        "-days",
        "3",
        "-extfile",
        str(ext),
    )
    return ca_cert, cert, key


class _IntrospectionHandler(BaseHTTPRequestHandler):
    tokens: ClassVar[dict[str, str]] = {}

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        token = (form.get("token") or [""])[0]
        user = self.tokens.get(token)
        body = {"active": "true", "username": user} if user else {"active": "false"}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@dataclass
class DovecotServer:
    """One Dovecot instance; use as a context manager or call start()/stop()."""

    root: Path
    users: dict[str, str] = field(default_factory=lambda: {USER: PASSWORD})
    oauth_tokens: dict[str, str] = field(default_factory=lambda: {OAUTH_TOKEN: OAUTH_USER})
    binary: str | None = None
    host: str = "127.0.0.1"
    port: int = 0  # plain + STARTTLS
    tls_port: int = 0  # implicit TLS
    cert_names: str = "DNS:localhost,IP:127.0.0.1"  # subjectAltName of the server certificate
    ca_file: Path = field(init=False)
    _proc: subprocess.Popen[bytes] | None = field(init=False, default=None)
    _http: ThreadingHTTPServer | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.binary = self.binary or find_dovecot()
        if self.binary is None:
            raise RuntimeError("dovecot not found (Debian: apt-get install dovecot-imapd)")
        self.root.mkdir(parents=True, exist_ok=True)
        self.mail_root = self.root / "mail"
        self.log_path = self.root / "dovecot.log"

    # -- lifecycle -------------------------------------------------------------------------------------------

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        tls_dir = self.root / "tls"
        tls_dir.mkdir(exist_ok=True)
        if not (tls_dir / "server.pem").exists():
            self.ca_file, self.cert_file, self.key_file = _make_tls(tls_dir, self.cert_names)
        else:
            self.ca_file, self.cert_file, self.key_file = (
                tls_dir / "ca.pem",
                tls_dir / "server.pem",
                tls_dir / "server.key",
            )
        if self._http is None:
            # The handler shares our dict, so add_token() takes effect at once.
            handler = type("Handler", (_IntrospectionHandler,), {"tokens": self.oauth_tokens})
            self._http = ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=self._http.serve_forever, daemon=True).start()
        self.port = self.port or free_port()
        self.tls_port = self.tls_port or free_port()
        self._write_config()
        (self.root / "run" / "master.pid").unlink(missing_ok=True)
        self._proc = subprocess.Popen(
            [str(self.binary), "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "master.err", "ab"),  # noqa: SIM115
        )
        self._wait_ready()

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            # Open sessions can outlive the master for a while; a stopped server must drop its clients now.
            self.kill_sessions()
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None
        # Children (imap, auth, ...) exit with the master; wait until the ports are really free for a restart.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and self._port_open(self.port):
            time.sleep(0.05)

    def close(self) -> None:
        self.stop()
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def _port_open(self, port: int) -> bool:
        with socket.socket() as s:
            s.settimeout(0.2)
            return s.connect_ex((self.host, port)) == 0

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                break
            if self._port_open(self.port) and self._port_open(self.tls_port):
                return
            time.sleep(0.05)
        raise RuntimeError("dovecot did not start:\n" + self.logs())

    def logs(self) -> str:
        out = []
        for name in ("master.err", "dovecot.log"):
            p = self.root / name
            if p.exists():
                out.append(p.read_text(errors="replace"))
        return "\n".join(out)

    # -- configuration ---------------------------------------------------------------------------------------

    @property
    def _mail_owner(self) -> tuple[int, int] | None:
        """uid/gid that owns the Maildir when running as root, else None (everything runs as us)."""
        if os.geteuid() != 0:
            return None
        nobody = pwd.getpwnam("nobody")
        return nobody.pw_uid, nobody.pw_gid

    def _write_config(self) -> None:
        r = self.root
        for sub in ("run", "state", "mail"):
            (r / sub).mkdir(exist_ok=True)
        passwd = r / "passwd"
        self._write_passwd()
        assert self._http is not None
        introspect = f"http://127.0.0.1:{self._http.server_address[1]}/introspect"
        (r / "oauth2.conf.ext").write_text(
            f"introspection_mode = post\nintrospection_url = {introspect}\n"
            "username_attribute = username\nactive_attribute = active\nactive_value = true\n"
            "force_introspection = yes\n"
        )
        owner = self._mail_owner
        if owner is not None:
            os.chown(self.mail_root, *owner)
            privileges = (
                f"mail_uid = {owner[0]}\nmail_gid = {owner[1]}\n"
                "default_internal_user = dovecot\ndefault_login_user = dovenull\n"
            )
            try:
                pwd.getpwnam("dovecot")
                pwd.getpwnam("dovenull")
            except KeyError:
                privileges = privileges.replace("dovecot\n", "nobody\n").replace("dovenull\n", "nobody\n")
        else:
            me = pwd.getpwuid(os.getuid()).pw_name
            privileges = f"default_internal_user = {me}\ndefault_login_user = {me}\n"
        (r / "dovecot.conf").write_text(f"""\
base_dir = {r}/run
state_dir = {r}/state
instance_name = nwtest-{os.getpid()}-{self.port}
log_path = {self.log_path}
listen = 127.0.0.1
protocols = imap
ssl = yes
ssl_cert = <{self.cert_file}
ssl_key = <{self.key_file}
# Tests exercise plain-text login on the plain port too (security: none with allow_insecure).
disable_plaintext_auth = no
# Failed logins are answered at once (the default waits 2 s).
auth_failure_delay = 0
auth_mechanisms = plain login xoauth2 oauthbearer
mail_location = maildir:{self.mail_root}/%u:LAYOUT=fs
first_valid_uid = 0
first_valid_gid = 0
{privileges}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {passwd}
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {r}/oauth2.conf.ext
}}
userdb {{
  driver = static
  args = home={self.mail_root}/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
""")

    def _write_passwd(self) -> None:
        # Replaced atomically: Dovecot re-reads a passwd-file whose inode/mtime changed, so users can be added
        # while it runs.
        tmp = self.root / "passwd.tmp"
        tmp.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items()))
        # Dovecot compares mtime (whole seconds) and size: make every version's mtime distinct.
        self._passwd_stamp = max(time.time(), getattr(self, "_passwd_stamp", 0.0) + 1)
        os.utime(tmp, (self._passwd_stamp, self._passwd_stamp))
        os.replace(tmp, self.root / "passwd")

    def add_user(self, user: str, password: str) -> None:
        self.users[user] = password
        self._write_passwd()

    def add_token(self, token: str, user: str) -> None:
        self.oauth_tokens[token] = user

    # -- mail ------------------------------------------------------------------------------------------------

    def maildir(self, folder: str = "INBOX", user: str = USER) -> Path:
        base = self.mail_root / user
        return base if folder == "INBOX" else base / folder

    def _chown_tree(self, path: Path) -> None:
        owner = self._mail_owner
        if owner is None:
            return
        for p in [path, *path.parents]:
            if p == self.mail_root.parent:
                break
            os.chown(p, *owner)

    def deliver(
        self,
        message: bytes,
        folder: str = "INBOX",
        *,
        flags: str = "",
        user: str = USER,
        key: str | None = None,
        received: float | None = None,
    ) -> Path:
        """Write one message straight into the Maildir (as an MTA would).

        `flags` are Maildir letters ("S" seen, "F" flagged, "R" answered); `received` (a timestamp) becomes
        the file's mtime, which Dovecot reports as the INTERNALDATE that SEARCH SINCE looks at.
        """
        box = self.maildir(folder, user)
        for sub in ("cur", "new", "tmp"):
            (box / sub).mkdir(parents=True, exist_ok=True)
            self._chown_tree(box / sub)
        _counter[0] += 1
        name = key or f"{int(time.time())}.M{_counter[0]}P{os.getpid()}.nwtest"
        target = box / "cur" / f"{name}:2,{flags}" if flags else box / "new" / name
        target.write_bytes(message)
        if received is not None:
            os.utime(target, (received, received))
        self._chown_tree(target)
        return target

    def maildir_flags(self, folder: str = "INBOX", user: str = USER) -> dict[str, str]:
        """Maildir base name -> flag letters, read from the file names (the server's own record of flags)."""
        box = self.maildir(folder, user)
        out: dict[str, str] = {}
        for sub in ("new", "cur"):
            for p in (box / sub).iterdir():
                base, _, info = p.name.partition(":2,")
                out[base] = "".join(sorted(info))
        return out

    @contextlib.contextmanager
    def imap(self, user: str = USER, password: str | None = None) -> Iterator[imaplib.IMAP4]:
        """A plain imaplib session for test set-up (APPEND, CREATE, DELETE, FLAGS)."""
        conn = imaplib.IMAP4(self.host, self.port)
        try:
            conn.login(user, password if password is not None else self.users[user])
            yield conn
        finally:
            with contextlib.suppress(Exception):
                conn.logout()

    def imap_session_pids(self) -> list[int]:
        """PIDs of the per-connection `imap` processes (children of this instance's master)."""
        if self._proc is None:
            return []
        out = []
        for d in Path("/proc").iterdir():
            if not d.name.isdigit():
                continue
            try:
                stat = (d / "stat").read_text()
                comm = (d / "comm").read_text().strip()
            except OSError:
                continue
            ppid = int(stat.rpartition(")")[2].split()[1])
            if ppid == self._proc.pid and comm == "imap":
                out.append(int(d.name))
        return out

    def kill_sessions(self) -> int:
        """Kill every open IMAP session process: the client sees its connection drop mid-command."""
        pids = self.imap_session_pids()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return len(pids)

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))


_counter = [0]
