import telnetlib  # bandit: B401 -- quiet: importing telnetlib is not a risk by itself, its clear-text connections are reported


def configure(host, user, secret):
    session = telnetlib.Telnet(host, 23, timeout=10)  # bandit: B312  # expect: PYSEC808
    session.read_until(b"login: ")
    session.write(user.encode() + b"\n")
    session.write(secret.encode() + b"\n")
    return session
