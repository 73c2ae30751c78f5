import ipaddress
import socket
from socket import inet_aton

# From the manual: vulnerable.
def is_internal(addr: str) -> bool:
    packed = socket.inet_aton(addr)  # expect: PYSEC813
    return packed[0] == 10


# From the manual: safe.
INTERNAL = [ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("192.168.0.0/16")]


def is_internal_safe(addr: str) -> bool:
    try:
        ip = ipaddress.ip_address(addr)  # ok: PYSEC813
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in net for net in INTERNAL)


def checks(remote_addr, name, version):
    inet_aton(remote_addr)  # expect: PYSEC813
    if remote_addr.startswith("10."):  # expect: PYSEC813
        return True
    if remote_addr.startswith("192.168."):  # expect: PYSEC813
        return True
    if remote_addr.startswith("127.0.0."):  # expect: PYSEC813
        return True
    if name.startswith("api."):  # ok: PYSEC813
        return False
    if version.startswith("3.12"):  # ok: PYSEC813
        return False
    return socket.inet_pton(socket.AF_INET, remote_addr)  # ok: PYSEC813
