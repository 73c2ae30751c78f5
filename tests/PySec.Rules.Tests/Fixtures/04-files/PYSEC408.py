import shutil
import tempfile
from shutil import copytree, rmtree


def copy_user_project(user_dir: str, backup_dir: str):
    shutil.copytree(user_dir, backup_dir)  # expect: PYSEC408


def variants(tree, dst):
    copytree(tree, dst, symlinks=False)  # expect: PYSEC408
    shutil.rmtree(tree)  # expect: PYSEC408
    rmtree(tree, ignore_errors=True)  # expect: PYSEC408


def copy_user_project_safely(user_dir: str, backup_dir: str):
    shutil.copytree(user_dir, backup_dir, symlinks=True)  # ok: PYSEC408


def purge(tree: str):
    if not shutil.rmtree.avoids_symlink_attacks:
        raise RuntimeError("unsafe rmtree on this platform")
    shutil.rmtree(tree)  # ok: PYSEC408


def near_misses(kwargs):
    shutil.rmtree("build")  # ok: PYSEC408
    shutil.copytree("assets", "dist/assets")  # ok: PYSEC408
    work = tempfile.mkdtemp()
    shutil.rmtree(work)  # ok: PYSEC408
    scratch = tempfile.TemporaryDirectory()
    shutil.rmtree(scratch.name)  # ok: PYSEC408
    shutil.copytree(kwargs["src"], "out", **kwargs)  # ok: PYSEC408
