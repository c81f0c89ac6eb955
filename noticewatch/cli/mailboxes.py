"""`noticewatch mailboxes check` (can every account and folder be read?) and `noticewatch init` (starter config)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from noticewatch.cli.common import eprint, error_boundary
from noticewatch.exitcodes import ExitCode

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", help="Config file (noticewatch.yaml).")]  # noqa: UP045

mailboxes_app = typer.Typer(
    name="mailboxes",
    help="Check the configured IMAP accounts.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def register(app: typer.Typer) -> None:
    app.add_typer(mailboxes_app)
    app.command("init")(init_command)


@mailboxes_app.command("check")
@error_boundary
def check_command(config: ConfigOpt = None) -> None:
    """Connect to each account and open each folder read-only; one line each on stdout.

    Each line says ok, or what failed: DNS, TCP, TLS, auth, folder missing. Exit codes: 0 all ok,
    1 something failed, 2 config error. Nothing is read or changed in the mailboxes.
    """
    from noticewatch.config import load_config
    from noticewatch.errors import ConfigError
    from noticewatch.sources.imap import check_account, tls_warnings

    cfg = load_config(config)
    if not cfg.accounts:
        where = cfg.source_path or "no config file found"
        raise ConfigError(f"no accounts configured ({where}); `noticewatch init` writes a starter file")
    failed = False
    for account in cfg.accounts:
        for warning in tls_warnings(account):
            eprint(f"noticewatch: WARNING: {warning}")
        for result in check_account(account):
            failed |= not result.ok
            folder = f" {result.folder}" if result.folder is not None else ""
            print(f"{result.kind:<14} {result.account}{folder}: {result.detail}")
    raise typer.Exit(int(ExitCode.POLICY_BREACH if failed else ExitCode.OK))


@error_boundary
def init_command(
    path: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(metavar="PATH", help="Where to write the starter config (default: ./noticewatch.yaml)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter noticewatch.yaml (no secrets in it: they come from env, a command or a keyring)."""
    from noticewatch.config import CONFIG_FILENAME
    from noticewatch.errors import InputError

    target = path or Path(CONFIG_FILENAME)
    if target.is_dir():
        target = target / CONFIG_FILENAME
    if target.exists() and not force:
        raise InputError(f"{target} already exists; use --force to overwrite it")
    try:
        target.write_text(STARTER_CONFIG, encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot write {target}: {e.strerror}") from None
    eprint(f"wrote {target}; edit the account, then run `noticewatch mailboxes check --config {target}`")


STARTER_CONFIG = """\
# noticewatch configuration (written by `noticewatch init`).
# Lines starting with # are defaults or examples; uncomment and edit what you need.
# Secrets are never written here: they come from an environment variable, a command, the system keyring,
# or (Gmail, Microsoft 365) a command that prints an OAuth2 access token. See docs/providers.md.

accounts:
  - name: ops                        # how the account is named in output and in the state file
    host: imap.example.com           # IMAP server, e.g. imap.gmail.com, outlook.office365.com
    username: ops@example.com
    # --- the secret: exactly one of these four ---
    password_env: NOTICEWATCH_OPS_PASSWORD        # name of an environment variable holding the password
    # password_command: pass show mail/ops        # a command printing the password (first line); no shell
    # password_keyring: noticewatch               # keyring service name; the keyring user is `username`
    # oauth2_token_command: /usr/local/bin/ms365-token ops@example.com   # prints an access token (XOAUTH2)
    # --- connection ---
    # security: tls                  # tls (port 993), starttls (port 143), or none (needs allow_insecure)
    # port: 993                      # default: 993 for tls, 143 otherwise
    # allow_insecure: false          # true is required for security: none (password in clear text)
    # ca_file: /etc/ssl/private-ca.pem   # trust a private CA (self-hosted Dovecot)
    # verify_tls: true               # false turns certificate checks off; noticewatch warns on every run
    # timeout: 30                    # seconds for connect and each command
    # --- what to read ---
    # folders: [INBOX]               # folder names or globs, "/" as separator: [INBOX, "Vendors/*"]
    # since: 180d                    # how far back the first scan looks (by arrival date): 90d, 26w, ...

  # - name: admin-gmail
  #   host: imap.gmail.com
  #   username: admin@example.com
  #   oauth2_token_command: python3 /usr/local/bin/gmail-token.py admin@example.com
  #   folders: [INBOX, "[Gmail]/All Mail"]

rules:
  paths: []                          # your own rule packs: files or folders of *.yaml
  # disable_packs: [hosting-quota]   # built-in packs to switch off
  # disable_rules: []                # single rule ids to switch off
  # trusted_authserv_ids: [mx.example.com]   # trust Authentication-Results only from your own mail servers

# state:
#   path: /var/lib/noticewatch/state.db      # default: the user's state directory

# scan:
#   due_soon_days: 14                # items due within this many days are "due soon"
#   paths: []                        # mail on disk (.eml, mbox, Maildir) scanned besides the accounts

# channels:                          # where reminders go; secrets by *_env or *_command only
#   - name: ops-mail
#     type: email
#     options:
#       host: smtp.example.com
#       username: noticewatch@example.com
#       password_env: NOTICEWATCH_SMTP_PASSWORD
#       from: noticewatch@example.com
#       to: [ops@example.com]
#   - name: ops-slack
#     type: slack
#     options:
#       url_env: NOTICEWATCH_SLACK_WEBHOOK

# routes:                            # which items go to which channels, and when
#   - name: domains-to-ops
#     channels: [ops-mail, ops-slack]
#     kinds: [domain-expiry]         # empty: every kind
#     targets: ["*.co.kr", "*.com"]  # globs on the domain/account at risk
#     remind_days: [30, 14, 7, 3, 1] # days before the deadline; the deadline day always reminds
#     quiet_hours: "22:00-08:00"
#     timezone: Asia/Seoul
"""
