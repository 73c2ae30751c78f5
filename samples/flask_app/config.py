"""Application settings."""
import os
import random

DEBUG = os.environ.get("SHOP_DEBUG") == "1"

SECRET_KEY = "dev-secret-key-change-me"  # expect: PYSEC708
API_TOKEN = os.environ["SHOP_API_TOKEN"]

DATABASE = os.environ.get("SHOP_DATABASE", "shop.db")
UPLOAD_DIR = "/tmp/shop-uploads"


def new_session_id():
    return "%032x" % random.getrandbits(128)  # expect: PYSEC701
