"""Whatever text an article holds comes back out of the store unchanged."""

from __future__ import annotations

import uuid
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from store_builders import bare_article

from stancemap.models import content_hash
from stancemap.store import Store

texts = st.text(min_size=1, max_size=400)
maybe_text = st.none() | st.text(max_size=80)


@settings(max_examples=50, deadline=None)
@given(
    text=texts,
    title=maybe_text,
    outlet=st.none() | st.text(min_size=1, max_size=40),
    published=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
)
def test_save_extraction_roundtrips_article(
    text: str, title: str | None, outlet: str | None, published: date | None
) -> None:
    article_id = f"art-{uuid.uuid4()}"
    with Store.open(":memory:") as store:
        extraction = bare_article(article_id, text, title=title, outlet=outlet, published=published)
        assert store.save_extraction(extraction) is True
        row = store.article(article_id)
        assert (row.text, row.title, row.outlet, row.published) == (text, title, outlet, published)
        assert row.content_hash == content_hash(text)
        assert store.save_extraction(extraction) is False
