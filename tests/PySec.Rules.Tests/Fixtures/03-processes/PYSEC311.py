import os
import subprocess
from os import system


def backup_uploads():
    os.chdir("/srv/uploads")
    os.system("tar czf /backups/uploads.tgz *")  # expect: PYSEC311


def backup_uploads_safe():
    subprocess.run(["/usr/bin/tar", "czf", "/backups/uploads.tgz", "-C", "/srv/uploads", "."], check=True)  # ok: PYSEC311


def many(directory, user):
    system("cd /srv/share && chown -R app:app *")  # expect: PYSEC311
    subprocess.run(f"chmod 644 {directory}/*.txt", shell=True)  # expect: PYSEC311
    os.popen("rsync -a * backup:/srv").read()  # expect: PYSEC311
    subprocess.getoutput("sudo chgrp staff /srv/report?.csv")  # expect: PYSEC311
    subprocess.call("echo start *", shell=True)  # ok: PYSEC311
    subprocess.call("tar czf backup.tgz '*'", shell=True)  # ok: PYSEC311
    subprocess.call("tar czf backup.tgz \\*", shell=True)  # ok: PYSEC311
    subprocess.run(["tar", "czf", "x.tgz", "*"], shell=True)  # ok: PYSEC311
    subprocess.run(["/usr/bin/tar", "czf", "x.tgz", "*"])  # ok: PYSEC311
    os.system("ls *.log | xargs gzip")  # ok: PYSEC311
    os.system("mytar cf x.tar *")  # ok: PYSEC311
    os.system(f"tar czf /backups/{user}.tgz /home/{user}")  # ok: PYSEC311
