"""Writing files whole or not at all (app/files.py): temporary names, putting in place, and what a failure says."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from app import files
from app.desk import Actor, Desk
from app.errors import FileProblem
from db.attachment_store import attachments_folder_for
from db.models import User


def names(folder: Path) -> list[str]:
    """Everything in ``folder``, hidden (temporary) names included."""
    return sorted(p.name for p in folder.iterdir())


# -- what an OSError says -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "access is denied"),
        (errno.EPERM, "access is denied"),
        (errno.ENAMETOOLONG, "too long"),
        (errno.EISDIR, "is a folder"),
        (errno.ENOTDIR, "a part of its path is a file"),
        (errno.EEXIST, "already exists"),
        (errno.EBUSY, "in use by another program"),
        (errno.EIO, "The disk failed"),
        (errno.EXDEV, "could not be written"),
    ],
)
def test_each_os_error_becomes_one_message_naming_the_file(tmp_path: Path, code: int, words: str) -> None:
    target = tmp_path / "报表.pdf"
    problem = files.file_error(OSError(code, os.strerror(code), str(tmp_path / ".报表.pdf.partial")), target)
    assert isinstance(problem, FileProblem)
    text = problem.text()
    assert words in text
    assert str(target) in text and ".partial" not in text  # the file the user knows, not our temporary name
    assert "\n" not in text


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "a.pdf"
    text = files.file_error(FileNotFoundError(errno.ENOENT, "No such file or directory"), target).text()
    assert f"the folder {tmp_path / 'nowhere'} does not exist" in text


def test_reading_errors_say_read(tmp_path: Path) -> None:
    text = files.file_error(FileNotFoundError(errno.ENOENT, "gone"), tmp_path / "scan.pdf", writing=False).text()
    assert text == f"{tmp_path / 'scan.pdf'} does not exist."


# -- checking before any work ---------------------------------------------------------------------------------------


def test_check_writable_refuses_what_cannot_be_written_and_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    cases = {
        tmp_path: "is a folder",
        tmp_path / "missing" / "x.pdf": "does not exist",
        tmp_path / "a-file" / "x.pdf": "a part of its path is a file",
        tmp_path / ("长" * 120 + ".pdf"): "too long",
    }
    for target, words in cases.items():
        with pytest.raises(FileProblem) as info:
            files.check_writable(target)
        assert words in info.value.text()
    files.check_writable(tmp_path / "ok.pdf")
    files.check_writable(tmp_path / "new folder" / "ok.pdf", make_folder=True)
    assert names(tmp_path) == ["a-file"]  # the probe is gone, and nothing stands under a target name


def test_check_writable_finds_a_read_only_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, for whom a read-only folder is writable: the medium refuses the write instead.
    real_open = Path.open

    def read_only_medium(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "w" in mode:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", read_only_medium)
    with pytest.raises(FileProblem, match="the disk is read-only"):
        files.check_writable(tmp_path / "x.pdf")


def test_a_long_name_gets_a_short_temporary_name(tmp_path: Path) -> None:
    long = tmp_path / ("a" * 250 + ".pdf")
    partial = files.partial_path(long)
    assert len(partial.name) <= files.NAME_MAX and partial.parent == tmp_path
    assert files.partial_path(long) == partial  # the same on every run, so a leftover is replaced
    assert files.partial_path(tmp_path / "x.pdf").name == ".x.pdf.partial"


# -- one file -------------------------------------------------------------------------------------------------------


def test_written_atomically_puts_the_whole_file_in_place(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    (tmp_path / ".out.pdf.partial").write_bytes(b"half of a killed run")
    with files.written_atomically(target) as partial:
        assert partial.name == ".out.pdf.partial"
        partial.write_bytes(b"%PDF whole")
        assert not target.exists()
    assert target.read_bytes() == b"%PDF whole"
    assert names(tmp_path) == ["out.pdf"]


def test_a_failure_leaves_neither_the_target_nor_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the earlier printout")
    with pytest.raises(RuntimeError), files.written_atomically(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("layout failed")
    assert target.read_bytes() == b"the earlier printout"  # untouched
    assert names(tmp_path) == ["out.pdf"]


def test_a_full_disk_while_writing_is_one_clear_message_and_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(FileProblem) as info, files.written_atomically(target) as partial, partial.open("wb") as f:
        f.write(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert info.value.text() == f"The disk is full: {target} was not written. Free some space or choose another disk."
    assert names(tmp_path) == []


def test_the_rename_failing_is_said_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.pdf"

    def locked(_src: object, _dst: object) -> None:  # Windows: the old file is open in a PDF viewer
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(FileProblem, match="open in another program"), files.written_atomically(target) as partial:
        partial.write_bytes(b"%PDF")
    assert names(tmp_path) == []


def test_copy_file(tmp_path: Path) -> None:
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF" * 1000)
    assert files.copy_file(source, tmp_path / "b.pdf").read_bytes() == source.read_bytes()
    with pytest.raises(FileProblem, match="does not exist"):
        files.copy_file(tmp_path / "gone.pdf", tmp_path / "c.pdf")
    assert names(tmp_path) == ["a.pdf", "b.pdf"]


# -- several files together -----------------------------------------------------------------------------------------


def test_written_together_puts_all_in_place_the_last_one_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        order.append(Path(dst).name)
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    with files.written_together() as batch:
        for name in ("pieces/one.pdf", "pieces/box/two.pdf", "all.pdf"):
            # a printout asked to write to a temporary name writes straight to it
            with files.written_atomically(batch.partial(tmp_path / name)) as partial:
                partial.write_bytes(name.encode())
        assert not (tmp_path / "all.pdf").exists()
    assert order == ["one.pdf", "two.pdf", "all.pdf"]
    assert (tmp_path / "pieces" / "box" / "two.pdf").read_bytes() == b"pieces/box/two.pdf"
    assert names(tmp_path) == ["all.pdf", "pieces"]


def test_written_together_puts_none_in_place_when_one_fails(tmp_path: Path) -> None:
    (tmp_path / "pieces").mkdir()
    with pytest.raises(FileProblem, match="The disk is full"), files.written_together() as batch:
        batch.partial(tmp_path / "one.pdf").write_bytes(b"one")
        batch.partial(tmp_path / "pieces" / "2025-1F-01" / "a.pdf").write_bytes(b"a")
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / ".two.pdf.partial"))
    assert names(tmp_path) == ["pieces"]  # the folder the clerk gave stays; the one made for the pieces goes
    assert names(tmp_path / "pieces") == []


# -- a file that goes with a record -----------------------------------------------------------------------------------


def _rename_admin(desk: Desk, actor: Actor, target: Path, fail: bool) -> None:
    with desk.work(actor) as work:
        with files.written_on_commit(work, target) as partial:
            partial.write_bytes(b"%PDF record")
        assert not target.exists()  # not before the commit
        user = work.session.scalar(select(User).where(User.login == "admin"))
        assert user is not None
        user.display_name = "改过的名字"
        if fail:
            raise RuntimeError("the commit did not happen")


def _admin_name(desk: Desk) -> str:
    with desk.read(None) as work:
        return str(work.session.scalar(select(User.display_name).where(User.login == "admin")))


def test_written_on_commit_appears_only_with_the_commit(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        _rename_admin(desk, admin, out / "a.pdf", fail=True)
    assert names(out) == [] and _admin_name(desk) == "管理员"
    _rename_admin(desk, admin, out / "a.pdf", fail=False)
    assert names(out) == ["a.pdf"] and _admin_name(desk) == "改过的名字"


def test_a_commit_that_fails_leaves_no_file(
    desk: Desk, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()

    def locked(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EIO, "disk I/O error")  # stands for "database is locked", a kill, a full disk

    monkeypatch.setattr("sqlalchemy.orm.session.SessionTransaction.commit", locked)
    with pytest.raises(OSError):
        _rename_admin(desk, admin, out / "a.pdf", fail=False)
    monkeypatch.undo()
    assert names(out) == [] and _admin_name(desk) == "管理员"


# -- a new database file --------------------------------------------------------------------------------------------


def _make(path: Path, fail: bool = False) -> None:
    with files.new_database_file(path) as building_file, Desk.create(building_file) as desk:
        assert not path.exists()
        desk.store.root.mkdir()
        (desk.store.root / "ab").mkdir()
        scan = desk.store.root / "ab" / "ab12"
        scan.write_bytes(b"scan")
        scan.chmod(stat.S_IREAD)  # stored read-only, as the store keeps scans
        if fail:
            raise RuntimeError("killed halfway")


def test_a_new_database_appears_whole(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    _make(path)
    assert names(tmp_path) == ["d.db", "d.db-attachments"]
    assert (attachments_folder_for(path) / "ab" / "ab12").read_bytes() == b"scan"
    Desk.open(path).close()


def test_a_failed_build_leaves_nothing_and_the_name_can_be_used_again(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    with pytest.raises(RuntimeError):
        _make(path, fail=True)
    assert names(tmp_path) == []
    _make(path)
    assert names(tmp_path) == ["d.db", "d.db-attachments"]


def test_what_a_killed_run_left_is_cleared_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    partial = files.partial_path(path)
    # Killed while building: the temporary file, its journal and its scans folder (read-only scans inside).
    partial.write_bytes(b"half")
    partial.with_name(partial.name + "-journal").write_bytes(b"journal")
    (attachments_folder_for(partial) / "cd").mkdir(parents=True)
    (attachments_folder_for(partial) / "cd" / "cd34").write_bytes(b"x")
    (attachments_folder_for(partial) / "cd" / "cd34").chmod(stat.S_IREAD)
    _make(path)
    assert names(tmp_path) == ["d.db", "d.db-attachments"]
    assert [p.name for p in attachments_folder_for(path).rglob("*") if p.is_file()] == ["ab12"]


def test_a_run_killed_between_its_two_renames_is_undone_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    # The scans folder was moved into place, the database not yet: the marker says the folder is the run's own.
    (attachments_folder_for(path) / "ef").mkdir(parents=True)
    (attachments_folder_for(path) / "ef" / "ef56").write_bytes(b"x")
    files.partial_path(path).write_bytes(b"whole but not moved")
    marker = files.partial_path(path).with_name(files.partial_path(path).name + files.MOVING)
    marker.touch()
    _make(path)
    assert names(tmp_path) == ["d.db", "d.db-attachments"]
    assert [p.name for p in attachments_folder_for(path).rglob("*") if p.is_file()] == ["ab12"]


def test_a_new_database_refuses_what_is_there(tmp_path: Path) -> None:
    (tmp_path / "taken.db").write_bytes(b"")
    with pytest.raises(FileProblem, match="already exists"):
        _make(tmp_path / "taken.db")
    attachments_folder_for(tmp_path / "other.db").mkdir()  # somebody's scans, not a killed run's
    with pytest.raises(FileProblem, match="is already beside"):
        _make(tmp_path / "other.db")
    with pytest.raises(FileProblem, match="does not exist"):
        _make(tmp_path / "missing" / "d.db")
    assert names(tmp_path) == ["other.db-attachments", "taken.db"]


def test_the_database_must_be_closed_before_it_is_put_in_place(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    with pytest.raises(RuntimeError, match="still open"), files.new_database_file(path) as building_file:
        desk = Desk.create(building_file)
        with desk.work(None) as work:
            work.session.add(User(login="x", display_name="x", role="admin", password_hash="x"))
    desk.close()
    assert not path.exists()


def test_remove_tree_takes_read_only_scans(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    (folder / "ab").mkdir(parents=True)
    (folder / "ab" / "ab12").write_bytes(b"x")
    (folder / "ab" / "ab12").chmod(stat.S_IREAD)
    files.remove_tree(folder)
    files.remove_tree(folder)  # already gone: nothing to do
    assert not folder.exists()
