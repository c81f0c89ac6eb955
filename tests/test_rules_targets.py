"""Target extraction: which domain in a notice is the customer's, and each digest target's own region."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from noticewatch.models import Address, AuthMethodResult, AuthResults, Message
from noticewatch.rules.engine import Engine
from noticewatch.rules.loader import load_paths
from noticewatch.rules.regex import compile_pattern
from noticewatch.rules.targets import (
    TargetHit,
    deadline_windows,
    find_domains,
    find_pattern_targets,
    footnote_window,
    subject_named_first,
)


def vendor(domain: str) -> bool:
    return domain.endswith(("gabia.com", "godaddy.com"))


def values(text: str, subject: str = "") -> list[str]:
    return [h.value for h in find_domains(text, subject, vendor)]


def test_vendor_links_addresses_files_and_infra_are_excluded() -> None:
    text = (
        "고객님의 도메인 example-shop.co.kr 의 만료일이 다가옵니다.\n"
        "연장: https://www.gabia.com/renew?domain=other.com\n"
        "문의: help@gabia.com / 담당자 admin@mycorp.com\n"
        "첨부: invoice.pdf, 로고 logo.png, Node.js, v1.2.3, e.g. this\n"
        "Follow us on facebook.com | Gabia Co.Ltd | www.gabia.com"
    )
    assert values(text) == ["example-shop.co.kr"]


def test_recipient_domain_counts_when_written_plainly() -> None:
    text = "Dear admin@mycorp.com,\nyour domain mycorp.com expires on 2026-12-01."
    assert values(text) == ["mycorp.com"]
    assert values("Dear admin@mycorp.com,\nyour domain will expire soon.") == []


def test_korean_particles_and_idn() -> None:
    assert values("도메인 example.co.kr의 만료일은 12월 1일입니다.") == ["example.co.kr"]
    assert values("만료 예정 도메인: 한글도메인.kr") == ["한글도메인.kr"]
    assert values("만료 예정 도메인: 회사.한국") == ["회사.한국"]
    assert values("Domain WWW.Example.COM expires") == ["example.com"]


def test_cue_words_decide_over_plain_mentions() -> None:
    text = "Your domain brand.io will expire soon.\n\nWe also launched new.shop offers!\nSee blog.example.net"
    assert values(text) == ["brand.io"]


def test_subject_is_used_when_the_text_names_no_domain() -> None:
    assert values("만료일이 다가옵니다.", "[가비아] example.kr 도메인 만료 안내") == ["example.kr"]


def test_pattern_targets_take_the_named_group() -> None:
    pats = [compile_pattern(r"(?:아이디|계정|ID)\s*[:：]\s*(?P<target>[a-z0-9_-]+)")]
    hits = find_pattern_targets("호스팅 아이디: shop01\n다른 계정: shop02\nID: SHOP01", "", pats)
    assert [h.value for h in hits] == ["shop01", "shop02"]


def test_digest_windows_give_each_target_its_own_region() -> None:
    text = "Domain | Expires\nalpha.com | 2026-12-01\nbeta.net | 2026-12-05\n\nfooter 2026-01-01"
    hits = find_domains(text, "", vendor)
    assert [h.value for h in hits] == ["alpha.com", "beta.net"]
    a_line = deadline_windows(text, hits, hits[0])[0]
    assert text[a_line[0] : a_line[1]] == "alpha.com | 2026-12-01"
    text2 = "도메인: a.com\n만료일: 2026-12-01\n도메인: b.com\n만료일: 2026-12-05"
    hits2 = find_domains(text2, "", vendor)
    sections = [deadline_windows(text2, hits2, h)[1] for h in hits2]
    assert [text2[s:e].strip() for s, e in sections] == [
        "도메인: a.com\n만료일: 2026-12-01",
        "도메인: b.com\n만료일: 2026-12-05",
    ]


def test_mixed_product_digest_keeps_the_domain_rows() -> None:
    text = (
        "Products expiring soon\nProduct\tExpires\nDomain: alpha.biz\t12/05/2026\n"
        "Domain: beta.shop\t12/11/2026\nWeb Hosting (cPanel) Economy - gamma.dev\t12/20/2026\n"
    )
    assert values(text) == ["alpha.biz", "beta.shop"]
    # Without any "domain" label the hosting row is all there is, and it is kept.
    assert values("Your plan expires soon:\nWeb Hosting - gamma.dev\t12/20/2026") == ["gamma.dev"]


def test_captured_names_keep_their_own_brackets() -> None:
    from noticewatch.rules.targets import clean_target

    assert clean_target("네아로 접근 토큰 삭제 API (GET 방식)") == "네아로 접근 토큰 삭제 API (GET 방식)"
    assert clean_target("(dalnimshop)") == "dalnimshop"
    assert clean_target("exshopimg)") == "exshopimg"
    assert clean_target("'예제쇼핑'.") == "예제쇼핑"


def test_determiners_are_never_a_name() -> None:
    from noticewatch.rules.targets import clean_target

    pats = [compile_pattern(r"(?P<target>[a-z0-9][a-z0-9_-]{1,38})\s+team\s+has\s+used")]
    assert find_pattern_targets("Your team has used 90% of its build minutes.", "", pats) == []
    assert clean_target("Their") == ""
    assert [h.value for h in find_pattern_targets("acme-7 team has used 90%", "", pats)] == ["acme-7"]


NO_MATCH = [compile_pattern(r"account\s*:\s*(?P<target>[a-z]{3,}\d{2,})")]


def test_a_resource_the_mail_labels_itself_replaces_the_fallback() -> None:
    text = (
        "Resource alert\nServer name:  api-prod-3 (fra1)\nVolume\tdata-vol-9\nMetric: memory above 95% for 10 minutes\n"
    )
    hits = find_pattern_targets(text, "Alert: memory high", NO_MATCH)
    # one label names the resource; a name under another label describes it, it is no second target
    assert [(h.value, h.source) for h in hits] == [("api-prod-3", "resource")]
    assert hits[0].line == "Server name:  api-prod-3 (fra1)"
    listed = "Servers over quota:\n• Server: web-a1\n• Server: web-b2\n"
    assert [h.value for h in find_pattern_targets(listed, "", NO_MATCH)] == ["web-a1", "web-b2"]
    assert [
        h.value for h in find_pattern_targets("- Impacted application: Hanbit Shop (App ID 1234)", "", NO_MATCH)
    ] == ["Hanbit Shop"]
    # identifier-shaped names in prose and in the subject
    prose = "Actions are disabled for the octo-shop-2 organization until the next billing cycle."
    assert [h.value for h in find_pattern_targets(prose, "", NO_MATCH)] == ["octo-shop-2"]
    subject_only = find_pattern_targets("Your disk is almost full.", "[Alert] Disk high on instance db-07", NO_MATCH)
    assert [(h.value, h.start) for h in subject_only] == [("db-07", -1)]
    # table headers and plain words are not names
    header = "Project\tStatus\tUsage\nThe project is on the main team."
    assert find_pattern_targets(header, "", NO_MATCH) == []


def test_a_subject_named_resource_beats_an_account_number_the_subject_does_not_mention() -> None:
    pats = [compile_pattern(r"account\s*(?:id)?\s*[:：]\s*(?P<target>\d{12})")]
    text = "Instance\tcache-node-4 (eu-west-1b)\nCPU credits exhausted.\nAccount ID: 123456789012\n"
    hits = find_pattern_targets(text, "CPU credit balance low on cache-node-4", pats)
    assert [h.value for h in hits] == ["cache-node-4"]
    # ... but an account the subject names stays, and so does one when the subject names no resource
    assert [h.value for h in find_pattern_targets(text, "Account 123456789012: CPU credits", pats)] == ["123456789012"]
    assert [h.value for h in find_pattern_targets(text, "CPU credit balance low", pats)] == ["123456789012"]


def test_a_table_header_row_is_not_a_label_and_its_value() -> None:
    # The header's second cell is no instance's name; the row under the header names the instance.
    text = "Instance\tCPU credit balance\ncache-node-4\t12 credits\n"
    assert [h.value for h in find_pattern_targets(text, "Instance CPU credit balance report", NO_MATCH)] == [
        "cache-node-4"
    ]
    assert [h.value for h in find_pattern_targets("인스턴스명\tweb-09\n사용률\t91%\n", "", NO_MATCH)] == ["web-09"]


def test_resource_names_are_names_not_sentences() -> None:
    assert find_pattern_targets("Instance: Use the console to resize it.", "", NO_MATCH) == []
    assert [h.value for h in find_pattern_targets("Team: Bank of the West", "", NO_MATCH)] == ["Bank of the West"]
    text = "Your Firebase project hanbit-web-7f3a has exceeded the Spark plan quota."
    assert [h.value for h in find_pattern_targets(text, "", NO_MATCH)] == ["hanbit-web-7f3a"]


def test_a_table_column_under_a_resource_header_names_each_row_the_owner_column_does_not() -> None:
    text = "안내드립니다.\n조직\t프로젝트\t사용량 / 한도\t사용률\n하늘스튜디오\tmedia-prod\t4.6 TB / 5 TB\t92%\n"
    text += "하늘스튜디오\tmedia-dev\t0.9 TB / 1 TB\t90%\n\n감사합니다."
    assert [h.value for h in find_pattern_targets(text, "Object Storage 한도 안내", NO_MATCH)] == [
        "media-prod",
        "media-dev",
    ]
    # Only an owner column: the owner it is.
    assert [h.value for h in find_pattern_targets("Team\tUsage\nacme-web\t95%\n", "", NO_MATCH)] == ["acme-web"]


def test_an_organisation_in_the_subject_does_not_replace_the_labelled_resource() -> None:
    pats = [compile_pattern(r"cluster\s*[:：]\s*(?P<target>[a-z0-9-]+)")]
    text = "Organization: Acme Labs\nCluster: acme-search-2 (gcp)\nCurrent value: 87%\n"
    assert [h.value for h in find_pattern_targets(text, "[Acme Labs] Disk usage above 85%", pats)] == ["acme-search-2"]


def test_a_site_on_a_platform_subdomain_is_no_registered_domain() -> None:
    text = "Your domain acme-goods.shop renews on Dec 19.\nStore: acme-goods.myshopify.com\nSite: acme.wixsite.com"
    assert values(text) == ["acme-goods.shop"]


def test_a_name_keeps_the_place_the_mail_first_names_it() -> None:
    pats = [
        compile_pattern(r"database\s*[:：]\s*(?P<target>[a-z0-9-]+)"),
        compile_pattern(r"in\s+the\s+(?P<target>[a-z0-9-]+)\s+organization"),
        compile_pattern(r"your\s+database\s+(?P<target>[a-z0-9-]+)\s+in\s+the\b"),
    ]
    text = "Your database shop-main in the acme-labs organization is 91% full.\n\nDatabase: shop-main\n"
    assert [h.value for h in find_pattern_targets(text, "", pats)] == ["shop-main", "acme-labs"]


def test_label_value_pairs_are_no_table_and_the_owner_gives_way_to_the_resource() -> None:
    # "Team<TAB>x" over "Cluster<TAB>y" is two labelled values (HTML detail rows), not a header over a row:
    # the label "Cluster" is no name, and the team owning the cluster is not what ran out of space.
    text = "Disk usage is high.\nTeam\tacme-ops\nCluster\tdb-acme-7\nUsage\t27 GiB of 30 GiB\n"
    assert [h.value for h in find_pattern_targets(text, "Alert: disk usage above 90%", NO_MATCH)] == ["db-acme-7"]
    assert [h.value for h in find_pattern_targets("Team: acme-ops\nCluster: db-acme-7\n", "", NO_MATCH)] == [
        "db-acme-7"
    ]
    # ... while a team labelled alone stays the target
    assert [h.value for h in find_pattern_targets("Team: acme-ops\nUsage: 95%\n", "", NO_MATCH)] == ["acme-ops"]


def test_of_several_names_the_one_the_subject_names_is_the_target() -> None:
    pats = [
        compile_pattern(r"account\s*:\s*(?P<target>[A-Z][a-z]+(?: [A-Z][a-z]+)*)\s*\("),
        compile_pattern(r"bucket\s*:\s*(?P<target>[a-z0-9-]+)"),
    ]
    text = "Account: Hanbit Archive (9c1d2e3f4a5b6c7d)\nBucket: hb-cold-7\nStorage: 92% of the cap\n"
    hits = find_pattern_targets(text, "Storage cap alert: hb-cold-7 at 92%", pats)
    assert [h.value for h in hits] == ["Hanbit Archive", "hb-cold-7"]
    assert [h.value for h in subject_named_first(hits, "Storage cap alert: hb-cold-7 at 92%")] == [
        "hb-cold-7",
        "Hanbit Archive",
    ]
    # the first stays when the subject names it too, names none, or names another only inside a longer word
    assert subject_named_first(hits, "Hanbit Archive: hb-cold-7 at 92%")[0].value == "Hanbit Archive"
    assert subject_named_first(hits, "Storage cap alert")[0].value == "Hanbit Archive"
    assert subject_named_first(hits, "Storage cap alert: hb-cold-77")[0].value == "Hanbit Archive"


def test_a_label_row_with_a_host_name_value_is_no_table_header() -> None:
    # "Site<TAB>example.com" over "Disk usage<TAB>10.4 GB": a label and its value, not column names over a row
    text = "Site\thanbit-deco.example\nDisk usage\t10.4 GB of 10 GB (104%)\n"
    assert [h.value for h in find_pattern_targets(text, "Disk quota exceeded", NO_MATCH)] == ["hanbit-deco.example"]
    # ... while a header of labels over a row of values stays a header
    text = "Site\tStatus\nhanbit-deco.example\t104% used\n"
    assert [h.value for h in find_pattern_targets(text, "Disk quota exceeded", NO_MATCH)] == ["hanbit-deco.example"]


def test_the_tail_of_a_longer_name_at_the_same_place_is_no_second_target() -> None:
    pats = [
        compile_pattern(r"(?:^|\s)(?P<target>\S+)\s*\(앱 ID \d+\)\s*앱의"),
        compile_pattern(r"(?:^|\n)(?P<target>\S+(?: \S+){1,3}?)\s*\(앱 ID \d+\)\s*앱의"),
    ]
    text = "한빛 캘린더(앱 ID 771204) 앱의 검수가 승인되었습니다.\n"
    assert [h.value for h in find_pattern_targets(text, "", pats)] == ["한빛 캘린더"]
    # ... while two names side by side stay two
    assert [h.value for h in find_pattern_targets("a-1(앱 ID 12) 앱의\nb-2(앱 ID 13) 앱의", "", pats[:1])] == [
        "a-1",
        "b-2",
    ]


def test_a_note_under_a_digest_names_its_row_by_number_or_name() -> None:
    text = (
        "No\t도메인\t만기일\n1\ta.com\t2026.12.15\n2\tb.kr\t2026.12.14\n3\tc.net\t2027.01.10\n\n"
        "※ 2번 도메인은 만기일 3일 전인 2026.12.11에 자동 결제됩니다.\n※ c.net : 2027.01.05 결제\n고객센터 1번 연결"
    )
    hits = find_domains(text, "", vendor)
    notes = {h.value: footnote_window(text, hits, h) for h in hits}
    assert notes["a.com"] is None
    b, c = notes["b.kr"], notes["c.net"]
    assert b is not None and text[b[0] : b[1]].startswith("※ 2번 도메인은")
    assert c is not None and text[c[0] : c[1]] == "※ c.net : 2027.01.05 결제"


# ---------------------------------------------------------------------------------------------------------------
# subject_named_first and the engine paths changed with it (one-target rules, bulk lures, tenant system mailboxes)


def _hit(value: str, start: int) -> TargetHit:
    return TargetHit(value, start, start + len(value), 3, f"Name: {value}")


def test_subject_named_first_moves_only_the_named_hit_and_keeps_the_rest_in_order() -> None:
    hits = [_hit("Hanbit Archive", 0), _hit("hb-media-1", 30), _hit("hb-cold-7", 60)]
    assert [h.value for h in subject_named_first(hits, "R2 usage alert: HB-COLD-7 at 92%")] == [
        "hb-cold-7",
        "Hanbit Archive",
        "hb-media-1",
    ]
    # one hit, or none, is returned as it is
    assert [h.value for h in subject_named_first(hits[:1], "hb-cold-7")] == ["Hanbit Archive"]
    assert subject_named_first([], "hb-cold-7") == []


@pytest.mark.parametrize(
    ("second", "subject"),
    [
        ("web", "Usage alert for web"),  # a value under 4 characters is too ambiguous to count
        ("media", "Usage alert: multimedia is at 92%"),  # inside a longer word
        ("media", "Usage alert: media-archive"),  # ... or a longer hyphenated name
        ("media", "Usage alert: cdn.media"),  # the last label of a dotted name
    ],
)
def test_subject_named_first_near_misses_keep_the_first_named(second: str, subject: str) -> None:
    hits = [_hit("Hanbit Archive", 0), _hit(second, 30)]
    assert [h.value for h in subject_named_first(hits, subject)] == ["Hanbit Archive", second]
    # the whole name in the subject does move it first
    assert subject_named_first(hits, f"Usage alert: {second}")[0].value == (
        second if len(second) >= 4 else "Hanbit Archive"
    )


def _message(
    text: str,
    subject: str,
    sender: Address,
    results: tuple[AuthResults, ...] = (),
    *,
    bulk: bool = False,
) -> Message:
    return Message(
        source="t.eml", message_id="<t@x>", subject=subject, sender=sender, to=(Address("", "ops@mycorp.com"),),
        date=datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=9))), auth_results=results, text=text,
        list_unsubscribe=bulk,
    )  # fmt: skip


def _dmarc_pass(domain: str) -> AuthResults:
    return AuthResults(
        "mx.mycorp.com",
        (
            AuthMethodResult("dkim", "pass", {"header.d": domain}),
            AuthMethodResult("dmarc", "pass", {"header.from": domain}),
        ),
    )


ONE_TARGET_PACK = r"""pack:
  name: one-target
