"""Property-based checks of the API against its own OpenAPI schema (schemathesis).

Every operation gets a bounded number of generated requests, valid and invalid; none
may fail with a server error, and every response must match the documented status
codes, content type and body schema.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import negative_data_rejection

from stancemap.api import make_app
from stancemap.store import Store

EXAMPLES_PER_OPERATION = 25
LAX_COERCION = [negative_data_rejection]


@pytest.mark.slow
@pytest.mark.parametrize("mode", list(GenerationMode), ids=lambda mode: mode.value)
def test_api_honours_its_schema(example_db: str, mode: GenerationMode) -> None:
    with Store.open(example_db) as store:
        schema = schemathesis.openapi.from_asgi("/openapi.json", make_app(store))
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 12
        for operation in operations:

            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def check(case) -> None:  # type: ignore[no-untyped-def]
                # Query strings are coerced the usual lax way ("0.0" is offset 0), so a
                # "violating" value may be accepted; what must never happen is a 5xx or
                # a response outside the documented shapes.
                case.call_and_validate(excluded_checks=LAX_COERCION)

            try:
                check()
            except Unsatisfiable:
                # No parameter or body to make invalid (GET /api/stats, say).
                assert mode is GenerationMode.NEGATIVE, operation.label
