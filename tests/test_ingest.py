"""Reading article files: encodings and bad input."""

import pytest

from hronika.ingest import read_text_file

TEXT = "Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu."


def test_utf8_and_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff".encode() + TEXT.encode("utf-8"))
    assert read_text_file(path).text == TEXT


def test_windows_1257_archive(tmp_path):
    path = tmp_path / "archive.txt"
    path.write_bytes(TEXT.encode("cp1257"))
    assert read_text_file(path).text == TEXT


def test_crlf_line_ends_are_normalised(tmp_path):
    path = tmp_path / "dos.txt"
    path.write_bytes(b"Pirmais.\r\nOtrais.\r\n")
    assert read_text_file(path).text == "Pirmais.\nOtrais.\n"


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty"), (b"  \n\t ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"abc\x00def", "binary")],
)
def test_bad_input_names_file_and_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=rf"bad\.txt: .*{reason}"):
        read_text_file(path)


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(ValueError, match="huge.txt: over the 1,024-byte limit"):
        read_text_file(path, max_bytes=1024)
