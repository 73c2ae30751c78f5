from pysnmp.hlapi import CommunityData, UsmUserData, usmAesCfb128Protocol, usmHMACSHAAuthProtocol


def v1():
    return CommunityData("public", mpModel=0)  # bandit: B508  # expect: PYSEC817


def v2c():
    return CommunityData("public", mpModel=1)  # bandit: B508  # expect: PYSEC817


def default_model():
    return CommunityData("public")  # expect: PYSEC817


def no_auth():
    return UsmUserData("monitor")  # bandit: B509  # expect: PYSEC817


def auth_no_priv(auth_key):
    return UsmUserData("monitor", auth_key)  # bandit: B509  # expect: PYSEC817


def auth_priv(auth_key, priv_key):
    return UsmUserData("monitor", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)


def auth_priv_keywords(auth_key, priv_key):
    return UsmUserData("monitor", authKey=auth_key, privKey=priv_key)  # bandit: B509 -- quiet: both keys are passed by keyword, this is authPriv
