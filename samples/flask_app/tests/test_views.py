"""Tests run with pytest; asserts are how pytest checks, so PYSEC006 does not apply to test files."""
import pickle

from flask_app.app import create_app

TEST_PASSWORD = "hunter2-test-only"
SCRATCH = "/tmp/shop-test.db"


def test_search_lists_products():
    client = create_app().test_client()
    response = client.get("/search?q=lamp")
    assert response.status_code == 200


def test_restore_round_trip():
    # Fixtures are pickled by the tests themselves; the rule still fires in tests, as it should.
    state = pickle.loads(pickle.dumps({"cart": []}))  # expect: PYSEC201
    assert state == {"cart": []}
