"""Mail on disk: .eml, directories, mbox and Maildir, detected automatically; bad paths reported, not raised."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticewatch.errors import InputError
from noticewatch.models import Message, RawMessage, ScanWarning
from noticewatch.parse import parse_message
from noticewatch.sources.files import DirectorySource, EmlFileSource, MaildirSource, MboxSource, open_sources

MAIL = Path(__file__).parent / "data" / "mail"


def collect(paths: list[Path]) -> list[RawMessage | ScanWarning]:
    return [item for source in open_sources(paths) for item in source.messages()]


def subjects(items: list[RawMessage | ScanWarning]) -> list[str]:
    out = []
    for item in items:
        assert isinstance(item, RawMessage), item
        parsed = parse_message(item)
        assert isinstance(parsed, Message), parsed
        out.append(parsed.subject)
    return out


def test_single_eml_file() -> None:
    path = MAIL / "eml" / "utf8_base64.eml"
    [source] = open_sources([path])
    assert isinstance(source, EmlFileSource)
    assert source.name == str(path)
    [item] = list(source.messages())
    assert isinstance(item, RawMessage) and item.source == str(path)
    assert item.data == path.read_bytes()


def test_directory_is_recursive_sorted_skips_hidden_and_non_mail() -> None:
    [source] = open_sources([MAIL / "dir"])
    assert isinstance(source, DirectorySource)
    items = list(source.messages())
    sources = [item.source for item in items if isinstance(item, RawMessage)]
    assert sources == [
        str(MAIL / "dir" / "a" / "one.eml"),
        str(MAIL / "dir" / "b" / "sub" / "message-2"),  # no extension: sniffed by its headers
        str(MAIL / "dir" / "c.eml"),
    ]
    assert subjects(items) == ["dir one", "dir two (no extension, sniffed)", "dir three"]
    texts = [parse_message(item) for item in items if isinstance(item, RawMessage)]
    assert isinstance(texts[2], Message) and texts[2].text.strip() == "가비아 만료 안내"


def test_mbox_is_split_numbered_and_unquoted() -> None:
    path = MAIL / "sample.mbox"
    [source] = open_sources([path])
    assert isinstance(source, MboxSource)
    items = list(source.messages())
    assert [item.source for item in items if isinstance(item, RawMessage)] == [f"{path}#{n}" for n in (1, 2, 3)]
    assert subjects(items) == ["mbox one", "mbox two", "mbox three 한글"]
    first = parse_message(items[0])  # type: ignore[arg-type]
    assert isinstance(first, Message)
    assert "\nFrom the mbox, a body line starting with From." in "\n" + first.text
    third = parse_message(items[2])  # type: ignore[arg-type]
    assert isinstance(third, Message) and "만료일: 2026년 12월 15일" in third.text


def test_mbox_streams_across_chunk_boundaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import noticewatch.sources.files as files

    # Without mmap (pipes, odd file systems) the mbox is read in chunks; tiny chunks force every postmark
    # line to straddle a chunk boundary at some point.
    def no_mmap(*args: object, **kwargs: object) -> None:
        raise OSError("mmap not supported")

    monkeypatch.setattr(files.mmap, "mmap", no_mmap)
    monkeypatch.setattr(files, "_CHUNK", 7)
    data = (MAIL / "sample.mbox").read_bytes()
    crlf = tmp_path / "crlf.mbox"
    crlf.write_bytes(data.replace(b"\n", b"\r\n"))
    for path in (MAIL / "sample.mbox", crlf):
        items = list(MboxSource(path).messages())
        assert subjects(items) == ["mbox one", "mbox two", "mbox three 한글"]


def test_mbox_mapped_releases_pages_as_it_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import noticewatch.sources.files as files

    monkeypatch.setattr(files, "_RELEASE_EVERY", 1)
    data = (MAIL / "sample.mbox").read_bytes()
    path = tmp_path / "big.mbox"
    path.write_bytes(data * 50)
    items = list(MboxSource(path).messages())
    assert len(items) == 150
    assert items[-1].source == f"{path}#150"
    assert subjects(items[-3:]) == ["mbox one", "mbox two", "mbox three 한글"]


def test_mboxrd_unquoting_only_at_line_start(tmp_path: Path) -> None:
    path = tmp_path / "rd.mbox"
    path.write_bytes(
        b"From a@b Fri Nov 20 09:00:00 2026\nFrom: a@b\nSubject: one\n\n>From one\n>>From two\nx >From three\n\n"
        b"From a@b Fri Nov 20 09:01:00 2026\nFrom: a@b\nSubject: two\n\nplain\n"
    )
    first, second = (parse_message(item) for item in MboxSource(path).messages())  # type: ignore[arg-type]
    assert isinstance(first, Message) and isinstance(second, Message)
    assert first.text.splitlines() == ["From one", ">From two", "x >From three"]
    assert second.text.strip() == "plain"


def test_mbox_body_line_starting_with_from_without_postmark_is_not_a_split(tmp_path: Path) -> None:
    path = tmp_path / "loose.mbox"
    path.write_bytes(
        b"From a@b Fri Nov 20 09:00:00 2026\nFrom: a@b\nSubject: one\n\nline\nFrom here on, no split.\n\n"
        b"From a@b Fri Nov 20 09:01:00 2026\nFrom: a@b\nSubject: two\n\nbody\n"
    )
    items = list(MboxSource(path).messages())
    assert subjects(items) == ["one", "two"]
    first = parse_message(items[0])  # type: ignore[arg-type]
    assert isinstance(first, Message) and "From here on, no split." in first.text


def test_maildir_cur_new_and_subfolders() -> None:
    root = MAIL / "maildir"
    [source] = open_sources([root])
    assert isinstance(source, MaildirSource)
    items = list(source.messages())
    assert all(isinstance(item, RawMessage) for item in items)
    assert [Path(item.source).parent.name for item in items if isinstance(item, RawMessage)] == ["cur", "cur", "new"]
    assert sorted(subjects(items)) == ["maildir cur", "maildir new", "maildir++ folder"]


def test_several_paths_keep_order() -> None:
    items = collect([MAIL / "sample.mbox", MAIL / "eml" / "latin1_qp.eml"])
    assert len(items) == 4
    assert isinstance(items[-1], RawMessage) and items[-1].source.endswith("latin1_qp.eml")


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        open_sources([tmp_path / "does-not-exist"])


def test_empty_directory_warns_no_mail(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("not mail\n")
    assert collect([empty]) == [ScanWarning(str(empty), "no mail found")]


def test_empty_maildir_warns_and_an_empty_file_is_skipped(tmp_path: Path) -> None:
    maildir = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    empty = tmp_path / "empty.mbox"
    empty.write_bytes(b"")
    warning, raw = collect([maildir, empty])
    assert warning == ScanWarning(str(maildir), "no mail found")
    assert isinstance(raw, RawMessage)
    skipped = parse_message(raw)
    assert not isinstance(skipped, Message) and skipped.reason == "empty message"


def test_unreadable_file_is_a_warning_and_the_scan_goes_on(tmp_path: Path) -> None:
    shutil.copy(MAIL / "eml" / "utf8_base64.eml", tmp_path / "a.eml")
    (tmp_path / "b.eml").symlink_to(tmp_path / "gone.eml")  # dangling: cannot be read
    shutil.copy(MAIL / "eml" / "latin1_qp.eml", tmp_path / "c.eml")
    items = collect([tmp_path])
    warnings = [item for item in items if isinstance(item, ScanWarning)]
    assert len(warnings) == 1 and warnings[0].source == str(tmp_path / "b.eml")
    assert "cannot read" in warnings[0].problem
    assert [item.source for item in items if isinstance(item, RawMessage)] == [
        str(tmp_path / "a.eml"),
        str(tmp_path / "c.eml"),
    ]


def test_malformed_files_in_a_directory_become_skipped_messages() -> None:
    items = collect([MAIL / "bad"])
    raw = [item for item in items if isinstance(item, RawMessage)]
    # garbage.bin is neither .eml nor header-shaped: not mail at all, so not handed on.
    names = sorted(Path(item.source).name for item in raw)
    assert names == ["cut_in_header.eml", "empty.eml", "no_headers.eml", "truncated.eml"]
    results = {Path(item.source).name: parse_message(item) for item in raw}
    assert isinstance(results["truncated.eml"], Message)
    for name in ("cut_in_header.eml", "empty.eml", "no_headers.eml"):
        assert not isinstance(results[name], Message)


def test_binary_garbage_given_explicitly_is_skipped_with_a_reason() -> None:
    [item] = collect([MAIL / "bad" / "garbage.bin"])
    assert isinstance(item, RawMessage)
    result = parse_message(item)
    assert not isinstance(result, Message) and "binary" in result.reason


def test_mailbox_in_a_directory_is_read_as_mbox(tmp_path: Path) -> None:
    shutil.copy(MAIL / "sample.mbox", tmp_path / "archive")
    shutil.copytree(MAIL / "maildir", tmp_path / "md")
    items = collect([tmp_path])
    sources = [item.source for item in items if isinstance(item, RawMessage)]
    assert sources[:3] == [f"{tmp_path / 'archive'}#{n}" for n in (1, 2, 3)]
    assert len(sources) == 6


def test_symlink_loop_in_a_directory_is_read_once(tmp_path: Path) -> None:
    shutil.copy(MAIL / "eml" / "utf8_base64.eml", tmp_path / "a.eml")
    (tmp_path / "loop").symlink_to(tmp_path)
    items = collect([tmp_path])
    assert [item.source for item in items if isinstance(item, RawMessage)] == [str(tmp_path / "a.eml")]


def test_utf16_saved_mail_without_extension_is_sniffed_as_mail(tmp_path: Path) -> None:
    text = "From: Gabia <noreply@gabia.example>\r\nSubject: 만료 안내\r\n\r\n만료일: 2026년 12월 15일\r\n"
    (tmp_path / "saved-by-windows").write_bytes(text.encode("utf-16"))
    (tmp_path / "notes").write_bytes("just some notes, not mail".encode("utf-16"))
    items = collect([tmp_path])
    assert subjects(items) == ["만료 안내"]


@pytest.mark.parametrize("newline", [b"\r\n", b"\n"], ids=["crlf", "lf"])
def test_mbox_with_either_line_ending(tmp_path: Path, newline: bytes) -> None:
    mbox = b"".join(
        b"From sender@vendor.example Fri Nov 20 09:00:00 2026\n"
        + f"From: sender@vendor.example\nSubject: notice {n}\n\n만료일 2026-12-1{n}\n\n".encode()
        for n in range(3)
    ).replace(b"\n", newline)
    (tmp_path / "box.mbox").write_bytes(mbox)
    items = collect([tmp_path / "box.mbox"])
    assert subjects(items) == ["notice 0", "notice 1", "notice 2"]
    parsed = [parse_message(item) for item in items if isinstance(item, RawMessage)]
    assert [m.text.rstrip("\n") for m in parsed if isinstance(m, Message)] == [f"만료일 2026-12-1{n}" for n in range(3)]
