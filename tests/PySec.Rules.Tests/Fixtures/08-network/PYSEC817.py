import os

from pysnmp.hlapi import (
    CommunityData,
    ContextData,
    ObjectIdentity,
    ObjectType,
    SnmpEngine,
    UdpTransportTarget,
    UsmUserData,
    getCmd,
    usmAesCfb128Protocol,
    usmHMAC192SHA256AuthProtocol,
    usmNoPrivProtocol,
)
from pysnmp.hlapi.v3arch.asyncio import CommunityData as AsyncCommunityData


# From the manual: vulnerable.
def system_description(host: str, community: str):
    error_indication, error_status, _, var_binds = next(getCmd(
        SnmpEngine(),
        CommunityData(community, mpModel=1),  # expect: PYSEC817
        UdpTransportTarget((host, 161), timeout=2),
        ContextData(),
        ObjectType(ObjectIdentity("SNMPv2-MIB", "sysDescr", 0)),
    ))
    return var_binds


def monitoring_user() -> UsmUserData:
    return UsmUserData("monitor")  # expect: PYSEC817


# From the manual: safe.
def monitoring_user_safe() -> UsmUserData:
    return UsmUserData(  # ok: PYSEC817
        "monitor",
        authKey=os.environ["SNMP_AUTH_KEY"],
        privKey=os.environ["SNMP_PRIV_KEY"],
        authProtocol=usmHMAC192SHA256AuthProtocol,
        privProtocol=usmAesCfb128Protocol,
    )


def variants(auth_key, priv_key, options):
    CommunityData("public")  # expect: PYSEC817
    CommunityData("public", mpModel=0)  # expect: PYSEC817
    AsyncCommunityData("private")  # expect: PYSEC817
    UsmUserData("user", auth_key)  # expect: PYSEC817
    UsmUserData("user", authKey=auth_key)  # expect: PYSEC817
    UsmUserData("user", auth_key, None)  # expect: PYSEC817
    UsmUserData("user", auth_key, priv_key, privProtocol=usmNoPrivProtocol)  # expect: PYSEC817

    UsmUserData("user", auth_key, priv_key)  # ok: PYSEC817
    UsmUserData("user", authKey=auth_key, privKey=priv_key)  # ok: PYSEC817
    UsmUserData("user", **options)  # ok: PYSEC817
    return UsmUserData("user", auth_key, priv_key, usmHMAC192SHA256AuthProtocol, usmAesCfb128Protocol)  # ok: PYSEC817
