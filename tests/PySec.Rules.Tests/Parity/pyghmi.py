from pyghmi.ipmi import command  # bandit: B415  # expect: PYSEC808


def power_cycle(host, user, secret):
    session = command.Command(bmc=host, userid=user, password=secret)
    return session.set_power("reset")


def with_default(host):
    return command.Command(bmc=host, userid="admin", password="calvin")  # bandit: B106  # expect: PYSEC708
