def withdraw(account, amount):
    assert amount > 0  # bandit: B101  # expect: PYSEC006
    assert account["balance"] >= amount  # bandit: B101  # expect: PYSEC006
    account["balance"] -= amount


def delete_post(user, post):
    assert user.is_admin, "admins only"  # bandit: B101  # expect: PYSEC006
    post.delete()


def parse_header(node):
    assert isinstance(node, dict)  # bandit: B101 -- quiet: a plain invariant, not an access or input check
    assert node  # bandit: B101 -- quiet: a plain invariant, not an access or input check
    return node["kind"]


def check_role(request):
    assert (request.role, "editor")  # bandit: B101  # expect: PYSEC006
