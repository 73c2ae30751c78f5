import subprocess  # nosec: import_subprocess


def blanket(cmd):
    subprocess.Popen(cmd, shell=True)  # nosec


def by_id(cmd):
    subprocess.Popen(cmd, shell=True)  # nosec B602


def by_name(cmd):
    subprocess.Popen(cmd, shell=True)  # nosec: subprocess_popen_with_shell_equals_true


def other_id(cmd):
    subprocess.Popen(cmd, shell=True)  # nosec B607  # bandit: B602  # expect: PYSEC301


def partial():
    subprocess.Popen("ls -l", shell=True)  # nosec B607  # bandit: B602  # expect: PYSEC301


def with_reason(cmd):
    subprocess.Popen(cmd, shell=True)  # reviewed with security team, nosec  # expect: PYSEC301


def upper_case(cmd):
    subprocess.Popen(cmd, shell=True)  # NOSEC  # bandit: B602 -- quiet: we accept NOSEC in capitals, Bandit's comment regex is case-sensitive


def lower_case_id(cmd):
    subprocess.Popen(cmd, shell=True)  # nosec b602


def multi_line(cmd):
    subprocess.Popen(  # nosec B602
        cmd,
        shell=True,
    )


def string_not_comment(cmd):
    subprocess.Popen(cmd + " # nosec", shell=True)  # bandit: B602  # expect: PYSEC301
