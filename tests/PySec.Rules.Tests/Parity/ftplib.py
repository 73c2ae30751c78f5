import ftplib  # bandit: B402 -- quiet: importing ftplib is not a risk by itself, its clear-text connections are reported
from ftplib import FTP, FTP_TLS  # bandit: B402 -- quiet: importing ftplib is not a risk by itself, its clear-text connections are reported


def upload(host, user, secret, handle):
    with ftplib.FTP(host) as ftp:  # bandit: B321  # expect: PYSEC804, PYSEC808
        ftp.login(user, secret)
        ftp.storbinary("STOR report.csv", handle)


def anonymous(host):
    return FTP(host).nlst()  # bandit: B321  # expect: PYSEC804, PYSEC808


def encrypted(host, user, secret):
    ftps = FTP_TLS(host)  # expect: PYSEC804
    ftps.login(user, secret)
    ftps.prot_p()
    return ftps.nlst()
