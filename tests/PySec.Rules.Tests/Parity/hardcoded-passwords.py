password = "hunter2"  # bandit: B105  # expect: PYSEC708
DB_PASSWORD = ""  # bandit: B105 -- quiet: an empty string is not a secret
password_hint = "the name of your first pet"  # bandit: B105 -- quiet: a hint, the name only starts with password
token_type = "Bearer"  # bandit: B105 -- quiet: a token type, the name only starts with token
PASSWORD_FIELD = "password"  # bandit: B105 -- quiet: the name of a form field, not a secret
secret = "9f8e7d6c5b4a"  # bandit: B105  # expect: PYSEC708
userPassword = "correct horse"  # expect: PYSEC708
api_key = "ak_51Hq0zLkP8"  # expect: PYSEC708
ADMIN_PWD = "${ADMIN_PWD}"  # bandit: B105 -- quiet: a placeholder filled in at deploy time
settings = {"password": "s3cr3t!"}  # bandit: B105  # expect: PYSEC708
defaults = {"token": None}  # bandit: B105 -- quiet: None is not a secret
config = {}
config["passwd"] = "letmein"  # bandit: B105  # expect: PYSEC708


def check(password):
    if password == "letmein":  # bandit: B105  # expect: PYSEC708
        return True
    return False


def connect(db):
    return db.connect(user="app", password="pa55word")  # bandit: B106  # expect: PYSEC708


def login(user, password="admin"):  # bandit: B107  # expect: PYSEC708
    return user, password


def login_kw(user, *, password="admin"):  # expect: PYSEC708
    return user, password


async def login_async(user, password="admin"):  # expect: PYSEC708
    return user, password


def login_default(user, password=None):
    return user, password
