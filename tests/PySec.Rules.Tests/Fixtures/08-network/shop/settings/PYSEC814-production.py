import os

DEBUG = True  # expect: PYSEC814
TEMPLATE_DEBUG = True  # ok: PYSEC814
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]


def debug_toolbar():
    DEBUG = True  # ok: PYSEC814
    return DEBUG
