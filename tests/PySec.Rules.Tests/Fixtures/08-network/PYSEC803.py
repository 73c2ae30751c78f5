import aiohttp
import httpx
import requests
import requests as rq
import urllib3
from requests import Session

# From the manual: vulnerable.
def get_status(base_url: str) -> dict:
    return requests.get(f"{base_url}/status", verify=False, timeout=10).json()  # expect: PYSEC803


# From the manual: safe.
INTERNAL_CA = "/etc/myapp/internal-ca.pem"


def get_status_safe(base_url: str) -> dict:
    return requests.get(f"{base_url}/status", verify=INTERNAL_CA, timeout=10).json()  # ok: PYSEC803


def calls(url, data, options):
    rq.post(url, data=data, verify=False, timeout=5)  # expect: PYSEC803
    requests.request("GET", url, verify=False, timeout=5)  # expect: PYSEC803
    s = requests.Session()
    s.get(url, verify=False, timeout=5)  # expect: PYSEC803
    s.verify = False  # expect: PYSEC803
    with Session() as session:
        session.put(url, data=data, verify=False, timeout=5)  # expect: PYSEC803
    requests.session().delete(url, verify=False, timeout=5)  # expect: PYSEC803
    httpx.get(url, verify=False)  # expect: PYSEC803
    client = httpx.Client(verify=False)  # expect: PYSEC803
    async_client = httpx.AsyncClient(verify=False)  # expect: PYSEC803
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE")  # expect: PYSEC803
    https_pool = urllib3.HTTPSConnectionPool("example.com", assert_hostname=False)  # expect: PYSEC803
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # expect: PYSEC803

    requests.get(url, verify=True, timeout=5)  # ok: PYSEC803
    requests.get(url, verify="/etc/ssl/certs/internal.pem", timeout=5)  # ok: PYSEC803
    requests.get(url, timeout=5, **options)  # ok: PYSEC803
    s.verify = "/etc/ssl/certs/internal.pem"  # ok: PYSEC803
    httpx.Client(verify=True)  # ok: PYSEC803
    urllib3.PoolManager(cert_reqs="CERT_REQUIRED")  # ok: PYSEC803
    verify = False  # ok: PYSEC803
    return client, async_client, pool, https_pool


async def fetch(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp:  # expect: PYSEC803
            await resp.text()
        async with session.get(url) as resp:  # ok: PYSEC803
            return await resp.text()


def shadowed(url):
    class requests:
        @staticmethod
        def get(url, verify=True):
            return url

    return requests.get(url, verify=False)  # ok: PYSEC803
