import os
import shutil
import zipfile
from pathlib import Path


def unpack(archive: str, dest: str):
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            with open(os.path.join(dest, info.filename), "wb") as out:  # expect: PYSEC504
                out.write(zf.read(info))


def by_name(archive, dest):
    zf = zipfile.ZipFile(archive)
    for name in zf.namelist():
        target = os.path.join(dest, name)
        data = zf.read(name)
        with open(target, "wb") as out:  # expect: PYSEC504
            out.write(data)
        open(os.path.join(dest, name + ".meta"), mode="w").write("")  # expect: PYSEC504


def pathlib_writes(archive, dest):
    root = Path(dest)
    with zipfile.ZipFile(archive) as zf:
        for index, info in enumerate(zf.infolist()):
            (root / info.filename).write_bytes(zf.read(info))  # expect: PYSEC504
            flat = os.path.basename(info.filename)
            with zf.open(info) as src, (root / flat).open("wb") as out:  # expect: PYSEC504
                shutil.copyfileobj(src, out)
            shutil.move(str(root / "tmp"), os.path.join(dest, info.filename))  # expect: PYSEC504


def reads_only(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            print(info.filename)  # ok: PYSEC504
            with open(os.path.join(dest, info.filename)) as existing:  # ok: PYSEC504
                existing.read()
        with open(os.path.join(dest, "index.txt"), "w") as out:  # ok: PYSEC504
            out.write("\n".join(zf.namelist()))


def unpack_standard(archive: str, dest: str):
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(dest)  # ok: PYSEC504


def unpack_images(archive: str, dest: str, max_member: int = 50 * 1024 * 1024):
    root = Path(dest).resolve()
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith((".png", ".jpg")):
                continue
            if info.file_size > max_member:
                raise ValueError(f"{info.filename} is too large")
            target = (root / info.filename).resolve()
            if not target.is_relative_to(root):
                raise ValueError(f"{info.filename} escapes the destination")
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "xb") as out:  # ok: PYSEC504
                shutil.copyfileobj(src, out)
