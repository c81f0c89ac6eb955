"""Sender trust: Authentication-Results (topmost / trusted ids), look-alikes, display-name spoofing, forwards."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from noticewatch.models import Address, AuthMethodResult, AuthResults, ForwardedHeader, Message
from noticewatch.rules.auth import (
    WELL_KNOWN_VENDORS,
    VendorCatalog,
    VendorIdentity,
    edit_distance,
    imitation_reason,
    imitation_verdict,
    judge_generic_rule,
    judge_vendor_rule,
    phishing_lure,
    sender_views,
    summarize_auth,
)

KST = timezone(timedelta(hours=9))
GABIA = VendorIdentity.build("Gabia", ["gabia.com", "gabia.co.kr"], None, ["가비아"])
GODADDY = VendorIdentity.build("GoDaddy", ["godaddy.com", "secureserver.net"], None, [])
NAMECHEAP = VendorIdentity.build("Namecheap", ["namecheap.com"], None, [])
LINE = VendorIdentity.build("LINE", ["line.me", "linecorp.com", "lycorp.co.jp"], None, [])
SQUARESPACE = VendorIdentity.build("Squarespace Domains", ["squarespace.com", "domains.google"], None, [])
ROUTE53 = VendorIdentity.build("AWS Route 53", ["registrar.amazon.com", "amazon.com"], ["amazonses.com"], [])
CATALOG = VendorCatalog([GABIA, GODADDY, NAMECHEAP, ROUTE53])


def ar(*results: tuple[str, str, dict[str, str]], authserv: str = "mx.mycorp.com") -> AuthResults:
    return AuthResults(authserv, tuple(AuthMethodResult(m, r, p) for m, r, p in results))


def mail(sender: Address, *headers: AuthResults, forwarded: tuple[ForwardedHeader, ...] = ()) -> Message:
    return Message(
        source="t.eml", message_id="<x>", subject="s", sender=sender, to=(Address("", "ops@mycorp.com"),),
        date=datetime(2026, 11, 20, tzinfo=KST), auth_results=headers, text="", forwarded=forwarded,
    )  # fmt: skip


def judge(m: Message, ident: VendorIdentity = GABIA, trusted: tuple[str, ...] = ()) -> object:
    return judge_vendor_rule(ident, sender_views(m), summarize_auth(m, trusted), CATALOG)


GABIA_ADDR = Address("가비아", "noreply@gabia.com")


def test_vendor_sender_with_passing_auth_is_trusted() -> None:
    v = judge(mail(GABIA_ADDR, ar(("dkim", "pass", {"header.d": "gabia.com"}))))
    assert v.applies and v.vendor_sender and v.authenticated and not v.suspicious  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("results", "reason"),
    [
        ((("spf", "fail", {"smtp.mailfrom": "x@gabia.com"}),), "SPF fail"),
        ((("dkim", "fail", {"header.d": "gabia.com"}),), "DKIM fail"),
        ((("dmarc", "fail", {"header.from": "gabia.com"}),), "DMARC fail"),
        ((("dkim", "pass", {"header.d": "evil-mailer.biz"}),), "unrelated"),
    ],
)
def test_failing_authentication_is_suspicious(results: tuple, reason: str) -> None:  # type: ignore[type-arg]
    v = judge(mail(GABIA_ADDR, ar(*results)))
    assert v.applies and v.suspicious and reason in " ".join(v.reasons)  # type: ignore[attr-defined]


def test_dkim_pass_for_a_partner_authenticated_domain() -> None:
    m = mail(Address("", "no-reply@registrar.amazon.com"), ar(("dkim", "pass", {"header.d": "amazonses.com"})))
    v = judge(m, ROUTE53)
    assert v.authenticated and not v.suspicious  # type: ignore[attr-defined]


def test_missing_authentication_results_is_not_suspicious_but_noted() -> None:
    v = judge(mail(GABIA_ADDR))
    assert v.applies and not v.suspicious and "no Authentication-Results" in v.notes[0]  # type: ignore[attr-defined]


def test_only_the_topmost_header_counts_by_default() -> None:
    # A forged "pass" added upstream (lower in the header block) must not hide the receiving server's fail.
    top = ar(("spf", "fail", {"smtp.mailfrom": "x@gabia.com"}), authserv="mx.mycorp.com")
    forged = ar(("dkim", "pass", {"header.d": "gabia.com"}), ("dmarc", "pass", {}), authserv="gabia.com")
    assert judge(mail(GABIA_ADDR, top, forged)).suspicious  # type: ignore[attr-defined]
    # And a forged fail below a receiving-server pass changes nothing either.
    assert not judge(mail(GABIA_ADDR, forged, top)).suspicious  # type: ignore[attr-defined]


def test_trusted_authserv_ids_select_headers() -> None:
    internal_relay = ar(("dkim", "pass", {"header.d": "gabia.com"}), authserv="relay.internal")
    receiving = ar(("dmarc", "fail", {"header.from": "gabia.com"}), authserv="mx.mycorp.com")
    m = mail(GABIA_ADDR, internal_relay, receiving)
    assert not judge(m).suspicious  # type: ignore[attr-defined]  # topmost: the relay's pass
    assert judge(m, trusted=("MX.mycorp.com",)).suspicious  # type: ignore[attr-defined]
    # Trusted ids that never occur: treated as no Authentication-Results at all.
    v = judge(m, trusted=("other.example",))
    assert not v.suspicious and "no Authentication-Results" in v.notes[0]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("email", "ident"),
    [
        ("billing@gabia-billing.com", GABIA),
        ("notice@gabia.co.kr.renew-notice.xyz", GABIA),
        ("support@godaddy-secure.net", GODADDY),
        ("renewals@g0daddy.com", GODADDY),
        ("support@namecheep.com", NAMECHEAP),
        ("support@narnecheap.com", NAMECHEAP),  # rn looks like m
        ("billing@xn--gabi-8ve.com", GABIA),  # punycode
        ("billing@gabiaa.com", GABIA),
    ],
)
def test_lookalike_sender_domains(email: str, ident: VendorIdentity) -> None:
    addr = Address("", email)
    assert imitation_reason(addr, ident) is not None
    v = judge(mail(addr, ar(("dkim", "pass", {"header.d": email.split("@")[1]}))), ident)
    assert v.applies and v.suspicious and not v.vendor_sender  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "email",
    [
        "news@online-shop.com",
        "a@mycorp.com",  # one letter from lycorp, but typosquats keep the first letter
        "x@gmail.com",
        "hello@online.example",
        "a@amazing.org",
        "info@domain.com",  # "domains" is too generic a label to imitate
    ],
)
def test_unrelated_domains_are_not_lookalikes(email: str) -> None:
    for ident in (GABIA, GODADDY, NAMECHEAP, ROUTE53, LINE, SQUARESPACE):
        assert imitation_reason(Address("", email), ident) is None


def test_a_vendor_domain_that_is_an_ordinary_word_is_not_claimed_by_other_domains() -> None:
    # Microsoft 365 sends from office.com: a groupware vendor or a stationery shop is not imitating it.
    m365 = VendorIdentity.build("Microsoft 365", ["microsoft.com", "office.com", "microsoft365.com"], None, [])
    for email in ("noreply@daouoffice.com", "help@officedepot.com", "admin@my-office.co.kr"):
        assert imitation_reason(Address("", email), m365) is None
    assert imitation_reason(Address("", "billing@microsoft-365.help"), m365) is not None
    assert imitation_reason(Address("", "it@micros0ft-support.com"), m365) is not None


def test_display_name_of_a_vendor_with_another_domain() -> None:
    for name in ("GoDaddy", "Go Daddy Billing", "가비아 고객센터"):
        ident = GABIA if "가비아" in name else GODADDY
        assert imitation_reason(Address(name, "billing@mailer-service.com"), ident) is not None
    assert imitation_reason(Address("Kim", "kim@mailer-service.com"), GODADDY) is None


def test_forward_is_judged_by_the_forwarded_sender_without_dkim() -> None:
    colleague = Address("김철수", "kim@mycorp.com")
    fwd = (ForwardedHeader(GABIA_ADDR, "도메인 만료 안내", None),)
    m = mail(colleague, ar(("dkim", "pass", {"header.d": "mycorp.com"})), forwarded=fwd)
    v = judge(m)
    assert v.applies and v.via_forward and v.vendor_sender and not v.suspicious  # type: ignore[attr-defined]
    assert "cannot be checked" in v.notes[0]  # type: ignore[attr-defined]
    fake = (ForwardedHeader(Address("가비아", "noreply@gabia-pay.com"), "도메인 만료 안내", None),)
    v = judge(mail(colleague, forwarded=fake))
    assert v.applies and v.suspicious  # type: ignore[attr-defined]


def test_non_vendor_sender_does_not_apply() -> None:
    v = judge(mail(Address("", "noreply@godaddy.com")))
    assert not v.applies  # a real GoDaddy mail is not a Gabia look-alike  # type: ignore[attr-defined]


def test_generic_rule_requires_own_domain_authentication() -> None:
    addr = Address("", "info@dynadot.com")

    def g(*headers: AuthResults) -> object:
        m = mail(addr, *headers)
        return judge_generic_rule(sender_views(m), summarize_auth(m, ()), CATALOG)

    assert not g().applies  # type: ignore[attr-defined]
    assert not g(ar(("spf", "pass", {"smtp.mailfrom": "b@dynadot.com"}))).applies  # type: ignore[attr-defined]
    assert not g(ar(("dkim", "pass", {"header.d": "sendgrid.net"}))).applies  # type: ignore[attr-defined]
    assert g(ar(("dkim", "pass", {"header.d": "mail.dynadot.com"}))).applies  # type: ignore[attr-defined]
    assert g(ar(("dmarc", "pass", {"header.from": "dynadot.com"}))).applies  # type: ignore[attr-defined]
    m = mail(Address("", "x@godaddy-renewals.com"), ar(("dmarc", "pass", {})))
    v = judge_generic_rule(sender_views(m), summarize_auth(m, ()), CATALOG)
    assert v.applies and v.suspicious


def test_edit_distance() -> None:
    assert edit_distance("namecheap", "namecheep") == 1
    assert edit_distance("gabia", "gabai") == 1  # transposition
    assert edit_distance("godaddy", "gandi", 2) == 3


def test_display_name_of_a_vendor_on_another_vendors_free_mail_domain() -> None:
    # naver.com is a known vendor domain (Naver Login) and a free-mail host: a "가비아" display name on it
    # is still a Gabia imitation, though the domain's shape is not tested.
    naver = VendorIdentity.build("Naver", ["naver.com"], None, ["네이버"])
    catalog = VendorCatalog([GABIA, naver])
    m = mail(Address("가비아 고객센터", "gabia_help@naver.com"), ar(("dmarc", "pass", {"header.from": "naver.com"})))
    v = judge_vendor_rule(GABIA, sender_views(m), summarize_auth(m, ()), catalog)
    assert v.applies and v.suspicious and "display name" in v.reasons[0]
    plain = mail(Address("김민수", "minsu@naver.com"))
    assert not judge_vendor_rule(GABIA, sender_views(plain), summarize_auth(plain, ()), catalog).applies


def test_mailing_list_rewrite_is_judged_by_the_original_sender() -> None:
    # Google Groups / Mailman DMARC rewriting: the shared ops@ group re-sends GoDaddy's notice as itself.
    rewritten = Message(
        source="t.eml", message_id="<x>", subject="Your domain expires soon",
        sender=Address("'GoDaddy' via ops", "ops@mycorp.com"), to=(Address("", "ops@mycorp.com"),),
        date=None, auth_results=(ar(("dkim", "pass", {"header.d": "mycorp.com"})),), text="",
        reply_to=Address("GoDaddy", "renewals@godaddy.com"),
    )  # fmt: skip
    v = judge(rewritten, GODADDY)
    assert v.applies and v.vendor_sender and not v.suspicious  # type: ignore[attr-defined]
    assert "mailing list" in v.notes[0]  # type: ignore[attr-defined]
    # The same rewrite of a look-alike is suspicious, and the list's own address never claims the vendor.
    phish = Message(
        source="t.eml", message_id="<x>", subject="s", sender=Address("'GoDaddy' via ops", "ops@mycorp.com"),
        to=(), date=None, auth_results=(), text="", reply_to=Address("GoDaddy", "billing@godaddy-renew.net"),
    )  # fmt: skip
    assert judge(phish, GODADDY).suspicious  # type: ignore[attr-defined]
    no_reply_to = Message(
        source="t.eml", message_id="<x>", subject="s", sender=Address("'GoDaddy' via ops", "ops@mycorp.com"),
        to=(), date=None, auth_results=(), text="",
    )  # fmt: skip
    assert not judge(no_reply_to, GODADDY).applies  # type: ignore[attr-defined]


def test_a_list_that_keeps_replies_names_the_original_sender_in_x_original_sender() -> None:
    # Google Groups with replies going to the group: Reply-To is the list, the sender only in X-Original-Sender.
    def resent(reply_to: Address | None, original: Address | None) -> Message:
        return Message(
            source="t.eml", message_id="<x>", subject="s", sender=Address("'GoDaddy' via ops", "ops@mycorp.com"),
            to=(), date=None, auth_results=(), text="", reply_to=reply_to, list_original_sender=original,
        )  # fmt: skip

    for reply_to in (None, Address("ops", "ops@mycorp.com")):
        v = judge(resent(reply_to, Address("", "renewals@godaddy.com")), GODADDY)
        assert v.applies and v.vendor_sender and not v.suspicious  # type: ignore[attr-defined]
        assert judge(resent(reply_to, Address("", "billing@godaddy-renew.net")), GODADDY).suspicious  # type: ignore[attr-defined]
    # a Reply-To naming another sender wins over the header
    v = judge(resent(Address("", "billing@godaddy-renew.net"), Address("", "renewals@godaddy.com")), GODADDY)
    assert v.suspicious  # type: ignore[attr-defined]
    # the header on mail that no list re-sent (no "X via list" From) names nobody
    plain = Message(
        source="t.eml", message_id="<x>", subject="s", sender=Address("Ops", "ops@mycorp.com"), to=(), date=None,
        auth_results=(), text="", list_original_sender=Address("", "renewals@godaddy.com"),
    )  # fmt: skip
    assert not judge(plain, GODADDY).applies  # type: ignore[attr-defined]


def test_well_known_vendors_without_rules_are_imitable_but_their_own_mail_passes() -> None:
    catalog = VendorCatalog([GABIA], WELL_KNOWN_VENDORS)
    dmarc = ("dmarc", "pass", {"header.from": "x"})
    for sender in (
        Address("Dynadot", "notice@dynadot-renewals.com"),  # the vendor's label embedded in another domain
        Address("닷네임코리아 고객센터", "help@dotname-kr.net"),  # a Korean registrar's name on another domain
        Address("Hostinger", "billing@hosting-alerts.example"),  # the display name alone
        Address("Billing", "billing@d1gitalocean.com"),  # a homoglyph of a cloud's domain
    ):
        m = mail(sender, ar(dmarc))
        v = judge_generic_rule(sender_views(m), summarize_auth(m, ()), catalog)
        assert v.suspicious, sender
    for sender in (
        Address("Dynadot", "info@dynadot.com"),
        Address("아이네임즈", "help@inames.co.kr"),
        Address("Firebase", "firebase-noreply@google.com"),
        Address("Render", "no-reply@render.com"),
    ):
        own = sender.email.rpartition("@")[2]
        m = mail(sender, ar(("dkim", "pass", {"header.d": own})))
        v = judge_generic_rule(sender_views(m), summarize_auth(m, ()), catalog)
        assert v.applies and not v.suspicious, sender
    # Well-known vendors do not make their domains "known" for drift (no rule watches them).
    assert not catalog.is_known_domain("dynadot.com") and catalog.is_vendor_domain("mail.dynadot.com")


APPLE = VendorIdentity.build("Apple", ["apple.com", "insideapple.apple.com"], None, [])
NAVER = VendorIdentity.build("Naver", ["navercorp.com", "naver.com"], None, ["네이버"])


@pytest.mark.parametrize(
    ("email", "imitates"),
    [
        ("developer@apple.com.id-verify.net", True),  # the vendor's whole domain, then another domain
        ("notice@mail.apple.com.console-check.io", True),
        ("news@apple.com.cn", False),  # a two-letter country code after it: a country variant, not the trick
        ("hello@pineapple.com", False),  # an ordinary word containing the vendor's name
    ],
)
def test_a_vendor_domain_used_as_the_start_of_another_domain_is_a_look_alike(email: str, imitates: bool) -> None:
    assert (imitation_reason(Address("", email), APPLE) is not None) is imitates


def test_a_sibling_brand_on_its_own_domain_is_no_claim_on_the_parent_vendor() -> None:
    catalog = VendorCatalog([NAVER, GABIA], WELL_KNOWN_VENDORS)
    works = Address("NAVER WORKS", "noreply@worksmobile.com")
    assert "naverworks" in catalog.owner_names("worksmobile.com")
    # Without knowing the domain's own brand, "NAVER WORKS" would read as a claim to be Naver.
    assert imitation_reason(works, NAVER, display_only=True) is not None
    assert imitation_reason(works, NAVER, display_only=True, own_names=catalog.owner_names("worksmobile.com")) is None
    # ... while a display name claiming another vendor on a mail provider's domain still counts.
    spoof = Address("가비아", "gabia.notice@naver.com")
    assert imitation_reason(spoof, GABIA, display_only=True, own_names=catalog.owner_names("naver.com")) is not None


@pytest.mark.parametrize(
    ("kind", "subject", "text", "lure"),
    [
        # A threat worded unlike the vendor's notices still reads as a lure of its kind.
        ("domain-expiry", "Important account notice", "Your domain shop.example has been flagged for suspension.",
         True),
        ("domain-expiry", "[긴급] 도메인 말소 예정 안내", "", True),
        ("hosting-quota", "Notice", "호스팅 계정의 디스크 용량이 초과되어 곧 정지됩니다.", True),
        ("social-login-deprecation", "Your Sign in with Apple key will be revoked", "", True),
        ("social-login-deprecation", "공지", "카카오 로그인 앱 키가 12월 1일 폐기됩니다.", True),
        # The thing at risk and the threat must meet on one line; another kind's lure is not this kind's.
        ("domain-expiry", "Your invoice", "Thanks for your order.\nYour domain list is attached.", False),
        ("hosting-quota", "Domain suspension notice", "Your domain will be suspended.", False),
        ("unknown-kind", "Domain suspension notice", "", False),
    ],
)  # fmt: skip
def test_a_suspicious_mail_is_read_as_a_lure_of_a_kind(kind: str, subject: str, text: str, lure: bool) -> None:
    assert (phishing_lure(kind, subject, text) is not None) is lure


def test_a_vendor_imitated_by_any_sender_of_the_mail_gives_a_suspicious_verdict() -> None:
    catalog = VendorCatalog([GABIA], WELL_KNOWN_VENDORS)
    # A well-known registrar's name on a free-mail address (rules for it: none, so only this verdict reports it).
    freemail = mail(Address("Dynadot Support", "dynadot.billing@gmail.com"))
    v = imitation_verdict(sender_views(freemail), catalog)
    assert v is not None and v.applies and v.suspicious and "Dynadot" in v.reasons[0]
    # A look-alike re-sent by the company's own Google Group: judged by the original sender.
    resent = Message(
        source="t.eml", message_id="<x>", subject="s", sender=Address("'가비아' via ops", "ops@mycorp.com"),
        to=(Address("", "ops@mycorp.com"),), date=None, auth_results=(), text="",
        reply_to=Address("가비아", "notice@gabia-billing.net"),
    )  # fmt: skip
    v = imitation_verdict(sender_views(resent), catalog)
    assert v is not None and v.suspicious and v.sender.email == "notice@gabia-billing.net"
    # A colleague, the vendor itself, or the group re-sending the vendor's real mail imitates nobody.
    assert imitation_verdict(sender_views(mail(Address("김민수", "minsu@mycorp.com"))), catalog) is None
    assert imitation_verdict(sender_views(mail(GABIA_ADDR)), catalog) is None
    real = Message(
        source="t.eml", message_id="<x>", subject="s", sender=Address("'가비아' via ops", "ops@mycorp.com"),
        to=(Address("", "ops@mycorp.com"),), date=None, auth_results=(), text="", reply_to=GABIA_ADDR,
    )  # fmt: skip
    assert imitation_verdict(sender_views(real), catalog) is None


def test_exchange_system_mailbox_on_the_recipients_own_domain_is_microsofts_sender() -> None:
    # Exchange Online sends a tenant's quota warnings from "Microsoft Outlook <MicrosoftExchange<32 hex>@tenant>":
    # on the recipient's own domain it is Microsoft's sender, judged by the tenant domain's authentication.
    m365 = VendorIdentity.build("Microsoft 365", ["microsoft.com", "office365.com"], None, ["Microsoft"])
    catalog = VendorCatalog([GABIA, m365])
    system = Address("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mycorp.com")
    passed = mail(system, ar(("dmarc", "pass", {"header.from": "mycorp.com"})))
    v = judge_vendor_rule(m365, sender_views(passed), summarize_auth(passed, ()), catalog)
    assert v.applies and v.vendor_sender and v.authenticated and not v.suspicious
    assert "system mailbox" in v.notes[0]
    assert imitation_verdict(sender_views(passed), catalog) is None  # internal mail: no look-alike either
    # ... a failed DMARC for the tenant domain is a spoof.
    failed = mail(system, ar(("dmarc", "fail", {"header.from": "mycorp.com"})))
    assert judge_vendor_rule(m365, sender_views(failed), summarize_auth(failed, ()), catalog).suspicious
    # The same address on a domain that is not the recipient's claims Microsoft's name: a look-alike.
    foreign = Address("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mail-alerts.example")
    outsider = mail(foreign, ar(("dmarc", "pass", {"header.from": "mail-alerts.example"})))
    v = judge_vendor_rule(m365, sender_views(outsider), summarize_auth(outsider, ()), catalog)
    assert v.applies and not v.vendor_sender and v.suspicious and "display name" in v.reasons[0]
    # Another local part on our own domain is a colleague, not Microsoft (its display name still claims it).
    colleague = mail(
        Address("Microsoft Outlook", "it-admin@mycorp.com"), ar(("dmarc", "pass", {"header.from": "mycorp.com"}))
    )
    v = judge_vendor_rule(m365, sender_views(colleague), summarize_auth(colleague, ()), catalog)
    assert not v.vendor_sender and v.suspicious


def test_homoglyph_of_a_vendor_name_as_one_word_of_a_hyphenated_domain() -> None:
    # "g0daddy-billing.com": the vendor's name with a digit for a letter, joined to other words by hyphens.
    v = judge(mail(Address("Billing", "no-reply@g0daddy-billing.com")), GODADDY)
    assert v.applies and v.suspicious and "homoglyph" in v.reasons[0]  # type: ignore[attr-defined]
    # An ordinary hyphenated domain whose words only resemble nothing is no look-alike.
    assert not judge(mail(Address("Billing", "no-reply@good-daddy-shop.com")), GODADDY).applies  # type: ignore[attr-defined]


def test_a_bulk_mail_that_never_speaks_of_the_readers_own_things_is_no_lure() -> None:
    # A vendor newsletter (List-Unsubscribe) about a change in general: the same words read as a lure in a
    # one-to-one mail, but nothing of the reader's is threatened in a mailing to everyone.
    subject = "[Developer News] Graph API v21.0 will be deprecated on 2027-01-20"
    text = "Hello developers,\nGraph API v21.0 will be deprecated on 2027-01-20.\nRead the changelog."
    assert phishing_lure("social-login-deprecation", subject, text, bulk=True) is None
    # Near miss: the same mail sent one-to-one (bulk defaults to False) still reads as a lure.
    assert phishing_lure("social-login-deprecation", subject, text) == subject
    assert phishing_lure("social-login-deprecation", subject, text, bulk=False) == subject
    # A bulk mail that speaks to the reader about their app is a lure again.
    own_app = text + "\nYour app will stop signing users in after that date."
    assert phishing_lure("social-login-deprecation", subject, own_app, bulk=True) == subject
    # General advice about domains is no lure in bulk mail, and an address that only contains "your" is no
    # second person ("yourdomain.com" is a placeholder, not the reader's domain).
    advice = "Expired domains are released to the public.\nCheck yourdomain.com in our WHOIS tool."
    assert phishing_lure("domain-expiry", "Domain tips", advice, bulk=True) is None
    assert phishing_lure("domain-expiry", "Domain tips", advice) == "Expired domains are released to the public."


@pytest.mark.parametrize(
    ("kind", "subject", "text", "line"),
    [
        # "your domain" in the subject, "고객님의 도메인" in the body: the reader's own thing, so still a lure.
        ("domain-expiry", "Your domain expires soon", "Renew it today.", "Your domain expires soon"),
        ("domain-expiry", "도메인 안내", "고객님의 도메인이 곧 만료됩니다.\n지금 갱신하세요.",
         "고객님의 도메인이 곧 만료됩니다."),
        ("domain-expiry", "News", "Your domain will be suspended.", "Your domain will be suspended."),
        ("hosting-quota", "Notice", "이용 중인 호스팅의 용량이 초과되었습니다.",
         "이용 중인 호스팅의 용량이 초과되었습니다."),
        ("social-login-deprecation", "SDK news", "You will no longer call the SDK: deprecated.",
         "You will no longer call the SDK: deprecated."),
    ],
)  # fmt: skip
def test_a_bulk_mail_that_speaks_of_the_readers_domain_or_account_is_still_a_lure(
    kind: str, subject: str, text: str, line: str
) -> None:
    assert phishing_lure(kind, subject, text, bulk=True) == line


def test_bulk_no_lure_needs_a_lure_first() -> None:
    # Speaking to the reader makes nothing a lure by itself: a bulk mail to "your account" with no threat to a
    # thing of the rule's kind is none, and an unknown kind is never one.
    assert phishing_lure("domain-expiry", "Your account summary", "Your account has 3 new invoices.", bulk=True) is None
    assert phishing_lure("no-such-kind", "Your domain expires", "Your domain expires", bulk=True) is None
