"""Engine semantics on Message objects built in code: match, trust, resolution, replies, digests, explain."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from noticewatch.models import Address, AuthMethodResult, AuthResults, ForwardedHeader, Message
from noticewatch.rules.engine import NO_DEADLINE_TEXT, BodyNeed, Engine, Verdict
from noticewatch.rules.loader import load_paths

PACKS = Path(__file__).parent / "data" / "rules" / "packs"
KST = timezone(timedelta(hours=9))
MAIL_DATE = datetime(2026, 11, 20, 9, 0, tzinfo=KST)


def auth(*results: tuple[str, str, dict[str, str]], authserv: str = "mx.mycorp.com") -> AuthResults:
    return AuthResults(authserv, tuple(AuthMethodResult(m, r, p) for m, r, p in results))


GABIA_PASS = auth(
    ("spf", "pass", {"smtp.mailfrom": "bounce@gabia.com"}),
    ("dkim", "pass", {"header.d": "gabia.com"}),
    ("dmarc", "pass", {"header.from": "gabia.com"}),
)

GABIA_SENDER = Address("가비아", "noreply@gabia.com")
GABIA_TEXT = (
    "안녕하세요, 가비아입니다.\n\n고객님의 도메인 만료일이 다가오고 있습니다.\n\n"
    "도메인: example-shop.co.kr\n등록일: 2020-12-15\n만료일: 2026-12-15\n\n"
    "연장 신청: https://www.gabia.com/renew\n문의: help@gabia.com"
)


def msg(
    text: str = GABIA_TEXT,
    *,
    subject: str = "[가비아] 도메인 만료 안내",
    sender: Address = GABIA_SENDER,
    results: tuple[AuthResults, ...] = (GABIA_PASS,),
    **kw: object,
) -> Message:
    return Message(
        source="test.eml",
        message_id="<t1@gabia.com>",
        subject=subject,
        sender=sender,
        to=(Address("", "ops@mycorp.com"),),
        date=MAIL_DATE,
        auth_results=results,
        text=text,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_paths([PACKS]))


def test_vendor_notice_gives_a_finding_with_deadline_and_evidence(engine: Engine) -> None:
    [f] = engine.evaluate(msg())
    assert (f.rule_id, f.kind, f.vendor, f.target) == (
        "test-gabia-domain-expiry",
        "domain-expiry",
        "Gabia",
        "example-shop.co.kr",
    )
    assert f.deadline == date(2026, 12, 15)  # not the registration date
    assert f.evidence.excerpt == "만료일: 2026-12-15"
    assert f.action == "Renew example-shop.co.kr at Gabia before 2026-12-15"
    assert not f.suspicious and not f.resolves
    assert any("DKIM pass" in line or "DMARC pass" in line for line in f.explanation)


def test_sender_outside_the_vendor_domains_gives_nothing(engine: Engine) -> None:
    assert engine.evaluate(msg(sender=Address("Shop", "news@shopping-mall.com"), results=())) == []


def test_subdomain_of_a_vendor_domain_counts(engine: Engine) -> None:
    [f] = engine.evaluate(msg(sender=Address("", "noreply@mail.gabia.com"), results=()))
    assert f.vendor == "Gabia" and not f.suspicious


def test_reply_quoting_a_notice_gives_nothing(engine: Engine) -> None:
    reply = msg(
        "네, 확인했습니다. 이번 주에 처리할게요.",
        subject="Re: [가비아] 도메인 만료 안내",
        sender=Address("김철수", "kim@mycorp.com"),
        results=(),
        quoted=GABIA_TEXT,
        is_reply=True,
    )
    assert engine.evaluate(reply) == []
    # Even a reply from the vendor's own domain only counts its own text.
    vendor_reply = dataclasses.replace(reply, sender=Address("", "help@gabia.com"), auth_results=(GABIA_PASS,))
    assert engine.evaluate(vendor_reply) == []


def test_forward_is_judged_by_the_forwarded_sender(engine: Engine) -> None:
    fwd = msg(
        "참고하세요.\n\n---------- Forwarded message ---------\n" + GABIA_TEXT,
        subject="Fwd: [가비아] 도메인 만료 안내",
        sender=Address("김철수", "kim@mycorp.com"),
        results=(auth(("dkim", "pass", {"header.d": "mycorp.com"})),),
        forwarded=(ForwardedHeader(Address("가비아", "noreply@gabia.com"), "[가비아] 도메인 만료 안내", MAIL_DATE),),
    )
    [f] = engine.evaluate(fwd)
    assert f.vendor == "Gabia" and f.target == "example-shop.co.kr" and not f.suspicious
    assert any("forwarded" in line for line in f.explanation)


def test_forward_of_a_lookalike_is_suspicious(engine: Engine) -> None:
    fwd = msg(
        "FYI\n\n" + GABIA_TEXT,
        subject="Fwd: [가비아] 도메인 만료 안내",
        sender=Address("김철수", "kim@mycorp.com"),
        forwarded=(ForwardedHeader(Address("가비아", "noreply@gabia-renew.com"), "도메인 만료 안내", MAIL_DATE),),
    )
    [f] = engine.evaluate(fwd)
    assert f.suspicious and "gabia-renew.com" in f.suspicious_reasons[0]


def test_resolution_gives_a_resolving_finding_and_wins_over_match(engine: Engine) -> None:
    text = "도메인 example-shop.co.kr 의 기간 연장이 완료되었습니다.\n새 만료일: 2027-12-15"
    [f] = engine.evaluate(msg(text, subject="[가비아] 도메인 연장 완료"))
    assert f.resolves and f.target == "example-shop.co.kr" and f.deadline is None
    assert "resolved" in f.action


def test_suspicious_mail_never_resolves(engine: Engine) -> None:
    text = "도메인 example-shop.co.kr 의 기간 연장이 완료되었습니다. 만료일 2027-12-15"
    [f] = engine.evaluate(msg(text, sender=Address("가비아", "billing@gabia-pay.net"), results=()))
    assert f.suspicious and not f.resolves


def test_marketing_not_condition_blocks_but_bulk_alone_does_not(engine: Engine) -> None:
    coupon = msg(".com 도메인 등록 할인 쿠폰이 곧 만료됩니다! 쿠폰 만료일: 2026-11-30", list_unsubscribe=True)
    assert engine.evaluate(coupon) == []
    bulk_notice = msg(list_unsubscribe=True)
    [f] = engine.evaluate(bulk_notice)
    assert f.target == "example-shop.co.kr"


def test_digest_gives_one_finding_per_domain_each_with_its_own_deadline(engine: Engine) -> None:
    text = (
        "Hello,\n\nThe following domains in your account will expire soon:\n\n"
        "Domain | Expiration date\nalpha-shop.com | 2026-12-01\nbeta-store.net | 2026-12-20\n"
        "gamma.io | 2027-01-15\n\nRenew now at https://www.godaddy.com/renew\n"
        "Questions? Visit godaddy.com. Last updated 2026-01-01."
    )
    digest = msg(
        text,
        subject="Your domains are expiring",
        sender=Address("GoDaddy", "renewals@godaddy.com"),
        results=(auth(("dkim", "pass", {"header.d": "godaddy.com"})),),
    )
    found = {f.target: f.deadline for f in engine.evaluate(digest)}
    assert found == {
        "alpha-shop.com": date(2026, 12, 1),
        "beta-store.net": date(2026, 12, 20),
        "gamma.io": date(2027, 1, 15),
    }


def test_digest_in_sections_gives_each_its_date(engine: Engine) -> None:
    text = (
        "아래 도메인의 만료가 다가옵니다.\n\n"
        "도메인: first-shop.kr\n만료일: 2026-12-05\n\n"
        "도메인: second-shop.co.kr\n만료일: 2027-02-01\n"
    )
    found = {f.target: f.deadline for f in engine.evaluate(msg(text))}
    assert found == {"first-shop.kr": date(2026, 12, 5), "second-shop.co.kr": date(2027, 2, 1)}


def test_if_missing_counts_from_the_mail_date_and_account_target(engine: Engine) -> None:
    quota = msg(
        "호스팅 계정의 디스크 용량이 95% 사용 중입니다.\n아이디: myshop01\n",
        subject="[카페24] 웹 용량 부족 안내",
        sender=Address("카페24", "noreply@cafe24.com"),
        results=(auth(("dkim", "pass", {"header.d": "cafe24.com"})),),
    )
    [f] = engine.evaluate(quota)
    assert f.kind == "hosting-quota" and f.target == "myshop01"
    assert f.deadline == date(2026, 11, 23)
    assert "if_missing 3d" in " ".join(f.explanation)
    assert "(deadline 2026-11-23, 3 days)" in f.action


def test_account_fallback_target(engine: Engine) -> None:
    quota = msg(
        "트래픽 사용량이 초과되었습니다.",
        subject="트래픽 초과",
        sender=Address("", "noreply@cafe24.com"),
        results=(),
    )
    [f] = engine.evaluate(quota)
    assert f.target == "ops@mycorp.com"


def test_generic_rule_needs_authentication_as_own_domain(engine: Engine) -> None:
    text = "Your domain acme-widgets.com will expire on December 30, 2026. Renew it to keep your site online."
    base = msg(text, subject="Domain expiration notice", sender=Address("Dynadot", "info@dynadot.com"))
    assert engine.evaluate(dataclasses.replace(base, auth_results=())) == []
    unaligned = auth(
        ("dkim", "pass", {"header.d": "sendgrid.net"}), ("spf", "pass", {"smtp.mailfrom": "x@dynadot.com"})
    )
    assert engine.evaluate(dataclasses.replace(base, auth_results=(unaligned,))) == []
    ok = auth(("dkim", "pass", {"header.d": "dynadot.com"}))
    [f] = engine.evaluate(dataclasses.replace(base, auth_results=(ok,)))
    assert (f.rule_id, f.vendor, f.target, f.deadline) == (
        "test-generic-domain-expiry",
        "Dynadot",  # a well-known registrar is named, not its domain
        "acme-widgets.com",
        date(2026, 12, 30),
    )


def test_generic_rule_marks_imitation_of_well_known_vendor_suspicious(engine: Engine) -> None:
    """A registrar without a rule of its own is still imitable: its name on another domain is a look-alike."""
    text = "Your domain acme-widgets.com will expire on December 30, 2026. Renew it to keep your site online."
    for sender in (Address("Dynadot", "billing@dynadot-renewals.com"), Address("Dynadot Support", "info@renew-now.io"),
                   Address("Billing", "info@supabase-billing.net")):  # fmt: skip
        own = sender.email.rpartition("@")[2]
        signed = auth(("dkim", "pass", {"header.d": own}), ("dmarc", "pass", {"header.from": own}))
        mail = msg(text, subject="Domain expiration notice", sender=sender, results=(signed,))
        [f] = engine.evaluate(mail)
        assert f.suspicious, sender
    # An unrelated registrar whose name merely contains a common word is not an imitation of Render / Hover.
    for sender in (Address("Renderforest Domains", "info@renderforest-example.com"),
                   Address("Hovercraft Names", "info@hovercraft-names.com")):  # fmt: skip
        own = sender.email.rpartition("@")[2]
        mail = msg(text, subject="Domain expiration notice", sender=sender,
                   results=(auth(("dkim", "pass", {"header.d": own}),),))  # fmt: skip
        [f] = engine.evaluate(mail)
        assert not f.suspicious, sender


def test_generic_rule_required_deadline(engine: Engine) -> None:
    text = "Your domain acme-widgets.com will expire soon."
    mail = msg(text, subject="Domain expiration", sender=Address("", "info@dynadot.com"),
               results=(auth(("dmarc", "pass", {"header.from": "dynadot.com"})),))  # fmt: skip
    assert engine.evaluate(mail) == []


def test_generic_rule_ignores_internal_and_freemail(engine: Engine) -> None:
    text = "Our domain acme-widgets.com will expire on December 30, 2026, please renew."
    internal = msg(text, subject="domain", sender=Address("", "boss@mycorp.com"),
                   results=(auth(("dkim", "pass", {"header.d": "mycorp.com"})),))  # fmt: skip
    assert engine.evaluate(internal) == []
    free = dataclasses.replace(internal, sender=Address("", "someone@gmail.com"),
                               auth_results=(auth(("dkim", "pass", {"header.d": "gmail.com"})),))  # fmt: skip
    assert engine.evaluate(free) == []


def test_generic_rule_marks_an_authenticated_lookalike_suspicious(engine: Engine) -> None:
    text = "Your domain acme-widgets.com will expire on December 30, 2026."
    phish = msg(text, subject="Domain expiration", sender=Address("", "billing@godaddy-secure.net"),
                results=(auth(("dkim", "pass", {"header.d": "godaddy-secure.net"})),))  # fmt: skip
    findings = engine.evaluate(phish)
    assert findings and all(f.suspicious for f in findings)


def test_missing_deadline_renders_placeholder(engine: Engine) -> None:
    mail = msg("도메인 example-shop.co.kr 이 곧 만료됩니다.")
    [f] = engine.evaluate(mail)
    assert f.deadline is None and NO_DEADLINE_TEXT in f.action


def test_one_finding_per_kind_and_target_per_mail(engine: Engine) -> None:
    # The mail matches the Gabia rule and the generic rule: the first rule in load order wins.
    text = "Your domain example-shop.co.kr will expire on 2026-12-15 (domain expiration)."
    findings = engine.evaluate(msg(text))
    assert [f.rule_id for f in findings] == ["test-gabia-domain-expiry"]


def test_wants_body_is_a_recall_safe_prefilter(engine: Engine) -> None:
    headers = dataclasses.replace(msg(), text="")
    assert engine.wants_body(headers)
    assert not engine.wants_body(dataclasses.replace(headers, sender=Address("", "friend@random-shop.com"),
                                                     auth_results=()))  # fmt: skip
    # A forward's real sender is in the body: always fetch.
    assert engine.wants_body(dataclasses.replace(headers, subject="FW: 도메인 만료", sender=Address("", "kim@x.com")))
    # A look-alike sender must be fetched (to report it).
    assert engine.wants_body(dataclasses.replace(headers, sender=Address("", "a@gabia-billing.com")))
    # Generic rules only for mail authenticated as its own domain.
    auth_ok = dataclasses.replace(headers, sender=Address("", "info@dynadot.com"),
                                  auth_results=(auth(("dkim", "pass", {"header.d": "dynadot.com"})),))  # fmt: skip
    assert engine.wants_body(auth_ok)
    assert not engine.wants_body(dataclasses.replace(auth_ok, auth_results=()))


def test_wants_body_uses_subject_only_conditions() -> None:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    ruleset = load_ruleset(RulesConfig(), [PACKS / "subject-only.yaml"], include_builtin=False)
    eng = Engine(ruleset)
    base = msg("", subject="Monthly newsletter", sender=Address("", "news@vercel.com"), results=())
    assert not eng.wants_body(base)
    assert eng.wants_body(dataclasses.replace(base, subject="Usage limit reached"))


def test_explain_reports_matched_near_and_trust(engine: Engine) -> None:
    ex = engine.explain(msg())
    by_id = {r.rule_id: r for r in ex.rules}
    assert by_id["test-gabia-domain-expiry"].verdict is Verdict.MATCHED
    steps = "\n".join(by_id["test-gabia-domain-expiry"].steps)
    assert "만료일: 2026-12-15" in steps and "distractor" in steps
    assert by_id["test-godaddy-domain-expiry"].verdict is Verdict.NO
    assert any("topmost" in line for line in ex.authentication)
    # Nearly: the vendor's sender but the wording does not match.
    near = engine.explain(msg("안녕하세요. 이번 달 이벤트 안내입니다.", subject="이벤트"))
    v = {r.rule_id: r for r in near.rules}["test-gabia-domain-expiry"]
    assert v.verdict is Verdict.NEAR and any("✗" in s for s in v.steps)
    # Nearly: the wording matches but the sender is nobody's.
    other = engine.explain(msg(sender=Address("", "a@unrelated.org"), results=()))
    v = {r.rule_id: r for r in other.rules}["test-gabia-domain-expiry"]
    assert v.verdict is Verdict.NEAR


def test_evaluate_and_explain_agree(engine: Engine) -> None:
    for m in (msg(), msg(sender=Address("Gabia", "x@gabia-billing.com")), msg("nothing here")):
        assert engine.evaluate(m) == list(engine.explain(m).findings)


def test_today_renders_days_left() -> None:
    eng = Engine(load_paths([PACKS]), today=date(2026, 11, 21))
    quota = msg("디스크 용량 초과", subject="용량", sender=Address("", "noreply@cafe24.com"), results=())
    [f] = eng.evaluate(quota)
    assert "2 days" in f.action


def test_hosted_subdomain_of_the_vendor_is_a_hosting_target(engine: Engine) -> None:
    text = (
        "고객님의 호스팅 oddjob.dothome.co.kr 의 디스크 용량이 초과되었습니다.\n"
        "문의: www.dothome.co.kr, help.dothome.co.kr"
    )
    mail = msg(text, subject="[닷홈] 용량 초과 안내", sender=Address("닷홈", "noreply@dothome.co.kr"), results=())
    [f] = engine.evaluate(mail)
    assert f.target == "oddjob.dothome.co.kr"
    # For domain expiry a vendor subdomain is never the expiring domain.
    expiry = msg("도메인 shop.gabia.com 과 myshop.kr 의 만료일: 2026-12-01", sender=GABIA_SENDER)
    assert [f.target for f in engine.evaluate(expiry)] == ["myshop.kr"]


@pytest.mark.parametrize(
    "text",
    [
        # negated, in Korean the negation follows the verb
        "도메인 example-shop.co.kr 의 기간 연장이 완료되지 않았습니다.\n만료일: 2026-12-15",
        # conditional
        "도메인 example-shop.co.kr 의 연장이 완료되면 안내 메일을 드립니다.\n만료일: 2026-12-15",
        "Your domain example-shop.co.kr expires on 2026-12-15. Once the renewal is complete you will get a receipt.",
        "Your domain example-shop.co.kr expires on 2026-12-15. We will tell you if renewal is complete.",
    ],
)
def test_negated_or_conditional_resolution_is_no_receipt(engine: Engine, text: str) -> None:
    [f] = engine.evaluate(msg(text))
    assert not f.resolves
    assert f.deadline == date(2026, 12, 15)


def test_resolution_stated_as_fact_still_resolves_and_explain_names_the_negation(engine: Engine) -> None:
    [f] = engine.evaluate(msg("Good news: the renewal is complete for example-shop.co.kr. New expiry 2027-12-15."))
    assert f.resolves
    exp = engine.explain(msg("도메인 example-shop.co.kr 의 기간 연장이 완료되지 않았습니다.\n만료일: 2026-12-15"))
    [rule] = [r for r in exp.rules if r.rule_id == "test-gabia-domain-expiry"]
    assert rule.verdict is Verdict.MATCHED
    assert any("only negated or conditional" in s for s in rule.steps)


@pytest.mark.parametrize(
    ("text", "resolves"),
    [
        ("Don't worry - the renewal is complete for example-shop.co.kr.", True),
        ("No action needed: renewal is complete for example-shop.co.kr.", True),
        ("If you add funds, the renewal is complete within an hour. example-shop.co.kr expires on 2026-12-15.", False),
        ("example-shop.co.kr expires on 2026-12-15 and we can tell you the renewal is complete after payment.", False),
    ],
)
def test_resolution_clause_boundaries(engine: Engine, text: str, resolves: bool) -> None:
    [f] = engine.evaluate(msg(text))
    assert f.resolves is resolves


def test_other_not_conditions_match_as_written(engine: Engine) -> None:
    # the exclusion holds although its phrase sits in a conditional clause
    text = "If you have a coupon, use it now. 도메인 example-shop.co.kr 만료일: 2026-12-15"
    assert engine.evaluate(msg(text)) == []


def test_builtin_notice_with_a_negated_receipt_phrase_is_a_notice() -> None:
    builtin = Engine(load_paths([Path(__file__).parents[1] / "rules"]))
    text = "도메인 oak-digital.kr 은 연장 결제가 완료되지 않으면 2026-12-10 에 만료됩니다."
    [f] = builtin.evaluate(msg(text, subject="[가비아] 도메인 만료 안내"))
    assert (f.target, f.deadline, f.resolves) == ("oak-digital.kr", date(2026, 12, 10), False)
    receipt = "도메인 oak-digital.kr 의 연장 결제가 정상적으로 완료되었습니다. 새 만기일: 2027-12-10"
    [r] = builtin.evaluate(msg(receipt, subject="[가비아] 도메인 연장 완료"))
    assert r.resolves


def test_body_need_defers_a_receipt_that_could_only_close_a_generic_item() -> None:
    builtin = Engine(load_paths([Path(__file__).resolve().parents[1] / "rules"]))
    signed = (auth(("dkim", "pass", {"header.d": "domainharbor.net"})),)
    sender = Address("DomainHarbor", "billing@domainharbor.net")
    notice = builtin.body_need(msg("", subject="Domain expiration notice", sender=sender, results=signed))
    assert notice.fetch and ("domain-expiry", "domainharbor.net") in notice.generic_notices
    receipt = builtin.body_need(msg("", subject="결제 완료 안내", sender=sender, results=signed))
    assert not receipt.fetch and receipt.closes_only == {("domain-expiry", "domainharbor.net")}
    assert builtin.wants_body(msg("", subject="결제 완료 안내", sender=sender, results=signed))  # recall-safe API
    # A known registrar's own receipt is read at once: its rule may close an item by itself.
    gabia = builtin.body_need(msg("", subject="[가비아] 결제 완료 안내", sender=Address("", "no-reply@gabia.com")))
    assert gabia.fetch and not gabia.closes_only
    # Unauthenticated: no generic rule trusts it, nothing to defer.
    assert builtin.body_need(msg("", subject="결제 완료 안내", sender=sender, results=())) == BodyNeed(False)


def test_a_lure_is_one_warning_its_log_in_call_to_action_is_no_second_kind() -> None:
    builtin = Engine(load_paths([Path(__file__).resolve().parents[1] / "rules"]))
    fake = Address("카페24", "notice@cafe24.com.hosting-alert.net")
    quota_lure = (
        "호스팅 아이디 dalbit 의 디스크 용량이 초과되어 2026년 11월 28일 계정이 정지됩니다.\n"
        "정지를 막으려면 아래에서 로그인해 주세요."
    )
    found = builtin.evaluate(msg(quota_lure, subject="[카페24] 용량 초과 안내", sender=fake, results=()))
    assert {f.kind for f in found} == {"hosting-quota"} and all(f.suspicious for f in found)
    # A sign-in lure whose only threat is to sign-in is still reported as one, call to action and all.
    kakao_lure = "카카오 로그인 API가 2026년 12월 1일 종료되어 앱 로그인이 차단됩니다. 아래에서 로그인하여 확인하세요."
    fake_kakao = Address("Kakao Developers", "notice@kakao-developers-notice.com")
    found = builtin.evaluate(msg(kakao_lure, subject="[Kakao] 중요 공지", sender=fake_kakao, results=()))
    assert {f.kind for f in found} == {"social-login-deprecation"} and all(f.suspicious for f in found)


def test_builtin_generic_quota_rule_decides_by_headers_and_content() -> None:
    """The generic hosting-quota rule: its subject lets IMAP skip unrelated bodies; content and guards hold."""
    builtin = Engine(load_paths([Path(__file__).resolve().parents[1] / "rules"]))
    signed = (auth(("dkim", "pass", {"header.d": "tinyhost.example"})),)
    host = Address("TinyHost", "alerts@tinyhost.example")
    weekly = msg("", subject="Your weekly product digest", sender=host, results=signed)
    assert not builtin.wants_body(weekly)
    alert = msg("", subject="Disk usage alert", sender=host, results=signed)
    assert builtin.wants_body(alert)
    full = "Your site shop-42 has used 93% of its disk quota. Uploads stop when the disk is full."
    [f] = builtin.evaluate(msg(full, subject="Disk usage alert", sender=host, results=signed))
    assert (f.rule_id, f.kind, f.target, f.vendor) == (
        "generic-hosting-quota",
        "hosting-quota",
        "shop-42",
        "tinyhost.example",
    )
    assert not f.suspicious
    # Not for a suspension for non-payment, an invoice with overage, or unauthenticated mail.
    unpaid = "Your account will be suspended on December 3, 2026 because the last invoice is unpaid."
    assert builtin.evaluate(msg(unpaid, subject="Account suspension notice", sender=host, results=signed)) == []
    overage = "You exceeded the included bandwidth quota by 4 GB; the overage was charged to your card."
    assert builtin.evaluate(msg(overage, subject="Invoice 2026-11 (usage)", sender=host, results=signed)) == []
    assert builtin.evaluate(msg(full, subject="Disk usage alert", sender=host, results=())) == []


def _scoped_engine() -> Engine:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    scoped = Path(__file__).parent / "data" / "rules" / "scoped" / "scoped.yaml"
    return Engine(load_ruleset(RulesConfig(), [scoped], include_builtin=False))


def test_scope_rules_mail_out_before_its_body_is_read() -> None:
    eng = _scoped_engine()
    hub = Address("Hub", "noreply@hub.example")
    notification = msg("", subject="[Hub] New comment on issue #12", sender=hub, results=())
    assert not eng.wants_body(notification)  # the vendor's own domain, but outside the rule's scope
    assert eng.wants_body(dataclasses.replace(notification, subject="[Hub] Usage report"))


def test_scope_is_required_by_match_and_resolution() -> None:
    eng = _scoped_engine()
    hub = Address("Hub", "noreply@hub.example")
    inside = msg("Your storage exceeded the plan.", subject="Storage quota warning", sender=hub, results=())
    outside = dataclasses.replace(inside, subject="Weekly digest")
    [found] = eng.evaluate(inside)
    assert found.rule_id == "hub-usage" and not found.resolves
    assert eng.evaluate(outside) == []
    receipt = dataclasses.replace(inside, text="Your quota was increased to 100 GB.", subject="Quota update")
    [closed] = eng.evaluate(receipt)
    assert closed.resolves
    assert eng.evaluate(dataclasses.replace(receipt, subject="Thanks")) == []
    steps = {r.rule_id: r for r in eng.explain(outside).rules}["hub-usage"].steps
    assert any("outside the rule's scope" in s for s in steps)


def test_a_look_alike_gives_one_suspicious_finding_per_kind() -> None:
    # A vendor rule reports the imitation; the generic rule must not add "a vendor named after the look-alike".
    from noticewatch.config import RulesConfig
    from noticewatch.models import RawMessage
    from noticewatch.parse import parse_message
    from noticewatch.rules.loader import load_ruleset

    eng = Engine(load_ruleset(RulesConfig(), []))
    corpus = Path(__file__).parent / "corpus" / "mail"
    parsed = parse_message(RawMessage(source="x", data=(corpus / "phish_vercel_quota_lookalike.eml").read_bytes()))
    assert isinstance(parsed, Message)
    found = eng.evaluate(parsed)
    assert [(f.kind, f.vendor, f.suspicious) for f in found] == [("hosting-quota", "Vercel", True)]


def test_a_european_sender_reads_ambiguous_numeric_dates_day_first() -> None:
    # "03/12/2027" from an OVH address: 3 December (the sender's locale), not 12 March; both are ahead, so only
    # the sender can tell.
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    eng = Engine(load_ruleset(RulesConfig(), []))
    text = (
        "Hello,\n\nYour domain pelican-maps.com expires on 03/12/2027.\n"
        "Renew it from your control panel before that date to keep your website and email working.\n"
    )
    ovh_pass = auth(
        ("spf", "pass", {"smtp.mailfrom": "bounce@ovh.com"}),
        ("dkim", "pass", {"header.d": "ovh.com"}),
        ("dmarc", "pass", {"header.from": "ovh.com"}),
    )
    ovh = Address("OVHcloud", "noreply@ovh.com")
    found = eng.evaluate(msg(text, subject="Domain pelican-maps.com expires soon", sender=ovh, results=(ovh_pass,)))
    assert [(f.target, f.deadline) for f in found if not f.suspicious] == [("pelican-maps.com", date(2027, 12, 3))]


FORWARD_TEXT = (
    "FYI, please renew this.\n\n---------- Forwarded message ---------\n"
    "From: NameCo Registrar <renewals@nameco-registrar.example>\nSubject: Domain expiration notice\n\n"
    "Dear customer,\n\nYour domain bluefin-maps.com will expire on December 18, 2026.\n"
    "Renew it before the expiration date to keep your website and email working.\n"
)
COLLEAGUE = Address("Minji Park", "minji@mycorp.com")
COLLEAGUE_PASS = auth(("dkim", "pass", {"header.d": "mycorp.com"}), ("dmarc", "pass", {"header.from": "mycorp.com"}))


def _forward(sender: Address, subject: str = "Fwd: Domain expiration notice") -> Message:
    fwd = ForwardedHeader(sender, "Domain expiration notice", MAIL_DATE)
    return msg(FORWARD_TEXT, subject=subject, sender=COLLEAGUE, results=(COLLEAGUE_PASS,), forwarded=(fwd,))


def test_a_forwarded_notice_of_a_registrar_without_a_rule_is_judged_by_its_original_sender() -> None:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    eng = Engine(load_ruleset(RulesConfig(), []))
    [f] = eng.evaluate(_forward(Address("NameCo Registrar", "renewals@nameco-registrar.example")))
    assert (f.kind, f.target, f.deadline) == ("domain-expiry", "bluefin-maps.com", date(2026, 12, 18))
    assert not f.suspicious
    assert "nameco-registrar" in f.vendor.lower()
    assert any("cannot be checked" in line for line in f.explanation)


def test_a_forwarded_look_alike_is_suspicious_and_a_forwarded_internal_mail_is_nothing() -> None:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    eng = Engine(load_ruleset(RulesConfig(), []))
    found = eng.evaluate(_forward(Address("GoDaddy", "renewals@godaddy-renewals.example")))
    assert found and all(f.suspicious for f in found)
    assert eng.evaluate(_forward(Address("IT team", "it@mycorp.com"))) == []


def test_phishing_is_reported_as_suspicious_even_when_worded_unlike_the_vendor_and_ruled_in_by_headers() -> None:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    eng = Engine(load_ruleset(RulesConfig(), []))
    text = (
        "Dear customer,\n\nYour domain bluefin-maps.com will expire on December 18, 2026 and will be deleted.\n"
        "Renew now to avoid losing it: http://renew-now.example/login\n"
    )
    # A registrar without a rule of its own, its name on a free-mail address: the generic rules skip free
    # mail, yet this must be reported (as suspicious), and the IMAP prefilter must fetch its body.
    spoof = msg(text, subject="Important notice", sender=Address("Dynadot", "dynadot.billing@gmail.com"), results=())
    assert eng.wants_body(dataclasses.replace(spoof, text=""))
    found = eng.evaluate(spoof)
    assert found and all(f.suspicious for f in found)
    # A vendor's own domain failing DMARC, worded unlike the vendor's notices ("flagged for suspension").
    failed = auth(("dkim", "fail", {"header.d": "namecheap.com"}), ("dmarc", "fail", {"header.from": "namecheap.com"}))
    lure = msg(
        "Your domain bluefin-maps.com has been flagged for suspension.\n"
        "Verify your account within 48 hours to keep it active: http://namecheap-verify.example\n",
        subject="Account notice",
        sender=Address("Namecheap", "support@namecheap.com"),
        results=(failed,),
    )
    assert eng.wants_body(dataclasses.replace(lure, text=""))
    found = eng.evaluate(lure)
    assert found and all(f.suspicious for f in found)


def test_a_vendor_domain_failing_authentication_is_reported_even_outside_the_rules_scope() -> None:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    eng = Engine(load_ruleset(RulesConfig(), []))
    text = (
        "Hello,\n\nYour domain otterbay-tools.net expires on 2 December 2026 and will then be released.\n"
        "Confirm your card at http://aws-billing-confirm.example within 24 hours.\n"
    )
    # The Route 53 rules look only at amazon.com mail whose subject is about a domain (amazon.com is a shop
    # too); a mail from that domain failing DMARC is no shop order, whatever its subject.
    failed = auth(("spf", "fail", {"smtp.mailfrom": "amazon.com"}), ("dmarc", "fail", {"header.from": "amazon.com"}))
    lure = msg(text, subject="Action required on your account", sender=Address("AWS", "no-reply-aws@amazon.com"),
               results=(failed,))  # fmt: skip
    assert eng.wants_body(dataclasses.replace(lure, text=""))
    found = eng.evaluate(lure)
    assert found and all(f.suspicious for f in found)
    assert any(f.target == "otterbay-tools.net" for f in found)
    # The same mail authenticated is outside the scope: nothing.
    ok = auth(("dmarc", "pass", {"header.from": "amazon.com"}))
    assert eng.evaluate(dataclasses.replace(lure, auth_results=(ok,))) == []


def test_a_digest_closes_only_the_rows_that_say_they_are_renewed() -> None:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    eng = Engine(load_ruleset(RulesConfig(), []))
    text = (
        "안녕하세요, 가비아입니다.\n\n고객님의 도메인 만료 예정 현황을 안내드립니다.\n"
        "만료일 전까지 기간을 연장해 주세요.\n\n"
        "도메인\t만료일\t상태\n"
        "seoul-bakery.kr\t2026-12-15\t만료 예정\n"
        "busan-bakery.com\t2027-01-08\t만료 예정\n"
        "daegu-bakery.net\t2027-11-20\t기간 연장이 완료되었습니다\n\n"
        "연장 신청: https://www.gabia.com/renew\n"
    )
    found = {f.target: f for f in eng.evaluate(msg(text, subject="[가비아] 도메인 만료 예정 안내 (3건)"))}
    assert set(found) == {"seoul-bakery.kr", "busan-bakery.com", "daegu-bakery.net"}
    assert found["daegu-bakery.net"].resolves
    assert not found["seoul-bakery.kr"].resolves and found["seoul-bakery.kr"].deadline == date(2026, 12, 15)
    assert not found["busan-bakery.com"].resolves and found["busan-bakery.com"].deadline == date(2027, 1, 8)


def test_a_digest_row_resolved_on_its_own_line_stays_resolved_above_a_footnote(tmp_path: Path) -> None:
    # The last row's section runs on into the footnotes; a footnote that the resolution's `not` rules out
    # ("완료된 도메인은 조치하지 않으셔도 됩니다") must not undo what the row's own line says.
    pack = tmp_path / "digest.yaml"
    pack.write_text(
        "pack: {name: digest-test}\n"
        "rules:\n"
        "  - id: digest-expiry\n"
        "    kind: domain-expiry\n"
        "    vendor: Gabia\n"
        "    senders: [gabia.com]\n"
        "    match:\n"
        "      text: ['만료|만기']\n"
        "      not: [{text: ['(연장|갱신)\\s*완료'], not: [{text: ['완료된\\s*도메인은']}]}]\n"
        "    resolution:\n"
        "      text: ['(연장|갱신)\\s*완료']\n"
        "      not: [{text: ['완료된\\s*도메인은']}]\n"
        "    target: {type: domain}\n",
        encoding="utf-8",
    )
    text = (
        "보유 도메인의 만기 현황입니다.\n도메인\t만기일\t상태\n"
        "due-shop.kr\t2026-12-17\t갱신 필요\nkept-shop.com\t2027-11-02\t갱신 완료\n"
        "· 갱신 완료된 도메인은 별도로 조치하지 않으셔도 됩니다.\n"
    )
    found = {f.target: (f.resolves, f.deadline) for f in Engine(load_paths([pack])).evaluate(msg(text))}
    assert found == {"due-shop.kr": (False, date(2026, 12, 17)), "kept-shop.com": (True, None)}


def test_a_footnote_about_renewed_domains_is_no_receipt(engine: Engine) -> None:
    # "연장 완료된 도메인은 ..." speaks of a category: it neither closes an item nor blocks the notice above it.
    text = (
        "아래 도메인의 만료일이 다가옵니다.\n\n도메인: due-shop.kr\n만료일: 2026-12-15\n\n"
        "· 연장 완료된 도메인은 별도 조치가 필요 없습니다.\n· 연장 완료 도메인은 참고용으로 함께 표시됩니다."
    )
    [f] = engine.evaluate(msg(text))
    assert (f.target, f.resolves, f.deadline) == ("due-shop.kr", False, date(2026, 12, 15))
    # ... while the same words stated as an event still close it
    [r] = engine.evaluate(msg("도메인 due-shop.kr 의 기간 연장이 완료되었습니다.\n새 만료일: 2027-12-15"))
    assert r.resolves