rules:
  - id: r2-bucket-quota
    kind: hosting-quota
    vendor: Cloudflare
    senders: [cloudflare.com]
    match:
      text: ['usage.{0,30}\d+\s*%']
    target:
      type: text
      patterns: ['Account:\s*(?P<target>[A-Z][a-z]+(?: [A-Z][a-z]+)*)\s*\(', 'Bucket:\s*(?P<target>[a-z0-9-]+)']
      multiple: false
  - id: m365-mailbox-quota
    kind: hosting-quota
    vendor: Microsoft 365
    senders: [microsoft.com]
    aliases: [Microsoft]
    match:
      text: ['mailbox is (almost )?full']
    target:
      type: account
      fallback: "{to}"
"""


@pytest.fixture(scope="module")
def one_target_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    pack = tmp_path_factory.mktemp("packs") / "one-target.yaml"
    pack.write_text(ONE_TARGET_PACK, encoding="utf-8")
    return Engine(load_paths([pack.parent]))


@pytest.mark.parametrize(
    ("subject", "target"),
    [
        ("R2 usage alert: hb-cold-7 is at 92%", "hb-cold-7"),  # the subject names the bucket
        ("R2 usage alert", "Hanbit Archive"),  # names neither: the first named stays
        ("R2 usage alert: hb-cold-77", "Hanbit Archive"),  # names another bucket, not this one
    ],
)
def test_a_one_target_rule_takes_the_name_the_subject_names(
    one_target_engine: Engine, subject: str, target: str
) -> None:
    text = "Account: Hanbit Archive (9c1d2e3f4a5b6c7d)\nBucket: hb-cold-7\nR2 usage is at 92% of the cap.\n"
    sender = Address("Cloudflare", "noreply@notify.cloudflare.com")
    findings = one_target_engine.evaluate(_message(text, subject, sender, (_dmarc_pass("cloudflare.com"),)))
    assert [(f.rule_id, f.target, f.suspicious) for f in findings] == [("r2-bucket-quota", target, False)]


def test_a_tenant_system_mailbox_on_the_recipients_domain_is_the_platforms_sender(
    one_target_engine: Engine,
) -> None:
    text = "Your mailbox is almost full.\nDelete items you don't need from your mailbox."
    system = Address("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mycorp.com")
    findings = one_target_engine.evaluate(
        _message(text, "Your mailbox is almost full", system, (_dmarc_pass("mycorp.com"),))
    )
    # the platform's rule is a candidate although mycorp.com is none of its sender domains
    assert [(f.rule_id, f.target, f.suspicious) for f in findings] == [("m365-mailbox-quota", "ops@mycorp.com", False)]
    # The same local part on a foreign domain is no tenant mailbox: a look-alike, reported suspicious.
    foreign = Address("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mail-alerts.example")
    findings = one_target_engine.evaluate(
        _message(text, "Your mailbox is almost full", foreign, (_dmarc_pass("mail-alerts.example"),))
    )
    assert [(f.rule_id, f.suspicious) for f in findings] == [("m365-mailbox-quota", True)]


def test_the_engine_passes_a_bulk_mail_to_the_lure_reading() -> None:
    engine = Engine(load_paths([Path(__file__).parent / "data" / "rules" / "packs"]))
    lookalike = Address("가비아", "news@gabia-notice.net")  # no wording of the Gabia rule holds: only a lure
    general = "Domain news of the month.\nDomains that lapse are deleted and released to the public."
    found = engine.evaluate(_message(general, "Gabia News", lookalike))
    assert [(f.kind, f.suspicious) for f in found] == [("domain-expiry", True)]
    # the same newsletter with List-Unsubscribe threatens nothing of the reader's: no finding
    assert engine.evaluate(_message(general, "Gabia News", lookalike, bulk=True)) == []
    # ... unless it speaks of the reader's own domain
    own = "고객님의 도메인이 곧 삭제됩니다.\n" + general
    found = engine.evaluate(_message(own, "Gabia News", lookalike, bulk=True))
    assert [(f.kind, f.suspicious) for f in found] == [("domain-expiry", True)]
