"""Office settings (closure days, follow-up intervals, …) and local settings, as JSON values."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jobcrm.models.base import Base, RecordMixin


class Setting(RecordMixin, Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value_json: Mapped[str] = mapped_column(Text)
