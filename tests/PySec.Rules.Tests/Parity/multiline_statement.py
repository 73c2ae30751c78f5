import subprocess  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def first_line(cmd):
    return subprocess.Popen(cmd, shell=True,  # bandit: B602  # expect: PYSEC301
                            stdout=subprocess.PIPE)


def later_line(cmd):
    return subprocess.check_output(  # expect: PYSEC301
        cmd,
        shell=True,  # bandit: B602 -- quiet: reported by PYSEC301 on the first line of the call
        timeout=60,
    )


def constant_split():
    return subprocess.check_output(  # expect: PYSEC301
        "/usr/bin/df -h",
        shell=True,  # bandit: B602 -- quiet: reported by PYSEC301 on the first line of the call
        timeout=60,
    )
