"""docs/rules.md stays true: its complete example pack validates, and every documented field exists."""

from __future__ import annotations

import re
from pathlib import Path

from noticewatch.rules.checks import ACTION_FIELDS
from noticewatch.rules.loader import check_paths
from noticewatch.rules.model import Condition, Rule

DOC = Path(__file__).parent.parent / "docs" / "rules.md"


def test_complete_example_pack_is_valid(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# my-registrar.yaml.*?)```", text, re.S)
    assert block is not None
    pack = tmp_path / "my-registrar.yaml"
    pack.write_text(block.group(1), encoding="utf-8")
    for name in ("expiry.eml", "newsletter.eml"):
        (tmp_path / "examples" / "exreg").mkdir(parents=True, exist_ok=True)
        (tmp_path / "examples" / "exreg" / name).write_text("From: a@exreg.example\n\nx\n", encoding="utf-8")
    errors, warnings = check_paths([pack])
    assert errors == [] and warnings == []


def test_documented_rule_fields_and_placeholders_exist() -> None:
    text = DOC.read_text(encoding="utf-8")
    table_rows = {m for m in re.findall(r"^\| `([\w`, ]+)` \|", text, re.M)}
    documented = {name.strip("` ") for row in table_rows for name in row.split(",")}
    for name, f in Rule.model_fields.items():
        assert (f.alias or name) in documented, name
    for name, f in Condition.model_fields.items():
        assert f"`{f.alias or name}" in text, name
    for placeholder in ACTION_FIELDS:
        assert "{" + placeholder + "}" in text
