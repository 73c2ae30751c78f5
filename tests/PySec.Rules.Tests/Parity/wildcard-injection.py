import os
import subprocess  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def archive():
    os.system("tar czf /backups/uploads.tgz *")  # bandit: B605  # bandit: B609  # expect: PYSEC302, PYSEC304, PYSEC311


def ownership():
    subprocess.run("chown -R www-data: *", shell=True)  # bandit: B602  # bandit: B609  # expect: PYSEC010, PYSEC301, PYSEC304, PYSEC311


def permissions():
    os.popen("chmod 644 *.html")  # bandit: B605  # bandit: B609  # expect: PYSEC302, PYSEC304, PYSEC311


def sync(dest):
    subprocess.Popen("/usr/bin/rsync -a * " + dest, shell=True)  # bandit: B602  # bandit: B609  # expect: PYSEC301, PYSEC311


def no_shell():
    subprocess.run(["tar", "czf", "out.tgz", "*"])  # bandit: B603 -- quiet: constant command, no shell  # bandit: B607  # expect: PYSEC010, PYSEC304


def listed_shell():
    subprocess.run(["/bin/tar", "czf", "out.tgz", "*"], shell=True)  # bandit: B602  # bandit: B609 -- quiet: with a list only its first element reaches the shell, the * is never expanded  # expect: PYSEC010, PYSEC301


def restart_all():
    subprocess.call("/usr/bin/systemctl restart *", shell=True)  # bandit: B602  # bandit: B609 -- quiet: no tar/chown/chmod/rsync, tar is only inside restart  # expect: PYSEC010, PYSEC301


def quoted_star():
    os.system("/bin/tar czf out.tgz 'report*'")  # bandit: B605  # bandit: B609 -- quiet: the * is quoted, the shell does not expand it  # expect: PYSEC302


def spawned():
    os.execl("/bin/chmod", "chmod", "600", "*")  # bandit: B606 -- quiet: constant command, no shell, the * reaches chmod as a plain name
