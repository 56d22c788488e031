"""``/api/issues``: issues, the matrix of one, its shifts and what-if outcomes."""

from __future__ import annotations

import pytest

TROOPS = "accord-troops-in-talmark"
ISSUES = {TROOPS, "long-range-strikes-in-drovnia", "drovnian-gas-embargo"}


def test_issues_list_has_the_example_issues(client) -> None:  # type: ignore[no-untyped-def]
    listed = client.get("/api/issues").json()
    assert listed["total"] == 3
    assert {issue["id"] for issue in listed["items"]} == ISSUES
    one = client.get(f"/api/issues/{TROOPS}").json()
    assert one["question"].startswith("Should Northern Accord countries send troops")
    assert "peacekeepers" in one["terms"]


@pytest.mark.parametrize("issue_id", sorted(ISSUES))
def test_matrix_cells_cite_their_evidence(client, issue_id) -> None:  # type: ignore[no-untyped-def]
    matrix = client.get(f"/api/issues/{issue_id}/matrix").json()
    assert matrix["issue"]["id"] == issue_id
    assert matrix["total"] == len(matrix["items"]) > 0
    for cell in matrix["items"]:
        assert cell["stance"] in {"support", "oppose", "conditional", "neutral"}
        text = client.get(f"/api/articles/{cell['article_id']}").json()["text"]
        assert text[cell["start"] : cell["end"]] == cell["evidence"]
        for condition in cell["conditions"]:
            assert text[condition["start"] : condition["end"]] == condition["text"]


def test_matrix_of_unknown_issue_is_404_listing_known(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/issues/no-such-issue/matrix")
    assert response.status_code == 404
    assert TROOPS in response.json()["error"]["message"]


def test_shifts_are_cited_on_both_sides(client) -> None:  # type: ignore[no-untyped-def]
    shifts = client.get(f"/api/issues/{TROOPS}/shifts").json()
    assert shifts["total"] == len(shifts["items"]) > 0
    for shift in shifts["items"]:
        assert shift["issue_id"] == TROOPS and shift["change"]
        for side in (shift["before"], shift["after"]):
            text = client.get(f"/api/articles/{side['article_id']}").json()["text"]
            assert text[side["start"] : side["end"]] == side["evidence"]


def test_whatif_assumption_moves_conditional_actors(client) -> None:  # type: ignore[no-untyped-def]
    cells = client.get(f"/api/issues/{TROOPS}/matrix").json()["items"]
    conditional = [c for c in cells if c["stance"] == "conditional" and c["conditions"]]
    assert conditional
    target = conditional[0]
    kinds = {c["type"] for c in target["conditions"]} - {"other"}
    before = client.get(f"/api/issues/{TROOPS}/whatif").json()
    assert target["actor_name"] not in {o["actor_name"] for o in before["would_support"]}
    after = client.get(f"/api/issues/{TROOPS}/whatif", params=dict.fromkeys(kinds, "yes")).json()
    assert after["assumptions"] == dict.fromkeys(kinds, True)
    if "other" not in {c["type"] for c in target["conditions"]}:
        assert target["actor_name"] in {o["actor_name"] for o in after["would_support"]}
    assert len(after["would_support"]) >= len(before["would_support"])


def test_whatif_rejects_a_value_that_is_not_yes_or_no(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get(f"/api/issues/{TROOPS}/whatif", params={"ceasefire": "perhaps"})
    assert response.status_code == 422
