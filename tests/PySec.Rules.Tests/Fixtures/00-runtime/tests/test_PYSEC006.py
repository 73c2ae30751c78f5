def test_owner_can_delete(client, user, project):
    response = client.post("/delete", user=user)
    assert response.status_code == 200  # ok: PYSEC006
    assert user.id == project.owner_id, "not the owner"  # ok: PYSEC006
    assert request_was_logged(user)  # ok: PYSEC006


def request_was_logged(user):
    return True
