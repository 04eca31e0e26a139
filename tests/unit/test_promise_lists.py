"""The fast list query behind the inbox and the drill-down builds PromiseDTOs positionally: its columns must be
the DTO's fields, in order."""

from dataclasses import fields

from jobcrm.services.dto import PromiseDTO
from jobcrm.services.promises import promise_list_query


def test_list_query_columns_are_the_promise_dto_fields_in_order():
    assert [c.name for c in promise_list_query().selected_columns] == [f.name for f in fields(PromiseDTO)]
