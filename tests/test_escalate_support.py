"""Shared builders for the escalate tests (items, routes, times); holds no tests itself."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from noticewatch.config import RouteConfig
from noticewatch.escalate.message import Notification
from noticewatch.models import ActionItem, Evidence, Severity, Status

KST = ZoneInfo("Asia/Seoul")


def at(day: date, hour: int = 12, minute: int = 0, tz: ZoneInfo = KST) -> datetime:
    """A timezone-aware moment: `--today DAY` runs at noon Seoul time."""
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def make_item(
    item_id: str = "a1b2c3d4e5f6",
    deadline: date | None = date(2026, 12, 15),
    *,
    kind: str = "domain-expiry",
    vendor: str = "Gabia",
    target: str = "example-shop.co.kr",
    severity: Severity = Severity.HIGH,
    status: Status = Status.UPCOMING,
    acked: bool = False,
    snoozed_until: date | None = None,
    suspicious: bool = False,
    action: str | None = None,
) -> ActionItem:
    return ActionItem(
        id=item_id,
        kind=kind,
        vendor=vendor,
        target=target,
        deadline=deadline,
        status=status,
        severity=severity,
        suspicious=suspicious,
        rule="gabia-domain-expiry",
        action=action if action is not None else f"Renew {target} at {vendor}",
        evidence=(
            Evidence(
                message_id="<n1@gabia.com>",
                subject="[가비아] 도메인 만료 안내 <example-shop.co.kr>",
                date=datetime(2026, 11, 1, 9, 0, tzinfo=KST),
                source="inbox/1.eml",
                excerpt=f"만료일: {deadline}",
            ),
        ),
        suspicious_reasons=("sender domain gabia-billing.top is not one of Gabia's",) if suspicious else (),
        acked=acked,
        snoozed_until=snoozed_until,
    )


def make_route(name: str = "web", channels: tuple[str, ...] = ("chat",), **kw: object) -> RouteConfig:
    return RouteConfig.model_validate({"name": name, "channels": list(channels), **kw})


def days(start: date, n: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


def sample_items() -> list[ActionItem]:
    """An overdue item, one due in 3 days (Korean text), a new undated one and a phishing imitation."""
    return [
        make_item("0000000000aa", date(2026, 12, 5), target="old-shop.co.kr", status=Status.OVERDUE),
        make_item(
            "0000000000bb",
            date(2026, 12, 11),
            kind="hosting-quota",
            vendor="Cafe24",
            target="shop & <co>",
            action='호스팅 용량을 늘리세요 ("트래픽 초과")',
        ),
        make_item("0000000000cc", None, kind="social-login-deprecation", vendor="Kakao", target="app 12345"),
        make_item("0000000000dd", date(2026, 12, 20), target="example-shop.co.kr", suspicious=True),
    ]


def sample_digest(channel: str = "chat", now: datetime | None = None) -> Notification:
    from noticewatch.escalate.message import build_digest
    from noticewatch.escalate.policy import plan_reminders

    now = now or at(date(2026, 12, 8))
    items = sample_items()
    plan = plan_reminders(items, [make_route(channels=(channel,))], now, lambda *_: False)
    return build_digest(channel, plan.due, now, [i for i in items if not i.suspicious])
